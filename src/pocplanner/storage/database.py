"""Opening the pocplanner database: one SQLite file, WAL mode, schema migrated on open,
encrypted with a passphrase when it was created with one (see driver.py and rekey.py)."""
from __future__ import annotations

import os
from pathlib import Path

from pocplanner.files import private_file, private_folder
from pocplanner.messages import Message
from pocplanner.storage import driver, migrations
from pocplanner.storage.backups import clean_leftovers, make_backup
from pocplanner.storage.connection import Connection
from pocplanner.storage.errors import (
    DatabaseLocked,
    DiskFull,
    NotWritable,
    PassphraseRequired,
    StorageError,
    WrongPassphrase,
    diagnose,
)

BUSY_TIMEOUT_S = 5.0

__all__ = [
    "DatabaseLocked",
    "PassphraseRequired",
    "StorageError",
    "WrongPassphrase",
    "is_encrypted",
    "lock",
    "open_database",
    "unlock",
]


def is_encrypted(path: Path) -> bool:
    return driver.is_encrypted(Path(path))


def connect_checked(path: Path, passphrase: str | None) -> tuple[driver.Connection, str | None]:
    """A connection whose key (if any) has been checked by a first read, and that key: the
    passphrase for an encrypted file or a new one created with a passphrase, else None."""
    encrypted = driver.is_encrypted(path)
    if encrypted and not passphrase:
        raise PassphraseRequired(Message("The database {path} is encrypted; it opens only with "
                                    "its passphrase.", path=path))
    key = passphrase if encrypted or (passphrase and not driver.exists(path)) else None
    if key is not None and not encrypted:       # a new database: its passphrase must hold
        from pocplanner.crypto import passphrase_problem
        problem = passphrase_problem(key)
        if problem is not None:
            raise StorageError(problem)
    try:
        private_folder(path.parent)
        new = not path.exists()
        conn = driver.connect(path, key, timeout=BUSY_TIMEOUT_S)
        if new:
            private_file(path)
    except (OSError, driver.Error) as exc:
        known = diagnose(exc, path)
        if known is not None:
            raise known from exc
        raise StorageError(Message("The database {path} cannot be opened: {reason}.", path=path, reason=exc)) from exc
    try:
        conn.execute("PRAGMA schema_version").fetchone()   # fails on a file that is not SQLite
    except driver.DatabaseError as exc:
        conn.close()
        known = None if "not a database" in str(exc) else diagnose(exc, path)
        if known is not None:           # a full disk is no wrong passphrase
            raise known from exc
        if encrypted:
            raise WrongPassphrase(Message("This passphrase does not open {path}. Nothing was "
                                     "changed; try again.", path=path)) from exc
        raise StorageError(Message("{path} is not a pocplanner database, or it is damaged "
                              "({reason}).", path=path, reason=exc)) from exc
    return conn, key


def writable(path: Path) -> bool:
    """Whether the database and its folder can be written (a read-only medium or folder,
    or a read-only file: the plans can still be read)."""
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


TRANSIENT_TRIES = 3


def open_database(path: Path, passphrase: str | None = None,
                  readonly: bool | None = None) -> Connection:
    """Open the database (see _open); an I/O error while other processes create the same new
    file (its WAL and shared-memory index appearing under it) is tried again twice."""
    import time
    for attempt in range(TRANSIENT_TRIES):
        try:
            return _open(path, passphrase, readonly)
        except DiskFull:
            if readonly is False or not driver.exists(Path(path)):
                raise
            return _open_readonly(Path(path), passphrase)   # a full disk still reads
        except StorageError as exc:
            if attempt == TRANSIENT_TRIES - 1 or "disk I/O error" not in str(exc.__cause__):
                raise
            time.sleep(0.2 * (attempt + 1))
    raise AssertionError("unreachable")


def _open(path: Path, passphrase: str | None = None,
          readonly: bool | None = None) -> Connection:
    """Open (creating if needed) and migrate the database at path.

    A new database is encrypted when a passphrase is given; an existing one opens as it is
    (encrypted ones need their passphrase: PassphraseRequired, WrongPassphrase). A database
    that cannot be written (readonly=None: judged from the file system) opens for reading:
    listing, checking, exporting and printing work, a save says it cannot write."""
    path = Path(path)
    if readonly is None:
        readonly = driver.exists(path) and not writable(path)
    if readonly:
        return _open_readonly(path, passphrase)
    try:
        path.with_name(path.name + ".rekey").unlink(missing_ok=True)   # interrupted rekey.py
        clean_leftovers(path)
    except OSError:
        pass
    conn, key = connect_checked(path, passphrase)
    db = Connection(conn, path, key)
    try:
        version = migrations.version_of(db)
        if version > migrations.LATEST:    # checked before anything writes to the file
            raise StorageError(Message("The database {path} was written by a newer version of "
                                  "pocplanner (schema {version}); update pocplanner to open "
                                  "it.", path=path, version=version))
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA secure_delete = ON")     # a deleted plan leaves nothing behind
        if version > 0 and db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise driver.DatabaseError("the integrity check failed")
        if 0 < version < migrations.LATEST:
            make_backup(db, f"before-schema-{migrations.LATEST}")
        migrations.apply(db)
        from pocplanner.storage.backups import clean_outside_leftovers
        from pocplanner.storage.rekey import finish_interrupted
        finish_interrupted(path, key)
        clean_outside_leftovers(db)
    except driver.DatabaseError as exc:
        conn.close()
        raise diagnose(exc, path) or StorageError(Message(
            "{path} is not a pocplanner database, or it is damaged ({reason}).", path=path,
            reason=exc)) from exc
    except BaseException:
        conn.close()
        raise
    return db


def _open_readonly(path: Path, passphrase: str | None) -> Connection:
    """The database as it is on a medium or in a folder that cannot be written: immutable
    (no journal, no WAL index, no migration)."""
    encrypted = driver.is_encrypted(path)
    if encrypted and not passphrase:
        raise PassphraseRequired(Message("The database {path} is encrypted; it opens only with "
                                         "its passphrase.", path=path))
    key = passphrase if encrypted else None
    try:
        conn = driver.connect(path, key, readonly=True)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except driver.DatabaseError as exc:
        known = None if "not a database" in str(exc) else diagnose(exc, path)
        if known is not None:
            raise known from exc
        if encrypted:
            raise WrongPassphrase(Message("This passphrase does not open {path}. Nothing was "
                                          "changed; try again.", path=path)) from exc
        raise StorageError(Message("{path} is not a pocplanner database, or it is damaged "
                                   "({reason}).", path=path, reason=exc)) from exc
    if version != migrations.LATEST:
        conn.close()
        raise NotWritable(Message("{path} needs to be brought up to date by this version of "
                                  "pocplanner, but it cannot be written.", path=path))
    db = Connection(conn, path, key)
    db.readonly = True
    return db


def lock(db: Connection) -> None:
    """Close an encrypted database and forget its passphrase (auto-lock)."""
    db.close()


def unlock(db: Connection, passphrase: str) -> None:
    """Open a locked database again; WrongPassphrase leaves it locked."""
    if not db.locked:
        return
    assert db.path is not None
    conn, key = connect_checked(db.path, passphrase)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON",
                   "secure_delete = ON"):
        conn.execute(f"PRAGMA {pragma}")
    db.reconnected(conn, key)
