"""Counts of the stored incidents: what the summary, the evidence of a threat and the map's
incident layer show, and the events themselves for the planner's own screen and command line
(storage/incident_events.py). Nothing here goes into a plan, an exchange file or a PDF but
counts."""
from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from pocplanner.storage.connection import Connection

GROUPS = {"cercle": "pcode", "region": "region", "month": "substr(date, 1, 7)",
          "category": "category"}


class Counts(NamedTuple):
    key: str
    events: int
    fatalities: int
    civilian_events: int
    civilian_fatalities: int


class Where(NamedTuple):
    """Which events: in these cercles (or, for region-only events, these region names), of
    these categories, between two ISO dates inclusive, from one source; None: any."""
    pcodes: frozenset[str] | None = None
    regions: frozenset[str] = frozenset()
    categories: frozenset[str] | None = None
    date_from: str | None = None
    date_to: str | None = None
    source_id: int | None = None
    actors: tuple[str, ...] = ()  # folded parts of names: an event of any of them

    def sql(self) -> tuple[str, list[object]]:
        parts: list[str] = []
        params: list[object] = []
        if self.pcodes is not None:
            place = [f"pcode IN ({_marks(self.pcodes)})"]
            params += sorted(self.pcodes)
            if self.regions:
                place.append(f"(pcode = '' AND region IN ({_marks(self.regions)}))")
                params += sorted(self.regions)
            parts.append("(" + " OR ".join(place) + ")")
        if self.categories is not None:
            parts.append(f"category IN ({_marks(self.categories)})")
            params += sorted(self.categories)
        if self.date_from:
            parts.append("date >= ?")
            params.append(self.date_from)
        if self.date_to:
            parts.append("date <= ?")
            params.append(self.date_to)
        if self.source_id is not None:
            parts.append("source_id = ?")
            params.append(self.source_id)
        if self.actors:
            parts.append("(" + " OR ".join("instr(actors_key, ?) > 0" for _ in self.actors)
                         + ")")
            params += list(self.actors)
        return (" WHERE " + " AND ".join(parts) if parts else ""), params


def _marks(values: Iterable[object]) -> str:
    return ", ".join("?" for _ in values) or "NULL"


_SUMS = ("COUNT(*), COALESCE(SUM(fatalities), 0), COALESCE(SUM(civilian), 0), "
         "COALESCE(SUM(civilian_fatalities), 0)")


def grouped(db: Connection, where: Where, by: str) -> list[Counts]:
    """Counts by cercle P-code, region name, month (YYYY-MM) or category, largest first
    (months in order)."""
    column = GROUPS[by]
    clause, params = where.sql()
    order = "1" if by == "month" else "2 DESC, 1"
    rows = db.execute(f"SELECT {column}, {_SUMS} FROM incidents{clause} GROUP BY 1 "
                      f"ORDER BY {order}", params).fetchall()
    return [Counts(key or "", *rest) for key, *rest in rows]


def total(db: Connection, where: Where) -> Counts:
    clause, params = where.sql()
    row = db.execute(f"SELECT {_SUMS} FROM incidents{clause}", params).fetchone()
    return Counts("", *row)


def by_source(db: Connection, where: Where) -> dict[int, Counts]:
    clause, params = where.sql()
    rows = db.execute(f"SELECT source_id, {_SUMS} FROM incidents{clause} GROUP BY 1",
                      params).fetchall()
    return {sid: Counts(str(sid), *rest) for sid, *rest in rows}


def has_incidents(db: Connection) -> bool:
    return db.execute("SELECT 1 FROM incidents LIMIT 1").fetchone() is not None
