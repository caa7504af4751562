"""Opening the pocplanner database: one SQLite file, WAL mode, schema migrated on open."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from pocplanner.i18n import tr
from pocplanner.storage import migrations
from pocplanner.storage.connection import Connection
from pocplanner.storage.backups import make_backup

BUSY_TIMEOUT_S = 5.0


class StorageError(Exception):
    """A database problem, said in words for the user."""


def open_database(path: Path, lang: str = "en") -> Connection:
    """Open (creating if needed) and migrate the database at path."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(tr("The database {path} cannot be opened: {reason}.", lang,
                              path=path, reason=exc)) from exc
    db = Connection(conn)
    try:
        db.execute("PRAGMA schema_version").fetchone()   # fails on a file that is not SQLite
        version = migrations.version_of(db)
        if version > migrations.LATEST:    # checked before anything writes to the file
            raise StorageError(tr("The database {path} was written by a newer version of "
                                  "pocplanner (schema {version}); update pocplanner to open "
                                  "it.", lang, path=path, version=version))
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = ON")
        if version > 0 and db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("the integrity check failed")
        if 0 < version < migrations.LATEST:
            make_backup(db.conn, path, f"before-schema-{migrations.LATEST}")
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StorageError(tr("{path} is not a pocplanner database, or it is damaged "
                              "({reason}).", lang, path=path, reason=exc)) from exc
    except BaseException:
        conn.close()
        raise
    return db
