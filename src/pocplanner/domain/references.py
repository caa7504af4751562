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
                               ["plan", "transition", "handovers"])):
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


def json_path(parts: Path_) -> str:
    """["plan", "scenarios", 0, "trigger_ids", 1] -> "plan.scenarios[0].trigger_ids[1]"."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"
