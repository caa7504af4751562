"""The sample plan of format 2 made a plan in motion (format 3): as of 5 March 2019, one
activity late, one cancelled, one started late, a slow alert and a review that raised G1."""
from __future__ import annotations


def in_motion(doc: dict) -> dict:
    doc["format_version"] = 3
    p = doc["plan"]
    p["context"]["as_of"] = "2019-03-05"
    for a in p["activities"]:
        a["status"] = "done"
    p["activities"][2]["status"] = "under_way"            # GA3 should have ended 28 February
    p["activities"][3]["status"] = "cancelled"            # GA4
    p["activities"][4].update(status="under_way", actual_start="2019-02-14")   # GA7
    p["alerts"] = [{"id": "AL1", "indicator_id": "GW1", "level": "alert",
                    "raised": "2019-02-20T06:00", "arrived": "2019-02-21T08:00",
                    "place": "Ménaka", "outcome": "Patrouille arrivée", "civilians_harmed": 0}]
    p["reviews"] = [{"id": "RV1", "date": "2019-02-15", "by": "Groupe de travail POC",
                     "summary": "Menace accrue sur les campements",
                     "threat_changes": [{"threat_id": "G1", "likelihood": 5, "impact": 4}],
                     "decisions": "Renforcer les patrouilles"}]
    return doc
