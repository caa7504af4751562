"""The plan: its period, context and lists, and its conversion to and from the exchange
format's "plan" object (one rule for every list: codec.compact).

Optional values that the format may leave out are None (or empty) here, and are left out
again when written, so that "the planner said nothing" stays different from "the planner said
no". Evidence stays as the exchange file holds it (counts taken from incident data, never
edited by hand).
"""
from __future__ import annotations

import copy
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from pocplanner.domain.model.codec import compact, date_of
from pocplanner.domain.model.due_diligence import Assessment, assessment_of
from pocplanner.domain.model.early_warning import Indicator, Scenario, indicator_of, scenario_of
from pocplanner.domain.model.follow_up import Alert, Review, alert_of, review_of
from pocplanner.domain.model.items import (
    Activity,
    Engagement,
    EngagementRisk,
    Mitigation,
    Response,
    Threat,
)
from pocplanner.domain.model.transition import Handover, Site, Transition, transition_of

_UNSAFE_IN_ID = re.compile(r"[^A-Za-z0-9_.-]+")


def safe_plan_id(plan_id: str) -> str:
    """A plan id that is safe as a file name and on a terminal: letters, digits, "-", "_"
    and "."; not starting with "-" or "."; at most 64 characters. Exchange files of version 1
    allow any text; such an id is mapped to this form on import (and the user told)."""
    safe = _UNSAFE_IN_ID.sub("-", plan_id).lstrip("-.")[:64].rstrip("-")
    return safe or "plan"


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
    mandate_end: dt.date | None = None                              # §12.5
    assets_available: dict[str, int] = field(default_factory=dict)  # §12.9
    as_of: dt.date | None = None                                    # §13
    review_every_days: int | None = None                            # §13 (default 60)


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
    review_note: str = ""                # HQ's comments on the plan (mission view)
    parent_sha256: str | None = None     # the content hash of the version this one came from
    context: Context = field(default_factory=Context)
    threats: list[Threat] = field(default_factory=list)
    responses: list[Response] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    engagements: list[Engagement] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    early_warning: list[Indicator] = field(default_factory=list)
    scenarios: list[Scenario] = field(default_factory=list)
    transition: Transition = field(default_factory=Transition)
    hrddp: list[Assessment] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)

    _KEEP = ("title", "region", "threats", "responses", "activities", "engagements")

    # -- conversion to and from the exchange format's "plan" object ------------------
    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Plan":
        """Build a plan from a dict that already passed the exchange schema."""
        d = dict(data)
        d["evidence"] = copy.deepcopy(d.get("evidence", []))   # ours, not the caller's
        d["early_warning"] = [indicator_of(i) for i in d.get("early_warning", [])]
        d["scenarios"] = [scenario_of(s) for s in d.get("scenarios", [])]
        d["transition"] = transition_of(d.get("transition", {}))
        d["hrddp"] = [assessment_of(a) for a in d.get("hrddp", [])]
        d["alerts"] = [alert_of(a) for a in d.get("alerts", [])]
        d["reviews"] = [review_of(r) for r in d.get("reviews", [])]
        d["period"] = Period(dt.date.fromisoformat(d["period"]["start"]),
                             dt.date.fromisoformat(d["period"]["end"]))
        c = dict(d.get("context", {}))
        for name in ("mandate_end", "as_of"):
            c[name] = date_of(c.get(name))
        c["assets_available"] = dict(c.get("assets_available", {}))
        d["context"] = Context(**c)
        d["threats"] = [Threat(**t) for t in d["threats"]]
        d["responses"] = [Response(**r) for r in d["responses"]]
        d["activities"] = [_activity_of(a) for a in d["activities"]]
        d["engagements"] = [
            Engagement(**{**e,
                          "risks": [EngagementRisk(**r) for r in e["risks"]],
                          "mitigations": [Mitigation(**m) for m in e["mitigations"]]})
            for e in d["engagements"]]
        return cls(**d)

    def to_dict(self) -> dict[str, Any]:
        """The exchange format's "plan" object: empty optional values are left out."""
        out = compact(self, skip=("evidence",))
        if self.evidence:
            out["evidence"] = copy.deepcopy(self.evidence)
        return {k: out[k] for k in _PLAN_KEY_ORDER if k in out}

    # -- lookups -----------------------------------------------------------------------
    def items(self, kind: str) -> list[Any]:
        """The list of one kind of item (the kinds of ITEM_KINDS)."""
        return ITEM_KINDS[kind].items(self)

    def item(self, kind: str, item_id: str | None) -> Any | None:
        """The first item of that kind with that id; None for an unknown kind or id."""
        if kind not in ITEM_KINDS:
            return None
        return next((i for i in self.items(kind) if id_of(i) == item_id), None)

    def threat(self, threat_id: str) -> Threat | None:
        return self.item("threat", threat_id)

    def activity(self, activity_id: str) -> Activity | None:
        return self.item("activity", activity_id)


def id_of(item: Any) -> str:
    """An item's id (evidence entries stay dicts, as the exchange file holds them)."""
    return item.get("id", "") if isinstance(item, dict) else item.id


def _activity_of(a: dict[str, Any]) -> Activity:
    return Activity(**{**a, "start": dt.date.fromisoformat(a["start"]),
                       "end": dt.date.fromisoformat(a["end"]),
                       "actual_start": date_of(a.get("actual_start")),
                       "actual_end": date_of(a.get("actual_end"))})


@dataclass(frozen=True)
class ItemKind:
    """A kind of item that carries an id: the list that holds it, as the exchange file
    names it (`path`, dotted for a list inside a section) and as the model holds it, and
    the class of its items (evidence entries stay dicts)."""
    kind: str
    path: str
    cls: type

    def items(self, plan: Plan) -> list[Any]:
        node: Any = plan
        for part in self.path.split("."):
            node = getattr(node, part)
        return node


# Every kind of item a plan lists, in the order the exchange file lists them.
ITEM_KINDS = {k.kind: k for k in (
    ItemKind("threat", "threats", Threat), ItemKind("response", "responses", Response),
    ItemKind("activity", "activities", Activity),
    ItemKind("engagement", "engagements", Engagement),
    ItemKind("evidence", "evidence", dict), ItemKind("indicator", "early_warning", Indicator),
    ItemKind("scenario", "scenarios", Scenario), ItemKind("site", "transition.sites", Site),
    ItemKind("handover", "transition.handovers", Handover),
    ItemKind("assessment", "hrddp", Assessment), ItemKind("alert", "alerts", Alert),
    ItemKind("review", "reviews", Review))}
_KIND_OF_CLASS = {k.cls: k.kind for k in ITEM_KINDS.values()}


def kind_of(item: Any) -> str:
    """The kind of an item of ITEM_KINDS ("evidence" for an evidence entry)."""
    return _KIND_OF_CLASS[type(item)]
# The four lists every format requires (and the plan diff compares item by item).
LISTS = ("threats", "responses", "activities", "engagements")

_PLAN_KEY_ORDER = ("id", "title", "region", "areas", "period", "sensitivity", "language",
                   "office", "prepared_by", "version", "status", "review_note",
                   "parent_sha256", "context", "threats", "responses", "activities",
                   "engagements", "evidence", "early_warning", "scenarios", "transition",
                   "hrddp", "alerts", "reviews")
