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
- and so for every reference of domain/references.py's table, which says for each whether
  the holder is unlinked or removed along (a site with its handovers, an indicator with its
  alerts, a threat with its evidence entries).

While another item of the same kind keeps the same id (ids being edited), the references
still resolve and are left alone.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pocplanner.domain.edits import Batch, remove, set_field
from pocplanner.domain.model import ITEM_KINDS, Plan, id_of
from pocplanner.domain.references import CASCADE, UNLINK_OR_CASCADE, Link, links_to


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


def _list_of(plan: Plan, item: Any) -> tuple[str, list]:
    for kind in ITEM_KINDS:
        items = plan.items(kind)
        if any(x is item for x in items):
            return kind, items
    raise ValueError("the item is not in this plan")


def _remove(plan: Plan, item: Any, result: Removal) -> None:
    kind, items = _list_of(plan, item)
    _apply(result, remove(items, item))
    item_id = id_of(item)
    if any(id_of(other) == item_id for other in items):
        return                      # the id still names another item: references hold
    for link in list(links_to(plan, kind, item_id)):
        if not any(x is link.owner for x in plan.items(link.ref.owner)):
            continue                # already removed along the way
        if link.ref.on_removal == CASCADE:
            _cascade(plan, link.owner, result)
            continue
        if link.holder is not link.owner:        # a sub-item naming one item, or a list
            _unlink_in_sub_item(link, item_id, result)
            continue
        value = getattr(link.owner, link.name)
        left = [i for i in value if i != item_id] if isinstance(value, list) else None
        if not left and link.ref.on_removal == UNLINK_OR_CASCADE:
            _cascade(plan, link.owner, result)
            continue
        _apply(result, set_field(link.owner, link.name, left))
        _note(result.unlinked, link.owner)


def _cascade(plan: Plan, owner: Any, result: Removal) -> None:
    result.removed.append(owner)
    _remove(plan, owner, result)


def _unlink_in_sub_item(link: Link, item_id: str, result: Removal) -> None:
    """A level's list of ids loses the id; a sub-item that names only that item (a threat
    adjustment, a threat change) leaves its list."""
    value = getattr(link.holder, link.name)
    if isinstance(value, list):
        _apply(result, set_field(link.holder, link.name, [i for i in value if i != item_id]))
    else:
        through = link.ref.field.split(".")[0]
        kept = [sub for sub in getattr(link.owner, through) if sub is not link.holder]
        _apply(result, set_field(link.owner, through, kept))
    _note(result.unlinked, link.owner)


def _note(items: list, item: Any) -> None:
    if not any(x is item for x in items):
        items.append(item)
