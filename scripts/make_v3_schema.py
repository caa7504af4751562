"""Write resources/schema/pocplan-v3.schema.json: format version 2 with the fields of DOMAIN
§12.10 (presence and footprints, places as points, runs_within, the due-diligence register,
the plan in motion: status, alerts, reviews; mandate end and assets available), strict like
versions 1 and 2.

    python3 scripts/make_v3_schema.py
"""
from __future__ import annotations

import copy
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "resources" / "schema"
ASSETS = ["helicopter", "qrf", "engineering", "uav", "medevac", "fpu"]
FORCE_KINDS = ["state_forces", "ct_partner_forces", "signatory_armed_group",
               "non_signatory_armed_group", "community_militia"]


def obj(required: list[str], properties: dict) -> dict:
    return {"type": "object", "required": required, "additionalProperties": False,
            "properties": properties}


def ref(name: str) -> dict:
    return {"$ref": f"#/$defs/{name}"}


def ids(description: str = "") -> dict:
    out = {"type": "array", "items": ref("id"), "uniqueItems": True}
    if description:
        out["description"] = description
    return out


def count() -> dict:
    return {"type": "integer", "minimum": 0}


def listed(name: str) -> dict:
    return {"type": "array", "items": ref(name)}


def context(props: dict) -> None:
    props["mandate_end"] = {**ref("date"), "description":
                            "the mission's mandate ends: no UN activity runs after it"}
    props["assets_available"] = {
        "type": "object", "propertyNames": {"enum": ASSETS},
        "additionalProperties": count(),
        "description": "how many of each scarce asset the region can count on"}
    props["as_of"] = {**ref("date"), "description":
                      "the date the status of the activities was last brought up to date"}
    props["review_every_days"] = {"type": "integer", "minimum": 1, "maximum": 3650}


def activity(props: dict) -> None:
    props["presence"] = {"enum": ["static", "mobile", "none"], "description":
                         "static: stays at its place; mobile: passes through; none: reacts or "
                         "shows force (the catalogue gives the default)"}
    props["radius_km"] = {"type": "number", "minimum": 0, "description":
                          "the footprint: how far from its place the presence protects"}
    props["coordinates"] = {"type": "array", "minItems": 2, "maxItems": 2,
                            "prefixItems": [{"type": "number", "minimum": -180, "maximum": 180},
                                            {"type": "number", "minimum": -90, "maximum": 90}],
                            "description": "[longitude, latitude] of the activity's place"}
    props["supports"] = ids("the due-diligence assessments (plan.hrddp) it relies on")
    props["runs_within"] = ids("runs while each of these is in place (starts no earlier, "
                               "ends no later)")
    props["status"] = {"enum": ["planned", "under_way", "done", "delayed", "cancelled"]}
    props["actual_start"] = ref("date")
    props["actual_end"] = ref("date")
    props["outcome"] = ref("text")


def sections(defs: dict) -> None:
    defs["datetime"] = {"type": "string", "format": "date-time",
                        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}$",
                        "description": "a local date and time, YYYY-MM-DDTHH:MM"}
    defs["assessment"] = obj(["id", "entity", "force_kind"], {
        "id": ref("id"),
        "entity": {**ref("line"), "description":
                   "a unit or formation, named as an organisation, never a person"},
        "force_kind": {"enum": FORCE_KINDS},
        "risk": {"enum": ["low", "medium", "high"]},
        "grounds": ref("text"),
        "mitigations": {"type": "array", "items": {"type": "string", "maxLength": 5000}},
        "conditions": ref("text"), "reviewed": ref("date"),
        "status": {"enum": ["support", "conditional", "suspended"]}})
    defs["alert"] = obj(["id", "indicator_id", "level"], {
        "id": ref("id"), "indicator_id": ref("id"),
        "level": {"enum": ["watch", "alert", "crisis"]},
        "raised": ref("datetime"), "place": {"type": "string", "maxLength": 300},
        "decided": ref("datetime"), "arrived": ref("datetime"),
        "response_ids": ids(), "activity_ids": ids(), "outcome": ref("text"),
        "civilians_harmed": count()})
    change = obj(["threat_id"], {"threat_id": ref("id"), "likelihood": ref("score"),
                                 "impact": ref("score")})
    defs["review"] = obj(["id", "date"], {
        "id": ref("id"), "date": ref("date"),
        "by": {"type": "string", "maxLength": 300,
               "description": "a body, such as the regional POC task force, never a person"},
        "summary": ref("text"), "threat_changes": {"type": "array", "items": change},
        "decisions": ref("text")})


def main() -> int:
    v2 = json.loads((SCHEMA / "pocplan-v2.schema.json").read_text(encoding="utf-8"))
    v3 = copy.deepcopy(v2)
    v3["$id"] = "pocplan-v3.schema.json"
    v3["title"] = "pocplanner plan exchange file, format version 3"
    v3["description"] = (
        "Version 2 with presence and footprints, places as points, runs_within, the human "
        "rights due-diligence register, the plan's status, alert log and reviews, the mandate "
        "end and the assets available (docs/exchange-v3.md). Every version-2 rule holds; new "
        "ids share the plan's id space per list and every new reference must name an existing "
        "item.")
    v3["properties"]["format_version"] = {"const": 3}
    defs = v3["$defs"]
    plan = defs["plan"]["properties"]
    context(plan["context"]["properties"])
    activity(defs["activity"]["properties"])
    defs["evidence"]["properties"]["actors"] = {
        "type": "array", "items": ref("line"), "uniqueItems": True,
        "description": "the actor names the counts were restricted to (empty: all actors)"}
    sections(defs)
    plan["parent_sha256"] = {"type": "string", "pattern": "^[0-9a-f]{64}$", "description":
                             "the content hash of the version this one was made from"}
    plan["hrddp"] = listed("assessment")
    plan["alerts"] = listed("alert")
    plan["reviews"] = listed("review")
    out = SCHEMA / "pocplan-v3.schema.json"
    out.write_text(json.dumps(v3, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(out.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
