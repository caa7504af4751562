"""Early warning and contingencies as the planner builds them (DOMAIN §11.3–11.4): new
indicators with their three levels, indicators offered from the threats' own `indicators`
text, the level board (every place with its highest current level), contingent activities
counted apart, and a scenario declared triggered. Plain Python; each change is an edit."""
from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from pocplanner.domain.edits import Batch, Insert, set_field
from pocplanner.domain.model import CURRENT_LEVELS, LEVELS, Indicator, Level, Plan, Scenario
from pocplanner.domain.places import place_key
from pocplanner.domain.planning import next_id, next_ids
from pocplanner.i18n import tr

SEVERITY = {name: i for i, name in enumerate(CURRENT_LEVELS)}     # normal 0 … crisis 3


def new_indicator(plan: Plan, text: str = "", threat_ids: list[str] | None = None,
                  places: list[str] | None = None) -> Indicator:
    return Indicator(id=next_id("EW", [i.id for i in plan.early_warning]),
                     threat_ids=list(threat_ids or []), indicator=text,
                     source="community_alert_network",
                     levels=[Level(name) for name in LEVELS], places=list(places or []),
                     current_level="normal")


def offered_indicators(plan: Plan) -> list[Indicator]:
    """One indicator for each early-warning indicator written in a threat (its `indicators`
    text) that no indicator of the matrix says yet, for that threat and its places."""
    said = {place_key(i.indicator) for i in plan.early_warning}
    offered: list[Indicator] = []
    new_ids = next_ids("EW", [i.id for i in plan.early_warning])
    for t in plan.threats:
        for text in t.indicators:
            if not text.strip() or place_key(text) in said:
                continue
            said.add(place_key(text))
            ind = Indicator(id=next(new_ids), threat_ids=[t.id], indicator=text.strip(),
                            source="community_alert_network",
                            levels=[Level(name) for name in LEVELS],
                            places=list(dict.fromkeys(t.locations)), current_level="normal")
            offered.append(ind)
    return offered


def insert_all(plan: Plan, indicators: list[Indicator]) -> Batch:
    n = len(plan.early_warning)
    return Batch([Insert(plan.early_warning, n + i, ind) for i, ind in enumerate(indicators)])


class BoardRow(NamedTuple):
    place: str
    level: str                  # normal | watch | alert | crisis
    indicator_ids: tuple[str, ...]
    reviewed: dt.date | None    # the oldest review among those indicators


def level_board(plan: Plan) -> list[BoardRow]:
    """Every place named by an indicator, with the highest current level of its indicators,
    worst first."""
    places: dict[str, list[Indicator]] = {}
    names: dict[str, str] = {}
    for ind in plan.early_warning:
        for place in ind.places:
            key = place_key(place)
            names.setdefault(key, place)
            places.setdefault(key, []).append(ind)
    rows = []
    for key, inds in places.items():
        level = max((i.current_level or "normal" for i in inds), key=lambda name: SEVERITY[name])
        top = [i.id for i in inds if (i.current_level or "normal") == level]
        reviewed = min((i.reviewed for i in inds if i.reviewed), default=None)
        rows.append(BoardRow(names[key], level, tuple(top), reviewed))
    return sorted(rows, key=lambda r: (-SEVERITY[r.level], place_key(r.place)))


def new_scenario(plan: Plan, kind: str, lang: str = "en") -> Scenario:
    return Scenario(id=next_id("SC", [s.id for s in plan.scenarios]), kind=kind,
                    title=tr("New scenario", lang), horizon_days=90)


def contingent_activities(plan: Plan, scenario_id: str | None = None) -> list:
    """Activities that start only if a scenario is triggered (that one, or any)."""
    return [a for a in plan.activities if a.contingent_on and
            (scenario_id is None or a.contingent_on == scenario_id)]


def committed_activities(plan: Plan) -> list:
    return [a for a in plan.activities if not a.contingent_on]


def declare_triggered(plan: Plan, scenario: Scenario) -> Batch:
    """The scenario is happening: its contingent activities become part of the committed
    plan (one edit, so one undo step and one entry of the plan's history)."""
    return Batch([set_field(a, "contingent_on", None)
                  for a in contingent_activities(plan, scenario.id)])
