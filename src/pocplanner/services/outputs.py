"""The one rule for every file a command writes (pdf, map, export, backup, consolidate --pdf,
incidents template…): before anything is written, OUT is refused when it names

- an input of the same command (the plan file being printed, a plan being consolidated),
- the database, its journal files or anything in its backups folder,
- an existing database file (unless the command writes a database copy: `backup OUT`),
- a folder, a symbolic link, a device, a FIFO or a socket (an output is written by rename,
  which would replace them by a regular file).

Call check_output(OUT, inputs=…, db_path=…) first; it raises UnsafeOutput (a UserError whose
message says why, in the user's language) or returns the path to write.
"""
from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from pocplanner.messages import Message, UserError

SQLITE_HEADER = b"SQLite format 3\x00"


class UnsafeOutput(UserError):
    """The output path would destroy something; nothing was written."""


def check_output(out: Path | str, inputs: Iterable[Path | str] = (),
                 db_path: Path | str | None = None, *, replaces_database: bool = False) -> Path:
    out = Path(out)
    problem = _kind_problem(out)
    if problem is None:
        problem = _protected_problem(out, inputs, db_path, replaces_database)
    if problem is not None:
        raise UnsafeOutput(Message("{path} is not written: {reason}. Choose another file name.",
                                   path=out, reason=problem))
    return out


def _kind_problem(out: Path) -> Message | None:
    try:
        mode = os.lstat(out).st_mode
    except FileNotFoundError:
        return None
    except OSError:
        return None                          # said by the write itself (permission…)
    if stat.S_ISLNK(mode):
        return Message("it is a symbolic link")
    if stat.S_ISDIR(mode):
        return Message("it is a folder")
    if not stat.S_ISREG(mode):
        return Message("it is a device, a FIFO or a socket, not a regular file")
    return None


def _same(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _protected_problem(out: Path, inputs: Iterable[Path | str], db_path: Path | str | None,
                       replaces_database: bool) -> Message | None:
    for source in inputs:
        if _same(out, Path(source)):
            return Message("it is an input of this command")
    if db_path is not None:
        from pocplanner.storage.backups import backups_dir
        db = Path(db_path)
        if any(_same(out, Path(str(db) + s)) for s in ("", "-wal", "-shm", "-journal")):
            return Message("it is the database itself")
        if _same(out.parent, backups_dir(db)):
            return Message("it is in the database's backups folder")
    if not replaces_database and _is_database(out):
        return Message("it is a database (a copy or a backup of the plans)")
    return None


def _is_database(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False
