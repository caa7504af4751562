"""Backups of the whole database with SQLite's online backup API.

Made automatically at start-up (at most once a day) and before every schema migration, kept
in backups/ beside the database (the newest POCPLANNER_KEEP_BACKUPS, default 10), and on
request (`pocplanner backup`). Restoring first backs up the current database, then copies
the backup into it in one step; a backup that is not a sound pocplanner database is refused.

The backup of an encrypted database is encrypted with the same passphrase (SQLCipher
re-encrypts every page it copies); SQLCipher refuses to copy it into a plain file.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from pocplanner.files import PRIVATE_FILE, private_file, private_folder, refuse_non_regular
from pocplanner.messages import Message, UserError
from pocplanner.storage import driver

if TYPE_CHECKING:
    from pocplanner.storage.connection import Connection

DEFAULT_KEEP = 10


class BackupError(UserError):
    """A backup cannot be checked or restored; nothing was changed."""


def backups_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def keep_count() -> int:
    try:
        return max(1, int(os.environ.get("POCPLANNER_KEEP_BACKUPS", DEFAULT_KEEP)))
    except ValueError:
        return DEFAULT_KEEP


def copy_database(source: Connection, dest: Path) -> Path:
    """A consistent copy of a live database, flushed to disk, encrypted as the source is."""
    private_folder(dest.parent)
    refuse_non_regular(dest)
    partial = dest.with_name(dest.name + ".part")
    partial.unlink(missing_ok=True)
    claim = _claim(partial)
    try:
        target = driver.connect(partial, source.passphrase, autocommit=False)
        try:
            source.conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        os.fsync(claim)
        os.replace(partial, dest)
    except BaseException:
        partial.unlink(missing_ok=True)     # no half copy left behind (it may hold plan text)
        raise
    finally:
        os.close(claim)
    return dest


def _claim(partial: Path) -> int:
    """Create the partial copy (0600) and hold an advisory lock on it while the copy runs: a
    copy in progress is told from one a kill left, whatever their age (see _abandoned)."""
    fd = os.open(partial, os.O_RDWR | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    try:
        import fcntl
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except ImportError:             # Windows: the age of a leftover says it instead
        pass
    return fd


def _abandoned(path: Path) -> bool:
    """A partial copy no process is writing: nobody holds its lock (where locks exist), else
    older than LEFTOVER_AGE_S. A journal goes with its partial copy."""
    import time
    owner = Path(str(path).removesuffix("-journal").removesuffix("-wal").removesuffix("-shm"))
    if owner != path and not owner.exists():
        return True
    try:
        import fcntl
    except ImportError:
        return time.time() - path.stat().st_mtime > LEFTOVER_AGE_S
    fd = os.open(owner, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    finally:
        os.close(fd)


def copy_outside(db: Connection, dest: Path) -> Path:
    """A copy of the database somewhere the user chose (a USB stick…), remembered in the
    database (see outside_copies)."""
    from pocplanner.storage.errors import StorageError
    from pocplanner.storage.transaction import transaction
    dest = Path(dest)
    try:                      # first: a copy killed half-way (DEST.part) is known, and wiped
        if not db.readonly:
            with transaction(db):
                db.execute("INSERT OR REPLACE INTO copies (path, made_at) VALUES (?, ?)",
                           [str(dest.resolve()), dt.datetime.now(dt.UTC).isoformat()])
    except StorageError:      # a full or read-only medium: the copy can still be made
        pass
    return copy_database(db, dest)


def clean_outside_leftovers(db: Connection) -> None:
    """A `backup OUT` killed half-way left OUT.part, a copy of every plan, on the stick: wiped
    once it is old enough not to be a copy in progress (at every open and backup)."""
    if db.readonly:
        return
    try:
        rows = db.execute("SELECT path FROM copies").fetchall()
    except driver.Error:          # another process is still creating the database
        return
    for (p,) in rows:
        partial = Path(p + ".part")
        try:
            if partial.is_file() and _abandoned(partial):
                partial.unlink()
        except OSError:
            pass


def outside_copies(db: Connection) -> list[Path]:
    """The copies made outside the backups folder that are still there (a half copy that a
    kill left, DEST.part, too)."""
    rows = db.execute("SELECT path FROM copies ORDER BY made_at").fetchall()
    copies = [c for (p,) in rows for c in (Path(p), Path(p + ".part")) if c.is_file()]
    if db.path is None:
        return copies
    return [p for p in copies if not os.path.samefile(p, db.path)]   # never the database


def list_backups(db_path: Path) -> list[Path]:
    """Automatic and manual backups beside the database, newest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.db"), key=lambda p: p.stat().st_mtime, reverse=True)


LEFTOVER_AGE_S = 120      # a partial copy this old is no backup in progress: a kill left it


def clean_leftovers(db_path: Path) -> list[Path]:
    """What interrupted work left behind: partial backups (*.part) and their journals, and
    the journal of an interrupted passphrase change. Pruning never saw them (they are not
    *.db), so ten killed backups used to leave ten copies of the database."""
    import time
    db_path = Path(db_path)
    folder = backups_dir(db_path)
    partials = [p for pattern in ("*.part", "*.part-journal", "*.part-wal", "*.part-shm")
                for p in (folder.glob(pattern) if folder.is_dir() else [])]
    found = list(folder.glob("*.rekey*") if folder.is_dir() else [])
    found += [db_path.with_name(db_path.name + s) for s in (".rekey-journal", ".rekey-wal",
                                                             ".rekey-shm")]
    removed = []
    for path in partials + found:
        try:
            if path.exists() and (_abandoned(path) if path in partials else
                                  time.time() - path.stat().st_mtime > LEFTOVER_AGE_S):
                path.unlink()
                removed.append(path)
        except OSError:
            pass                        # not ours to remove (permissions): left as it is
    return removed


def make_backup(db: Connection, reason: str) -> Path:
    assert db.path is not None
    db_path = db.path
    clean_leftovers(db_path)
    clean_outside_leftovers(db)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")[:-3]    # to the millisecond
    dest = backups_dir(db_path) / f"{Path(db_path).stem}-{stamp}-{reason}.db"
    copy_database(db, dest)
    prune(db_path)
    return dest


def prune(db_path: Path, keep: int | None = None) -> None:
    for old in list_backups(db_path)[keep or keep_count():]:
        old.unlink(missing_ok=True)


def daily_backup(db: Connection) -> Path | None:
    """A backup unless one was already made today."""
    assert db.path is not None
    today = dt.date.today()
    for existing in list_backups(db.path):
        if dt.date.fromtimestamp(existing.stat().st_mtime) == today:
            return None
    return make_backup(db, "daily")


def check_backup(path: Path, passphrase: str | None = None) -> None:
    """Refuse a file that is not a sound pocplanner database (or that this passphrase does
    not open)."""
    encrypted = driver.is_encrypted(path)
    if encrypted and not passphrase:
        raise BackupError(Message("{path} is encrypted; it opens only with its passphrase.", path=path))
    try:
        conn = driver.connect(path, passphrase if encrypted else None, readonly=True)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except driver.Error as exc:
        if encrypted:
            raise BackupError(Message("{path} was encrypted with another passphrase, or it is "
                                 "damaged.", path=path)) from exc
        raise BackupError(Message("{path} is not a pocplanner backup ({reason}).", path=path,
                             reason=exc)) from exc
    if ok != "ok" or "plans" not in tables:
        raise BackupError(Message("{path} is not a sound pocplanner backup.", path=path))


def restore_backup(backup: Path, db_path: Path,
                   passphrase: str | None = None) -> Path | None:
    """Replace the database's content by the backup's; returns the safety copy made first.

    The passphrase opens the backup and, if it is encrypted, the current database (a plain
    database and an encrypted backup, or the reverse, are refused: restoring must not
    silently turn encryption off, and SQLCipher cannot copy between the two)."""
    from pocplanner.storage.connection import Connection
    backup, db_path = Path(backup), Path(db_path)
    if backup.exists() and not backup.is_file():
        raise BackupError(Message("{path} is not a file (a folder or a device); choose a "
                                  "backup file.", path=backup))
    if not backup.is_file():
        raise BackupError(Message("{path} does not exist.", path=backup))
    if db_path.exists() and os.path.samefile(backup, db_path):
        raise BackupError(Message("{path} is the database itself: choose a backup to restore "
                                  "it from.", path=backup))
    check_backup(backup, passphrase)
    key = passphrase if driver.is_encrypted(backup) else None
    if driver.exists(db_path) and driver.is_encrypted(db_path) != (key is not None):
        raise BackupError(Message("{path} is encrypted and the database is not, or the reverse; "
                             "restore it into a new database with --db.", path=backup))
    safety = None
    if driver.exists(db_path):
        try:
            current = driver.connect(db_path, key)
            try:
                current.execute("PRAGMA schema_version").fetchone()
                safety = make_backup(Connection(current, db_path, key), "before-restore")
            finally:
                current.close()
        except driver.Error:
            safety = None       # the current file is damaged: nothing worth keeping copies of
            damaged = db_path.with_name(db_path.name + ".damaged")
            os.replace(db_path, damaged)
            for suffix in ("-wal", "-shm"):
                Path(str(db_path) + suffix).unlink(missing_ok=True)
    source = driver.connect(backup, key, readonly=True)
    target = driver.connect(db_path, key, autocommit=False)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    private_file(db_path)          # a new file after a damaged one: made with the umask
    return safety
