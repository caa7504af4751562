"""The plan sections of exchange format 2 that the planner edits (DOMAIN §11.3–11.5): the
early-warning and response matrix, contingency scenarios, and the drawdown's sites and
handovers. Plain Python, the shape of the exchange file; optional values are None or empty
and are left out when written."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any

LEVELS = ("watch", "alert", "crisis")
CURRENT_LEVELS = ("normal", *LEVELS)
EW_SOURCES = ("community_alert_network", "community_liaison", "jmac", "human_rights",
              "un_police", "open_data", "partner")
SCENARIO_KINDS = ("most_likely", "worst_case", "best_case")
SITE_KINDS = ("base", "temporary_base", "office", "police_post")
SUCCESSORS = ("host_state", "un_country_team", "partner", "community", "none")
HANDOVER_STATUSES = ("planned", "agreed", "done")


@dataclass
class Level:
    level: str                                  # watch | alert | crisis
    threshold: str = ""
    response_ids: list[str] = field(default_factory=list)
    activity_ids: list[str] = field(default_factory=list)
    decides: str = ""
    max_hours: int | None = None

    def answered(self) -> bool:
        return bool(self.response_ids or self.activity_ids)


@dataclass
class Indicator:
    id: str
    threat_ids: list[str]
    indicator: str
    source: str
    levels: list[Level] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    current_level: str | None = None
    reviewed: dt.date | None = None

    def level(self, name: str) -> Level | None:
        return next((lv for lv in self.levels if lv.level == name), None)


@dataclass
class Adjustment:
    threat_id: str
    likelihood: int | None = None
    impact: int | None = None


@dataclass
class Scenario:
    id: str
    kind: str                                   # most_likely | worst_case | best_case
    title: str
    horizon_days: int | None = None
    narrative: str = ""
    trigger_ids: list[str] = field(default_factory=list)
    threat_adjustments: list[Adjustment] = field(default_factory=list)
    places: list[str] = field(default_factory=list)

    def threat_ids(self) -> list[str]:
        return [a.threat_id for a in self.threat_adjustments]


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


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def indicator_of(d: dict[str, Any]) -> Indicator:
    return Indicator(**{**d, "levels": [Level(**lv) for lv in d.get("levels", [])],
                        "reviewed": _date(d.get("reviewed"))})


def scenario_of(d: dict[str, Any]) -> Scenario:
    return Scenario(**{**d, "threat_adjustments": [Adjustment(**a) for a in
                                                   d.get("threat_adjustments", [])]})


def transition_of(d: dict[str, Any]) -> Transition:
    return Transition([Site(**{**s, "closes": dt.date.fromisoformat(s["closes"])})
                       for s in d.get("sites", [])],
                      [Handover(**{**h, "date": _date(h.get("date"))})
                       for h in d.get("handovers", [])])


def compact(obj: Any, keep: tuple[str, ...] = ()) -> dict[str, Any]:
    """A dataclass of this module as the exchange file holds it: None, "" and [] left out
    (except the names in keep), dates in ISO form, nested items the same way."""
    out: dict[str, Any] = {}
    for f in fields(obj):
        value = getattr(obj, f.name)
        if f.name not in keep and (value is None or value == "" or value == []):
            continue
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, list):
            value = [compact(v) if hasattr(v, "__dataclass_fields__") else v for v in value]
        out[f.name] = value
    return out


def indicator_dict(i: Indicator) -> dict[str, Any]:
    return compact(i, keep=("threat_ids", "indicator", "levels"))


def scenario_dict(s: Scenario) -> dict[str, Any]:
    return compact(s)


def transition_dict(t: Transition) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if t.sites:
        out["sites"] = [compact(s) for s in t.sites]
    if t.handovers:
        out["handovers"] = [compact(h) for h in t.handovers]
    return out
