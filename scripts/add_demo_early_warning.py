"""One-off: give the bundled demo plans (EN, FR) an early-warning and response matrix, two
contingency scenarios and a contingent activity (issue #21), as format 2. Fictitious, like
the rest of the demo. Kept so that the demo sections can be regenerated from one place.

    python3 scripts/add_demo_early_warning.py
"""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TEXT = {
    "en": {
        "ew1": "Militia checkpoints on the roads to herder villages around Macina",
        "ew1_levels": ["A checkpoint reported on one road in a week",
                       "Checkpoints on two or more roads, or herders turned back",
                       "Armed men gathering near a herder camp, or a camp attacked"],
        "ew2": "Herder families leaving their villages for the towns",
        "ew2_levels": ["A few families leave after a market day",
                       "Ten or more families leave in a week",
                       "Whole hamlets empty"],
        "ew3": "Sermons against the state and threats to village chiefs around Niono",
        "ew3_levels": ["Hostile sermons reported in one village",
                       "A village chief threatened or told to stop meeting the mission",
                       "A village chief abducted or killed"],
        "ew4": "Explosive devices found or reported on the Niono–Diabaly road",
        "ew4_levels": ["Suspicious digging reported by drivers",
                       "A device found or an incident with no victim",
                       "A device kills or wounds road users"],
        "who1": "Head of the Ségou field office", "who2": "Head of office with the sector commander",
        "who3": "Regional POC working group (head of office, sector and police commanders)",
        "who4": "Sector commander",
        "sc1": "Tension contained around Macina",
        "sc1_text": "Militia checkpoints come and go; mediation keeps herder and farmer leaders "
                    "talking and the base deters attacks until it leaves in March.",
        "sc2": "Militia offensive on herder villages after the harvest",
        "sc2_text": "After a killing at a market, militias attack several herder hamlets of "
                    "Macina at once while extremist groups press the villages of Niono; "
                    "families flee to the towns.",
        "a9": "Quick reaction force to Macina (if the offensive starts)",
        "a9_harm": "Civilian harm tracking cell; no searches of homes without the village chief; "
                   "routes agreed with Civil Affairs",
        "places_macina": "Macina", "places_niono": "Niono",
    },
    "fr": {
        "ew1": "Barrages de milices sur les routes des villages d’éleveurs autour de Macina",
        "ew1_levels": ["Un barrage signalé sur une route dans la semaine",
                       "Des barrages sur deux routes ou plus, ou des éleveurs refoulés",
                       "Des hommes armés rassemblés près d’un campement, ou un campement attaqué"],
        "ew2": "Départ de familles d’éleveurs de leurs villages vers les villes",
        "ew2_levels": ["Quelques familles partent après un jour de marché",
                       "Dix familles ou plus partent dans la semaine",
                       "Des hameaux entiers se vident"],
        "ew3": "Prêches hostiles à l’État et menaces contre les chefs de village autour de Niono",
        "ew3_levels": ["Des prêches hostiles signalés dans un village",
                       "Un chef de village menacé ou sommé de ne plus voir la mission",
                       "Un chef de village enlevé ou tué"],
        "ew4": "Engins explosifs trouvés ou signalés sur la route Niono–Diabaly",
        "ew4_levels": ["Des creusements suspects signalés par des chauffeurs",
                       "Un engin trouvé ou un incident sans victime",
                       "Un engin tue ou blesse des usagers de la route"],
        "who1": "Chef du bureau de Ségou", "who2": "Chef de bureau avec le commandant de secteur",
        "who3": "Groupe de travail régional PdC (chef de bureau, commandants du secteur et de la police)",
        "who4": "Commandant de secteur",
        "sc1": "Tensions contenues autour de Macina",
        "sc1_text": "Les barrages des milices vont et viennent ; la médiation garde le contact "
                    "entre responsables éleveurs et agriculteurs et la base dissuade les "
                    "attaques jusqu’à son départ en mars.",
        "sc2": "Offensive des milices contre les villages d’éleveurs après la récolte",
        "sc2_text": "Après un meurtre sur un marché, des milices attaquent en même temps "
                    "plusieurs hameaux d’éleveurs du Macina tandis que des groupes "
                    "extrémistes pressent les villages de Niono ; des familles fuient vers "
                    "les villes.",
        "a9": "Force de réaction rapide vers Macina (si l’offensive commence)",
        "a9_harm": "Cellule de suivi des dommages civils ; aucune fouille de maison sans le chef "
                   "de village ; itinéraires convenus avec les Affaires civiles",
        "places_macina": "Macina", "places_niono": "Niono",
    },
}


def levels(texts, responses, activities, who, hours):
    return [{"level": name, "threshold": text, **({"response_ids": r} if r else {}),
             **({"activity_ids": a} if a else {}), "decides": w, "max_hours": h}
            for name, text, r, a, w, h in zip(("watch", "alert", "crisis"), texts, responses,
                                              activities, who, hours)]


def sections(t: dict) -> dict:
    early_warning = [
        {"id": "EW1", "threat_ids": ["S1", "S4"], "indicator": t["ew1"],
         "source": "community_alert_network", "places": [t["places_macina"]],
         "levels": levels(t["ew1_levels"], [["R1"], ["R1", "R2"], ["R2", "R7"]],
                          [[], ["A3"], ["A2", "A9"]], [t["who1"], t["who2"], t["who3"]],
                          [72, 24, 6]),
         "current_level": "watch", "reviewed": "2019-12-20"},
        {"id": "EW2", "threat_ids": ["S1"], "indicator": t["ew2"], "source": "community_liaison",
         "places": [t["places_macina"]],
         "levels": levels(t["ew2_levels"], [["R6"], ["R1", "R6"], ["R2"]], [[], ["A8"], ["A9"]],
                          [t["who1"], t["who2"], t["who3"]], [72, 48, 12]),
         "current_level": "normal", "reviewed": "2019-12-20"},
        {"id": "EW3", "threat_ids": ["S2", "S4"], "indicator": t["ew3"],
         "source": "community_alert_network", "places": [t["places_niono"]],
         "levels": levels(t["ew3_levels"], [["R3"], ["R3", "R6"], ["R4", "R7"]],
                          [["A5"], [], ["A6"]], [t["who1"], t["who2"], t["who3"]],
                          [72, 24, 6]),
         "current_level": "alert", "reviewed": "2019-12-27"},
        {"id": "EW4", "threat_ids": ["S3"], "indicator": t["ew4"], "source": "jmac",
         "places": [t["places_niono"]],
         "levels": levels(t["ew4_levels"], [["R5"], ["R5"], ["R4", "R5"]], [[], ["A7"], ["A6"]],
                          [t["who4"], t["who4"], t["who3"]], [48, 24, 6]),
         "current_level": "watch", "reviewed": "2019-12-27"},
    ]
    scenarios = [
        {"id": "SC1", "kind": "most_likely", "title": t["sc1"], "horizon_days": 90,
         "narrative": t["sc1_text"], "trigger_ids": ["EW1"],
         "threat_adjustments": [{"threat_id": "S1", "likelihood": 4, "impact": 4}],
         "places": [t["places_macina"]]},
        {"id": "SC2", "kind": "worst_case", "title": t["sc2"], "horizon_days": 90,
         "narrative": t["sc2_text"], "trigger_ids": ["EW1", "EW2", "EW3"],
         "threat_adjustments": [{"threat_id": "S1", "likelihood": 5, "impact": 5},
                                {"threat_id": "S2", "likelihood": 5, "impact": 4},
                                {"threat_id": "S4", "likelihood": 4, "impact": 4}],
         "places": [t["places_macina"], t["places_niono"]]},
    ]
    return {"early_warning": early_warning, "scenarios": scenarios}


def main() -> None:
    for lang, t in TEXT.items():
        path = ROOT / "resources" / "demo" / f"demo-{lang}.pocplan.json"
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc["format_version"] = 2
        plan = doc["plan"]
        plan["activities"] = [a for a in plan["activities"] if a["id"] != "A9"]
        plan["activities"].append({
            "id": "A9", "title": t["a9"], "component": "military", "location": "Macina",
            "start": "2020-02-10", "end": "2020-03-06", "response_id": "R2",
            "provides_security": True, "military_operation": True, "harm_mitigation": t["a9_harm"],
            "assets": ["qrf", "helicopter"], "contingent_on": "SC2"})
        plan.update(sections(t))
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
