"""sqlite-utils on our connection, inside our transactions.

sqlite-utils wraps each of its writes in `with conn:`, which commits: inside a migration or
an import (storage/transaction.py) that would commit half of the work. The connection is
handed to it behind a thin wrapper whose `with` does nothing, so the transaction stays ours:
all of it is saved, or none."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pocplanner.storage.connection import Connection

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.db import Table


class _InOurTransaction:
    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def __enter__(self) -> "_InOurTransaction":
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def utils_database(db: Connection | Any) -> "Database":
    """A sqlite_utils.Database on the connection (ours, or a raw driver connection)."""
    from sqlite_utils import Database
    conn = db.conn if isinstance(db, Connection) else db
    return Database(_InOurTransaction(conn))


def table(db: "Database", name: str) -> "Table":
    """A table of the database (sqlite-utils types db[name] as a table or a view)."""
    from sqlite_utils.db import Table
    found = db.table(name)
    assert isinstance(found, Table)
    return found
