"""The open database as the rest of storage sees it: a SQLite connection in autocommit mode
(transactions are explicit, see transaction.py).

sqlite-utils is loaded only when the schema has to change (migrations.py): importing it costs
a sizeable part of the app's start-up, and plain SQL is all that saving and loading need.
"""
from __future__ import annotations

import sqlite3
from typing import Any, Iterable


class Connection:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, tuple(params))
