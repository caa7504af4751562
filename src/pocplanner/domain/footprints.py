"""Footprints on the map (DOMAIN §12.1, §12.2): a circle of its radius around each static
security presence placed at a point and running on the chosen day — where the mission's
presence protects, drawn the same on screen and on paper."""
from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from pocplanner.domain.model import Plan
from pocplanner.domain.places_points import POINT, resolver_for
from pocplanner.domain.presence import presence_of, tools_of_activities
from pocplanner.domain.timeline import in_effect
from pocplanner.domain.transition import clipped_end, site_closures


class Footprint(NamedTuple):
    activity_id: str
    lon: float
    lat: float
    radius_km: float


def footprints(plan: Plan, on: dt.date | None, places: tuple = ()) -> tuple[Footprint, ...]:
    """The static presences at a point that provide security on the day `on` (every one in
    the plan when no day is chosen), each with its radius; none of radius 0."""
    resolver = resolver_for(tuple(plan.areas), tuple(places))
    tools = tools_of_activities(plan)
    closures = site_closures(plan)
    found = []
    for a in in_effect(plan).activities:
        if not a.provides_security:
            continue
        presence = presence_of(a, tools.get(a.id))
        if presence.kind != "static" or presence.radius_km <= 0:
            continue
        if on is not None and not a.start <= on <= clipped_end(a, closures):
            continue
        where = resolver.activity(a)
        if where.kind == POINT and where.lon is not None and where.lat is not None:
            found.append(Footprint(a.id, where.lon, where.lat, presence.radius_km))
    return tuple(found)
