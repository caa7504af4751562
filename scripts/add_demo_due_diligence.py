"""The due-diligence register of the bundled demo plans (issue #31, DOMAIN §12.4): the units
the plan supports (fictitious, named as organisations), and the activities that rely on them.
Idempotent: run it again after the demo plans are regenerated or merged.

    python3 scripts/add_demo_due_diligence.py
"""
from __future__ import annotations

import json
from pathlib import Path

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo"

SEGOU = {
    "en": [
        {"id": "HR1", "entity": "Gendarmerie nationale — Macina company (fictitious)",
         "force_kind": "state_forces", "risk": "medium",
         "grounds": "Two complaints of ill-treatment in custody at Macina in 2019, under "
                    "investigation; no pattern of grave violations found by the human rights "
                    "division.",
         "mitigations": ["Joint patrols led by the formed police unit, with its own rules of "
                         "engagement",
                         "Persons arrested handed over in the presence of UN police, and "
                         "visited by human rights officers within 48 hours"],
         "conditions": "Support ends if a credible report of a grave violation by the company "
                       "is not investigated within a month.",
         "reviewed": "2019-12-12", "status": "conditional"},
        {"id": "HR2", "entity": "FAMa — Niono detachment (fictitious)",
         "force_kind": "state_forces", "risk": "high",
         "grounds": "Reports of summary executions of herders in the Niono area during "
                    "counter-terrorism operations in 2019.",
         "mitigations": ["Information shared on routes and timings only, never on suspects",
                         "Civilian-harm tracking cell reviews each joint long-range patrol"],
         "conditions": "No joint search or arrest operations; support suspended at once on a "
                       "credible report of an execution.",
         "reviewed": "2019-12-12", "status": "conditional"},
    ],
    "fr": [
        {"id": "HR1", "entity": "Gendarmerie nationale — compagnie de Macina (fictive)",
         "force_kind": "state_forces", "risk": "medium",
         "grounds": "Deux plaintes pour mauvais traitements en garde à vue à Macina en 2019, en "
                    "cours d’enquête ; la division des droits de l’homme n’a pas établi de "
                    "violations graves répétées.",
         "mitigations": ["Patrouilles conjointes conduites par l’unité de police constituée, "
                         "avec ses propres règles d’engagement",
                         "Personnes arrêtées remises en présence de la police des Nations Unies "
                         "et visitées par les droits de l’homme sous 48 heures"],
         "conditions": "L’appui cesse si un signalement crédible de violation grave par la "
                       "compagnie n’est pas instruit dans le mois.",
         "reviewed": "2019-12-12", "status": "conditional"},
        {"id": "HR2", "entity": "FAMa — détachement de Niono (fictif)",
         "force_kind": "state_forces", "risk": "high",
         "grounds": "Signalements d’exécutions sommaires d’éleveurs dans la zone de Niono lors "
                    "d’opérations antiterroristes en 2019.",
         "mitigations": ["Informations partagées sur les itinéraires et horaires seulement, "
                         "jamais sur des suspects",
                         "La cellule de suivi des dommages civils examine chaque patrouille de "
                         "longue portée conjointe"],
         "conditions": "Aucune opération conjointe de fouille ou d’arrestation ; appui suspendu "
                       "dès un signalement crédible d’exécution.",
         "reviewed": "2019-12-12", "status": "conditional"},
    ],
}
SEGOU_SUPPORTS = {"A4": ["HR1"], "A6": ["HR2"]}

RETRAIT = [
    {"id": "HR1", "entity": "Gendarmerie nationale — brigade de Douentza (fictive)",
     "force_kind": "state_forces", "risk": "medium",
     "grounds": "Allégations de détentions arbitraires dans le cercle en 2022 ; la brigade a "
                "coopéré aux enquêtes.",
     "mitigations": ["Appui limité au carburant et aux moyens de communication de la brigade",
                     "Suivi des détentions par les droits de l’homme, à distance après le départ"],
     "conditions": "L’appui cesse au départ de la mission ; l’équipe de pays reprend "
                   "l’évaluation des partenaires qu’elle appuie.",
     "reviewed": "2023-06-15", "status": "conditional"},
]
RETRAIT_SUPPORTS = {"A6": ["HR1"]}
RETRAIT_HANDOVER = {"id": "H5", "site_id": "ST1", "tool": "hrddp_assessment",
                    "successor": "un_country_team",
                    "successor_name": "Équipe de pays des Nations Unies (fictive)",
                    "date": "2023-09-10", "status": "planned"}


def apply(path: Path, register: list[dict], supports: dict[str, list[str]],
          handover: dict | None = None) -> None:
    text = path.read_text("utf-8")
    indent = len(text.splitlines()[1]) - len(text.splitlines()[1].lstrip(" "))
    document = json.loads(text)
    document["format_version"] = max(3, document.get("format_version", 1))
    plan = document["plan"]
    plan["hrddp"] = register
    for activity in plan["activities"]:
        if activity["id"] in supports:
            activity["supports"] = supports[activity["id"]]
    if handover is not None:
        handovers = plan.setdefault("transition", {}).setdefault("handovers", [])
        handovers[:] = [h for h in handovers if h["id"] != handover["id"]] + [handover]
    path.write_text(json.dumps(document, ensure_ascii=False, indent=indent) + "\n", "utf-8")


def main() -> None:
    for lang in ("en", "fr"):
        for name in (f"demo-{lang}.pocplan.json", f"demo-motion-{lang}.pocplan.json"):
            if (DEMO / name).exists():
                apply(DEMO / name, SEGOU[lang], SEGOU_SUPPORTS)
    apply(DEMO / "demo-retrait-fr.pocplan.json", RETRAIT, RETRAIT_SUPPORTS, RETRAIT_HANDOVER)


if __name__ == "__main__":
    main()
