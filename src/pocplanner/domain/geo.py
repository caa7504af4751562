"""Mali's cercles as shapes: which cercle a point falls in, and where a place of the plan is
on the map. Pure Python (no GIS library): a bounding-box test first, then the even-odd rule
on each ring, holes respected; 50,000 points are placed in well under a second.

The shapes are resources/gazetteer/cercles.geo.json (OCHA Mali / DNCT via HDX; geoBoundaries,
CC BY 4.0), simplified by scripts/make_map_geometry.py."""
from __future__ import annotations

import json
from functools import lru_cache
from typing import NamedTuple

from pocplanner import reference
from pocplanner.domain.places import place_key

Ring = list[list[float]]


class Cercle(NamedTuple):
    pcode: str
    name: str
    region_pcode: str
    region: str
    bbox: tuple[float, float, float, float]       # min lon, min lat, max lon, max lat
    polygons: list[list[Ring]]                     # each: outer ring, then holes


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(reference.resource_text("gazetteer", "cercles.geo.json"))


def attribution() -> str:
    return _data()["attribution"]


@lru_cache(maxsize=1)
def cercles() -> tuple[Cercle, ...]:
    return tuple(Cercle(c["pcode"], c["name"], c["region_pcode"], c["region"],
                        tuple(c["bbox"]), c["polygons"]) for c in _data()["cercles"])


def _inside(ring: Ring, x: float, y: float) -> bool:
    """Even-odd rule: each edge (from the previous vertex to this one) the ray crosses."""
    inside = False
    xj, yj = ring[-1]
    for xi, yi in ring:
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        xj, yj = xi, yi
    return inside


def cercle_at(lon: float, lat: float) -> Cercle | None:
    """The cercle the point lies in (None: outside Mali, or in a hole such as an enclave)."""
    for c in cercles():
        x0, y0, x1, y1 = c.bbox
        if not (x0 <= lon <= x1 and y0 <= lat <= y1):
            continue
        for polygon in c.polygons:
            if _inside(polygon[0], lon, lat) and not any(_inside(h, lon, lat)
                                                         for h in polygon[1:]):
                return c
    return None


@lru_cache(maxsize=4096)
def cercle_named(name: str) -> Cercle | None:
    """The cercle a place name means: a cercle's own name (accents, case, punctuation and the
    gazetteer's other names do not matter), else None."""
    key = place_key(name)
    return next((c for c in cercles() if place_key(c.name) == key), None)


class Point(NamedTuple):
    name: str
    lon: float
    lat: float
    pcode: str          # the cercle's P-code
    seat: bool          # an administrative seat (GeoNames PPLA*)


@lru_cache(maxsize=1)
def _places() -> dict[str, list[Point]]:
    """Populated places by name key (names and alternative names)."""
    import csv
    import io
    index: dict[str, list[Point]] = {}
    rows = csv.DictReader(io.StringIO(reference.resource_text("gazetteer", "places.csv")))
    for row in rows:
        point = Point(row["name"], float(row["lon"]), float(row["lat"]), row["adm2_pcode"],
                      row["feature_code"].startswith("PPLA"))
        for name in [row["name"], *filter(None, row["aliases"].split(";"))]:
            index.setdefault(place_key(name), []).append(point)
    return index


MAX_PLACE_NAME = 120


def gazetteer_points(name: str) -> list[Point]:
    """The populated places of the gazetteer that bear this name or alternative name, in the
    gazetteer's order."""
    return _places().get(place_key(name), [])


class UserPlace(NamedTuple):
    """A place a user added: a name and either coordinates or the cercle it belongs to."""
    name: str
    pcode: str = ""
    lon: float | None = None
    lat: float | None = None

    def problem(self) -> str | None:
        """What is wrong with it, in English for the edges to translate; None when fine."""
        if not self.name.strip():
            return "A place needs a name."
        if len(self.name) > MAX_PLACE_NAME:
            return "A place name has at most 120 characters."
        if any(ord(c) < 32 or 0x7f <= ord(c) < 0xa0 for c in self.name):
            return "A place name cannot contain control characters."
        if cercle_named(self.name) is not None:
            return ("A cercle has this name; an added place cannot move it. Give the new place "
                    "a name of its own.")
        if (self.lon is None) != (self.lat is None):
            return "Give both longitude and latitude, or neither."
        if self.lon is not None and self.lat is not None:
            if cercle_at(self.lon, self.lat) is None:
                return "These coordinates are outside Mali's cercles."
        elif self.pcode not in {c.pcode for c in cercles()}:
            return "Choose the cercle the place belongs to, or give its coordinates."
        return None


def _user_place(name: str, extra) -> tuple[Cercle, Point | None] | None:
    key = place_key(name)
    for place in extra:
        if place_key(place.name) != key:
            continue
        if place.lon is not None and place.lat is not None:
            cercle = cercle_at(place.lon, place.lat)
            if cercle:
                return cercle, Point(place.name, place.lon, place.lat, cercle.pcode, False)
        by_pcode = {c.pcode: c for c in cercles()}
        if place.pcode in by_pcode:
            return by_pcode[place.pcode], None
    return None


def locate(name: str, region_pcode: str = "",
           extra: tuple[UserPlace, ...] = ()) -> tuple[Cercle, Point | None] | None:
    """Where a place of the plan is: its cercle, and its point when it is a town or village
    of the gazetteer (None: a name the gazetteer does not know — listed as "not placed").
    A cercle's name means the cercle (no added place may take one: UserPlace.problem, issue
    #29); then a place the user added; a village name shared by several places means the one
    in the plan's region, else an administrative seat."""
    cercle = cercle_named(name)
    if cercle is not None:
        return cercle, None
    found = _user_place(name, extra) if extra else None
    if found:
        return found
    candidates = _places().get(place_key(name), [])
    if not candidates:
        return None
    best = sorted(candidates, key=lambda p: (not p.pcode.startswith(region_pcode or "?"),
                                             not p.seat))[0]
    by_pcode = {c.pcode: c for c in cercles()}
    return (by_pcode[best.pcode], best) if best.pcode in by_pcode else None
