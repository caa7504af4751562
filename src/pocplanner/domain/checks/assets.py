"""Scarce assets and running within another (DOMAIN §12.9, §12.9b, §12.11.14):
ASSET-OVERCOMMIT, SEQ-WITHIN."""
from __future__ import annotations

from collections.abc import Iterator

from pocplanner.domain.checks.advisory import ERROR, WARNING, Advisory, day_span
from pocplanner.domain.checks.index import ONE_DAY, PlanIndex, valid_dates


def _asset_label(key: str):
    from pocplanner import reference
    term = next((t for t in reference.vocabularies().get("assets", []) if t.key == key), None)
    return term.label if term else key


def check_assets(ix: PlanIndex) -> Iterator[Advisory]:
    """ASSET-OVERCOMMIT: once per asset, on the first day more activities that list it run
    than the region can count on (each runs until its site closes at the latest)."""
    available = ix.plan.context.assets_available or {}
    for asset, count in available.items():
        users = [(a.start, ix.end_of_cover(a) if a.provides_security else a.end, a)
                 for a in ix.running if asset in a.assets and valid_dates(a)]
        first = _first_overcommitted_day(users, count)
        if first is not None:
            day, ids = first
            yield Advisory("ASSET-OVERCOMMIT", WARNING, tuple(ids),
                           "On {day}, {n} activities need the {asset} ({activities}), but "
                           "the region can count on {available}.",
                           {"day": day.isoformat(), "n": str(len(ids)),
                            "asset": _asset_label(asset), "activities": ", ".join(ids),
                            "available": str(count)}, kind="activity")


def _first_overcommitted_day(users, count: int):
    """(day, ids of the activities running that day) for the first day more than count run."""
    from itertools import groupby
    events = sorted([(s, 1, i) for i, (s, e, _a) in enumerate(users) if s <= e]
                    + [(e + ONE_DAY, -1, i) for i, (s, e, _a) in enumerate(users) if s <= e])
    running: set[int] = set()
    for day, group in groupby(events, key=lambda ev: ev[0]):
        for _day, delta, i in group:
            (running.add if delta > 0 else running.discard)(i)
        if len(running) > count:
            return day, [users[j][2].id for j in sorted(running)]
    return None


def check_runs_within(ix: PlanIndex) -> Iterator[Advisory]:
    """SEQ-WITHIN: an activity starts before, or ends after, one it must run within."""
    for a in ix.running:
        for other_id in dict.fromkeys(a.runs_within):
            other = ix.activities.get(other_id)
            if other is None or other is a or not valid_dates(a):
                continue
            if a.start < other.start or a.end > other.end:
                yield Advisory("SEQ-WITHIN", ERROR, (a.id, other.id),
                               "Activity {id} ({span}) must run while {other} is in place "
                               "({other_span}), but it starts before or ends after it.",
                               {"id": a.id, "span": day_span(a.start, a.end),
                                "other": other.id,
                                "other_span": day_span(other.start, other.end)},
                               kind="activity")
