"""What an edit (domain/edits.py) touches, in the terms of what_checks_read.py: the
(section, field) pairs it may change and the activities it changes. None when that cannot
be told: the checker then runs every check."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from pocplanner.domain.checks.what_checks_read import ANY, ITEM_SECTIONS, Read
from pocplanner.domain.edits import Batch, Insert, Remove, SetField
from pocplanner.domain.model import (
    ITEM_KINDS,
    Activity,
    Adjustment,
    Context,
    EngagementRisk,
    Level,
    Mitigation,
    Period,
    Plan,
    ThreatChange,
    Transition,
)

# The section of each kind of object an edit may point at; True: a part of an item there
# (a level of an indicator, a risk of an assessment…) or of a section (a site of the
# transition), whose edit touches the whole section.
SECTION_OF: dict[type, tuple[str, bool]] = {
    **{k.cls: (k.path.split(".")[0], "." in k.path) for k in ITEM_KINDS.values()
       if k.cls is not dict},
    EngagementRisk: ("engagements", True), Mitigation: ("engagements", True),
    Level: ("early_warning", True), Adjustment: ("scenarios", True),
    ThreatChange: ("reviews", True), Context: ("context", False),
    Transition: ("transition", True), Period: ("plan", True),
}


@dataclass
class Touched:
    reads: set[Read] = field(default_factory=set)
    activities: list[Activity] = field(default_factory=list)    # the activities changed
    # id() of the items changed, added or removed (the plan's, when its context or period
    # changed); parts: the sections where a part of an item changed
    objects: set[int] = field(default_factory=set)
    parts: set[str] = field(default_factory=set)

    def hits(self, wanted: frozenset[Read]) -> bool:
        """Whether a check reading `wanted` may read something touched."""
        for section, name in self.reads:
            if (section, name) in wanted or (section, ANY) in wanted:
                return True
            if name == ANY and any(s == section for s, _n in wanted):
                return True
        return False


def section_of(obj: object) -> str:
    """The section an item is in ("plan" for the plan itself)."""
    known = SECTION_OF.get(type(obj))
    return known[0] if known else "plan"


def touched(edits: list, plan: Plan) -> Touched | None:
    found = Touched()
    for edit in edits:
        if not _add(found, edit, plan):
            return None
    return found


def _add(found: Touched, edit: Any, plan: Plan) -> bool:
    if isinstance(edit, Batch):
        return all(_add(found, e, plan) for e in edit.edits)
    if isinstance(edit, SetField):
        return _set_field(found, edit.target, edit.name, plan)
    if isinstance(edit, (Insert, Remove)):
        return _list_edit(found, edit.items, edit.item, plan)
    return False


def _set_field(found: Touched, target: Any, name: str, plan: Plan) -> bool:
    found.objects.add(id(target))
    if target is plan:
        if name == "activities":
            return False                    # the list itself replaced
        found.reads.add((name, ANY) if name in (*ITEM_SECTIONS, "context", "transition")
                        else ("plan", name))
        return True
    known = SECTION_OF.get(type(target))
    if known is None:
        return False
    if target is plan.context or target is plan.period:
        found.objects.add(id(plan))
    section, part = known
    found.reads.add((section, "period" if target is plan.period
                     else ANY if part else name))
    if part:
        found.parts.add(section)
    if isinstance(target, Activity):
        found.activities.append(target)
    return True


def _list_edit(found: Touched, items: list, item: Any, plan: Plan) -> bool:
    found.objects.add(id(item))
    for section in ITEM_SECTIONS:
        if items is getattr(plan, section):
            found.reads.add((section, ANY))
            if section == "activities":
                found.activities.append(item)
            return True
    if items is plan.transition.sites or items is plan.transition.handovers:
        found.reads.add(("transition", ANY))
        return True
    if items is plan.areas:
        found.reads.add(("plan", "areas"))
        found.objects.add(id(plan))
        return True
    for section in ("activities", *ITEM_SECTIONS):   # a list inside an item: whose?
        for owner in getattr(plan, section):
            name = _field_holding(owner, items)
            if name is None:
                continue
            found.objects.add(id(owner))             # the item, whatever part holds it
            if isinstance(owner, Activity):
                found.reads.add(("activities", name))
                found.activities.append(owner)
            else:
                found.reads.add((section, ANY))
            return True
    return False


_LIST_FIELDS: dict[type, tuple[str, ...]] = {}


def _list_fields(cls: type) -> tuple[str, ...]:
    """The fields of a kind of item that hold lists."""
    found = _LIST_FIELDS.get(cls)
    if found is None:
        found = _LIST_FIELDS[cls] = tuple(f.name for f in fields(cls) if "list" in str(f.type))
    return found


def _field_holding(owner: Any, items: list) -> str | None:
    """The field of owner that is the list items, or holds (in a part) the list items."""
    if isinstance(owner, dict):                   # an evidence entry
        return next((k for k, v in owner.items() if v is items), None)
    for name in _list_fields(type(owner)):
        value = getattr(owner, name)
        if value is items:
            return name
        if value and hasattr(value[0], "__dataclass_fields__") and any(
                _field_holding(x, items) is not None for x in value):
            return name
    return None
