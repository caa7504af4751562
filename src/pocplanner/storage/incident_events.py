"""The stored events themselves, for the planner's own screen and command line: the list of a
threat's events, the points of the map's events layer, and the actors present in some cercles
with their counts. Raw rows are read here and shown on this computer only; what goes into a
plan, an exchange file or a PDF stays counts (incident_queries.py)."""
from __future__ import annotations

from typing import NamedTuple

from pocplanner.domain.incidents import actors as actor_names
from pocplanner.storage.connection import Connection
from pocplanner.storage.incident_queries import Where

MAX_LISTED = 5000


class StoredEvent(NamedTuple):
    uid: str                       # the source's id, prefixed by its format ("acled:MLI1234")
    date: str
    pcode: str
    region: str
    place: str
    category: str
    event_type: str
    sub_event_type: str
    actors: tuple[str, ...]
    fatalities: int
    civilian_fatalities: int
    lon: float | None
    lat: float | None
    source_id: int
    placed_by: str


_COLUMNS = ("uid, date, pcode, region, place, category, event_type, sub_event_type, actors, "
            "fatalities, civilian_fatalities, lon, lat, source_id, placed_by")


def events(db: Connection, where: Where, limit: int = MAX_LISTED) -> list[StoredEvent]:
    """The events, newest first (then the most deadly), at most `limit`."""
    clause, params = where.sql()
    rows = db.execute(f"SELECT {_COLUMNS} FROM incidents{clause} "
                      "ORDER BY date DESC, fatalities DESC, uid LIMIT ?",
                      [*params, int(limit)]).fetchall()
    return [StoredEvent(uid, date, pcode or "", region or "", place or "", category or "",
                        et or "", sub or "", tuple(actor_names.split(actors or "")),
                        dead or 0, civ or 0, lon, lat, sid, how or "")
            for (uid, date, pcode, region, place, category, et, sub, actors, dead, civ, lon,
                 lat, sid, how) in rows]


def points(db: Connection, where: Where) -> list[tuple[float, float, int, str]]:
    """(lon, lat, fatalities, date) of the events with coordinates: the map's events layer."""
    clause, params = where.sql()
    joiner = " AND " if clause else " WHERE "
    return db.execute(f"SELECT lon, lat, fatalities, date FROM incidents{clause}{joiner}"
                      "lon IS NOT NULL AND lat IS NOT NULL", params).fetchall()


def actors_present(db: Connection, where: Where) -> list[tuple[str, int]]:
    """The actors of the events, each with its number of events, most frequent first."""
    clause, params = where.sql()
    joiner = " AND " if clause else " WHERE "
    counts: dict[str, int] = {}
    shown: dict[str, str] = {}
    for text, n in db.execute(f"SELECT actors, COUNT(*) FROM incidents{clause}{joiner}"
                              "actors != '' GROUP BY actors", params):
        for name in actor_names.split(text):
            key = actor_names.fold(name)
            shown.setdefault(key, name)
            counts[key] = counts.get(key, 0) + n
    return sorted(((shown[k], n) for k, n in counts.items()), key=lambda a: (-a[1], a[0]))


def set_placement(db: Connection, place: str, pcode: str, region: str) -> int:
    """Events at this place name not placed in a cercle until now, placed by its name."""
    from pocplanner.storage.transaction import transaction
    with transaction(db):
        return db.execute("UPDATE incidents SET pcode = ?, region = ?, placed_by = 'name' "
                          "WHERE place = ? AND placed_by IN ('region', 'none')",
                          [pcode, region, place]).rowcount
