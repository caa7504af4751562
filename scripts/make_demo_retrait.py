"""The French demo plan "retrait" (issue #23): a fictitious drawdown of the mission from part of
the Mopti region, marked EXEMPLE, with sites, closing dates, handovers and the follow-up of the
people who engaged with the mission. Written to resources/demo/demo-retrait-fr.pocplan.json.

    python3 scripts/make_demo_retrait.py
"""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "demo" / "demo-retrait-fr.pocplan.json"


def levels(responses, activities, who):
    return [{"level": "watch", "threshold": "Un signalement isolé", "response_ids": responses[:1],
             "decides": who, "max_hours": 72},
            {"level": "alert", "threshold": "Plusieurs signalements dans la semaine",
             "response_ids": responses, "decides": who, "max_hours": 24},
            {"level": "crisis", "threshold": "Une attaque contre des civils",
             "response_ids": responses, "activity_ids": activities,
             "decides": "Groupe de travail régional PdC", "max_hours": 6}]


PLAN = {
    "id": "demo-retrait-mopti-2023-fr",
    "title": "EXEMPLE — Retrait de la mission du centre : séquencer les départs autour des "
             "personnes protégées (Mopti, second semestre 2023)",
    "region": "Mopti", "areas": ["Douentza", "Djenné", "Mopti", "Bankass"],
    "period": {"start": "2023-07-01", "end": "2023-12-31"},
    "sensitivity": "confidential", "language": "fr",
    "office": "Bureau régional d’exemple (fictif)",
    "prepared_by": "Groupe de travail régional PdC (exemple)", "version": 1, "status": "draft",
    "context": {
        "summary": "PLAN D’EXEMPLE, fictif : il montre comment séquencer un retrait autour des "
                   "menaces et des personnes qui ont parlé à la mission. Les bases ferment l’une "
                   "après l’autre ; les capacités passent à l’État, à l’équipe de pays et aux "
                   "partenaires ; le suivi des représailles continue après le départ.",
        "mission_targeted": False, "state_presence": "present", "access": "semi_permissive",
        "host_state_consent": "withdrawn", "drawdown": True},
    "threats": [
        {"id": "T1", "title": "Représailles contre les villages qui ont accueilli la mission "
                              "autour de Douentza", "category": "targeted_reprisals",
         "perpetrator_type": "terrorist_group", "likelihood": 4, "impact": 3, "priority": True,
         "locations": ["Douentza"], "groups_at_risk": ["Chefs de village", "Comités locaux"]},
        {"id": "T2", "title": "Attaques de milices contre des hameaux peuls près de Djenné",
         "category": "intercommunal_violence", "perpetrator_type": "community_militia",
         "likelihood": 3, "impact": 4, "priority": True, "locations": ["Djenné"]},
        {"id": "T3", "title": "Engins explosifs sur la route Mopti–Bankass",
         "category": "asymmetric_attacks", "perpetrator_type": "violent_extremist_group",
         "likelihood": 3, "impact": 3, "locations": ["Bankass"]},
    ],
    "responses": [
        {"id": "R1", "threat_ids": ["T1"], "tool": "protection_handover", "tier": 3,
         "phase": "consolidation", "lead_component": "civilian", "lead_section": "Bureau du chef"},
        {"id": "R2", "threat_ids": ["T1", "T2"], "tool": "human_rights_monitoring", "tier": 3,
         "phase": "prevention", "lead_component": "civilian", "lead_section": "Droits de l’homme"},
        {"id": "R3", "threat_ids": ["T2"], "tool": "local_mediation", "tier": 1,
         "phase": "prevention", "lead_component": "civilian", "lead_section": "Affaires civiles"},
        {"id": "R4", "threat_ids": ["T1", "T2"], "tool": "temporary_operating_base", "tier": 2,
         "phase": "pre_emption", "lead_component": "military", "lead_section": "Secteur centre"},
    ],
    "activities": [
        {"id": "A1", "title": "Base de Douentza jusqu’à sa fermeture", "component": "military",
         "location": "Douentza", "start": "2023-07-01", "end": "2023-09-15", "response_id": "R4",
         "provides_security": True, "military_operation": True,
         "harm_mitigation": "Cellule de suivi des dommages civils ; départ annoncé aux autorités "
                            "locales, pas de mouvement de nuit"},
        {"id": "A2", "title": "Base opérationnelle temporaire de Djenné", "component": "military",
         "location": "Djenné", "start": "2023-07-01", "end": "2023-10-20", "response_id": "R4",
         "provides_security": True, "military_operation": True,
         "harm_mitigation": "Patrouilles conjointes avec les Affaires civiles ; itinéraires "
                            "convenus avec les chefs de village"},
        {"id": "A3", "title": "Dernières réunions avec les comités locaux de Douentza",
         "component": "civilian", "location": "Douentza", "start": "2023-08-01",
         "end": "2023-08-20", "response_id": "R1", "requires_security": True,
         "engages_communities": True},
        {"id": "A4", "title": "Médiation entre éleveurs et agriculteurs à Djenné",
         "component": "civilian", "location": "Djenné", "start": "2023-07-10", "end": "2023-09-30",
         "response_id": "R3", "requires_security": True, "engages_communities": True},
        {"id": "A5", "title": "Suivi à distance des droits de l’homme après le départ",
         "component": "civilian", "location": "Mopti", "start": "2023-09-16", "end": "2023-12-31",
         "response_id": "R2"},
        {"id": "A6", "title": "Présence de la gendarmerie après le départ de la base",
         "component": "host_state", "location": "Douentza", "start": "2023-09-10",
         "end": "2023-12-31", "response_id": "R1", "provides_security": True,
         "notes": "Passation convenue (H1) ; patrouilles des forces de l’État hôte"},
        {"id": "A7", "title": "Présence de la garde nationale à Djenné après la fermeture",
         "component": "host_state", "location": "Djenné", "start": "2023-10-15",
         "end": "2023-12-31", "response_id": "R4", "provides_security": True},
    ],
    "engagements": [
        {"id": "E1", "activity_id": "A3", "communities": ["Comités locaux de protection de Douentza"],
         "risks": [{"key": "reprisals_against_interlocutors", "likelihood": 4, "impact": 4}],
         "mitigations": [{"key": "data_minimisation"}, {"key": "remote_engagement"}],
         "residual_likelihood": 2, "residual_impact": 4, "decision": "go",
         "decided_by": "Chef du bureau régional"},
        {"id": "E2", "activity_id": "A4", "communities": ["Éleveurs et agriculteurs de Djenné"],
         "risks": [{"key": "perceived_partiality", "likelihood": 3, "impact": 3}],
         "mitigations": [{"key": "neutral_safe_venue"}], "decision": "go",
         "decided_by": "Chef du bureau régional"},
    ],
    "early_warning": [
        {"id": "EW1", "threat_ids": ["T1"], "indicator": "Menaces contre les chefs de village "
                                                         "qui ont reçu la mission",
         "source": "human_rights", "places": ["Douentza"],
         "levels": levels(["R1", "R2"], ["A5"], "Chef du bureau régional"),
         "current_level": "alert", "reviewed": "2023-06-25"},
        {"id": "EW2", "threat_ids": ["T2"], "indicator": "Milices armées vues près des hameaux",
         "source": "community_liaison", "places": ["Djenné"],
         "levels": levels(["R3", "R4"], ["A2"], "Chef du bureau régional"),
         "current_level": "watch", "reviewed": "2023-06-25"},
    ],
    "transition": {
        "sites": [
            {"id": "ST1", "name": "Base de Douentza", "place": "Douentza", "kind": "base",
             "closes": "2023-09-15"},
            {"id": "ST2", "name": "Base opérationnelle temporaire de Djenné", "place": "Djenné",
             "kind": "temporary_base", "closes": "2023-10-20"},
            {"id": "ST3", "name": "Bureau régional de Mopti", "place": "Mopti", "kind": "office",
             "closes": "2023-12-15"},
        ],
        "handovers": [
            {"id": "H1", "site_id": "ST1", "tool": "protection_handover", "successor": "host_state",
             "successor_name": "Gouvernorat de région (fictif)", "date": "2023-09-01",
             "status": "agreed", "reprisal_follow_up": True},
            {"id": "H2", "site_id": "ST1", "tool": "human_rights_monitoring",
             "successor": "un_country_team", "successor_name": "Bureau des droits de l’homme "
                                                                "de l’équipe de pays (fictif)",
             "date": "2023-09-10", "status": "planned", "reprisal_follow_up": True},
            {"id": "H3", "site_id": "ST2", "tool": "local_mediation", "successor": "partner",
             "successor_name": "ONG de médiation (fictive)", "date": "2023-10-01",
             "status": "agreed", "reprisal_follow_up": True},
            {"id": "H4", "site_id": "ST3", "tool": "community_alert_network", "successor": "none",
             "status": "planned"},
        ],
    },
}


def main() -> None:
    doc = {"format": "pocplan", "format_version": 2,
           "generator": "pocplanner demo plan (fictitious example)", "plan": PLAN}
    OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(OUT.relative_to(ROOT))


if __name__ == "__main__":
    main()
