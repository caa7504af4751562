"""The items of a plan's core lists (DOMAIN §2–§6, with the fields of §11.1 and §12.10):
threats, responses, activities and engagement assessments."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

ACTIVITY_FLAGS = ("provides_security", "requires_security", "engages_communities",
                  "military_operation", "supports_non_un_forces", "hrddp_assessed")
PRESENCE_KINDS = ("static", "mobile", "none")                           # §12.1
ACTIVITY_STATUSES = ("planned", "under_way", "done", "delayed", "cancelled")   # §13


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

    _KEEP = ("title", "category")

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

    _KEEP = ("threat_ids",)


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
    assets: list[str] = field(default_factory=list)       # helicopter, qrf, … (§11.1)
    contingent_on: str | None = None                       # a scenario id (§11.4)
    presence: str | None = None                            # static | mobile | none (§12.1)
    radius_km: float | None = None                         # footprint (§12.2)
    coordinates: list[float] | None = None                 # [lon, lat] (§12.2)
    supports: list[str] = field(default_factory=list)      # due-diligence ids (§12.4)
    runs_within: list[str] = field(default_factory=list)   # activity ids (§12.9b)
    status: str | None = None                              # §13; None means planned
    actual_start: dt.date | None = None
    actual_end: dt.date | None = None
    outcome: str = ""

    _OMIT_FALSE = ACTIVITY_FLAGS

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

    _KEEP = ("risks", "mitigations")

    def inherent_score(self) -> int:
        """The highest inherent risk score (0 when no risk is listed)."""
        return max((r.score for r in self.risks), default=0)

    def residual_score(self) -> int:
        """Residual likelihood × impact; the highest inherent score when residual is not given."""
        if self.residual_likelihood is not None and self.residual_impact is not None:
            return self.residual_likelihood * self.residual_impact
        return self.inherent_score()
