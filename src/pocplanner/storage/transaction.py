"""Explicit transactions on a connection opened in autocommit mode."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from pocplanner.storage.connection import Connection


@contextmanager
def transaction(db: Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error: all of it is saved, or none."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
