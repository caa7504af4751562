"""The plan on a map, as data every drawing shares (the map in the plan window, the printed
map page and `pocplanner map`): the cercles of the plan's region coloured by the highest risk
of the threats there, the neighbouring cercles greyed, one marker per placed activity with
its component and, for a chosen date, whether it runs and whether security cover holds it,
and the names the gazetteer could not place — listed, never dropped silently."""
from __future__ import annotations

import datetime as dt
import math
from functools import cache, lru_cache
from typing import NamedTuple

from pocplanner.domain import geo
from pocplanner.domain.model import Activity, Plan
from pocplanner.domain.places import place_key
from pocplanner.domain.timeline import Coverage, in_effect, security_cover, valid_dates

NEIGHBOUR_MARGIN = 0.6      # degrees around the region's box where cercles are shown greyed


class CercleArea(NamedTuple):
    cercle: geo.Cercle
    in_region: bool
    risk: int                        # highest threat score there, 0 when none
    threat_ids: tuple[str, ...]
    activity_ids: tuple[str, ...]


class Marker(NamedTuple):
    activity_id: str
    title: str
    component: str
    lon: float
    lat: float
    pcode: str
    village: bool                    # placed on a town or village, not only on its cercle
    running: bool                    # runs on the chosen date (always True without a date)
    needs_cover: bool
    covered: bool                    # security cover holds it on the date (or over its dates)


class SiteMark(NamedTuple):
    """A site of the mission (drawdown), where it is and when it closes."""
    site_id: str
    name: str
    kind: str
    closes: dt.date
    lon: float
    lat: float
    closed: bool                     # closed on the chosen date


class PlanMap(NamedTuple):
    region: str
    areas: tuple[CercleArea, ...]
    markers: tuple[Marker, ...]
    not_placed: tuple[str, ...]      # names the gazetteer does not know, in plan order
    bbox: tuple[float, float, float, float]
    on: dt.date | None
    incidents: tuple[tuple[str, int], ...] = ()   # events per cercle P-code (incident layer)
    incident_note: str = ""                       # their period and sources, for the legend
    levels: tuple[tuple[str, str], ...] = ()      # (P-code, highest early-warning level)
    sites: tuple[SiteMark, ...] = ()              # the mission's sites and their closures
    footprints: tuple = ()                        # static presence circles (footprints.py)

    def area(self, pcode: str) -> CercleArea | None:
        return next((a for a in self.areas if a.cercle.pcode == pcode), None)

    def with_incidents(self, counts: dict[str, int], note: str) -> "PlanMap":
        """The map with the incident layer: events per cercle (counts, never events)."""
        shown = {a.cercle.pcode for a in self.areas}
        return self._replace(incidents=tuple(sorted((k, v) for k, v in counts.items()
                                                    if k in shown and v > 0)),
                             incident_note=note)

    def with_levels(self, board, places: tuple = ()) -> "PlanMap":
        """The map with the level board: each cercle of a place named by an indicator, with
        the highest current level there (board: domain.early_warning.level_board)."""
        from pocplanner.domain.early_warning import SEVERITY
        region = next((a.cercle.region_pcode for a in self.areas if a.in_region), "")
        found: dict[str, str] = {}
        for row in board:
            spot = geo.locate(row.place, region, places)
            if spot is None:
                continue
            pcode = spot[0].pcode
            if pcode not in found or SEVERITY[row.level] > SEVERITY[found[pcode]]:
                found[pcode] = row.level
        return self._replace(levels=tuple(sorted(found.items())))

    def incident_count(self, pcode: str) -> int:
        return dict(self.incidents).get(pcode, 0)


def incident_circles(pm: PlanMap, largest_radius: float) -> list[tuple[geo.Cercle, int, float]]:
    """(cercle, events, radius) of the incident layer: the area of a circle is proportional
    to the events in its cercle, the largest count gets `largest_radius`."""
    if not pm.incidents:
        return []
    most = max(n for _, n in pm.incidents)
    by_pcode = {a.cercle.pcode: a.cercle for a in pm.areas}
    return [(by_pcode[k], n, max(largest_radius * math.sqrt(n / most), 2.5))
            for k, n in pm.incidents if k in by_pcode]


def area_colour(area: CercleArea, style: dict) -> str:
    """A cercle's fill on every map: grey outside the region, else its risk band's colour,
    else the colour of "no threat recorded"."""
    from pocplanner.domain.scoring import band_for
    if not area.in_region:
        return style["neighbour"]
    return band_for(area.risk).colour if area.risk else style["no_threat"]


def centre(cercle: geo.Cercle) -> tuple[float, float]:
    """A point inside the cercle for its label and for activities placed only on it: the
    vertex mean of its largest ring, moved to the nearest vertex when that falls outside.
    Computed once per cercle: every map draws it again at each paint."""
    return _centre(cercle.pcode)


@cache
def _centre(pcode: str) -> tuple[float, float]:
    cercle = next(c for c in geo.cercles() if c.pcode == pcode)
    ring = max((p[0] for p in cercle.polygons), key=len)
    lon = sum(x for x, _ in ring) / len(ring)
    lat = sum(y for _, y in ring) / len(ring)
    if geo.cercle_at(lon, lat) == cercle:
        return lon, lat
    x, y = min(ring, key=lambda v: (v[0] - lon) ** 2 + (v[1] - lat) ** 2)
    return x, y


def _region_pcode(plan: Plan) -> str:
    from pocplanner.reference import gazetteer
    place = gazetteer().find(plan.region, level=1) if plan.region else None
    return place.pcode if place else ""


def region_cercles(region: str) -> set[str]:
    """The P-codes of the cercles a region name stands for: a region of the frame, or a
    newer region (resources/gazetteer/newer_regions.json), else none."""
    from pocplanner.reference import gazetteer
    place = gazetteer().find(region, level=1) if region else None
    if place:
        return {c.pcode for c in geo.cercles() if c.region_pcode == place.pcode}
    key = place_key(region) if region else ""
    return next((set(codes) for name, codes in _newer_regions().items()
                 if place_key(name) == key), set())


@lru_cache(maxsize=1)
def _newer_regions() -> dict[str, list[str]]:
    """Read once: the map is recomputed at every step of the date slider."""
    import json

    from pocplanner import reference
    return json.loads(reference.resource_text("gazetteer", "newer_regions.json"))["regions"]


def _boxes_touch(a, b, margin: float) -> bool:
    return not (a[2] + margin < b[0] or b[2] + margin < a[0]
                or a[3] + margin < b[1] or b[3] + margin < a[1])


def _spread(lon: float, lat: float, index: int, count: int) -> tuple[float, float]:
    """Markers at one spot drawn on a small ring around it, so none hides another."""
    if count <= 1:
        return lon, lat
    radius = 0.05 + 0.004 * min(count, 60)
    angle = 2 * math.pi * index / count
    return lon + radius * math.cos(angle), lat + radius * math.sin(angle)


def _covered(activity: Activity, cover: dict[str, Coverage], on: dt.date | None) -> bool:
    coverage = cover.get(place_key(activity.location))
    if coverage is None or not valid_dates(activity):
        return False
    if on is not None:
        return not coverage.gaps(on, on)
    return not coverage.gaps(activity.start, activity.end)


def plan_map(plan: Plan, on: dt.date | None = None, *, villages: bool = True,
             places: tuple[geo.UserPlace, ...] = ()) -> PlanMap:
    """villages=False (the redacted edition): every activity is drawn at its cercle's
    centre, never on the town or village where it takes place. places: those the user
    added to the gazetteer."""
    in_region = region_cercles(plan.region)
    region = _region_pcode(plan) or (min(in_region)[:4] if in_region else "")
    not_placed: list[str] = []
    where: dict[str, tuple[geo.Cercle, geo.Point | None] | None] = {}

    def place(name: str):
        if name not in where:
            where[name] = geo.locate(name, region, places) if name.strip() else None
            if where[name] is None and name.strip() and name not in not_placed:
                not_placed.append(name)
        return where[name]

    risk: dict[str, int] = {}
    threats: dict[str, list[str]] = {}
    for threat in plan.threats:
        for name in threat.locations:
            found = place(name)
            if found:
                pcode = found[0].pcode
                risk[pcode] = max(risk.get(pcode, 0), threat.score)
                threats.setdefault(pcode, []).append(threat.id)

    from pocplanner.domain.transition import site_closures
    cover = {key: Coverage.of(spans) for key, spans in
             security_cover(in_effect(plan).activities, site_closures(plan)).items()}
    spots: dict[tuple[float, float], list[tuple[Activity, geo.Cercle, bool]]] = {}
    activities: dict[str, list[str]] = {}
    for activity in plan.activities:
        found = place(activity.location)
        if not found:
            continue
        cercle, point = found
        if activity.coordinates and villages:            # picked or pinned (§12.2)
            lon, lat = activity.coordinates[0], activity.coordinates[1]
            at = geo.cercle_at(lon, lat)
            cercle, point = (at, geo.Point(activity.location, lon, lat,
                                           at.pcode, False)) if at else (cercle, point)
        spot = (point.lon, point.lat) if point and villages else centre(cercle)
        spots.setdefault(spot, []).append((activity, cercle, bool(point and villages)))
        activities.setdefault(cercle.pcode, []).append(activity.id)
    markers = []
    for (lon, lat), group in spots.items():
        for i, (activity, cercle, village) in enumerate(group):
            x, y = _spread(lon, lat, i, len(group))
            running = on is None or (activity.start <= on <= activity.end)
            markers.append(Marker(activity.id, activity.title, activity.component, x, y,
                                  cercle.pcode, village, running, activity.requires_security,
                                  _covered(activity, cover, on)))

    sites = []
    for site in plan.transition.sites:
        found = place(site.place)
        if found:
            cercle, point = found
            lon, lat = (point.lon, point.lat) if point and villages else centre(cercle)
            sites.append(SiteMark(site.id, site.name, site.kind, site.closes, lon + 0.04,
                                  lat + 0.06, on is not None and on > site.closes))
            activities.setdefault(cercle.pcode, [])
    used = set(risk) | set(activities)
    core = [c for c in geo.cercles() if c.pcode in in_region or c.pcode in used]
    if not core:                                   # no region known and nothing placed
        core = list(geo.cercles())
    box = (min(c.bbox[0] for c in core), min(c.bbox[1] for c in core),
           max(c.bbox[2] for c in core), max(c.bbox[3] for c in core))
    areas = tuple(CercleArea(c, c in core, risk.get(c.pcode, 0),
                             tuple(threats.get(c.pcode, ())),
                             tuple(activities.get(c.pcode, ())))
                  for c in geo.cercles() if c in core or _boxes_touch(c.bbox, box, 0.0))
    margin = 0.15 * max(box[2] - box[0], box[3] - box[1])
    bbox = (box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin)
    from pocplanner.domain.footprints import footprints
    return PlanMap(plan.region, areas, tuple(markers), tuple(not_placed), bbox, on,
                   sites=tuple(sites),
                   footprints=footprints(plan, on, places) if villages else ())


class Projection(NamedTuple):
    """Longitude and latitude to a drawing's x, y (y up, as in reportlab; a Qt painter flips
    it): equirectangular, scaled by the cosine of the middle latitude so shapes keep their
    proportions, centred in a width × height box."""
    lon0: float
    lat0: float
    scale: float                    # drawing units per degree of latitude
    kx: float                       # cos(middle latitude)
    x0: float
    y0: float

    @classmethod
    def fit(cls, bbox, width: float, height: float) -> "Projection":
        lon0, lat0, lon1, lat1 = bbox
        kx = math.cos(math.radians((lat0 + lat1) / 2))
        scale = min(width / max((lon1 - lon0) * kx, 1e-9), height / max(lat1 - lat0, 1e-9))
        x0 = (width - (lon1 - lon0) * kx * scale) / 2
        y0 = (height - (lat1 - lat0) * scale) / 2
        return cls(lon0, lat0, scale, kx, x0, y0)

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        return (self.x0 + (lon - self.lon0) * self.kx * self.scale,
                self.y0 + (lat - self.lat0) * self.scale)

    def lonlat(self, x: float, y: float) -> tuple[float, float]:
        return (self.lon0 + (x - self.x0) / (self.kx * self.scale),
                self.lat0 + (y - self.y0) / self.scale)

    def km_per_unit(self) -> float:
        return 111.32 / self.scale


def scale_bar_km(proj: Projection, max_units: float) -> int:
    """A round length in km whose bar fits in max_units of the drawing."""
    longest = proj.km_per_unit() * max_units
    for km in (500, 200, 100, 50, 20, 10, 5, 2, 1):
        if km <= longest:
            return km
    return 1


def clip_ring(points: list[tuple[float, float]], x0: float, y0: float, x1: float,
              y1: float) -> list[tuple[float, float]]:
    """The ring cut to the rectangle (Sutherland–Hodgman), so a drawing without clipping
    (reportlab's) never paints outside its frame."""
    edges = ((lambda p: p[0] >= x0, lambda a, b: _cut_x(a, b, x0)),
             (lambda p: p[0] <= x1, lambda a, b: _cut_x(a, b, x1)),
             (lambda p: p[1] >= y0, lambda a, b: _cut_y(a, b, y0)),
             (lambda p: p[1] <= y1, lambda a, b: _cut_y(a, b, y1)))
    out = points
    for inside, cut in edges:
        if not out:
            break
        source, out = out, []
        prev = source[-1]
        for cur in source:
            if inside(cur):
                if not inside(prev):
                    out.append(cut(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cut(prev, cur))
            prev = cur
    return out


def _cut_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return x, a[1] + t * (b[1] - a[1])


def _cut_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return a[0] + t * (b[0] - a[0]), y
