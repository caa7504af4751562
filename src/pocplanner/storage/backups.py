"""Backups of the whole database with SQLite's online backup API.

Made automatically at start-up (at most once a day) and before every schema migration, kept
in backups/ beside the database (the newest POCPLANNER_KEEP_BACKUPS, default 10), and on
request (`pocplanner backup`). Restoring first backs up the current database, then copies
the backup into it in one step; a backup that is not a sound pocplanner database is refused.
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from pocplanner.i18n import tr

DEFAULT_KEEP = 10


class BackupError(Exception):
    pass


def backups_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def keep_count() -> int:
    try:
        return max(1, int(os.environ.get("POCPLANNER_KEEP_BACKUPS", DEFAULT_KEEP)))
    except ValueError:
        return DEFAULT_KEEP


def copy_database(source: sqlite3.Connection, dest: Path) -> Path:
    """A consistent copy of a live database, flushed to disk."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".part")
    target = sqlite3.connect(partial)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    with open(partial, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(partial, dest)
    return dest


def list_backups(db_path: Path) -> list[Path]:
    """Automatic and manual backups beside the database, newest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.db"), key=lambda p: p.stat().st_mtime, reverse=True)


def make_backup(conn: sqlite3.Connection, db_path: Path, reason: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")[:-3]    # to the millisecond
    dest = backups_dir(db_path) / f"{Path(db_path).stem}-{stamp}-{reason}.db"
    copy_database(conn, dest)
    prune(db_path)
    return dest


def prune(db_path: Path, keep: int | None = None) -> None:
    for old in list_backups(db_path)[keep or keep_count():]:
        old.unlink(missing_ok=True)


def daily_backup(conn: sqlite3.Connection, db_path: Path) -> Path | None:
    """A backup unless one was already made today."""
    today = dt.date.today()
    for existing in list_backups(db_path):
        if dt.date.fromtimestamp(existing.stat().st_mtime) == today:
            return None
    return make_backup(conn, db_path, "daily")


def check_backup(path: Path, lang: str = "en") -> None:
    """Refuse a file that is not a sound pocplanner database."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BackupError(tr("{path} is not a pocplanner backup ({reason}).", lang, path=path,
                             reason=exc)) from exc
    if ok != "ok" or "plans" not in tables:
        raise BackupError(tr("{path} is not a sound pocplanner backup.", lang, path=path))


def restore_backup(backup: Path, db_path: Path, lang: str = "en") -> Path | None:
    """Replace the database's content by the backup's; returns the safety copy made first."""
    backup, db_path = Path(backup), Path(db_path)
    if not backup.is_file():
        raise BackupError(tr("{path} does not exist.", lang, path=backup))
    check_backup(backup, lang)
    safety = None
    if db_path.exists():
        try:
            current = sqlite3.connect(db_path)
            try:
                safety = make_backup(current, db_path, "before-restore")
            finally:
                current.close()
        except sqlite3.Error:
            safety = None       # the current file is damaged: nothing worth keeping copies of
            damaged = db_path.with_name(db_path.name + ".damaged")
            os.replace(db_path, damaged)
            for suffix in ("-wal", "-shm"):
                Path(str(db_path) + suffix).unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    target = sqlite3.connect(db_path)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return safety
