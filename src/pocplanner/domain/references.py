"""The ids that refer to other items in the sections of format 2 (docs/exchange-v2.md), in
one place: the importer refuses a file whose references name nothing, the checks report them
(REF-MISSING, ID-DUPLICATE) on a plan being edited.

Works on the plan as the exchange file holds it (a dict), so that each problem has its JSON
path."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

Path_ = list  # a JSON path: ["plan", "scenarios", 0, "trigger_ids", 1]


def id_lists(plan: dict[str, Any]) -> dict[str, list[tuple[Path_, str]]]:
    """For each list of format 2 whose items carry ids: (path of the id, id)."""
    transition = plan.get("transition") or {}
    found: dict[str, list[tuple[Path_, str]]] = {}
    for name, items, base in (("evidence", plan.get("evidence", []), ["plan", "evidence"]),
                              ("early_warning", plan.get("early_warning", []),
                               ["plan", "early_warning"]),
                              ("scenarios", plan.get("scenarios", []), ["plan", "scenarios"]),
                              ("transition.sites", transition.get("sites", []),
                               ["plan", "transition", "sites"]),
                              ("transition.handovers", transition.get("handovers", []),
                               ["plan", "transition", "handovers"]),
                              ("hrddp", plan.get("hrddp", []), ["plan", "hrddp"]),
                              ("alerts", plan.get("alerts", []), ["plan", "alerts"]),
                              ("reviews", plan.get("reviews", []), ["plan", "reviews"])):
        found[name] = [(base + [i, "id"], item["id"]) for i, item in enumerate(items)]
    return found


def references(plan: dict[str, Any]) -> Iterator[tuple[Path_, str, str]]:
    """(JSON path, id referred to, the list it must be in) for every reference of format 2."""
    for i, e in enumerate(plan.get("evidence", [])):
        yield ["plan", "evidence", i, "threat_id"], e["threat_id"], "threats"
    for i, ind in enumerate(plan.get("early_warning", [])):
        for j, tid in enumerate(ind.get("threat_ids", [])):
            yield ["plan", "early_warning", i, "threat_ids", j], tid, "threats"
        for k, level in enumerate(ind.get("levels", [])):
            for j, rid in enumerate(level.get("response_ids", [])):
                yield (["plan", "early_warning", i, "levels", k, "response_ids", j], rid,
                       "responses")
            for j, aid in enumerate(level.get("activity_ids", [])):
                yield (["plan", "early_warning", i, "levels", k, "activity_ids", j], aid,
                       "activities")
    for i, sc in enumerate(plan.get("scenarios", [])):
        for j, tid in enumerate(sc.get("trigger_ids", [])):
            yield ["plan", "scenarios", i, "trigger_ids", j], tid, "early_warning"
        for j, adj in enumerate(sc.get("threat_adjustments", [])):
            yield ["plan", "scenarios", i, "threat_adjustments", j, "threat_id"], \
                adj["threat_id"], "threats"
    for i, h in enumerate((plan.get("transition") or {}).get("handovers", [])):
        yield ["plan", "transition", "handovers", i, "site_id"], h["site_id"], "transition.sites"
    for i, a in enumerate(plan.get("activities", [])):
        if a.get("contingent_on"):
            yield ["plan", "activities", i, "contingent_on"], a["contingent_on"], "scenarios"
    yield from references_v3(plan)


def references_v3(plan: dict[str, Any]) -> Iterator[tuple[Path_, str, str]]:
    """The references of format 3: an activity's supports and runs_within, an alert's
    indicator, responses and activities, a review's threat changes."""
    for i, a in enumerate(plan.get("activities", [])):
        for field, target in (("supports", "hrddp"), ("runs_within", "activities")):
            for j, item_id in enumerate(a.get(field) or []):
                yield ["plan", "activities", i, field, j], item_id, target
    for i, al in enumerate(plan.get("alerts", [])):
        yield ["plan", "alerts", i, "indicator_id"], al["indicator_id"], "early_warning"
        for field, target in (("response_ids", "responses"), ("activity_ids", "activities")):
            for j, item_id in enumerate(al.get(field, [])):
                yield ["plan", "alerts", i, field, j], item_id, target
    for i, rv in enumerate(plan.get("reviews", [])):
        for j, change in enumerate(rv.get("threat_changes", [])):
            yield (["plan", "reviews", i, "threat_changes", j, "threat_id"],
                   change["threat_id"], "threats")


def json_path(parts: Path_) -> str:
    """["plan", "scenarios", 0, "trigger_ids", 1] -> "plan.scenarios[0].trigger_ids[1]"."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"
