"""resources/gazetteer/cercles.geo.json: the 50 cercles of Mali, simplified for drawing and
for placing points, from the OCHA boundaries in ../shared/data (attribution kept).

    python3 scripts/make_map_geometry.py [--tolerance 0.006]

Douglas–Peucker on each ring (longitude/latitude degrees), holes kept, coordinates rounded to
4 decimals (~10 m); the cercle's name and region come from resources/gazetteer/mali.csv (with
their accents), joined by P-code.
"""
from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data" / "mali_adm2_cercles_ocha_pcodes.geojson"
OUT = ROOT / "resources" / "gazetteer" / "cercles.geo.json"
ATTRIBUTION = "OCHA Mali / DNCT via HDX; geoBoundaries (CC BY 4.0)"


def _distance(p, a, b) -> float:
    """Distance from p to the segment a–b (planar, in degrees)."""
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return ((x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2) ** 0.5


def simplify(points: list, tolerance: float) -> list:
    """Douglas–Peucker, iterative (rings of thousands of points)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, index = 0.0, None
        for i in range(first + 1, last):
            d = _distance(points[i], points[first], points[last])
            if d > worst:
                worst, index = d, i
        if index is not None and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def ring(points: list, tolerance: float) -> list:
    simple = simplify(points, tolerance)
    if len(simple) < 4:                       # a tiny ring: keep its shape
        simple = points[:: max(len(points) // 4, 1)] + [points[0]]
    return [[round(x, 4), round(y, 4)] for x, y in simple]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tolerance", type=float, default=0.01)
    args = parser.parse_args()
    names = {row["pcode"]: row for row in csv.DictReader(
        (ROOT / "resources" / "gazetteer" / "mali.csv").open(encoding="utf-8"))}
    source = json.loads(SOURCE.read_text(encoding="utf-8"))
    cercles, vertices = [], 0
    for feature in source["features"]:
        p = feature["properties"]
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" \
            else [geometry["coordinates"]]
        rings = [[ring(r, args.tolerance) for r in polygon] for polygon in polygons]
        vertices += sum(len(r) for polygon in rings for r in polygon)
        xs = [x for polygon in rings for x, _y in polygon[0]]
        ys = [y for polygon in rings for _x, y in polygon[0]]
        cercles.append({"pcode": p["adm2_pcode"], "name": names[p["adm2_pcode"]]["name"],
                        "region_pcode": p["adm1_pcode"],
                        "region": names[p["adm1_pcode"]]["name"],
                        "bbox": [min(xs), min(ys), max(xs), max(ys)], "polygons": rings})
    OUT.write_text(json.dumps({"attribution": ATTRIBUTION, "crs": "CRS84 (longitude, latitude)",
                               "cercles": cercles}, ensure_ascii=False,
                              separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(cercles)} cercles, {vertices} vertices, "
          f"{OUT.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
