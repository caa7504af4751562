"""Which other sources also hold an event (issue #29).

An event is stored once, under the first source that brought it (its uid is unique); a newer
file that holds it too "adds only its new events". Deleting the first source used to take
those shared events along (jan.csv 3 events, feb.csv the same 3: delete jan, 1 left). Each
import now records the events it shares with sources stored before (incident_holders), and
deleting a source hands each shared event over to a source that still holds it.

The table is made when first needed (CREATE … IF NOT EXISTS), not by a numbered migration:
a database that imported before this change has no record of what its sources share, and
behaves as before for those imports.
"""
from __future__ import annotations

from collections.abc import Iterable

from pocplanner.storage.connection import Connection

_TABLE = ("CREATE TABLE IF NOT EXISTS incident_holders (uid TEXT NOT NULL, "
          "source_id INTEGER NOT NULL, PRIMARY KEY (uid, source_id)) WITHOUT ROWID")


def _exists(db: Connection) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE name = 'incident_holders'"
                      ).fetchone() is not None


def record_shared(db: Connection, source_id: int, uids: Iterable[str]) -> None:
    """Inside the import's transaction: the events of this source stored under another."""
    db.execute(_TABLE)
    db.conn.executemany("INSERT OR IGNORE INTO incident_holders (uid, source_id) SELECT ?, ? "
                   "WHERE EXISTS (SELECT 1 FROM incidents WHERE uid = ? AND source_id != ?)",
                   ((uid, source_id, uid, source_id) for uid in uids))


def hand_over(db: Connection, source_id: int) -> list[int]:
    """Inside the deletion's transaction, before the source's events go: each event another
    source also holds moves to the newest such source. Returns the sources that took some."""
    if not _exists(db):
        return []
    takers = [r[0] for r in db.execute(
        "SELECT DISTINCT h.source_id FROM incident_holders h JOIN incidents i ON i.uid = h.uid "
        "WHERE i.source_id = ? AND h.source_id != ?", [source_id, source_id])]
    db.execute("UPDATE incidents SET source_id = (SELECT MAX(h.source_id) FROM incident_holders h "
               "WHERE h.uid = incidents.uid AND h.source_id != ?) WHERE source_id = ? AND uid IN "
               "(SELECT uid FROM incident_holders WHERE source_id != ?)",
               [source_id, source_id, source_id])
    db.execute("DELETE FROM incident_holders WHERE source_id = ? OR EXISTS (SELECT 1 FROM "
               "incidents i WHERE i.uid = incident_holders.uid AND i.source_id = "
               "incident_holders.source_id)", [source_id])
    for taker in takers:
        db.execute("UPDATE incident_sources SET events = (SELECT COUNT(*) FROM incidents WHERE "
                   "source_id = ?), duplicates = (SELECT COUNT(*) FROM incident_holders WHERE "
                   "source_id = ?) WHERE id = ?", [taker, taker, taker])
    return takers
