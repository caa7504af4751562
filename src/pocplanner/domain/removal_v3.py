"""What points at an item from the fields of format 3, for removal.py: the field to change on
each item that names it (same shape as removal_v2.unlink_v2)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pocplanner.domain.model import Activity, Plan, Response, Threat
from pocplanner.domain.model_v2 import Indicator
from pocplanner.domain.model_v3 import Assessment, ThreatChange


def _without(ids: list[str], item_id: str) -> list[str]:
    return [i for i in ids if i != item_id]


def unlink_v3(plan: Plan, item: Any) -> Iterator[tuple[Any, str, Any, bool, Any]]:
    """(target, field, new value, remove the target instead, the item to name to the user)
    for each format-3 reference to item."""
    if isinstance(item, Activity):
        for a in plan.activities:
            if item.id in a.runs_within:
                yield a, "runs_within", _without(a.runs_within, item.id), False, a
    if isinstance(item, (Activity, Response)):
        name = "activity_ids" if isinstance(item, Activity) else "response_ids"
        for al in plan.alerts:
            if item.id in getattr(al, name):
                yield al, name, _without(getattr(al, name), item.id), False, al
    elif isinstance(item, Assessment):
        for a in plan.activities:
            if item.id in a.supports:
                yield a, "supports", _without(a.supports, item.id), False, a
    elif isinstance(item, Indicator):
        for al in list(plan.alerts):
            if al.indicator_id == item.id:
                yield al, "", None, True, al
    elif isinstance(item, Threat):
        for rv in plan.reviews:
            if any(c.threat_id == item.id for c in rv.threat_changes):
                yield (rv, "threat_changes",
                       [ThreatChange(c.threat_id, c.likelihood, c.impact)
                        for c in rv.threat_changes if c.threat_id != item.id], False, rv)
