"""Places are points (DOMAIN §12.2, §12.11.5–6): what a place of the plan resolves to — a
point of the gazetteer, a whole cercle or region (an area), or nothing — and the two
relations the checks use: the footprint ("does a presence here cover that place?") and
*within* ("is this place inside that one?"). Distances are great-circle (Earth radius 6,371
km). Plain Python; one Resolver per check run caches every answer.
"""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from pocplanner import reference
from pocplanner.domain import geo
from pocplanner.domain.places import place_key

EARTH_RADIUS_KM = 6371.0
WITHIN_KM = 10.0          # two points at most this far apart are the same place for *within*

POINT, CERCLE, REGION, LOCAL, UNRESOLVED = "point", "cercle", "region", "local", "unresolved"


@dataclass(frozen=True)
class Where:
    """A resolved place. kind: point (lon, lat, in cercle), cercle or region (an area: the
    cercles it holds), local (a place the user added by its cercle, without coordinates: in
    that cercle but no point), unresolved (matches only its own key)."""
    key: str
    kind: str
    lon: float | None = None
    lat: float | None = None
    cercles: frozenset[str] = frozenset()     # the cercle P-codes it is in (or holds)

    def __post_init__(self) -> None:     # a key of the checks' lookups: hashed once
        object.__setattr__(self, "_hash", hash((self.key, self.kind, self.lon, self.lat,
                                                self.cercles)))

    def __hash__(self) -> int:
        return self._hash      # type: ignore[attr-defined]

    @property
    def is_point(self) -> bool:
        return self.kind == POINT

    @property
    def is_area(self) -> bool:
        return self.kind in (CERCLE, REGION)


def distance_km(a: Where, b: Where) -> float:
    """Great-circle distance between two points (haversine)."""
    assert a.lon is not None and a.lat is not None and b.lon is not None and b.lat is not None
    lon1, lat1, lon2, lat2 = (math.radians(v) for v in (a.lon, a.lat, b.lon, b.lat))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


@lru_cache(maxsize=1)
def _regions() -> dict[str, frozenset[str]]:
    """Region name key (names and aliases of the frame's regions) -> its cercles' P-codes."""
    cercles_of: dict[str, set[str]] = {}
    for c in geo.cercles():
        cercles_of.setdefault(c.region_pcode, set()).add(c.pcode)
    out: dict[str, frozenset[str]] = {}
    for region in reference.gazetteer().regions():
        for name in (region.name, *region.aliases):
            out.setdefault(place_key(name), frozenset(cercles_of.get(region.pcode, ())))
    return out


class Resolver:
    """Resolves the plan's places in the order of §12.2: an activity's own coordinates, a
    place the user added, a region, a cercle (with its aliases), a populated place of the
    gazetteer (inside the plan's areas, then an administrative seat, then the first)."""

    def __init__(self, areas: list[str] | tuple[str, ...] = (),
                 user_places: tuple[geo.UserPlace, ...] = ()) -> None:
        self.user_places = {place_key(p.name): p for p in reversed(user_places)}
        self._cache: dict[str, Where] = {}
        self._area_cercles: frozenset[str] = frozenset()
        self._area_cercles = frozenset().union(*[self.name(a).cercles for a in areas
                                                 if self.name(a).is_area])
        self._cache.clear()        # names resolved before the areas were known

    def activity(self, activity) -> Where:
        """An activity's place: its own coordinates first (§12.2 (1)); the key stays its
        location text's (§12.11.5)."""
        if activity.coordinates and len(activity.coordinates) == 2:
            lon, lat = activity.coordinates
            return self._point(place_key(activity.location), lon, lat)
        return self.name(activity.location)

    def name(self, name: str) -> Where:
        key = place_key(name)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._resolve(key, name)
        return found

    @staticmethod
    def _point(key: str, lon: float, lat: float) -> Where:
        cercle = geo.cercle_at(lon, lat)
        return Where(key, POINT, lon, lat, frozenset({cercle.pcode}) if cercle else frozenset())

    def _resolve(self, key: str, name: str) -> Where:
        user = self.user_places.get(key)
        if user is not None:
            if user.lon is not None and user.lat is not None:
                return self._point(key, user.lon, user.lat)
            if user.pcode:
                return Where(key, LOCAL, cercles=frozenset({user.pcode}))
        region = _regions().get(key)
        if region is not None:
            return Where(key, REGION, cercles=region)
        cercle = geo.cercle_named(name)
        if cercle is not None:
            return Where(key, CERCLE, cercles=frozenset({cercle.pcode}))
        candidates = geo.gazetteer_points(name)
        if not candidates:
            return Where(key, UNRESOLVED)
        best = min(enumerate(candidates),
                   key=lambda ip: (ip[1].pcode not in self._area_cercles, not ip[1].seat,
                                   ip[0]))[1]
        return Where(key, POINT, best.lon, best.lat,
                     frozenset({best.pcode}) if best.pcode else frozenset())


def near(a: Where, b: Where, km: float) -> bool:
    """Two points at most km apart. Points further apart north-south than km are told at once
    (the great-circle distance is never less than the gap in latitude): the checks compare
    every security presence with every place, and most pairs lie in other cercles."""
    assert a.lat is not None and b.lat is not None
    if EARTH_RADIUS_KM * abs(math.radians(b.lat - a.lat)) > km + 1e-6:
        return False
    return distance_km(a, b) <= km


def covers(presence: Where, radius_km: float, place: Where) -> bool:
    """The footprint (§12.2): a presence at `presence` with that radius covers `place` when
    they have the same key, or both are points at most radius_km apart."""
    if presence.key == place.key:
        return True
    return presence.is_point and place.is_point and near(presence, place, radius_km)


class PlaceIndex:
    """Places held in a list, to find those that may be `near` a place without testing each
    one: the same key, or points whose latitude lies within km of it (the gap in latitude
    alone is less than the great-circle distance). The candidates come in list order; the
    caller applies the exact test (covers)."""

    def __init__(self, places: list[Where]) -> None:
        self._by_key: dict[str, list[int]] = {}
        points: list[tuple[float, int]] = []
        for i, w in enumerate(places):
            self._by_key.setdefault(w.key, []).append(i)
            if w.is_point and w.lat is not None:
                points.append((w.lat, i))
        points.sort()
        self._lats = [lat for lat, _i in points]
        self._points = [i for _lat, i in points]

    def candidates(self, place: Where, km: float) -> list[int]:
        found = set(self._by_key.get(place.key, ()))
        if place.is_point and place.lat is not None and self._lats:
            band = math.degrees(km / EARTH_RADIUS_KM) + 1e-6
            lo = bisect_left(self._lats, place.lat - band)
            found.update(self._points[lo:bisect_right(self._lats, place.lat + band, lo)])
        return sorted(found)


def within(p: Where, q: Where) -> bool:
    """Place p is within place q (§12.2): the same key; p a point (or a place the user added
    by its cercle) inside area q; p a cercle of region q; or both points at most 10 km
    apart. An unresolved place is within only what has its key."""
    if p.key == q.key:
        return True
    if p.kind == UNRESOLVED or q.kind == UNRESOLVED:
        return False
    if q.is_area and p.kind in (POINT, LOCAL, CERCLE) and p.cercles:
        return p.cercles <= q.cercles and (p.kind != CERCLE or q.kind == REGION)
    return p.is_point and q.is_point and near(p, q, WITHIN_KM)


def within_any(p: Where, places: list[Where]) -> bool:
    return any(within(p, q) for q in places)


@lru_cache(maxsize=16)
def resolver_for(areas: tuple[str, ...], user_places: tuple = ()) -> Resolver:
    """One resolver per plan areas and user places, kept across check runs (an edit rarely
    changes them; every answer it caches depends on nothing else)."""
    return Resolver(areas, user_places)


@lru_cache(maxsize=1)
def _named_places() -> tuple[tuple[str, str, float, float], ...]:
    """Every (name or alternative name, cercle P-code, lon, lat) of the gazetteer's places."""
    import csv
    import io
    rows = csv.DictReader(io.StringIO(reference.resource_text("gazetteer", "places.csv")))
    return tuple((name, r["adm2_pcode"], float(r["lon"]), float(r["lat"]))
                 for r in rows for name in [r["name"], *filter(None, r["aliases"].split(";"))])


def villages_of(cercle_pcodes: set[str] | frozenset[str]) -> list[tuple[str, str, float, float]]:
    """The gazetteer's populated places in these cercles, under each of their names, as
    (name, cercle name, lon, lat) sorted by name: what the place picker offers."""
    names = {c.pcode: c.name for c in geo.cercles()}
    found = {(name, names.get(pcode, ""), lon, lat) for name, pcode, lon, lat in _named_places()
             if pcode in cercle_pcodes}
    return sorted(found, key=lambda v: (place_key(v[0]), v[1]))


def cercle_name(where: Where) -> str:
    """The name of the cercle a point (or a user's place) lies in; "" when none or several."""
    if len(where.cercles) != 1:
        return ""
    pcode = next(iter(where.cercles))
    return next((c.name for c in geo.cercles() if c.pcode == pcode), "")
