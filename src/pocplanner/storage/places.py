"""The places users added to the gazetteer, kept in the database (all plans share them)."""
from __future__ import annotations

from pocplanner.domain.geo import UserPlace
from pocplanner.storage.connection import Connection
from pocplanner.storage.transaction import transaction


def user_places(db: Connection) -> tuple[UserPlace, ...]:
    rows = db.execute("SELECT name, pcode, lon, lat FROM places ORDER BY name").fetchall()
    return tuple(UserPlace(*row) for row in rows)


def add_place(db: Connection, place: UserPlace, added_at: str) -> None:
    """Add or replace (same name) a place; ValueError with the problem if it is not valid."""
    problem = place.problem()
    if problem:
        raise ValueError(problem)
    with transaction(db):
        db.execute("INSERT OR REPLACE INTO places (name, pcode, lon, lat, added_at) "
                   "VALUES (?, ?, ?, ?, ?)",
                   [place.name.strip(), place.pcode, place.lon, place.lat, added_at])
