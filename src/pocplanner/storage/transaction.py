"""Explicit transactions on a connection opened in autocommit mode."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from pocplanner.storage.connection import Connection


@contextmanager
def transaction(db: Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error: all of it is saved, or none."""
    from pocplanner.storage import driver
    from pocplanner.storage.errors import diagnose
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            try:
                db.execute("ROLLBACK")
            except driver.OperationalError:
                pass                # SQLite rolled it back already (a full disk does)
            raise
        db.execute("COMMIT")
    except driver.OperationalError as exc:      # a full disk, a read-only database
        known = diagnose(exc, db.path)
        if known is None:
            raise
        raise known from exc
