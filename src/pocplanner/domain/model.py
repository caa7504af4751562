"""The plan model: plain Python, no Qt, no SQL.

The shape follows the exchange format (pocplan-v1): a plan with its context, threats,
responses, activities and engagement assessments. Optional values that the format
may leave out are None (or empty) here, and are left out again when written, so that
"the planner said nothing" stays different from "the planner said no".
"""
from __future__ import annotations

import copy
import datetime as dt
import re
from dataclasses import dataclass, field, fields
from typing import Any

from pocplanner.domain.model_v2 import (Indicator, Scenario, Transition, indicator_dict,
                                        indicator_of, scenario_dict, scenario_of,
                                        transition_dict, transition_of)
from pocplanner.domain.model_v3 import (SECTIONS_V3, Alert, Assessment, Review, alert_of,
                                        assessment_of, date_of, review_of, sections_v3)

ACTIVITY_FLAGS = ("provides_security", "requires_security", "engages_communities",
                  "military_operation", "supports_non_un_forces", "hrddp_assessed")


_UNSAFE_IN_ID = re.compile(r"[^A-Za-z0-9_.-]+")


def safe_plan_id(plan_id: str) -> str:
    """A plan id that is safe as a file name and on a terminal: letters, digits, "-", "_"
    and "."; not starting with "-" or "."; at most 64 characters. Exchange files of version 1
    allow any text; such an id is mapped to this form on import (and the user told)."""
    safe = _UNSAFE_IN_ID.sub("-", plan_id).lstrip("-.")[:64].rstrip("-")
    return safe or "plan"


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


@dataclass
class Period:
    start: dt.date
    end: dt.date

    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass
class Context:
    summary: str = ""
    mission_targeted: bool | None = None
    ct_forces_present: bool | None = None
    state_presence: str | None = None      # absent | present | predatory
    access: str | None = None              # permissive | semi_permissive | non_permissive
    host_state_consent: str | None = None  # full | limited | withdrawn
    drawdown: bool | None = None
    mandate_notes: str = ""
    # format 3 (DOMAIN §12.5, §12.9, §13)
    mandate_end: dt.date | None = None
    assets_available: dict[str, int] = field(default_factory=dict)   # asset key -> how many
    as_of: dt.date | None = None
    review_every_days: int | None = None


@dataclass
class Threat:
    id: str
    title: str
    category: str
    perpetrator_type: str
    likelihood: int
    impact: int
    description: str = ""
    perpetrator: str = ""
    groups_at_risk: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    vulnerability: str | None = None
    priority: bool | None = None
    indicators: list[str] = field(default_factory=list)
    triggers: list[str] = field(default_factory=list)
    sources: str = ""
    confidence: str | None = None

    @property
    def score(self) -> int:
        return self.likelihood * self.impact


@dataclass
class Response:
    id: str
    threat_ids: list[str]
    tool: str
    tier: int
    phase: str
    lead_component: str
    lead_section: str = ""
    supporting: list[str] = field(default_factory=list)
    rationale: str = ""
    indicator: str = ""


@dataclass
class Activity:
    id: str
    title: str
    component: str
    location: str
    start: dt.date
    end: dt.date
    response_id: str | None = None
    lead_section: str = ""
    depends_on: list[str] = field(default_factory=list)
    provides_security: bool = False
    requires_security: bool = False
    engages_communities: bool = False
    military_operation: bool = False
    harm_mitigation: str = ""
    supports_non_un_forces: bool = False
    hrddp_assessed: bool = False
    notes: str = ""
    assets: list[str] = field(default_factory=list)      # format 2: helicopter, qrf, …
    contingent_on: str | None = None                       # format 2: a scenario id
    # format 3 (DOMAIN §12.1, §12.2, §12.4, §12.9b, §13)
    presence: str | None = None                    # static | mobile | none (None: catalogue)
    radius_km: float | None = None                 # None: the catalogue's default
    coordinates: list[float] | None = None         # [lon, lat]
    supports: list[str] = field(default_factory=list)       # hrddp assessment ids
    runs_within: list[str] = field(default_factory=list)    # activity ids
    status: str | None = None                      # planned | under_way | done | delayed | cancelled
    actual_start: dt.date | None = None
    actual_end: dt.date | None = None
    outcome: str = ""

    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass
class EngagementRisk:
    key: str
    likelihood: int
    impact: int
    notes: str = ""

    @property
    def score(self) -> int:
        return self.likelihood * self.impact


@dataclass
class Mitigation:
    key: str
    owner: str = ""
    notes: str = ""


@dataclass
class Engagement:
    id: str
    activity_id: str
    decision: str = "pending"
    communities: list[str] = field(default_factory=list)
    risks: list[EngagementRisk] = field(default_factory=list)
    mitigations: list[Mitigation] = field(default_factory=list)
    residual_likelihood: int | None = None
    residual_impact: int | None = None
    decision_rationale: str = ""
    decided_by: str = ""

    def inherent_score(self) -> int:
        """The highest inherent risk score (0 when no risk is listed)."""
        return max((r.score for r in self.risks), default=0)

    def residual_score(self) -> int:
        """Residual likelihood × impact; the highest inherent score when residual is not given."""
        if self.residual_likelihood is not None and self.residual_impact is not None:
            return self.residual_likelihood * self.residual_impact
        return self.inherent_score()


@dataclass
class Plan:
    id: str
    title: str
    region: str
    period: Period
    sensitivity: str = "confidential"
    areas: list[str] = field(default_factory=list)
    language: str | None = None
    office: str = ""
    prepared_by: str = ""
    version: int | None = None
    status: str | None = None
    review_note: str = ""                # format 2: HQ's comments on the plan (mission view)
    context: Context = field(default_factory=Context)
    threats: list[Threat] = field(default_factory=list)
    responses: list[Response] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    engagements: list[Engagement] = field(default_factory=list)
    # Format 2 sections (docs/exchange-v2.md). Evidence stays as the exchange file holds it
    # (counts taken from incident data, never edited by hand); the others are model_v2's.
    evidence: list[dict[str, Any]] = field(default_factory=list)
    early_warning: list[Indicator] = field(default_factory=list)
    scenarios: list[Scenario] = field(default_factory=list)
    transition: Transition = field(default_factory=Transition)
    # Format 3 (DOMAIN §12.10): model_v3's sections, and the hash of the parent version.
    parent_sha256: str | None = None
    hrddp: list[Assessment] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)

    # -- conversion to and from the exchange format's "plan" object ------------------
    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Plan":
        """Build a plan from a dict that already passed the exchange schema."""
        d = dict(data)
        if "evidence" in d:                    # ours, not shared with the caller's dict
            d["evidence"] = copy.deepcopy(d["evidence"])
        d["early_warning"] = [indicator_of(i) for i in d.get("early_warning", [])]
        d["scenarios"] = [scenario_of(s) for s in d.get("scenarios", [])]
        d["transition"] = transition_of(d.get("transition", {}))
        d["period"] = Period(_date(d["period"]["start"]), _date(d["period"]["end"]))
        d["hrddp"] = [assessment_of(a) for a in d.get("hrddp", [])]
        d["alerts"] = [alert_of(a) for a in d.get("alerts", [])]
        d["reviews"] = [review_of(r) for r in d.get("reviews", [])]
        context = dict(d.get("context", {}))
        for key in ("mandate_end", "as_of"):
            context[key] = date_of(context.get(key))
        d["context"] = Context(**context)
        d["threats"] = [Threat(**t) for t in d["threats"]]
        d["responses"] = [Response(**r) for r in d["responses"]]
        d["activities"] = [
            Activity(**{**a, "start": _date(a["start"]), "end": _date(a["end"]),
                        "actual_start": date_of(a.get("actual_start")),
                        "actual_end": date_of(a.get("actual_end"))})
            for a in d["activities"]]
        d["engagements"] = [
            Engagement(**{**e,
                          "risks": [EngagementRisk(**r) for r in e["risks"]],
                          "mitigations": [Mitigation(**m) for m in e["mitigations"]]})
            for e in d["engagements"]]
        return cls(**d)

    def to_dict(self) -> dict[str, Any]:
        """The exchange format's "plan" object: empty optional values are left out."""
        out = _compact(self, skip=("period", "context", "threats", "responses",
                                   "activities", "engagements", *SECTIONS_V2,
                                   *SECTIONS_V3),
                       keep=("title", "region"))      # required, even while still blank
        out["period"] = {"start": self.period.start.isoformat(),
                         "end": self.period.end.isoformat()}
        context = _compact(self.context)
        if context:
            out["context"] = context
        out["threats"] = [_compact(t, keep=("title", "category")) for t in self.threats]
        out["responses"] = [_compact(r, keep=("threat_ids",)) for r in self.responses]
        out["activities"] = [_compact(a) for a in self.activities]
        out["engagements"] = []
        for e in self.engagements:
            item = _compact(e, skip=("risks", "mitigations"))
            item["risks"] = [_compact(r) for r in e.risks]
            item["mitigations"] = [_compact(m) for m in e.mitigations]
            out["engagements"].append(item)
        out.update(sections_v2(self))
        out.update(sections_v3(self.hrddp, self.alerts, self.reviews))
        return _ordered(out)

    # -- lookups -----------------------------------------------------------------------
    def items(self, kind: str) -> list[Any]:
        """The list of one kind of item ("threat", "response", "activity", "engagement",
        and of format 2 "indicator", "scenario", "site", "handover")."""
        if kind in V2_KINDS:
            return V2_KINDS[kind](self)
        return getattr(self, ITEM_KINDS[kind])

    def item(self, kind: str, item_id: str | None) -> Any | None:
        """The first item of that kind with that id; None for an unknown kind or id."""
        if kind not in ITEM_KINDS and kind not in V2_KINDS:
            return None
        return next((i for i in self.items(kind) if i.id == item_id), None)

    def threat(self, threat_id: str) -> Threat | None:
        return self.item("threat", threat_id)

    def activity(self, activity_id: str) -> Activity | None:
        return self.item("activity", activity_id)


# The kinds of item a plan lists, each with the name of its list (as in the exchange file).
ITEM_KINDS = {"threat": "threats", "response": "responses", "activity": "activities",
              "engagement": "engagements"}
LISTS = tuple(ITEM_KINDS.values())
V2_KINDS = {"indicator": lambda p: p.early_warning, "scenario": lambda p: p.scenarios,
            "site": lambda p: p.transition.sites, "handover": lambda p: p.transition.handovers,
            # format 3
            "assessment": lambda p: p.hrddp, "alert": lambda p: p.alerts,
            "review": lambda p: p.reviews}


def sections_v2(plan: "Plan") -> dict[str, Any]:
    """The plan's format-2 sections as the exchange file holds them (empty ones left out)."""
    out: dict[str, Any] = {}
    if plan.evidence:
        out["evidence"] = copy.deepcopy(plan.evidence)
    if plan.early_warning:
        out["early_warning"] = [indicator_dict(i) for i in plan.early_warning]
    if plan.scenarios:
        out["scenarios"] = [scenario_dict(s) for s in plan.scenarios]
    transition = transition_dict(plan.transition)
    if transition:
        out["transition"] = transition
    return out


SECTIONS_V2 = ("evidence", "early_warning", "scenarios", "transition")
_PLAN_KEY_ORDER = ("id", "title", "region", "areas", "period", "sensitivity", "language",
                   "office", "prepared_by", "version", "status", "review_note",
                   "parent_sha256", "context",
                   "threats",
                   "responses", "activities", "engagements", *SECTIONS_V2, *SECTIONS_V3)


def _ordered(plan: dict[str, Any]) -> dict[str, Any]:
    return {k: plan[k] for k in _PLAN_KEY_ORDER if k in plan}


def _compact(obj: Any, skip: tuple[str, ...] = (), keep: tuple[str, ...] = ()) -> dict[str, Any]:
    """The dataclass as a dict, without None, "", [] and False (except the names in keep)."""
    out: dict[str, Any] = {}
    for f in fields(obj):
        if f.name in skip:
            continue
        value = getattr(obj, f.name)
        if f.name not in keep and (value is None or value == "" or value == [] or value == {}
                                   or (value is False and f.name in ACTIVITY_FLAGS)):
            continue
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, (list, dict)):
            value = copy.copy(value)
        out[f.name] = value
    return out
