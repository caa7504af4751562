"""The open database as the rest of storage sees it: a SQLite connection in autocommit mode
(transactions are explicit, see transaction.py), the file it reads, and whether it is
encrypted.

sqlite-utils is loaded only when the schema has to change (migrations.py): importing it costs
a sizeable part of the app's start-up, and plain SQL is all that saving and loading need.

An encrypted database can be locked: the connection is closed and the passphrase forgotten
until `database.unlock()` is given it again. Every use in between raises DatabaseLocked.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pocplanner.messages import Message
from pocplanner.storage import driver
from pocplanner.storage.errors import DatabaseLocked


class Connection:
    def __init__(self, conn: driver.Connection, path: Path | None = None,
                 passphrase: str | None = None) -> None:
        self._conn: driver.Connection | None = conn
        self.path = Path(path) if path is not None else None
        self.passphrase = passphrase
        self.encrypted = passphrase is not None
        self.readonly = False          # opened for reading only (database.open_database)

    @property
    def conn(self) -> driver.Connection:
        if self._conn is None:
            raise DatabaseLocked(Message("The database is locked; it opens again with its "
                                          "passphrase."))
        return self._conn

    @property
    def locked(self) -> bool:
        return self._conn is None

    def execute(self, sql: str, params: Iterable[Any] = ()) -> driver.Cursor:
        return self.conn.execute(sql, tuple(params))

    def close(self) -> None:
        """Close the connection (and forget the passphrase): SQLite checkpoints the WAL."""
        if self._conn is not None:
            self._conn.close()
        self._conn = None
        self.passphrase = None

    def reconnected(self, conn: driver.Connection, passphrase: str | None) -> None:
        self._conn, self.passphrase = conn, passphrase
        self.encrypted = passphrase is not None
        self.readonly = False          # opened for reading only (database.open_database)
