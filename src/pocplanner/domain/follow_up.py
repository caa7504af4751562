"""What the plan in motion computes (DOMAIN §13): lateness, reviews due, alert reaction times
and the level an indicator is at. The checks (domain/checks/monitoring.py), the status view,
the level board, the mission view and the status report all read these.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pocplanner.domain.model import Activity, Alert, Indicator, Plan
from pocplanner.domain.timeline import effective_span, is_cancelled

REVIEW_EVERY_DAYS = 60
STATUSES = ("planned", "under_way", "done", "delayed", "cancelled")


def status_of(activity: Activity) -> str:
    return activity.status or "planned"


def is_late(activity: Activity, as_of: dt.date) -> bool:
    """MON-LATE: not done or cancelled and its (effective) end before as_of, or still planned
    and its start before as_of."""
    status = status_of(activity)
    if status in ("done", "cancelled"):
        return False
    start, end = effective_span(activity)
    return end < as_of or (status == "planned" and start < as_of)


def days_late(activity: Activity, as_of: dt.date | None) -> int:
    """How many days late an activity is as of a day (0 when it is not late): counted from its
    end if that has passed, else from its start."""
    if as_of is None or not is_late(activity, as_of):
        return 0
    start, end = effective_span(activity)
    return (as_of - (end if end < as_of else start)).days


def late_activities(plan: Plan, as_of: dt.date | None = None) -> list[Activity]:
    """The late activities, the latest first."""
    as_of = as_of or plan.context.as_of
    if as_of is None:
        return []
    late = [a for a in plan.activities if not is_cancelled(a) and is_late(a, as_of)]
    return sorted(late, key=lambda a: (-days_late(a, as_of), a.id))


def review_every(plan: Plan) -> int:
    return plan.context.review_every_days or REVIEW_EVERY_DAYS


def last_review(plan: Plan):
    return max(plan.reviews, key=lambda r: r.date, default=None)


def last_review_day(plan: Plan) -> dt.date:
    """The latest review's date, else the period's start."""
    review = last_review(plan)
    return review.date if review is not None else plan.period.start


def days_since_review(plan: Plan, as_of: dt.date | None = None) -> int | None:
    as_of = as_of or plan.context.as_of
    return None if as_of is None else (as_of - last_review_day(plan)).days


def moment(text: str | None) -> dt.datetime | None:
    """A local date-time YYYY-MM-DDTHH:MM, or None."""
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


@dataclass(frozen=True)
class Reaction:
    """An alert's reaction time against what the matrix promised for its level."""
    raised: dt.datetime
    arrived: dt.datetime | None
    max_hours: int | None

    @property
    def hours(self) -> float | None:
        if self.arrived is None:
            return None
        return (self.arrived - self.raised).total_seconds() / 3600

    def hours_text(self) -> str:
        h = self.hours
        return "" if h is None else (f"{h:.0f}" if h == int(h) else f"{h:.1f}")


def indicator_of(plan: Plan, alert: Alert) -> Indicator | None:
    return next((i for i in plan.early_warning if i.id == alert.indicator_id), None)


def reaction(plan: Plan, alert: Alert) -> Reaction | None:
    """None for an alert without a (readable) raised time."""
    raised = moment(alert.raised)
    if raised is None:
        return None
    indicator = indicator_of(plan, alert)
    level = indicator.level(alert.level) if indicator is not None else None
    return Reaction(raised, moment(alert.arrived), level.max_hours if level else None)


def slow(r: Reaction, as_of: dt.date | None) -> bool:
    """EW-SLOW (§12.11.11): strictly more than max_hours; without an arrival, when raised +
    max_hours is before the end of the as_of day."""
    if r.max_hours is None:
        return False
    promised = r.raised + dt.timedelta(hours=r.max_hours)
    if r.arrived is not None:
        return r.arrived > promised
    if as_of is None:
        return False
    return promised < dt.datetime.combine(as_of + dt.timedelta(days=1), dt.time())


def slow_alerts(plan: Plan, as_of: dt.date | None = None) -> list[Alert]:
    as_of = as_of or plan.context.as_of
    out = []
    for alert in plan.alerts:
        r = reaction(plan, alert)
        if r is not None and slow(r, as_of):
            out.append(alert)
    return out


def latest_alert(plan: Plan, indicator_id: str) -> Alert | None:
    """The indicator's latest alert by raised time (alerts without one count as oldest)."""
    alerts = [a for a in plan.alerts if a.indicator_id == indicator_id]
    return max(alerts, key=lambda a: (a.raised or "", plan.alerts.index(a)), default=None)


def new_alert_id(plan: Plan) -> str:
    from pocplanner.domain.planning import next_id
    return next_id("AL", [a.id for a in plan.alerts])


def new_review_id(plan: Plan) -> str:
    from pocplanner.domain.planning import next_id
    return next_id("RV", [r.id for r in plan.reviews])


@dataclass(frozen=True)
class Motion:
    """A plan in motion at a glance (the mission view): None where as_of is not given."""
    as_of: dt.date | None
    late: int | None
    slow: int
    days_since_review: int | None

    def to_json(self) -> dict:
        return {"as_of": self.as_of.isoformat() if self.as_of else None,
                "late_activities": self.late, "slow_alerts": self.slow,
                "days_since_review": self.days_since_review}


def motion(plan: Plan) -> Motion:
    as_of = plan.context.as_of
    return Motion(as_of, len(late_activities(plan)) if as_of else None,
                  len(slow_alerts(plan)), days_since_review(plan))


def pending_changes(plan: Plan) -> list[tuple[object, int, int]]:
    """The latest review's threat changes the register does not hold yet:
    (threat, likelihood, impact)."""
    review = last_review(plan)
    out = []
    for change in review.threat_changes if review else ():
        threat = plan.item("threat", change.threat_id)
        if threat is None:
            continue
        new = (change.likelihood or threat.likelihood, change.impact or threat.impact)
        if new != (threat.likelihood, threat.impact):
            out.append((threat, *new))
    return out
