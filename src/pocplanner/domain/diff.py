"""What changed between two versions of a plan: items added, removed or changed, by id."""
from __future__ import annotations

from dataclasses import dataclass, field

from pocplanner.domain.model import LISTS, Plan


@dataclass
class ListChanges:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


@dataclass
class PlanDiff:
    fields: list[str]                      # plan-level fields that differ (title, period, context…)
    lists: dict[str, ListChanges]

    def is_empty(self) -> bool:
        return not self.fields and not any(self.lists.values())


def diff_plans(old: Plan, new: Plan) -> PlanDiff:
    a, b = old.to_dict(), new.to_dict()
    fields_changed = sorted(k for k in set(a) | set(b)
                            if k not in LISTS and a.get(k) != b.get(k))
    lists = {}
    for name in LISTS:
        before = {item["id"]: item for item in a.get(name, [])}
        after = {item["id"]: item for item in b.get(name, [])}
        lists[name] = ListChanges(
            added=[i for i in after if i not in before],
            removed=[i for i in before if i not in after],
            changed=[i for i in after if i in before and after[i] != before[i]])
    return PlanDiff(fields_changed, lists)
