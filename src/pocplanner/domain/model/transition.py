"""Drawdown and transition: the mission's sites and the handover register (DOMAIN §11.5)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from pocplanner.domain.model.codec import compact, date_of

SITE_KINDS = ("base", "temporary_base", "office", "police_post")
SECURITY_SITE_KINDS = ("base", "temporary_base", "police_post")
SUCCESSORS = ("host_state", "un_country_team", "partner", "community", "none")
HANDOVER_STATUSES = ("planned", "agreed", "done")


@dataclass
class Site:
    id: str
    name: str
    place: str
    kind: str                                   # base | temporary_base | office | police_post
    closes: dt.date


@dataclass
class Handover:
    id: str
    site_id: str
    tool: str
    successor: str | None = None
    successor_name: str = ""                    # an organisation, never a person
    date: dt.date | None = None
    status: str | None = None
    reprisal_follow_up: bool | None = None


@dataclass
class Transition:
    sites: list[Site] = field(default_factory=list)
    handovers: list[Handover] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.sites or self.handovers)


def transition_of(d: dict[str, Any]) -> Transition:
    return Transition([Site(**{**s, "closes": dt.date.fromisoformat(s["closes"])})
                       for s in d.get("sites", [])],
                      [Handover(**{**h, "date": date_of(h.get("date"))})
                       for h in d.get("handovers", [])])


def transition_dict(t: Transition) -> dict[str, Any]:
    return compact(t)
