"""What points at an item from the sections of format 2, for removal.py: the field to change
on each item that names it (or that item to remove with it)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pocplanner.domain.model import Activity, Plan, Response, Threat
from pocplanner.domain.model_v2 import Adjustment, Indicator, Scenario, Site


def unlink_v2(plan: Plan, item: Any) -> Iterator[tuple[Any, str, Any, bool, Any]]:
    """(target, field, new value, remove the target instead, the item to name to the user)
    for each reference to item."""
    if isinstance(item, Threat):
        for ind in plan.early_warning:
            if item.id in ind.threat_ids:
                yield ind, "threat_ids", [t for t in ind.threat_ids if t != item.id], False, ind
        for s in plan.scenarios:
            if item.id in s.threat_ids():
                yield (s, "threat_adjustments",
                       [Adjustment(a.threat_id, a.likelihood, a.impact)
                        for a in s.threat_adjustments if a.threat_id != item.id], False, s)
    elif isinstance(item, (Response, Activity)):
        name = "response_ids" if isinstance(item, Response) else "activity_ids"
        for ind in plan.early_warning:
            for level in ind.levels:
                ids = getattr(level, name)
                if item.id in ids:
                    yield level, name, [i for i in ids if i != item.id], False, ind
    elif isinstance(item, Indicator):
        for s in plan.scenarios:
            if item.id in s.trigger_ids:
                yield s, "trigger_ids", [i for i in s.trigger_ids if i != item.id], False, s
    elif isinstance(item, Scenario):
        for a in plan.activities:
            if a.contingent_on == item.id:
                yield a, "contingent_on", None, False, a
    elif isinstance(item, Site):
        for h in list(plan.transition.handovers):
            if h.site_id == item.id:
                yield h, "", None, True, h

