"""REF-MISSING, ID-DUPLICATE, DATE-ORDER: is the plan well formed?"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from pocplanner.domain.checks.advisory import ERROR, Advisory
from pocplanner.domain.checks.index import PlanIndex
from pocplanner.domain.model import sections_v2
from pocplanner.domain.model_v3 import sections_v3
from pocplanner.domain.references import id_lists, json_path, references
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
    yield from _section_references(ix)


def _sections_view(plan) -> dict:
    """The plan's format-2 sections as the exchange file holds them (domain/references.py
    reads that form)."""
    view = sections_v2(plan)
    view.update(sections_v3(plan.hrddp, plan.alerts, plan.reviews))
    view["activities"] = [{"id": a.id, "contingent_on": a.contingent_on,
                           "supports": a.supports, "runs_within": a.runs_within}
                          for a in plan.activities]
    return view


def _section_references(ix: PlanIndex) -> Iterator[Advisory]:
    view = _sections_view(ix.plan)
    known = {"threats": ix.threat_ids, "responses": ix.response_ids,
             "activities": set(ix.activities)}
    known.update({name: {item_id for _p, item_id in entries}
                  for name, entries in id_lists(view).items()})
    for path, target, list_name in references(view):
        if target not in known[list_name]:
            yield Advisory("REF-MISSING", ERROR, (_owner(view, path),),
                           "{path} names {target}, which does not exist in plan.{list}.",
                           {"path": json_path(path), "target": target, "list": list_name},
                           kind=_KIND_OF_LIST.get(path[1], "plan"))


_KIND_OF_LIST = {"activities": "activity", "hrddp": "assessment", "alerts": "alert",
                 "reviews": "review"}


def _owner(view: dict, path: list) -> str:
    """The id of the item that holds the reference at path."""
    node = view
    for part in path[1:4 if path[1] == "transition" else 3]:
        node = node[part]
    return node.get("id", "") if isinstance(node, dict) else ""


def check_duplicates(ix: PlanIndex) -> Iterator[Advisory]:
    lists = (("threats", "threat", ix.plan.threats), ("responses", "response", ix.plan.responses),
             ("activities", "activity", ix.plan.activities),
             ("engagements", "engagement", ix.plan.engagements))
    lists += tuple((name, "plan", [_Id(i) for _p, i in entries])
                   for name, entries in id_lists(_sections_view(ix.plan)).items())
    for list_name, kind, items in lists:
        counts = Counter(i.id for i in items)
        for item_id, n in counts.items():
            if n > 1:
                yield Advisory("ID-DUPLICATE", ERROR, (item_id,),
                               "{n} items of the {list} list share the id {id}.",
                               {"n": str(n), "list": list_name, "id": item_id}, kind=kind)


class _Id:
    def __init__(self, item_id: str) -> None:
        self.id = item_id


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
