"""Threats and their responses: THR-UNANSWERED, RSP-NOACTIVITY, RSP-TIER2ONLY, RSP-TIER."""
from __future__ import annotations

from collections.abc import Iterator

from pocplanner.domain.checks.advisory import ERROR, WARNING, Advisory
from pocplanner.domain.checks.index import PlanIndex
from pocplanner.domain.scoring import is_priority
from pocplanner.reference import Catalogue


def check_threats(ix: PlanIndex) -> Iterator[Advisory]:
    for t in ix.plan.threats:
        if not is_priority(t):
            continue
        responses = ix.responses_of_threat.get(t.id, [])
        if not responses:
            yield Advisory("THR-UNANSWERED", ERROR, (t.id,),
                           "Priority threat {id} ({title}) has no response.",
                           {"id": t.id, "title": t.title}, kind="threat")
        elif any(r.tier == 2 for r in responses) and all(r.tier == 2 or _enabler(r.tool)
                                                         for r in responses):
            yield Advisory("RSP-TIER2ONLY", WARNING, (t.id, *[r.id for r in responses]),
                           "Every response to priority threat {id} is physical protection "
                           "(tier 2); add dialogue and engagement (tier 1) or a protective "
                           "environment (tier 3), which last when the force cannot.",
                           {"id": t.id}, kind="threat")


def check_responses(ix: PlanIndex, catalogue: Catalogue) -> Iterator[Advisory]:
    for r in ix.plan.responses:
        if r.id not in ix.response_ids_with_activity:
            yield Advisory("RSP-NOACTIVITY", WARNING, (r.id,),
                           "Response {id} ({tool}) has no activity yet.",
                           {"id": r.id, "tool": _tool(catalogue, r.tool)}, kind="response")
        expected = catalogue.tier_of(r.tool)
        if expected is not None and r.tier != expected:
            yield Advisory("RSP-TIER", WARNING, (r.id,),
                           "Response {id} gives {tool} tier {tier}; the catalogue places it in "
                           "tier {expected}.",
                           {"id": r.id, "tool": _tool(catalogue, r.tool), "tier": str(r.tier),
                            "expected": str(expected)}, kind="response")


def _tool(catalogue, key: str) -> dict[str, str] | str:
    """A tool as the catalogue names it (in the user's language when shown)."""
    tool = catalogue.tools.get(key)
    return tool.label if tool else key.removeprefix("custom:")


def _enabler(tool_key: str) -> bool:
    """An enabler (§12.6) makes protection possible; it is not a tier-1 or tier-3 answer."""
    from pocplanner import reference
    tool = reference.catalogue().tools.get(tool_key)
    return bool(tool and tool.enabler)
