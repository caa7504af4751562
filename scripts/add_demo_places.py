"""Give the demo plans' activities the coordinates of their town (DOMAIN §12.2, §12.11.6):
a town that shares its cercle's name (Macina, Niono, Douentza, Djenné) is the whole cercle
unless the activity has coordinates — as the place picker stores them when the planner picks
the town. Writes the demo files in format 3.

    .venv/bin/python scripts/add_demo_places.py
"""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


from pocplanner.domain import geo  # noqa: E402

DEMOS = ["demo-en.pocplan.json", "demo-fr.pocplan.json", "demo-retrait-fr.pocplan.json"]


def town(name: str) -> list[float] | None:
    """The town that bears the cercle's name, inside that cercle (an administrative seat
    first)."""
    cercle = geo.cercle_named(name)
    if cercle is None:
        return None
    towns = sorted((p for p in geo.gazetteer_points(name) if p.pcode == cercle.pcode),
                   key=lambda p: not p.seat)
    return [round(towns[0].lon, 5), round(towns[0].lat, 5)] if towns else None


def main() -> int:
    for name in DEMOS:
        path = ROOT / "resources" / "demo" / name
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc["format_version"] = 3
        for activity in doc["plan"]["activities"]:
            point = town(activity["location"])
            if point and "coordinates" not in activity:
                activity["coordinates"] = point
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
