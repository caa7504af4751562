"""The plan sections of exchange format 3 (DOMAIN §12.4, §13): the human-rights due-diligence
register, the alert log and the reviews. Plain Python, the shape of the exchange file
(attribute names are the JSON keys); optional values are None or empty and are left out when
written. The new fields of the context and the activities live on those classes (model.py)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any

PRESENCE_KINDS = ("static", "mobile", "none")
ACTIVITY_STATUSES = ("planned", "under_way", "done", "delayed", "cancelled")
FORCE_KINDS = ("state_forces", "ct_partner_forces", "signatory_armed_group",
               "non_signatory_armed_group", "community_militia")
HRDDP_RISKS = ("low", "medium", "high")
HRDDP_STATUSES = ("support", "conditional", "suspended")
DATETIME_FORMAT = "%Y-%m-%dT%H:%M"


@dataclass
class Assessment:
    """One due-diligence assessment of a supported non-UN security force (§12.4)."""
    id: str
    entity: str                                 # a unit or formation, never a person
    force_kind: str
    risk: str | None = None                     # low | medium | high
    grounds: str = ""
    mitigations: list[str] = field(default_factory=list)
    conditions: str = ""
    reviewed: dt.date | None = None
    status: str | None = None                   # support | conditional | suspended


@dataclass
class Alert:
    """One alert of the log (§13): times are local date-times to the minute."""
    id: str
    indicator_id: str
    level: str                                  # watch | alert | crisis
    raised: dt.datetime | None = None
    place: str = ""
    decided: dt.datetime | None = None
    arrived: dt.datetime | None = None
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
    """One review of the plan (§13): by a body, never a person."""
    id: str
    date: dt.date
    by: str = ""
    summary: str = ""
    threat_changes: list[ThreatChange] = field(default_factory=list)
    decisions: str = ""


def date_of(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def datetime_of(value: str | None) -> dt.datetime | None:
    return dt.datetime.strptime(value, DATETIME_FORMAT) if value else None


def assessment_of(d: dict[str, Any]) -> Assessment:
    return Assessment(**{**d, "reviewed": date_of(d.get("reviewed"))})


def alert_of(d: dict[str, Any]) -> Alert:
    return Alert(**{**d, **{k: datetime_of(d.get(k)) for k in ("raised", "decided", "arrived")}})


def review_of(d: dict[str, Any]) -> Review:
    return Review(**{**d, "date": dt.date.fromisoformat(d["date"]),
                     "threat_changes": [ThreatChange(**c) for c in d.get("threat_changes", [])]})


def compact(obj: Any, keep: tuple[str, ...] = ()) -> dict[str, Any]:
    """A dataclass of this module as the exchange file holds it: None, "" and [] left out
    (except the names in keep), dates in ISO form, date-times to the minute."""
    out: dict[str, Any] = {}
    for f in fields(obj):
        value = getattr(obj, f.name)
        if f.name not in keep and (value is None or value == "" or value == []):
            continue
        if isinstance(value, dt.datetime):
            value = value.strftime(DATETIME_FORMAT)
        elif isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, list):
            value = [compact(v) if hasattr(v, "__dataclass_fields__") else v for v in value]
        out[f.name] = value
    return out


def sections_v3(hrddp: list[Assessment], alerts: list[Alert],
                reviews: list[Review]) -> dict[str, Any]:
    """The format-3 sections as the exchange file holds them (empty ones left out)."""
    out: dict[str, Any] = {}
    if hrddp:
        out["hrddp"] = [compact(a) for a in hrddp]
    if alerts:
        out["alerts"] = [compact(a) for a in alerts]
    if reviews:
        out["reviews"] = [compact(r) for r in reviews]
    return out


SECTIONS_V3 = ("hrddp", "alerts", "reviews")
