"""The mission network's records in the database (DOMAIN §14): its settings (role, name,
ports, API key, the network passphrase — encrypted where the database is), the peers, the
ledger of every plan version published or received (with its document, by content hash), the
files already read (by the SHA-256 of their bytes) and the version each library plan is."""
from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from pocplanner.storage.connection import Connection

if TYPE_CHECKING:      # loaded where used: the library window asks for network marks at
    # start-up, and the version classes (dataclasses) would cost it some ms (issue #27)
    from pocplanner.domain.network import Head, Version


def create_tables(db) -> None:
    """Migration: the network's tables (called from storage/migrations.py)."""
    db.execute("CREATE TABLE network_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("""CREATE TABLE network_peers (device_id TEXT PRIMARY KEY, name TEXT NOT NULL,
                  address TEXT NOT NULL DEFAULT 'dynamic', added_at TEXT NOT NULL)""")
    db.execute("""CREATE TABLE network_versions (sha256 TEXT PRIMARY KEY, plan_id TEXT NOT NULL,
                  version INTEGER NOT NULL, parent_sha256 TEXT, stored_as TEXT NOT NULL,
                  kind TEXT NOT NULL, source TEXT NOT NULL, file_name TEXT NOT NULL DEFAULT '',
                  document TEXT NOT NULL, at TEXT NOT NULL)""")
    db.execute("CREATE INDEX network_versions_stored ON network_versions (stored_as)")
    db.execute("""CREATE TABLE network_files (file_sha256 TEXT PRIMARY KEY,
                  file_name TEXT NOT NULL, outcome TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',
                  at TEXT NOT NULL)""")
    db.execute("""CREATE TABLE network_heads (stored_as TEXT PRIMARY KEY, plan_id TEXT NOT NULL,
                  sha256 TEXT NOT NULL, version INTEGER NOT NULL)""")


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# -- settings and peers --------------------------------------------------------------------
def settings(db: Connection) -> dict[str, str]:
    return dict(db.execute("SELECT key, value FROM network_settings").fetchall())


def set_settings(db: Connection, values: dict[str, str]) -> None:
    for key, value in values.items():
        db.execute("INSERT INTO network_settings (key, value) VALUES (?, ?) ON CONFLICT(key) "
                   "DO UPDATE SET value = excluded.value", [key, value])


def peers(db: Connection) -> list[dict[str, str]]:
    rows = db.execute("SELECT device_id, name, address FROM network_peers "
                      "ORDER BY added_at, device_id").fetchall()
    return [{"device_id": d, "name": n, "address": a} for d, n, a in rows]


def add_peer(db: Connection, device_id: str, name: str, address: str) -> None:
    db.execute("INSERT INTO network_peers (device_id, name, address, added_at) "
               "VALUES (?, ?, ?, ?) ON CONFLICT(device_id) DO UPDATE SET name = excluded.name, "
               "address = excluded.address", [device_id, name, address, now()])


def remove_peer(db: Connection, device_id: str) -> bool:
    return db.execute("DELETE FROM network_peers WHERE device_id = ?", [device_id]).rowcount > 0


# -- the ledger ----------------------------------------------------------------------------
def known_versions(db: Connection) -> dict[str, Version]:
    rows = db.execute("SELECT sha256, plan_id, version, parent_sha256, stored_as "
                      "FROM network_versions").fetchall()
    from pocplanner.domain.network import Version
    return {r[0]: Version(*r) for r in rows}


def heads(db: Connection) -> list[Head]:
    rows = db.execute("SELECT stored_as, plan_id, sha256, version FROM network_heads "
                      "ORDER BY stored_as").fetchall()
    from pocplanner.domain.network import Head
    return [Head(*r) for r in rows]


def head_of(db: Connection, stored_as: str) -> Head | None:
    row = db.execute("SELECT stored_as, plan_id, sha256, version FROM network_heads "
                     "WHERE stored_as = ?", [stored_as]).fetchone()
    from pocplanner.domain.network import Head
    return Head(*row) if row else None


def record_version(db: Connection, v: Version, kind: str, source: str, file_name: str,
                   document: dict[str, Any], move_head: bool) -> None:
    """One version into the ledger (and the head of its library plan moved to it); the
    caller holds the transaction that also stores the plan."""
    db.execute("INSERT OR IGNORE INTO network_versions (sha256, plan_id, version, "
               "parent_sha256, stored_as, kind, source, file_name, document, at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               [v.sha256, v.plan_id, v.version, v.parent_sha256, v.stored_as, kind, source,
                file_name, json.dumps(document, ensure_ascii=False), now()])
    if move_head:
        db.execute("INSERT INTO network_heads (stored_as, plan_id, sha256, version) "
                   "VALUES (?, ?, ?, ?) ON CONFLICT(stored_as) DO UPDATE SET "
                   "sha256 = excluded.sha256, version = excluded.version",
                   [v.stored_as, v.plan_id, v.sha256, v.version])


def versions_of(db: Connection, stored_as: str) -> list[dict[str, Any]]:
    rows = db.execute("SELECT sha256, plan_id, version, parent_sha256, kind, source, at "
                      "FROM network_versions WHERE stored_as = ? ORDER BY version, at, sha256",
                      [stored_as]).fetchall()
    keys = ("sha256", "plan_id", "version", "parent_sha256", "kind", "source", "at")
    return [dict(zip(keys, r)) for r in rows]


def version_document(db: Connection, sha256: str) -> dict[str, Any] | None:
    row = db.execute("SELECT document FROM network_versions WHERE sha256 = ?",
                     [sha256]).fetchone()
    return json.loads(row[0]) if row else None


def origin_id(db: Connection, stored_as: str) -> str | None:
    """The plan id its office gave a library plan that came from the network (a fork is
    stored under another id, but is the same plan)."""
    try:
        row = db.execute("SELECT plan_id FROM network_heads WHERE stored_as = ?",
                         [stored_as]).fetchone()
    except Exception:
        return None
    return row[0] if row else None


# -- files read ----------------------------------------------------------------------------
def file_seen(db: Connection, file_sha256: str) -> bool:
    return db.execute("SELECT 1 FROM network_files WHERE file_sha256 = ?",
                      [file_sha256]).fetchone() is not None


def record_file(db: Connection, file_sha256: str, file_name: str, outcome: str,
                reason: str = "") -> None:
    db.execute("INSERT OR IGNORE INTO network_files (file_sha256, file_name, outcome, reason, "
               "at) VALUES (?, ?, ?, ?, ?)", [file_sha256, file_name, outcome, reason, now()])


def refused_files(db: Connection) -> list[dict[str, str]]:
    rows = db.execute("SELECT file_name, reason, at FROM network_files WHERE outcome = "
                      "'refused' ORDER BY at, file_name").fetchall()
    return [{"file": f, "reason": r, "at": a} for f, r, a in rows]


def stored_plans(db: Connection) -> list[str]:
    return [r[0] for r in db.execute("SELECT DISTINCT stored_as FROM network_versions "
                                     "ORDER BY stored_as").fetchall()]
