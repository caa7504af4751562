"""Incident sources and their events in the database (tables of migrations 6 and 7), written
with executemany in batches inside one transaction: an import is stored whole or not at all
(cancelled, refused, a full disk). Only this module reads the events; what leaves it are
counts."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from itertools import islice
from operator import itemgetter
from typing import NamedTuple

from pocplanner.domain.incidents import CategoryMap, EventKind, Placed
from pocplanner.domain.incidents import actors as actor_names
from pocplanner.domain.incidents.categories import CIVILIANS
from pocplanner.storage.connection import Connection
from pocplanner.storage.transaction import transaction

BATCH = 2000
# Events are written in runs of this many, each sorted by cercle and date: a region's year
# then lies on a few pages of the table instead of one page per event, and listing it or
# counting it decrypts a few dozen pages, not thousands (incident_events.py, the counts).
RUN = 20_000
IMPORT_CACHE_KB = 64 * 1024     # SQLite page cache during an import (default: 2 MB)
PLACED_BY = ("coordinates", "name", "region", "none")


class Source(NamedTuple):
    id: int
    name: str
    file_name: str
    format: str
    imported_at: str
    date_from: str
    date_to: str
    attribution: str
    rows: int
    events: int                  # stored under this source
    duplicates: int
    placed_by_coordinates: int
    placed_by_name: int
    region_only: int
    not_placed: int
    category_overrides: str

    def overrides(self) -> dict[str, str]:
        return json.loads(self.category_overrides or "{}")

    def accessed(self) -> str:
        return self.imported_at[:10]

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "file_name": self.file_name,
                "format": self.format, "imported_at": self.imported_at,
                "date_from": self.date_from, "date_to": self.date_to,
                "attribution": self.attribution, "events": self.events}


_SOURCE_COLUMNS = ", ".join(Source._fields)


def sources(db: Connection) -> list[Source]:
    rows = db.execute(f"SELECT {_SOURCE_COLUMNS} FROM incident_sources ORDER BY id").fetchall()
    return [Source(*r) for r in rows]


def source(db: Connection, source_id: int) -> Source | None:
    row = db.execute(f"SELECT {_SOURCE_COLUMNS} FROM incident_sources WHERE id = ?",
                     [source_id]).fetchone()
    return Source(*row) if row else None


def source_with_file(db: Connection, sha256: str) -> Source | None:
    row = db.execute(f"SELECT {_SOURCE_COLUMNS} FROM incident_sources WHERE sha256 = ? "
                     "ORDER BY id LIMIT 1", [sha256]).fetchone()
    return Source(*row) if row else None


class Stored(NamedTuple):
    source_id: int
    events: int                   # events of the file (each once)
    new: int                      # of which stored now (the others were stored already)
    placed: dict[str, int]        # events of the file by placed_by


class _Tally:
    """What the events of one import add up to, counted as they pass."""

    def __init__(self) -> None:
        self.placed = dict.fromkeys(PLACED_BY, 0)
        self.first = self.last = ""
        self.uids: list[str] = []

    def records(self, source_id: int, placed: Iterable[Placed]) -> Iterator[tuple]:
        joined, key_of = actor_names.joined, actor_names.key_of
        for p in placed:
            e = p.event
            self.placed[p.placed_by] += 1
            self.uids.append(e.uid)
            if not self.first or e.date < self.first:
                self.first = e.date
            if e.date > self.last:
                self.last = e.date
            yield (source_id, e.uid, e.date, p.pcode, p.region, p.placed_by, e.event_type,
                   e.sub_event_type, e.actor_type, p.category, e.fatalities, int(e.civilian),
                   e.civilian_fatalities, joined(e.actors), key_of(e.actors), e.place,
                   e.lon, e.lat)


_BY_PLACE_AND_DATE = itemgetter(3, 2)             # pcode, date of a record

_INSERT = ("INSERT OR IGNORE INTO incidents (source_id, uid, date, pcode, region, placed_by, "
           "event_type, sub_event_type, actor_type, category, fatalities, civilian, "
           "civilian_fatalities, actors, actors_key, place, lon, lat) VALUES "
           "(" + ", ".join("?" * 18) + ")")


def store_events(db: Connection, meta: dict[str, object], placed: Iterable[Placed]) -> Stored:
    """Store a source and its placed events in one transaction; an exception from `placed`
    (Cancelled, a refusal) rolls all of it back. meta["rows"] is read once `placed` is
    exhausted."""
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KB}")   # index pages stay in memory
    try:
        with transaction(db):
            return _store(db, meta, placed)
    finally:
        db.execute(f"PRAGMA cache_size = {int(cache)}")


class AlreadyStored(Exception):
    """The same file (by its SHA-256) was stored by another import meanwhile."""


def _store(db: Connection, meta: dict[str, object], placed: Iterable[Placed]) -> Stored:
    if db.execute("SELECT 1 FROM incident_sources WHERE sha256 = ?",   # inside the write lock:
                  [meta["sha256"]]).fetchone():                         # parallel imports
        raise AlreadyStored(meta["sha256"])
    before = db.execute("SELECT COUNT(*) FROM incidents").fetchone()[0]
    source_id = db.execute(
        "INSERT INTO incident_sources (name, file_name, format, sha256, imported_at, "
        "attribution, category_overrides) VALUES (?, ?, ?, ?, ?, ?, '{}')",
        [meta["name"], meta["file_name"], meta["format"], meta["sha256"], meta["imported_at"],
         meta["attribution"]]).lastrowid or 0
    tally = _Tally()
    records = tally.records(source_id, placed)
    cursor = db.conn.cursor()
    while run := list(islice(records, RUN)):
        run.sort(key=_BY_PLACE_AND_DATE)
        for start in range(0, len(run), BATCH):
            cursor.executemany(_INSERT, run[start:start + BATCH])
    new = db.execute("SELECT COUNT(*) FROM incidents").fetchone()[0] - before
    events = sum(tally.placed.values())
    if new < events:              # some were stored already: who else holds them (#29)
        from pocplanner.storage.incident_holders import record_shared
        record_shared(db, source_id, tally.uids)
    db.execute("UPDATE incident_sources SET rows = ?, events = ?, duplicates = ?, "
               "date_from = ?, date_to = ?, placed_by_coordinates = ?, placed_by_name = ?, "
               "region_only = ?, not_placed = ? WHERE id = ?",
               [meta["rows"], new, events - new, tally.first, tally.last,
                tally.placed["coordinates"], tally.placed["name"], tally.placed["region"],
                tally.placed["none"], source_id])
    return Stored(source_id, events, new, tally.placed)


def delete_source(db: Connection, source_id: int) -> bool:
    return delete_source_counted(db, source_id) is not None


def delete_source_counted(db: Connection, source_id: int) -> int | None:
    """Delete a source and the events only it holds: how many went (None: no such source).
    Events another source holds too are handed over to it (storage/incident_holders.py)."""
    from pocplanner.storage.incident_holders import hand_over
    with transaction(db):
        takers = hand_over(db, source_id)
        deleted = db.execute("DELETE FROM incidents WHERE source_id = ?", [source_id]).rowcount
        found = db.execute("DELETE FROM incident_sources WHERE id = ?",
                           [source_id]).rowcount > 0
    for taker in takers:        # the events moved take the category choices of their holder
        set_categories(db, taker, {})
    return deleted if found else None


def event_kinds(db: Connection, source_id: int) -> list[tuple[EventKind, int, str]]:
    """The kinds of event of one source, with their counts and current category."""
    rows = db.execute("SELECT event_type, sub_event_type, actor_type, civilian, COUNT(*), "
                      "MIN(category) FROM incidents WHERE source_id = ? GROUP BY 1, 2, 3, 4 "
                      "ORDER BY 5 DESC", [source_id]).fetchall()
    return [(EventKind(et or "", sub or "", actor or "", CIVILIANS if civ else ""), n, cat or "")
            for et, sub, actor, civ, n, cat in rows]


def set_categories(db: Connection, source_id: int, overrides: dict[str, str]) -> None:
    """The planner's choice of category for kinds of event of one source: kept with the source
    and applied to its events at once."""
    src = source(db, source_id)
    if src is None:
        raise LookupError(source_id)
    chosen = {**src.overrides(), **overrides}
    mapping = CategoryMap(src.format, chosen)
    with transaction(db):
        db.execute("UPDATE incident_sources SET category_overrides = ? WHERE id = ?",
                   [json.dumps(chosen, sort_keys=True), source_id])
        for kind, _, _ in event_kinds(db, source_id):
            db.execute("UPDATE incidents SET category = ? WHERE source_id = ? AND "
                       "event_type = ? AND sub_event_type = ? AND actor_type = ? AND "
                       "(civilian != 0) = ?",
                       [mapping.category(kind), source_id, *kind[:3], bool(kind.civilian)])


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
