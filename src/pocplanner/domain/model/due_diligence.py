"""The human rights due diligence register (DOMAIN §12.4): one assessment per supported
non-UN security force — an organisation, never a person."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from pocplanner.domain.model.codec import date_of

FORCE_KINDS = ("state_forces", "ct_partner_forces", "signatory_armed_group",
               "non_signatory_armed_group", "community_militia")
RISKS = ("low", "medium", "high")
ASSESSMENT_STATUSES = ("support", "conditional", "suspended")


@dataclass
class Assessment:
    id: str
    entity: str
    force_kind: str
    risk: str
    status: str
    grounds: str = ""
    mitigations: list[str] = field(default_factory=list)
    conditions: str = ""
    reviewed: dt.date | None = None


def assessment_of(d: dict[str, Any]) -> Assessment:
    return Assessment(**{**d, "reviewed": date_of(d.get("reviewed"))})
