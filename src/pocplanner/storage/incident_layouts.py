"""Column mappings of other systems' incident tables, saved by name (table of migration 7):
the next export of the same system imports in one step."""
from __future__ import annotations

from pocplanner.domain.incidents.mapping import Layout
from pocplanner.storage.connection import Connection
from pocplanner.storage.incidents import now
from pocplanner.storage.transaction import transaction


def layouts(db: Connection) -> list[Layout]:
    return [Layout.of_json(name, text) for name, text in
            db.execute("SELECT name, mapping FROM incident_layouts ORDER BY name")]


def layout(db: Connection, name: str) -> Layout | None:
    row = db.execute("SELECT name, mapping FROM incident_layouts WHERE name = ?",
                     [name]).fetchone()
    return Layout.of_json(*row) if row else None


def save_layout(db: Connection, found: Layout) -> None:
    with transaction(db):
        db.execute("INSERT INTO incident_layouts (name, mapping, saved_at) VALUES (?, ?, ?) "
                   "ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping, "
                   "saved_at = excluded.saved_at", [found.name, found.to_json(), now()])


def delete_layout(db: Connection, name: str) -> bool:
    with transaction(db):
        return db.execute("DELETE FROM incident_layouts WHERE name = ?",
                          [name]).rowcount > 0
