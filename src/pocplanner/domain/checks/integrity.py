"""REF-MISSING, ID-DUPLICATE, DATE-ORDER: is the plan well formed?"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from pocplanner.domain.checks.advisory import ERROR, Advisory
from pocplanner.domain.checks.index import PlanIndex
from pocplanner.i18n import N_


_MISSING = {
    "response": N_("Response {id}: {field} names {target}, which does not exist in the plan."),
    "activity": N_("Activity {id}: {field} names {target}, which does not exist in the plan."),
    "engagement": N_("Engagement assessment {id}: {field} names {target}, which does not "
                     "exist in the plan."),
}


def _missing(kind: str, item_id: str, field: str, target: str) -> Advisory:
    return Advisory("REF-MISSING", ERROR, (item_id,), _MISSING[kind],
                    {"id": item_id, "field": field, "target": target}, kind=kind)


def check_references(ix: PlanIndex) -> Iterator[Advisory]:
    plan = ix.plan
    for r in plan.responses:
        for tid in dict.fromkeys(r.threat_ids):
            if tid not in ix.threat_ids:
                yield _missing("response", r.id, "threat_ids", tid)
    for a in plan.activities:
        if a.response_id and a.response_id not in ix.response_ids:
            yield _missing("activity", a.id, "response_id", a.response_id)
        for dep in a.depends_on:
            if dep not in ix.activities:
                yield _missing("activity", a.id, "depends_on", dep)
    for e in plan.engagements:
        if e.activity_id not in ix.activities:
            yield _missing("engagement", e.id, "activity_id", e.activity_id)


def check_duplicates(ix: PlanIndex) -> Iterator[Advisory]:
    lists = (("threats", "threat", ix.plan.threats), ("responses", "response", ix.plan.responses),
             ("activities", "activity", ix.plan.activities),
             ("engagements", "engagement", ix.plan.engagements))
    for list_name, kind, items in lists:
        counts = Counter(i.id for i in items)
        for item_id, n in counts.items():
            if n > 1:
                yield Advisory("ID-DUPLICATE", ERROR, (item_id,),
                               "{n} items of the {list} list share the id {id}.",
                               {"n": str(n), "list": list_name, "id": item_id}, kind=kind)


def check_dates(ix: PlanIndex) -> Iterator[Advisory]:
    period = ix.plan.period
    if period.end < period.start:
        yield Advisory("DATE-ORDER", ERROR, (ix.plan.id,),
                       "The plan period ends ({end}) before it starts ({start}).",
                       {"start": period.start.isoformat(), "end": period.end.isoformat()})
    for a in ix.plan.activities:
        if a.end < a.start:
            yield Advisory("DATE-ORDER", ERROR, (a.id,),
                           "Activity {id} ends ({end}) before it starts ({start}).",
                           {"id": a.id, "start": a.start.isoformat(), "end": a.end.isoformat()},
                           kind="activity")
