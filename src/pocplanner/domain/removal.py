"""Removing a threat, a response or an activity together with what points at it.

A plan's items refer to each other by id: responses to threats (`threat_ids`), activities to
a response (`response_id`) and to other activities (`depends_on`), engagement assessments to
an activity (`activity_id`). Removing an item without its references would leave REF-MISSING
errors for the planner to chase, so the removal is one edit (one undo step) that also:

- threat: drops it from each response's `threat_ids`; a response left with no threat is
  removed too (with what points at it);
- response: unlinks the activities carried out under it (`response_id` emptied);
- activity: drops it from the other activities' `depends_on`; its engagement assessments are
  removed (an assessment belongs to one activity);
- format 2: a threat leaves the indicators' `threat_ids` and the scenarios' adjustments, a
  response or an activity leaves the levels of the early-warning matrix, an indicator leaves
  the scenarios' `trigger_ids`, a scenario's contingent activities become committed, a site
  is removed with its handovers (references_v2.py).

While another item of the same kind keeps the same id (ids being edited), the references
still resolve and are left alone.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pocplanner.domain.edits import Batch, remove, set_field
from pocplanner.domain.model import LISTS, V2_KINDS, Activity, Plan, Response, Threat



@dataclass
class Removal:
    edit: Batch                                        # not applied yet
    removed: list[Any] = field(default_factory=list)   # removed along with the item
    unlinked: list[Any] = field(default_factory=list)  # kept, a reference to it dropped

    @property
    def touches_others(self) -> bool:
        return bool(self.removed or self.unlinked)


def removal(plan: Plan, item: Any) -> Removal:
    """The edit that removes item and its references, with what else it changes."""
    result = Removal(Batch([]))
    try:
        _remove(plan, item, result)
    finally:                        # worked out on the plan itself, then put back as it was
        result.edit.inverse().apply()
    return result


def _apply(result: Removal, edit) -> None:
    edit.apply()
    result.edit.edits.append(edit)


def _list_of(plan: Plan, item: Any) -> list:
    for items in [getattr(plan, name) for name in LISTS] + [f(plan) for f in V2_KINDS.values()]:
        if any(x is item for x in items):
            return items
    raise ValueError("the item is not in this plan")


def _remove(plan: Plan, item: Any, result: Removal) -> None:
    items = _list_of(plan, item)
    _apply(result, remove(items, item))
    if any(other.id == item.id for other in items):
        return                      # the id still names another item: references hold
    from pocplanner.domain.removal_v2 import unlink_v2
    from pocplanner.domain.removal_v3 import unlink_v3
    for target, name, value, removed, shown in [*unlink_v2(plan, item), *unlink_v3(plan, item)]:
        if removed:
            result.removed.append(target)
            _remove(plan, target, result)
        else:
            _apply(result, set_field(target, name, value))
            _note(result.unlinked, shown)
    if isinstance(item, Threat):
        for response in list(plan.responses):
            if item.id in response.threat_ids:
                left = [t for t in response.threat_ids if t != item.id]
                if left:
                    _apply(result, set_field(response, "threat_ids", left))
                    _note(result.unlinked, response)
                else:
                    result.removed.append(response)
                    _remove(plan, response, result)
    elif isinstance(item, Response):
        for activity in plan.activities:
            if activity.response_id == item.id:
                _apply(result, set_field(activity, "response_id", None))
                _note(result.unlinked, activity)
    elif isinstance(item, Activity):
        for activity in plan.activities:
            if item.id in activity.depends_on:
                _apply(result, set_field(activity, "depends_on",
                                         [d for d in activity.depends_on if d != item.id]))
                _note(result.unlinked, activity)
        for engagement in list(plan.engagements):
            if engagement.activity_id == item.id:
                result.removed.append(engagement)
                _remove(plan, engagement, result)


def _note(items: list, item: Any) -> None:
    if not any(x is item for x in items):
        items.append(item)
