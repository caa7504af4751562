"""The events themselves, for this computer's screen and command line: a threat's or an
area's events (`pocplanner incidents events`, the Evidence tab's list), the map's events layer
and the actors present with their counts. Nothing of this goes into a plan, an exchange file
or a PDF: those carry counts (services/incidents.py)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from pocplanner.domain import geo
from pocplanner.domain.evidence import Window, threat_cercles, window
from pocplanner.domain.incidents.actors import fold
from pocplanner.domain.model import Plan, Threat
from pocplanner.messages import Message, UserError
from pocplanner.storage import incident_events as ev
from pocplanner.storage import incident_queries as q

StoredEvent = ev.StoredEvent
MAX_LISTED = ev.MAX_LISTED


class UnknownCercle(UserError):
    def __init__(self, name: str) -> None:
        super().__init__(Message("{name} is not a cercle of the gazetteer.", name=name))


def where(region: str | None = None, cercle: str | None = None, date_from: str | None = None,
          date_to: str | None = None, category: str | None = None,
          actors: tuple[str, ...] = ()) -> q.Where:
    """Which events: in a region (its cercles and its region-only events) or one cercle,
    between two ISO dates, of a threat category, of some actors (a part of a name)."""
    from pocplanner.services.incidents import region_filter
    pcodes, regions = region_filter(region)
    if cercle:
        found = geo.cercle_named(cercle)
        if found is None:
            raise UnknownCercle(cercle)
        pcodes = frozenset({found.pcode}) if pcodes is None else pcodes & {found.pcode}
        regions = frozenset()
    return q.Where(pcodes, regions, frozenset({category}) if category else None, date_from,
                   date_to, actors=tuple(fold(a) for a in actors if fold(a)))


def events(db, filters: q.Where, limit: int = MAX_LISTED) -> list[StoredEvent]:
    return ev.events(db, filters, limit)


def threat_where(plan: Plan, threat: Threat, w: Window, places: tuple = (),
                 actors: tuple[str, ...] = ()) -> q.Where:
    """A threat's events in a window: its cercles, its category, some actors."""
    pcodes, _ = threat_cercles(plan, threat, places)
    return q.Where(pcodes, frozenset(), frozenset({threat.category}), w.start.isoformat(),
                   w.end.isoformat(), actors=tuple(fold(a) for a in actors if fold(a)))


def threat_events(db, plan: Plan, threat: Threat, days: int, places: tuple = (),
                  actors: tuple[str, ...] = ()) -> list[StoredEvent]:
    return ev.events(db, threat_where(plan, threat, window(plan, days), places, actors))


def threat_actors(db, plan: Plan, threat: Threat, days: int,
                  places: tuple = ()) -> list[tuple[str, int]]:
    """The actors of the events of the threat's cercles (any category) over the window and
    the one before, with their counts: what a planner picks from."""
    pcodes, _ = threat_cercles(plan, threat, places)
    w = window(plan, days)
    return ev.actors_present(db, q.Where(pcodes, frozenset(), None,
                                         w.previous_start.isoformat(), w.end.isoformat()))


def points(db, date_from: dt.date | str, date_to: dt.date | str,
           pcodes: frozenset[str] | None = None) -> list[tuple[float, float, int, str]]:
    """(lon, lat, fatalities, date) of the placed events with coordinates between two dates:
    the map's events layer."""
    return ev.points(db, q.Where(pcodes, frozenset(), None, str(date_from), str(date_to)))


def cercle_name(pcode: str) -> str:
    cercle = next((c for c in geo.cercles() if c.pcode == pcode), None)
    return cercle.name if cercle else ""


def to_json(e: StoredEvent) -> dict[str, Any]:
    """An event as `pocplanner incidents events --json` prints it."""
    return {"date": e.date, "pcode": e.pcode, "cercle": cercle_name(e.pcode),
            "category": e.category, "type": e.event_type, "actors": list(e.actors),
            "fatalities": e.fatalities, "lat": e.lat, "lon": e.lon, "source_id": e.source_id,
            "id": e.uid, "place": e.place, "sub_type": e.sub_event_type, "region": e.region}


def place_again(db, name: str, places: tuple = ()) -> int:
    """Place again the stored events of a place name that the gazetteer did not know (now
    that a user added it); the number of events placed."""
    from pocplanner.domain.incidents import Placer
    from pocplanner.domain.incidents.event import Event
    from pocplanner.storage.incident_events import set_placement
    placer = Placer(places)
    probe = Event("", "", None, None, False, "", name, "", "", "", 0, False, 0)
    pcode, region, how = placer.place(probe)
    if how != "name":
        return 0
    return set_placement(db, name, pcode, region)
