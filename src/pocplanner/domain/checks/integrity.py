"""REF-MISSING, ID-DUPLICATE, DATE-ORDER: is the plan well formed?"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from pocplanner.domain.checks.advisory import ERROR, Advisory, shown_kind
from pocplanner.domain.checks.index import PlanIndex
from pocplanner.domain.model import ITEM_KINDS, Plan, id_of, kind_of
from pocplanner.domain.references import REFERENCES_OF, dangling
from pocplanner.i18n import N_

# One wording for every kind of item that holds a reference (domain/references.py).
_MISSING = {
    "response": N_("Response {id}: {field} names {target}, which does not exist in the plan."),
    "activity": N_("Activity {id}: {field} names {target}, which does not exist in the plan."),
    "engagement": N_("Engagement assessment {id}: {field} names {target}, which does not "
                     "exist in the plan."),
    "evidence": N_("Evidence entry {id}: {field} names {target}, which does not exist in the "
                   "plan."),
    "indicator": N_("Early-warning indicator {id}: {field} names {target}, which does not "
                    "exist in the plan."),
    "scenario": N_("Scenario {id}: {field} names {target}, which does not exist in the plan."),
    "handover": N_("Handover {id}: {field} names {target}, which does not exist in the plan."),
    "alert": N_("Alert {id}: {field} names {target}, which does not exist in the plan."),
    "review": N_("Review {id}: {field} names {target}, which does not exist in the plan."),
}


def known_ids(ix: PlanIndex) -> tuple:
    """The ids of each kind of item, on the plan as written (cancelled activities included:
    a reference to one is not dangling)."""
    found = ix.memo.get(known_ids)
    if found is None:
        plan = ix.written
        found = ix.memo[known_ids] = tuple(
            (kind, frozenset(id_of(i) for i in plan.items(kind))) for kind in ITEM_KINDS)
    return found


def reference_items(ix: PlanIndex) -> list:
    """The items that hold references, kind after kind (REFERENCES_OF), as written."""
    plan = ix.written
    return [item for kind in REFERENCES_OF for item in plan.items(kind)]


def references_of(ix: PlanIndex, item: Any) -> list[Advisory]:
    """REF-MISSING for one item of reference_items()."""
    kind = kind_of(item)
    known = ix.memo.get(references_of)
    if known is None:
        known = ix.memo[references_of] = dict(known_ids(ix))
    seen: set[tuple[str, str]] = set()
    out = []
    for link in dangling(item, REFERENCES_OF[kind], known):
        key = (link.ref.field, link.target_id)
        if key in seen:
            continue
        seen.add(key)
        owner = id_of(item)
        out.append(Advisory("REF-MISSING", ERROR, _refs(link, owner), _MISSING[kind],
                            {"id": owner, "field": link.ref.field, "target": link.target_id},
                            kind=shown_kind(kind)))
    return out


def check_references(ix: PlanIndex) -> Iterator[Advisory]:
    """REF-MISSING, item by item, on the plan as written."""
    for item in reference_items(ix):
        yield from references_of(ix, item)


def _refs(link, owner: str) -> tuple[str, ...]:
    """The item to open first: for an alert, its indicator."""
    if link.ref.owner == "alert":
        return (link.owner.indicator_id, owner)
    return (owner,)


def check_duplicates(plan: Plan) -> Iterator[Advisory]:
    """On the plan as written."""
    for kind, item_kind in ITEM_KINDS.items():
        counts = Counter(id_of(i) for i in plan.items(kind))
        for item_id, n in counts.items():
            if n > 1:
                yield Advisory("ID-DUPLICATE", ERROR, (item_id,),
                               "{n} items of the {list} list share the id {id}.",
                               {"n": str(n), "list": item_kind.path, "id": item_id},
                               kind=shown_kind(kind))


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
