"""Lookups the checks share, built once per run."""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field

from pocplanner.domain.model import Activity, Plan
from pocplanner.domain.places import place_key

ONE_DAY = dt.timedelta(days=1)


def merge(intervals: list[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    """Sorted, non-overlapping day ranges (inclusive); touching ranges are joined."""
    merged: list[list[dt.date]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1] + ONE_DAY:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


@dataclass
class Coverage:
    """Days at one place covered by security-providing activities."""
    ranges: list[tuple[dt.date, dt.date]] = field(default_factory=list)
    _starts: list[dt.date] = field(default_factory=list)

    @classmethod
    def of(cls, intervals: list[tuple[dt.date, dt.date]]) -> "Coverage":
        ranges = merge(intervals)
        return cls(ranges, [s for s, _ in ranges])

    def gaps(self, start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
        """The parts of [start, end] that no range covers."""
        gaps = []
        cursor = start
        i = max(bisect_right(self._starts, start) - 1, 0)
        while cursor <= end and i < len(self.ranges):
            s, e = self.ranges[i]
            if e < cursor:
                i += 1
                continue
            if s > end:
                break
            if s > cursor:
                gaps.append((cursor, s - ONE_DAY))
            cursor = max(cursor, e + ONE_DAY)
            i += 1
        if cursor <= end:
            gaps.append((cursor, end))
        return gaps

    def covers_any(self, start: dt.date, end: dt.date) -> bool:
        return self.gaps(start, end) != [(start, end)]


def valid_dates(activity: Activity) -> bool:
    return activity.start <= activity.end


class PlanIndex:
    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.threat_ids = {t.id for t in plan.threats}
        self.response_ids = {r.id for r in plan.responses}
        self.activities: dict[str, Activity] = {}
        for a in plan.activities:
            self.activities.setdefault(a.id, a)
        self.place = {id(a): place_key(a.location) for a in plan.activities}
        providers: dict[str, list[Activity]] = defaultdict(list)
        for a in plan.activities:
            if a.provides_security and valid_dates(a):
                providers[self.place[id(a)]].append(a)
        self.providers = providers
        self._coverage: dict[tuple[str, int], Coverage] = {}
        self.responses_of_threat: dict[str, list] = defaultdict(list)
        for r in plan.responses:
            for tid in dict.fromkeys(r.threat_ids):
                self.responses_of_threat[tid].append(r)
        self.response_ids_with_activity = {a.response_id for a in plan.activities if a.response_id}
        self.engaged_activity_ids = {e.activity_id for e in plan.engagements}

    def coverage(self, place: str, excluding: Activity | None = None) -> Coverage:
        """Security coverage at a place, leaving out one activity (it cannot cover itself)."""
        skip = id(excluding) if excluding is not None and excluding.provides_security else 0
        key = (place, skip)
        if key not in self._coverage:
            self._coverage[key] = Coverage.of(
                [(a.start, a.end) for a in self.providers.get(place, ()) if id(a) != skip])
        return self._coverage[key]
