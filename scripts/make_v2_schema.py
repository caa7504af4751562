"""Write resources/schema/pocplan-v2.schema.json: format version 1 with the sections of the
product brief §11.1 (evidence, early warning, scenarios, transition; activity assets and
contingent_on), strict like version 1, and plan ids restricted to safe names.

    python3 scripts/make_v2_schema.py
"""
from __future__ import annotations

import copy
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "resources" / "schema"


def obj(required: list[str], properties: dict) -> dict:
    return {"type": "object", "required": required, "additionalProperties": False,
            "properties": properties}


def ids() -> dict:
    return {"type": "array", "items": {"$ref": "#/$defs/id"}, "uniqueItems": True}


def lines() -> dict:
    return {"type": "array", "items": {"$ref": "#/$defs/line"}, "uniqueItems": True}


def count() -> dict:
    return {"type": "integer", "minimum": 0}


def main() -> int:
    v1 = json.loads((SCHEMA / "pocplan-v1.schema.json").read_text(encoding="utf-8"))
    v2 = copy.deepcopy(v1)
    v2["$id"] = "pocplan-v2.schema.json"
    v2["title"] = "pocplanner plan exchange file, format version 2"
    v2["description"] = (
        "Version 1 with the sections of evidence, early warning, contingency scenarios and "
        "transition, and activity assets and contingency (docs/exchange-v2.md). Every version-1 "
        "rule holds; new ids share the plan's id space per list and every new reference must "
        "name an existing item. Plan ids are safe names: letters, digits, '-', '_', '.', not "
        "starting with '-' or '.'.")
    v2["properties"]["format_version"] = {"const": 2}
    defs = v2["$defs"]
    defs["assets"] = {"type": "array", "uniqueItems": True, "items": {
        "enum": ["helicopter", "qrf", "engineering", "uav", "medevac", "fpu"]}}
    activity = defs["activity"]["properties"]
    activity["assets"] = {"$ref": "#/$defs/assets"}
    activity["contingent_on"] = {"$ref": "#/$defs/id", "description":
                                 "a scenario id: the activity starts only if it is triggered"}
    defs["evidence"] = obj(["id", "threat_id", "source", "events"], {
        "id": {"$ref": "#/$defs/id"}, "threat_id": {"$ref": "#/$defs/id"},
        "source": {"$ref": "#/$defs/line"}, "accessed": {"$ref": "#/$defs/date"},
        "period_start": {"$ref": "#/$defs/date"}, "period_end": {"$ref": "#/$defs/date"},
        "pcodes": {"type": "array", "uniqueItems": True,
                   "items": {"type": "string", "pattern": "^ML[0-9]{2,8}$"}},
        "events": count(), "fatalities": count(), "previous_events": count()})
    level = obj(["level"], {
        "level": {"enum": ["watch", "alert", "crisis"]}, "threshold": {"$ref": "#/$defs/text"},
        "response_ids": ids(), "activity_ids": ids(), "decides": {"type": "string",
                                                                  "maxLength": 300},
        "max_hours": {"type": "integer", "minimum": 0, "maximum": 8760}})
    defs["indicator"] = obj(["id", "threat_ids", "indicator", "source", "levels"], {
        "id": {"$ref": "#/$defs/id"}, "threat_ids": ids(), "indicator": {"$ref": "#/$defs/text"},
        "source": {"enum": ["community_alert_network", "community_liaison", "jmac",
                            "human_rights", "un_police", "open_data", "partner"]},
        "places": lines(), "levels": {"type": "array", "items": level},
        "current_level": {"enum": ["normal", "watch", "alert", "crisis"]},
        "reviewed": {"$ref": "#/$defs/date"}})
    adjustment = obj(["threat_id"], {"threat_id": {"$ref": "#/$defs/id"},
                                     "likelihood": {"$ref": "#/$defs/score"},
                                     "impact": {"$ref": "#/$defs/score"}})
    defs["scenario"] = obj(["id", "kind", "title"], {
        "id": {"$ref": "#/$defs/id"}, "kind": {"enum": ["most_likely", "worst_case",
                                                        "best_case"]},
        "title": {"$ref": "#/$defs/line"}, "horizon_days": {"type": "integer", "minimum": 1,
                                                              "maximum": 3650},
        "narrative": {"$ref": "#/$defs/text"}, "trigger_ids": ids(),
        "threat_adjustments": {"type": "array", "items": adjustment}, "places": lines()})
    site = obj(["id", "name", "place", "kind", "closes"], {
        "id": {"$ref": "#/$defs/id"}, "name": {"$ref": "#/$defs/line"},
        "place": {"$ref": "#/$defs/line"},
        "kind": {"enum": ["base", "temporary_base", "office", "police_post"]},
        "closes": {"$ref": "#/$defs/date"}})
    handover = obj(["id", "site_id", "tool"], {
        "id": {"$ref": "#/$defs/id"}, "site_id": {"$ref": "#/$defs/id"},
        "tool": defs["response"]["properties"]["tool"],
        "successor": {"enum": ["host_state", "un_country_team", "partner", "community",
                               "none"]},
        "successor_name": {"type": "string", "maxLength": 300,
                           "description": "an organisation, never a person"},
        "date": {"$ref": "#/$defs/date"}, "status": {"enum": ["planned", "agreed", "done"]},
        "reprisal_follow_up": {"type": "boolean"}})
    plan = defs["plan"]["properties"]
    plan["id"] = {"type": "string", "pattern": "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$"}
    plan["evidence"] = {"type": "array", "items": {"$ref": "#/$defs/evidence"}}
    plan["early_warning"] = {"type": "array", "items": {"$ref": "#/$defs/indicator"}}
    plan["scenarios"] = {"type": "array", "items": {"$ref": "#/$defs/scenario"}}
    plan["review_note"] = {"$ref": "#/$defs/text", "description":
                           "HQ's comments on the plan, sent back to the region (mission view)"}
    plan["transition"] = obj([], {"sites": {"type": "array", "items": site},
                                  "handovers": {"type": "array", "items": handover}})
    out = SCHEMA / "pocplan-v2.schema.json"
    out.write_text(json.dumps(v2, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(out.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
