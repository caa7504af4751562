"""The database schema, one linear migration per version.

The version is kept in SQLite's user_version. Each step runs in one transaction together
with the version change, so a crash mid-migration leaves the previous version intact.
Opening an older database first copies it into backups/ (see database.py). A database from
a newer pocplanner is refused, never touched.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from pocplanner.storage.connection import Connection
from pocplanner.storage.transaction import transaction
from pocplanner.storage.utils_db import table

if TYPE_CHECKING:
    from sqlite_utils import Database


def _v1_plans(db: Database) -> None:
    db.execute("""
        CREATE TABLE plans (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            region TEXT NOT NULL,
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'draft',
            document TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""")


def _v2_sensitivity_and_revision(db: Database) -> None:
    """List plans by sensitivity, and count saves (revision) so that two windows, or a
    window and the command line, can tell that a plan changed under them."""
    columns = db["plans"].columns_dict
    if "sensitivity" not in columns:
        db.execute("ALTER TABLE plans ADD COLUMN sensitivity TEXT NOT NULL DEFAULT 'confidential'")
    if "revision" not in columns:
        db.execute("ALTER TABLE plans ADD COLUMN revision INTEGER NOT NULL DEFAULT 1")
    for plan_id, document in db.execute("SELECT id, document FROM plans").fetchall():
        sensitivity = json.loads(document).get("sensitivity", "confidential")
        db.execute("UPDATE plans SET sensitivity = ? WHERE id = ?", [sensitivity, plan_id])
    db.execute("CREATE INDEX plans_updated_at ON plans (updated_at)")


def _v3_plan_versions(db: Database) -> None:
    """Every save keeps a version of the plan: when, by which computer account, and the
    plan's own "prepared by"."""
    db.execute("""
        CREATE TABLE plan_versions (
            plan_id TEXT NOT NULL,
            revision INTEGER NOT NULL,
            saved_at TEXT NOT NULL,
            os_user TEXT NOT NULL DEFAULT '',
            prepared_by TEXT NOT NULL DEFAULT '',
            document TEXT NOT NULL,
            PRIMARY KEY (plan_id, revision)
        )""")
    db.execute("""
        INSERT INTO plan_versions (plan_id, revision, saved_at, prepared_by, document)
        SELECT id, revision, updated_at, COALESCE(json_extract(document, '$.prepared_by'), ''),
               document FROM plans""")


def _v4_copies(db: Database) -> None:
    """Copies of the whole database made outside its backups folder (`pocplanner backup OUT`):
    remembered, so that turning encryption on can name those it cannot reach."""
    db.execute("CREATE TABLE copies (path TEXT PRIMARY KEY, made_at TEXT NOT NULL)")


def _v5_places(db: Database) -> None:
    """Places the users added to the gazetteer (a village it lacks, a newer locality): a name
    and either coordinates or a cercle's P-code. Plans of exchange format 2 (evidence, early
    warning, scenarios, transition) need no change: their sections live in the plan document."""
    db.execute("""
        CREATE TABLE places (
            name TEXT PRIMARY KEY,
            pcode TEXT NOT NULL DEFAULT '',
            lon REAL,
            lat REAL,
            added_at TEXT NOT NULL
        )""")


def _v6_incidents(db: Database) -> None:
    """Incident data imported from ACLED, UCDP GED or the mission's log (storage/incidents.py):
    the sources and their events, placed by cercle and mapped to a threat category. Raw rows
    stay here: exchange files and printed plans carry only counts."""
    table(db, "incident_sources").create({
        "id": int, "name": str, "file_name": str, "format": str, "sha256": str,
        "imported_at": str, "date_from": str, "date_to": str, "attribution": str,
        "rows": int, "events": int, "duplicates": int, "placed_by_coordinates": int,
        "placed_by_name": int, "region_only": int, "not_placed": int,
        "category_overrides": str}, pk="id", not_null={"name", "format", "imported_at"},
        defaults={"category_overrides": "{}"})
    table(db, "incidents").create({
        "id": int, "source_id": int, "uid": str, "date": str, "pcode": str, "region": str,
        "placed_by": str, "event_type": str, "sub_event_type": str, "actor_type": str,
        "category": str, "fatalities": int, "civilian": int, "civilian_fatalities": int}, pk="id", foreign_keys=[("source_id", "incident_sources", "id")],
        not_null={"source_id", "uid", "date"})
    table(db, "incidents").create_index(["uid"], unique=True)
    table(db, "incidents").create_index(["date"])
    table(db, "incidents").create_index(["pcode", "date"])
    table(db, "incidents").create_index(["category", "date"])
    table(db, "incidents").create_index(["source_id"])
    table(db, "incident_sources").create_index(["sha256"])


def _v7_incident_actors(db: Database) -> None:
    """Each event's armed actors as the source names them (and, folded, for matching a part
    of a name without regard to case or accents), its place name and its coordinates, so
    that the Evidence tab lists the events and restricts a threat's counts to some actors;
    and the column mappings of other systems' incident tables (incident_layouts). Events
    imported before keep empty actors until their source is imported again. The index on
    (category, date) goes: every count of a threat names its cercles, which the (pcode,
    date) index serves, and keeping it cost a third of the time of storing 200,000 events."""
    for column, kind in (("actors", "TEXT NOT NULL DEFAULT ''"),
                         ("actors_key", "TEXT NOT NULL DEFAULT ''"),
                         ("place", "TEXT NOT NULL DEFAULT ''"), ("lon", "REAL"),
                         ("lat", "REAL")):
        db.execute(f"ALTER TABLE incidents ADD COLUMN {column} {kind}")
    db.execute("""
        CREATE TABLE incident_layouts (
            name TEXT PRIMARY KEY,
            mapping TEXT NOT NULL,
            saved_at TEXT NOT NULL
        )""")
    db.execute("DROP INDEX IF EXISTS idx_incidents_category_date")


def _v8_network(db: Database) -> None:
    """The mission network (DOMAIN §14): settings, peers, the ledger of plan versions
    published and received, the files read, the version each plan is (storage/network.py)."""
    from pocplanner.storage.network import create_tables
    create_tables(db)


MIGRATIONS: list[Callable[[Database], None]] = [_v1_plans, _v2_sensitivity_and_revision,
                                                _v3_plan_versions, _v4_copies, _v5_places,
                                                _v6_incidents, _v7_incident_actors, _v8_network]
LATEST = len(MIGRATIONS)


def version_of(db: Connection | Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def apply(db: Connection, upto: int = LATEST) -> list[int]:
    """Run the missing migrations up to `upto`; returns the versions applied."""
    pending = range(version_of(db) + 1, upto + 1)
    if not pending:
        return []
    from pocplanner.storage.utils_db import utils_database  # only when the schema changes
    schema = utils_database(db)
    applied = []
    for version in pending:
        with transaction(db):
            if version_of(db) >= version:      # another process migrated it meanwhile
                continue
            MIGRATIONS[version - 1](schema)
            db.execute(f"PRAGMA user_version = {int(version)}")
            applied.append(version)
    return applied
