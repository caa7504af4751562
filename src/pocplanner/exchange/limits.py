"""The bounds of every exchange format, in one table applied by the reader to every version.

The schemas say what a field is; this file says how much of it pocplanner can show, store and
print in seconds. Every list anywhere in the plan has a maximum — its own below, else
DEFAULT_MAX_ITEMS —, all the lists together at most MAX_TOTAL_ITEMS entries, all the texts
together at most MAX_TOTAL_CHARACTERS characters, and every number a range; dates run from
MIN_DATE to MAX_DATE (domain/dates.py, checked with the schema's date formats in
exchange/schema_messages.py). docs/exchange-limits.md lists them for the people who write
files by hand or by script, and bench/heaviest.py prints the heaviest plans they allow.
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
MAX_TOTAL_ITEMS = 5_000          # all the entries of all the lists of one plan together
MAX_TOTAL_CHARACTERS = 1_000_000   # all the texts of one plan together (a real plan: ~10,000)
MAX_NUMBER = 1_000_000           # every number of a plan lies within ±MAX_NUMBER
SCAN_PROBLEMS = 50
__all__ = ["DEFAULT_MAX_ITEMS", "MAX_DATE", "MAX_ITEMS", "MAX_NUMBER", "MAX_TOTAL_CHARACTERS",
           "MAX_TOTAL_ITEMS", "MIN_DATE", "in_date_range", "limit_problems"]


def limit_problems(plan: Any) -> list[Message]:
    """Each list longer than its maximum and each number out of range, with its JSON path
    (at most SCAN_PROBLEMS of them), or else the plan's total of list entries or of text
    characters if it is too many."""
    problems: list[Message] = []
    totals = size_of(plan, problems)
    if problems:
        return problems[:SCAN_PROBLEMS]
    if totals.entries > MAX_TOTAL_ITEMS:
        problems.append(Message("plan: {n} list entries in all are more than pocplanner can "
                                "show and print (at most {limit}); split the plan.",
                                n=totals.entries, limit=MAX_TOTAL_ITEMS))
    if totals.characters > MAX_TOTAL_CHARACTERS:
        problems.append(Message("plan: its texts hold {n} characters in all, more than "
                                "pocplanner can show and print (at most {limit}); shorten "
                                "them or split the plan.", n=totals.characters,
                                limit=MAX_TOTAL_CHARACTERS))
    return problems


class Totals:
    """How many list entries and text characters a part of a plan holds."""

    def __init__(self) -> None:
        self.entries = 0
        self.characters = 0


def size_of(plan: Any, problems: list[Message] | None = None) -> Totals:
    """The plan's totals; adds each list over its maximum and each number out of range to
    problems."""
    totals = Totals()
    _walk(plan, ["plan"], None, [] if problems is None else problems, totals)
    return totals


def _walk(node: Any, path: list, key: str | None, problems: list[Message],
          totals: Totals) -> None:
    if len(problems) >= SCAN_PROBLEMS:
        return
    if isinstance(node, str):
        totals.characters += len(node)
    elif isinstance(node, dict):
        for k, value in node.items():
            _walk(value, path + [k], k, problems, totals)
    elif isinstance(node, list):
        limit = MAX_ITEMS.get(key or "", DEFAULT_MAX_ITEMS)
        totals.entries += len(node)
        if len(node) > limit:
            problems.append(Message("{path}: {n} items are more than pocplanner can show and "
                                    "print (at most {limit}); split the plan.",
                                    path=json_path(path), n=len(node), limit=limit))
            return
        for i, value in enumerate(node):
            _walk(value, path + [i], key, problems, totals)
    elif isinstance(node, (int, float)) and not isinstance(node, bool) \
            and abs(node) > MAX_NUMBER:
        problems.append(Message("{path}: {value} is out of range (numbers in a plan lie "
                                "between -{limit} and {limit}).", path=json_path(path),
                                value=node, limit=MAX_NUMBER))
