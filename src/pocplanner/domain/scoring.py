"""Risk scores, bands and the default rule for priority threats.

Risk = likelihood × impact, 1–25. The bands (resources/reference/scales.json):
low 1–4, moderate 5–9, high 10–14, very high 15–25. A threat the planner did not mark
either way is a priority when its score is 12 or more (likelihood 4 × impact 3 and above).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pocplanner import reference
from pocplanner.domain.model import Plan, Threat


@dataclass(frozen=True)
class Band:
    key: str
    min: int
    max: int
    colour: str
    label: dict[str, str]


def bands() -> list[Band]:
    return [Band(b["key"], b["min"], b["max"], b["colour"], b["label"])
            for b in reference.scales()["bands"]]


def band_for(score: int) -> Band:
    for band in bands():
        if band.min <= score <= band.max:
            return band
    raise ValueError(f"risk score {score} is outside 1–25")


@cache
def priority_threshold() -> int:
    return int(reference.scales()["priority_default_min_score"])


def is_priority(threat: Threat) -> bool:
    """The planner's choice; where the planner said nothing, score ≥ the default threshold."""
    if threat.priority is not None:
        return threat.priority
    return threat.score >= priority_threshold()


def priority_threats(plan: Plan) -> list[Threat]:
    return [t for t in plan.threats if is_priority(t)]


def threats_by_risk(plan: Plan) -> list[Threat]:
    """Highest risk first; ties by impact, then in register order."""
    return sorted(plan.threats, key=lambda t: (-t.score, -t.impact))
