"""The early-warning and response matrix and the contingency scenarios (DOMAIN §11.3–§11.4)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from pocplanner.domain.model.codec import date_of

LEVELS = ("watch", "alert", "crisis")
CURRENT_LEVELS = ("normal", *LEVELS)
EW_SOURCES = ("community_alert_network", "community_liaison", "jmac", "human_rights",
              "un_police", "open_data", "partner")
SCENARIO_KINDS = ("most_likely", "worst_case", "best_case")


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

    _KEEP = ("threat_ids", "indicator", "levels")

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


def indicator_of(d: dict[str, Any]) -> Indicator:
    return Indicator(**{**d, "levels": [Level(**lv) for lv in d.get("levels", [])],
                        "reviewed": date_of(d.get("reviewed"))})


def scenario_of(d: dict[str, Any]) -> Scenario:
    return Scenario(**{**d, "threat_adjustments": [Adjustment(**a) for a in
                                                   d.get("threat_adjustments", [])]})
