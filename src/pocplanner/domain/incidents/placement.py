"""Where an incident happened, as a cercle of the gazetteer: by point in polygon when its
coordinates are precise (holes respected: a point in Bamako is not in Kati), else by its
admin-2 name (a cercle, or a town of the gazetteer), else by its admin-1 name (the region
only); else not placed, and counted as such."""
from __future__ import annotations

import json
import re
from functools import lru_cache

from pocplanner import reference
from pocplanner.domain import geo
from pocplanner.domain.incidents.event import Event
from pocplanner.domain.places import place_key

_SUFFIX = re.compile(r"\s+(region|région|cercle|district|province|prefecture|commune)$", re.I)
_PREFIX = re.compile(r"^(region|région|cercle|district)\s+(de\s+|of\s+|d')?", re.I)


def bare(name: str) -> str:
    """"Mopti region" → "Mopti", "Cercle de Bankass" → "Bankass" (as UCDP GED and others
    write admin names)."""
    return _PREFIX.sub("", _SUFFIX.sub("", name.strip()))


@lru_cache(maxsize=1)
def _newer_regions() -> dict[str, str]:
    names = json.loads(reference.resource_text("gazetteer", "newer_regions.json"))["regions"]
    return {place_key(name): name for name in names}


class Placer:
    """Places events; remembers what it found for each point and name (incident files
    repeat both a great deal)."""

    def __init__(self, places: tuple[geo.UserPlace, ...] = ()) -> None:
        self.places = places
        self._points: dict[tuple[float, float], geo.Cercle | None] = {}
        self._names: dict[str, geo.Cercle | None] = {}
        self._regions: dict[str, str] = {}

    def place(self, e: Event) -> tuple[str, str, str]:
        """(cercle P-code, region name, placed_by: coordinates | name | region | none)."""
        if e.precise and e.lon is not None and e.lat is not None:
            key = (e.lon, e.lat)
            if key not in self._points:
                self._points[key] = geo.cercle_at(e.lon, e.lat)
            cercle = self._points[key]
            if cercle is not None:
                return cercle.pcode, cercle.region, "coordinates"
        if e.admin2:
            cercle = self._by_name(e.admin2)
            if cercle is not None:
                return cercle.pcode, cercle.region, "name"
        if e.admin1:
            region = self.region_name(e.admin1)
            if region:
                return "", region, "region"
        return "", "", "none"

    def _by_name(self, name: str) -> geo.Cercle | None:
        if name not in self._names:
            found = geo.locate(bare(name), "", self.places)
            self._names[name] = found[0] if found else None
        return self._names[name]

    def region_name(self, name: str) -> str:
        """The region an admin-1 name means (a region of the frame or a newer one), else ""."""
        if name not in self._regions:
            plain = bare(name)
            place = reference.gazetteer().find(plain, level=1)
            self._regions[name] = place.name if place else _newer_regions().get(
                place_key(plain), "")
        return self._regions[name]
