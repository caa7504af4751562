"""What the POC status report says (DOMAIN §13), before any layout: as of when, the
activities by status with the late ones first, the alerts with their reaction times against
the matrix's promises, the threat changes of the latest review, the incidents of the plan's
cercles since the period started against the same number of days before, the open
advisories. reports/status_report.py lays it out; the command line and the app both ask
services/status_report.py for it.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from pocplanner.domain.checks import Advisory, run_checks
from pocplanner.domain.follow_up import (
    STATUSES,
    days_late,
    days_since_review,
    indicator_of,
    last_review,
    reaction,
    slow,
    status_of,
)
from pocplanner.domain.model import Activity, Alert, Plan, Review
from pocplanner.domain.timeline import effective_span


@dataclass(frozen=True)
class ActivityLine:
    activity: Activity
    status: str
    start: dt.date                  # effective dates
    end: dt.date
    days_late: int


@dataclass(frozen=True)
class AlertLine:
    alert: Alert
    indicator: str                  # the indicator's text, or its id when it is not found
    hours: float | None             # raised → arrived
    max_hours: int | None           # what the matrix promised for the level
    slow: bool


@dataclass(frozen=True)
class ThreatLine:
    threat_id: str
    title: str
    before: tuple[int, int] | None  # likelihood, impact; None when not recorded
    after: tuple[int, int]
    applied: bool                   # the register already holds the change


@dataclass(frozen=True)
class IncidentFigures:
    """Counts only, from the local incident store (never rows)."""
    since: dt.date
    until: dt.date
    events: int
    before_start: dt.date
    before_end: dt.date
    events_before: int
    sources: list[str]              # attribution


@dataclass
class StatusReport:
    plan: Plan
    as_of: dt.date
    activities: list[ActivityLine]
    alerts: list[AlertLine]
    review: Review | None
    days_since_review: int
    threat_changes: list[ThreatLine]
    advisories: list[Advisory]
    incidents: IncidentFigures | None = None
    counts: dict[str, int] = field(default_factory=dict)     # status → activities

    @property
    def late(self) -> list[ActivityLine]:
        return [line for line in self.activities if line.days_late > 0]


def build_status_report(plan: Plan, as_of: dt.date | None = None,
                        earlier: Iterable[Plan] = (), places: tuple = ()) -> StatusReport:
    """as_of: the day the report speaks of (default: the plan's as_of, else today); the checks
    are run as of that day. earlier: saved versions of the plan, newest first (where the
    register stood before the latest review was recorded). places: those the users added,
    resolving before the gazetteer as in the app (§12.2)."""
    as_of = as_of or plan.context.as_of or dt.date.today()
    dated = replace(plan, context=replace(plan.context, as_of=as_of))
    lines = []
    for a in plan.activities:
        start, end = effective_span(a)
        lines.append(ActivityLine(a, status_of(a), start, end, days_late(a, as_of)))
    order = {s: i for i, s in enumerate(STATUSES)}
    lines.sort(key=lambda line: (-line.days_late, order.get(line.status, 9), line.start,
                                 line.activity.id))
    counts = {s: sum(1 for line in lines if line.status == s) for s in STATUSES}
    review = last_review(plan)
    return StatusReport(dated, as_of, lines, _alerts(dated, as_of), review,
                        days_since_review(dated, as_of) or 0,
                        threat_changes(plan, review, earlier),
                        run_checks(dated, places=places), counts=counts)


def _alerts(plan: Plan, as_of: dt.date) -> list[AlertLine]:
    out = []
    for alert in sorted(plan.alerts, key=lambda a: (a.raised or "", a.id)):
        indicator = indicator_of(plan, alert)
        r = reaction(plan, alert)
        max_hours = r.max_hours if r else None
        level = indicator.level(alert.level) if indicator is not None else None
        if r is None and level is not None:
            max_hours = level.max_hours
        out.append(AlertLine(alert, indicator.indicator if indicator else alert.indicator_id,
                             r.hours if r else None, max_hours,
                             bool(r and slow(r, as_of))))
    return out


def _register_before(review: Review, earlier: Iterable[Plan]) -> dict[str, tuple[int, int]]:
    """The threats' likelihood and impact in the newest saved version without the review."""
    for version in earlier:
        if all(r.id != review.id for r in version.reviews):
            return {t.id: (t.likelihood, t.impact) for t in version.threats}
    return {}


def threat_changes(plan: Plan, review: Review | None,
                   earlier: Iterable[Plan] = ()) -> list[ThreatLine]:
    """The latest review's threat changes, before → after. Before: the register when the
    change is not applied yet; once applied, the register of the newest saved version
    without the review, else what an earlier review changed it to (None: not recorded)."""
    if review is None:
        return []
    threats = {t.id: t for t in plan.threats}
    saved = _register_before(review, earlier)
    previous = sorted((r for r in plan.reviews if r.date < review.date), key=lambda r: r.date)
    out = []
    for change in review.threat_changes:
        t = threats.get(change.threat_id)
        now = (t.likelihood, t.impact) if t else None
        after = (change.likelihood or (now[0] if now else 0),
                 change.impact or (now[1] if now else 0))
        applied = now == after
        before = now if not applied else saved.get(change.threat_id)
        if applied and before is None:
            for r in previous:
                for c in r.threat_changes:
                    if c.threat_id == change.threat_id:
                        before = (c.likelihood or after[0], c.impact or after[1])
        out.append(ThreatLine(change.threat_id, t.title if t else change.threat_id, before,
                              after, applied))
    return out
