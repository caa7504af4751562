"""The plan as a timeline: its span, its rows grouped by place or by component, the security
cover at each place and the dependency links. The Gantt on screen, the printed Gantt and the
sequencing checks all read this one model (docs/architecture.md).

Days are whole and inclusive at both ends; adjoining ranges of cover are one continuous
stretch (a rotation ending on the 14th and the next starting on the 15th leave no gap).
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from pocplanner.domain.model import Activity, Plan
from pocplanner.domain.places import place_key

ONE_DAY = dt.timedelta(days=1)
Span = tuple[dt.date, dt.date]


def valid_dates(activity: Activity) -> bool:
    return activity.start <= activity.end


def is_cancelled(activity: Activity) -> bool:
    return activity.status == "cancelled"


def effective_span(activity: Activity) -> Span:
    """The days an activity runs for the checks (DOMAIN §13, §12.11.1): from its actual start
    (else its planned start) to its actual end (else its planned end); an activity that started
    after its planned end and has no actual end ends on its actual start day."""
    start = activity.actual_start or activity.start
    end = activity.actual_end or activity.end
    if activity.actual_end is None and activity.actual_start and activity.actual_start > activity.end:
        end = activity.actual_start
    return start, end


def actual_span(activity: Activity, as_of: dt.date | None = None) -> Span | None:
    """What the Gantt draws under the planned bar: from the actual start to the actual end,
    or, while under way, to the as-of day (else the start day itself). None before it
    started."""
    start = activity.actual_start
    if start is None:
        return None
    end = activity.actual_end or (as_of if as_of is not None and as_of >= start else start)
    return (start, end) if start <= end else None


def in_effect(plan: Plan) -> Plan:
    """The plan as every check reads it (§13): cancelled activities left out, the others on
    their effective dates. REF-MISSING and ID-DUPLICATE read the plan as written."""
    kept = []
    for a in plan.activities:
        if a.actual_start is None and a.actual_end is None:     # most: as planned
            if a.status != "cancelled":
                kept.append(a)
            continue
        if is_cancelled(a):
            continue
        start, end = effective_span(a)
        kept.append(a if (start, end) == (a.start, a.end) else replace(a, start=start, end=end))
    return replace(plan, activities=kept)


def merge(intervals: Iterable[Span]) -> list[Span]:
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
    ranges: list[Span] = field(default_factory=list)
    _starts: list[dt.date] = field(default_factory=list)

    @classmethod
    def of(cls, intervals: Iterable[Span]) -> "Coverage":
        ranges = merge(intervals)
        return cls(ranges, [s for s, _ in ranges])

    def gaps(self, start: dt.date, end: dt.date) -> list[Span]:
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

    def stretch_around(self, start: dt.date, end: dt.date) -> Span | None:
        """The continuous stretch of cover that holds [start, end] whole, if any."""
        i = bisect_right(self._starts, start) - 1
        if i >= 0:
            s, e = self.ranges[i]
            if s <= start and end <= e:
                return s, e
        return None


def security_providers(activities: Iterable[Activity]) -> dict[str, list[Activity]]:
    """The security-providing activities (with valid dates) by place key."""
    providers: dict[str, list[Activity]] = defaultdict(list)
    for a in activities:
        if a.provides_security and valid_dates(a):
            providers[place_key(a.location)].append(a)
    return providers


def security_cover(activities: Iterable[Activity],
                   closures: dict[str, dt.date] | None = None) -> dict[str, list[Span]]:
    """For each place key, the merged stretches of security cover (the mission's military and
    police cover ending with the closure of its last security site there: closures)."""
    from pocplanner.domain.transition import clipped_end
    closures = closures or {}
    out = {}
    for place, group in security_providers(activities).items():
        spans = [(a.start, clipped_end(a, closures)) for a in group]
        out[place] = merge((s, e) for s, e in spans if s <= e)
    return out


@dataclass(frozen=True)
class Row:
    """One line of the chart: a group heading (a place or a component) or an activity."""
    group: str                       # the group's key: a place key or a component key
    name: str                        # what the group heading shows
    activity: Activity | None = None

    @property
    def is_group(self) -> bool:
        return self.activity is None


@dataclass
class Timeline:
    start: dt.date                     # first day shown: the plan's or an activity's start
    end: dt.date                       # last day shown
    rows: list[Row]
    group_by: str                      # "location" | "component"
    cover: dict[str, list[Span]]       # place key -> stretches of security cover
    links: list[tuple[Activity, Activity]]   # (prerequisite, dependent), both in the plan
    milestones: dict[str, list[tuple[str, dt.date]]] = field(default_factory=dict)
    # place key -> (site name, closing day): the drawdown's closures, on the place's heading
    within: list[tuple[Activity, Activity]] = field(default_factory=list)
    # (the one in place, the one that runs while it is): runs_within (DOMAIN §12.9b)
    after_close: dict[int, dt.date] = field(default_factory=dict)
    # id(activity) -> the closing day of its place's last security site, when the activity
    # (military or police) runs on after it (TRN-AFTERCLOSE, §12.5)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def milestones_of(self, row: Row) -> list[tuple[str, dt.date]]:
        return self.milestones.get(row.group, []) if self.group_by == "location" else []

    def cover_of(self, row: Row) -> list[Span]:
        """The security cover drawn under a place's heading (none for components)."""
        return self.cover.get(row.group, []) if self.group_by == "location" else []


GROUPINGS = ("location", "component")


def build_timeline(plan: Plan, group_by: str = "location",
                   component_name: Callable[[str], str] | None = None) -> Timeline:
    """The timeline of a plan, rows grouped by place (named as first written) or component
    (named by component_name), groups in alphabetical order, activities by start then id."""
    valid = [a for a in plan.activities if valid_dates(a)]
    start = min([a.start for a in valid] + [plan.period.start])
    end = max([a.end for a in valid] + [plan.period.end, start])
    groups: dict[str, list[Activity]] = defaultdict(list)
    names: dict[str, str] = {}
    for a in plan.activities:
        if group_by == "location":
            key, name = place_key(a.location), a.location
        else:
            key, name = a.component, (component_name or str)(a.component)
        names.setdefault(key, name)
        groups[key].append(a)
    rows: list[Row] = []
    for key in sorted(groups, key=lambda k: names[k].casefold()):
        rows.append(Row(key, names[key]))
        rows += [Row(key, names[key], a)
                 for a in sorted(groups[key], key=lambda a: (a.start, a.id))]
    by_id: dict[str, Activity] = {}
    for a in plan.activities:
        by_id.setdefault(a.id, a)
    links = [(by_id[d], a) for a in plan.activities for d in dict.fromkeys(a.depends_on)
             if d in by_id]
    from pocplanner.domain.transition import site_closures
    milestones: dict[str, list[tuple[str, dt.date]]] = defaultdict(list)
    for site in plan.transition.sites:
        key = place_key(site.place)
        milestones[key].append((site.name, site.closes))
        if group_by == "location" and key not in groups:     # a site where nothing runs
            names[key] = site.place
            rows.append(Row(key, site.place))
    closures = site_closures(plan)
    within = [(by_id[w], a) for a in plan.activities for w in dict.fromkeys(a.runs_within)
              if w in by_id and by_id[w] is not a]
    from pocplanner.domain.transition import closed_before
    after_close = {}            # as TRN-AFTERCLOSE reads it: effective dates, none cancelled
    for a in plan.activities:
        closes = None if is_cancelled(a) else closed_before(a, closures, effective_span(a)[1])
        if closes is not None:
            after_close[id(a)] = closes
    return Timeline(start, end, rows, group_by,
                    security_cover(in_effect(plan).activities, closures), links,
                    dict(milestones), within, after_close)
