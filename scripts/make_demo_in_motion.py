"""The demo plans "in motion" (issue #32): the bundled Ségou demo plan (English and French) six
weeks into its period — activities done, under way, one late, one held back, one cancelled;
two alerts (one answered later than the matrix promises); one task force review that raised a
threat. Fictitious, like the demo it starts from. Written to
resources/demo/demo-motion-{en,fr}.pocplan.json.

    python3 scripts/make_demo_in_motion.py
"""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo"
AS_OF = "2020-02-12"

TEXTS = {
    "en": {
        "title": "EXAMPLE IN MOTION — Ségou region, January to March 2020, status as of "
                 "12 February",
        "A1": "Done three days late: the analysis took in the January displacement.",
        "A8": "Cancelled: the road to the villages was closed; the visits move to the next "
              "quarter.",
        "A9": "Held back: the offensive has not started.",
        "AL1": "The patrol reached the village the next morning; the alert network had "
               "warned families in time.",
        "AL1_place": "Dogofry",
        "AL2": "Mediators met the militia leaders; the checkpoints were lifted.",
        "AL2_place": "Macina",
        "body": "Regional POC task force",
        "summary": "Explosive devices on the Niono–Diabaly road are reported every week since "
                   "mid-January; the route clearance has not started.",
        "decisions": "Start the route clearance as soon as the engineers arrive; raise the "
                     "likelihood of S3; keep the quick reaction force ready.",
    },
    "fr": {
        "title": "EXEMPLE EN COURS — Région de Ségou, janvier à mars 2020, situation au "
                 "12 février",
        "A1": "Terminée avec trois jours de retard : l’analyse a intégré les déplacements de "
              "janvier.",
        "A8": "Annulée : la route des villages était fermée ; les visites passent au "
              "trimestre suivant.",
        "A9": "Retenue : l’offensive n’a pas commencé.",
        "AL1": "La patrouille a atteint le village le lendemain matin ; le réseau d’alerte "
               "avait prévenu les familles à temps.",
        "AL1_place": "Dogofry",
        "AL2": "Les médiateurs ont rencontré les chefs de milice ; les barrages ont été levés.",
        "AL2_place": "Macina",
        "body": "Groupe de travail régional POC",
        "summary": "Des engins explosifs sont signalés chaque semaine sur l’axe Niono–Diabaly "
                   "depuis la mi-janvier ; le déminage de la route n’a pas commencé.",
        "decisions": "Commencer le déminage dès l’arrivée du génie ; relever la probabilité de "
                     "S3 ; garder la force de réaction rapide prête.",
    },
}

# id: (status, actual start, actual end, outcome key)
STATUS = {
    "A1": ("done", "2020-01-06", "2020-01-20", "A1"),
    "A2": ("under_way", "2020-01-22", None, None),
    "A3": ("under_way", "2020-01-29", None, None),
    "A5": ("under_way", "2020-01-13", None, None),
    "A6": ("under_way", "2020-01-13", None, None),
    "A7": ("planned", None, None, None),           # should have started 3 February: late
    "A8": ("cancelled", None, None, "A8"),
    "A9": ("delayed", None, None, "A9"),
}


def in_motion(lang: str) -> dict:
    doc = json.loads((DEMO / f"demo-{lang}.pocplan.json").read_text(encoding="utf-8"))
    t = TEXTS[lang]
    doc["format_version"] = 3
    p = doc["plan"]
    p["id"] = f"demo-segou-2020-q1-motion-{lang}"
    p["title"] = t["title"]
    p["context"]["as_of"] = AS_OF
    p["context"]["review_every_days"] = 30
    for a in p["activities"]:
        status, start, end, outcome = STATUS.get(a["id"], ("planned", None, None, None))
        if status != "planned":
            a["status"] = status
        if start:
            a["actual_start"] = start
        if end:
            a["actual_end"] = end
        if outcome:
            a["outcome"] = t[outcome]
    p["alerts"] = [
        {"id": "AL1", "indicator_id": "EW3", "level": "alert", "raised": "2020-01-28T07:30",
         "place": t["AL1_place"], "decided": "2020-01-28T10:00", "arrived": "2020-01-29T09:00",
         "response_ids": ["R3", "R6"], "outcome": t["AL1"], "civilians_harmed": 0},
        {"id": "AL2", "indicator_id": "EW1", "level": "watch", "raised": "2020-02-08T18:00",
         "place": t["AL2_place"], "decided": "2020-02-09T08:00", "arrived": "2020-02-10T12:00",
         "response_ids": ["R1"], "outcome": t["AL2"], "civilians_harmed": 0},
    ]
    for ind in p["early_warning"]:                # the current level follows the latest alert
        if ind["id"] == "EW3":
            ind["current_level"] = "alert"
    # the review raised S3; the register is brought in line from Follow-up ▸ Apply (one undo)
    p["reviews"] = [{"id": "RV1", "date": "2020-01-31", "by": t["body"],
                     "summary": t["summary"],
                     "threat_changes": [{"threat_id": "S3", "likelihood": 4, "impact": 4}],
                     "decisions": t["decisions"]}]
    return doc


def main() -> None:
    for lang in TEXTS:
        out = DEMO / f"demo-motion-{lang}.pocplan.json"
        out.write_text(json.dumps(in_motion(lang), ensure_ascii=False, indent=1) + "\n",
                       encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
