"""The plan in motion (DOMAIN §13): the alert log and the task force's reviews."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from pocplanner.domain.model.codec import date_of


@dataclass
class Alert:
    id: str
    indicator_id: str
    level: str                                  # one of the indicator's levels
    raised: str | None = None                   # local date-time YYYY-MM-DDTHH:MM
    place: str = ""
    decided: str | None = None
    arrived: str | None = None
    response_ids: list[str] = field(default_factory=list)
    activity_ids: list[str] = field(default_factory=list)
    outcome: str = ""
    civilians_harmed: int | None = None


@dataclass
class ThreatChange:
    threat_id: str
    likelihood: int | None = None
    impact: int | None = None


@dataclass
class Review:
    id: str
    date: dt.date
    by: str = ""                                # a body, never a person
    summary: str = ""
    threat_changes: list[ThreatChange] = field(default_factory=list)
    decisions: str = ""


def alert_of(d: dict[str, Any]) -> Alert:
    return Alert(**d)


def review_of(d: dict[str, Any]) -> Review:
    return Review(**{**d, "date": date_of(d["date"]),
                     "threat_changes": [ThreatChange(**c) for c in d.get("threat_changes", [])]})
