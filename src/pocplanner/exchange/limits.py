"""The bounds of every exchange format, in one table applied by the reader to every version.

The schemas say what a field is; this file says how much of it pocplanner can show, store and
print in seconds. Every list anywhere in the plan has a maximum — its own below, else
DEFAULT_MAX_ITEMS — and every number a range; dates run from MIN_DATE to MAX_DATE (checked
with the schema's date formats, exchange/schema_messages.py). docs/exchange-limits.md lists
them for the people who write files by hand or by script.
"""
from __future__ import annotations

from typing import Any

from pocplanner.domain.dates import MAX_DATE, MIN_DATE, in_date_range
from pocplanner.domain.references import json_path
from pocplanner.messages import Message

# Lists by key, wherever they are in the plan (plan.threats, plan.threats[0].indicators…).
MAX_ITEMS = {
    "threats": 2000, "responses": 5000, "activities": 5000, "engagements": 5000,
    "areas": 1000,             # 400 areas print (the cover sends them to the annex)
    "early_warning": 500, "indicators": 200, "evidence": 500, "scenarios": 200,
    "sites": 500, "handovers": 1000, "hrddp": 1000, "alerts": 2000, "reviews": 500,
    "places": 200, "locations": 200, "communities": 200, "groups_at_risk": 200,
    "threat_ids": 200, "response_ids": 200, "activity_ids": 200, "depends_on": 200,
    "runs_within": 200, "supports": 200, "trigger_ids": 200, "threat_changes": 2000,
    "threat_adjustments": 2000, "mitigations": 100, "risks": 100, "levels": 10,
    "pcodes": 200, "actors": 200, "assets": 50, "supporting": 50, "coordinates": 2,
}
DEFAULT_MAX_ITEMS = 200          # any list not named above (a format-4 list, say)
MAX_NUMBER = 1_000_000           # every number of a plan lies within ±MAX_NUMBER
SCAN_PROBLEMS = 50
__all__ = ["DEFAULT_MAX_ITEMS", "MAX_DATE", "MAX_ITEMS", "MAX_NUMBER", "MIN_DATE",
           "in_date_range", "limit_problems"]


def limit_problems(plan: Any) -> list[Message]:
    """Each list longer than its maximum and each number out of range, with its JSON path
    (at most SCAN_PROBLEMS of them)."""
    problems: list[Message] = []
    _walk(plan, ["plan"], None, problems)
    return problems[:SCAN_PROBLEMS]


def _walk(node: Any, path: list, key: str | None, problems: list[Message]) -> None:
    if len(problems) >= SCAN_PROBLEMS:
        return
    if isinstance(node, dict):
        for k, value in node.items():
            _walk(value, path + [k], k, problems)
    elif isinstance(node, list):
        limit = MAX_ITEMS.get(key or "", DEFAULT_MAX_ITEMS)
        if len(node) > limit:
            problems.append(Message("{path}: {n} items are more than pocplanner can show and "
                                    "print (at most {limit}); split the plan.",
                                    path=json_path(path), n=len(node), limit=limit))
            return
        for i, value in enumerate(node):
            _walk(value, path + [i], key, problems)
    elif isinstance(node, (int, float)) and not isinstance(node, bool):
        if abs(node) > MAX_NUMBER:
            problems.append(Message("{path}: {value} is out of range (numbers in a plan lie "
                                    "between -{limit} and {limit}).", path=json_path(path),
                                    value=node, limit=MAX_NUMBER))
