"""Write the schemas of the exchange formats the product made after version 1, each from the
one before, strict like version 1:

- resources/schema/pocplan-v2.schema.json: the sections of DOMAIN §11.1 (evidence, early
  warning, scenarios, transition; activity assets and contingent_on), safe plan ids;
- resources/schema/pocplan-v3.schema.json: the fields of DOMAIN §12.10 (presence, places as
  points, due diligence, the plan in motion: status, alerts, reviews; parent_sha256).

    python3 scripts/make_schemas.py
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


def version_2(v1: dict) -> dict:
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
    return v2


def date_time() -> dict:
    return {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}$",
            "format": "date-time-local", "description": "local date and time YYYY-MM-DDTHH:MM"}


def version_3(v2: dict) -> dict:
    v3 = copy.deepcopy(v2)
    v3["$id"] = "pocplan-v3.schema.json"
    v3["title"] = "pocplanner plan exchange file, format version 3"
    v3["description"] = (
        "Version 2 with presence and places as points, human rights due diligence, and the "
        "plan in motion: activity status, the alert log and the task force's reviews "
        "(docs/exchange-v3.md). Every version-2 rule holds; new ids share the plan's id space "
        "per list and every new reference must name an existing item.")
    v3["properties"]["format_version"] = {"const": 3}
    defs = v3["$defs"]
    context = defs["plan"]["properties"]["context"]["properties"]
    context["mandate_end"] = {"$ref": "#/$defs/date", "description":
                              "the mission's mandate ends: no UN activity after it"}
    context["assets_available"] = {
        "type": "object", "additionalProperties": False, "description":
        "how many of each scarce asset the region can count on",
        "properties": {k: count() for k in defs["assets"]["items"]["enum"]}}
    context["as_of"] = {"$ref": "#/$defs/date", "description":
                        "the date the activities' status was last brought up to date"}
    context["review_every_days"] = {"type": "integer", "minimum": 1, "maximum": 3650}
    activity = defs["activity"]["properties"]
    activity["presence"] = {"enum": ["static", "mobile", "none"], "description":
                            "static: stays at its place; mobile: passes through; none: reacts "
                            "or shows force"}
    activity["radius_km"] = {"type": "number", "minimum": 0, "maximum": 1000}
    activity["coordinates"] = {"type": "array", "prefixItems": [
        {"type": "number", "minimum": -180, "maximum": 180},
        {"type": "number", "minimum": -90, "maximum": 90}], "minItems": 2, "maxItems": 2,
        "items": False, "description": "[longitude, latitude] in degrees (WGS 84)"}
    activity["supports"] = ids()
    activity["supports"]["description"] = "ids of the due-diligence assessments relied on"
    activity["runs_within"] = ids()
    activity["runs_within"]["description"] = ("runs while each of these activities is in "
                                              "place: starts no earlier, ends no later")
    activity["status"] = {"enum": ["planned", "under_way", "done", "delayed", "cancelled"]}
    activity["actual_start"] = {"$ref": "#/$defs/date"}
    activity["actual_end"] = {"$ref": "#/$defs/date"}
    activity["outcome"] = {"$ref": "#/$defs/text"}
    defs["evidence"]["properties"]["actors"] = lines()
    defs["evidence"]["properties"]["actors"]["description"] = (
        "the actors the counts were restricted to (empty: all actors)")
    defs["assessment"] = obj(["id", "entity", "force_kind", "risk", "status"], {
        "id": {"$ref": "#/$defs/id"},
        "entity": {"$ref": "#/$defs/line", "description":
                   "a unit or formation, named as an organisation, never a person"},
        "force_kind": {"enum": ["state_forces", "ct_partner_forces", "signatory_armed_group",
                                "non_signatory_armed_group", "community_militia"]},
        "risk": {"enum": ["low", "medium", "high"]},
        "grounds": {"$ref": "#/$defs/text"},
        "mitigations": {"type": "array", "items": {"$ref": "#/$defs/line"}},
        "conditions": {"$ref": "#/$defs/text"},
        "reviewed": {"$ref": "#/$defs/date"},
        "status": {"enum": ["support", "conditional", "suspended"]}})
    defs["alert"] = obj(["id", "indicator_id", "level"], {
        "id": {"$ref": "#/$defs/id"}, "indicator_id": {"$ref": "#/$defs/id"},
        "level": {"enum": ["watch", "alert", "crisis"]},
        "raised": date_time(), "place": {"type": "string", "maxLength": 300},
        "decided": date_time(), "arrived": date_time(),
        "response_ids": ids(), "activity_ids": ids(), "outcome": {"$ref": "#/$defs/text"},
        "civilians_harmed": {"type": "integer", "minimum": 0, "maximum": 1000000}})
    change = obj(["threat_id"], {"threat_id": {"$ref": "#/$defs/id"},
                                 "likelihood": {"$ref": "#/$defs/score"},
                                 "impact": {"$ref": "#/$defs/score"}})
    defs["review"] = obj(["id", "date"], {
        "id": {"$ref": "#/$defs/id"}, "date": {"$ref": "#/$defs/date"},
        "by": {"type": "string", "maxLength": 300, "description":
               "the body that met (a task force), never a person"},
        "summary": {"$ref": "#/$defs/text"},
        "threat_changes": {"type": "array", "items": change},
        "decisions": {"$ref": "#/$defs/text"}})
    plan = defs["plan"]["properties"]
    plan["parent_sha256"] = {"type": "string", "pattern": "^[0-9a-f]{64}$", "description":
                             "the content hash of the version this one was made from"}
    plan["hrddp"] = {"type": "array", "items": {"$ref": "#/$defs/assessment"}}
    plan["alerts"] = {"type": "array", "items": {"$ref": "#/$defs/alert"}}
    plan["reviews"] = {"type": "array", "items": {"$ref": "#/$defs/review"}}
    return v3


def main() -> int:
    v1 = json.loads((SCHEMA / "pocplan-v1.schema.json").read_text(encoding="utf-8"))
    v2 = version_2(v1)
    for version, schema in ((2, v2), (3, version_3(v2))):
        out = SCHEMA / f"pocplan-v{version}.schema.json"
        out.write_text(json.dumps(schema, ensure_ascii=False, indent=2) + "\n",
                       encoding="utf-8")
        print(out.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
