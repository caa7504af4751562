"""The plan in motion (DOMAIN §13, docs/checks.md): MON-LATE, MON-REVIEW, EW-SLOW.

The index holds the plan as the checks read it (domain/timeline.in_effect): cancelled
activities are gone and the others run on their effective dates.
"""
from __future__ import annotations

from collections.abc import Iterator

from pocplanner.domain.checks.advisory import WARNING, Advisory
from pocplanner.domain.checks.index import PlanIndex
from pocplanner.domain.follow_up import is_late, last_review_day, reaction, review_every, slow


def check_monitoring(ix: PlanIndex) -> Iterator[Advisory]:
    yield from _late(ix)
    yield from _review(ix)
    yield from _slow(ix)


def _late(ix: PlanIndex) -> Iterator[Advisory]:
    as_of = ix.plan.context.as_of
    if as_of is None:
        return
    for a in ix.plan.activities:
        if not is_late(a, as_of):
            continue
        if a.end < as_of:
            text = ("Activity {id} ({title}) should have ended on {end} but is not marked "
                    "done (as of {as_of}).")
        else:
            text = ("Activity {id} ({title}) should have started on {start} but is still "
                    "planned (as of {as_of}).")
        yield Advisory("MON-LATE", WARNING, (a.id,), text,
                       {"id": a.id, "title": a.title, "start": a.start.isoformat(),
                        "end": a.end.isoformat(), "as_of": as_of.isoformat()}, kind="activity")


def _review(ix: PlanIndex) -> Iterator[Advisory]:
    plan = ix.plan
    as_of = plan.context.as_of
    if as_of is None:
        return
    since = last_review_day(plan)
    days, every = (as_of - since).days, review_every(plan)
    if days > every:
        yield Advisory("MON-REVIEW", WARNING, (plan.id,),
                       "No review of the plan for {days} days (since {since}, as of {as_of}); "
                       "the task force meets every {every} days.",
                       {"days": str(days), "since": since.isoformat(), "as_of": as_of.isoformat(),
                        "every": str(every)})


def _slow(ix: PlanIndex) -> Iterator[Advisory]:
    plan = ix.plan
    for alert in plan.alerts:
        r = reaction(plan, alert)
        if r is None or not slow(r, plan.context.as_of):
            continue
        if r.hours is not None:
            text = ("Alert {id} ({level}) was answered {hours} hours after it was raised; "
                    "the matrix promises {max_hours} hours.")
        else:
            text = ("Alert {id} ({level}), raised {raised}, has no recorded arrival and the "
                    "{max_hours} hours the matrix promises have passed.")
        from pocplanner.domain.checks.early_warning import _level
        yield Advisory("EW-SLOW", WARNING, (alert.indicator_id, alert.id), text,
                       {"id": alert.id, "level": _level(alert.level),
                        "hours": {"en": r.hours_text(), "fr": r.hours_text().replace(".", ",")}, "max_hours": str(r.max_hours),
                        "raised": (alert.raised or "").replace("T", " ")}, kind="indicator")
