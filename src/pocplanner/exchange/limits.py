"""The bounds of every exchange format, in one table applied by the reader to every version.

The schemas say what a field is; this file says how much of it pocplanner can show, store and
print in seconds. Every list anywhere in the plan has a maximum — its own below, else
DEFAULT_MAX_ITEMS —, all the lists together at most MAX_TOTAL_ITEMS entries, and every number
a range; dates run from MIN_DATE to MAX_DATE (domain/dates.py, checked with the schema's date
formats in exchange/schema_messages.py). docs/exchange-limits.md lists them for the people
who write files by hand or by script.
"""
from __future__ import annotations

from typing import Any

from pocplanner.domain.dates import MAX_DATE, MIN_DATE, in_date_range
from pocplanner.domain.references import json_path
from pocplanner.messages import Message

# Lists by key, wherever they are in the plan (plan.threats, plan.threats[0].indicators…).
MAX_ITEMS = {
    "threats": 500, "responses": 600, "activities": 1000, "engagements": 500,
    "areas": 1000,             # 400 areas print (the cover sends them to the annex)
    "early_warning": 100, "indicators": 20, "evidence": 500, "scenarios": 50,
    "sites": 300, "handovers": 500, "hrddp": 500, "alerts": 1000, "reviews": 200,
    "places": 50, "locations": 50, "communities": 50, "groups_at_risk": 50,
    "threat_ids": 50, "response_ids": 50, "activity_ids": 50, "depends_on": 50,
    "runs_within": 50, "supports": 50, "trigger_ids": 50, "threat_changes": 200,
    "threat_adjustments": 200, "mitigations": 50, "risks": 50, "levels": 10,
    "pcodes": 100, "actors": 50, "assets": 20, "supporting": 20, "coordinates": 2,
}
DEFAULT_MAX_ITEMS = 50           # any list not named above (a format-4 list, say)
MAX_TOTAL_ITEMS = 6_000          # all the entries of all the lists of one plan together
MAX_NUMBER = 1_000_000           # every number of a plan lies within ±MAX_NUMBER
SCAN_PROBLEMS = 50
__all__ = ["DEFAULT_MAX_ITEMS", "MAX_DATE", "MAX_ITEMS", "MAX_NUMBER", "MAX_TOTAL_ITEMS",
           "MIN_DATE", "in_date_range", "limit_problems"]


def limit_problems(plan: Any) -> list[Message]:
    """Each list longer than its maximum and each number out of range, with its JSON path
    (at most SCAN_PROBLEMS of them), or the plan's total of list entries if it is too many."""
    problems: list[Message] = []
    total = _walk(plan, ["plan"], None, problems)
    if total > MAX_TOTAL_ITEMS and not problems:
        problems.append(Message("plan: {n} list entries in all are more than pocplanner can "
                                "show and print (at most {limit}); split the plan.", n=total,
                                limit=MAX_TOTAL_ITEMS))
    return problems[:SCAN_PROBLEMS]


def _walk(node: Any, path: list, key: str | None, problems: list[Message]) -> int:
    """Adds the problems under node; returns how many list entries it holds."""
    if len(problems) >= SCAN_PROBLEMS:
        return 0
    if isinstance(node, dict):
        return sum(_walk(value, path + [k], k, problems) for k, value in node.items())
    if isinstance(node, list):
        limit = MAX_ITEMS.get(key or "", DEFAULT_MAX_ITEMS)
        if len(node) > limit:
            problems.append(Message("{path}: {n} items are more than pocplanner can show and "
                                    "print (at most {limit}); split the plan.",
                                    path=json_path(path), n=len(node), limit=limit))
            return len(node)
        return len(node) + sum(_walk(value, path + [i], key, problems)
                               for i, value in enumerate(node))
    if isinstance(node, (int, float)) and not isinstance(node, bool) and abs(node) > MAX_NUMBER:
        problems.append(Message("{path}: {value} is out of range (numbers in a plan lie "
                                "between -{limit} and {limit}).", path=json_path(path),
                                value=node, limit=MAX_NUMBER))
    return 0
