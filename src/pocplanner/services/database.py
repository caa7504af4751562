"""What acts on the whole database file rather than on one plan: opening it, its errors,
changing (or turning on) its passphrase, backups and restoring one. Shared by the command line
and the app's Tools menu; the edges reach storage/ only through services/ (an import-linter
contract in pyproject.toml)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pocplanner.storage import (
    BackupError,
    DatabaseLocked,
    DiskFull,
    NotWritable,
    OperationalError,
    PassphraseRequired,
    PlanChanged,
    PlanNotFound,
    PlanStore,
    PlanSummary,
    StorageError,
    VersionSummary,
    WrongPassphrase,
    daily_backup,
    is_encrypted,
    list_backups,
    lock,
    make_backup,
    open_database,
    unlock,
)
from pocplanner.storage.driver import Error as DatabaseError
from pocplanner.storage.driver import exists as database_exists

__all__ = ["BackupError", "DatabaseError", "DatabaseLocked", "DiskFull", "NotWritable",
           "OperationalError", "PassphraseRequired", "PlanChanged", "PlanNotFound", "PlanStore",
           "PlanSummary", "StorageError", "VersionSummary", "WrongPassphrase",
           "change_passphrase", "copy_outside", "daily_backup", "database_exists",
           "explain_failure",
           "is_encrypted", "list_backups", "lock", "make_backup", "newest_good_backup",
           "open_database", "outside_copies", "restore", "unlock"]


def change_passphrase(path: Path | str, old: str | None, new: str,
                      progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """Encrypt the (closed) database and its backups with `new`, or change its passphrase
    from `old`. Returns the copies that could not be re-encrypted. StorageError: nothing was
    changed (a weak passphrase, a missing or wrong old one — PassphraseRequired,
    WrongPassphrase —, another program holding the database). progress(done, total) is
    called after the database and after each backup."""
    from pocplanner.storage.rekey import set_passphrase  # loaded when first needed
    return set_passphrase(Path(path), old, new, progress=progress)


def restore(backup: Path | str, db_path: Path | str, passphrase: str | None = None) -> Path | None:
    """Replace the (closed) database by a backup after checking it; the database as it was
    is backed up first. Returns that safety copy (None when there was no database).
    BackupError: nothing was changed."""
    from pocplanner.storage import restore_backup
    return restore_backup(Path(backup), Path(db_path), passphrase=passphrase)


def newest_good_backup(db_path: Path | str, passphrase: str | None = None) -> Path | None:
    """The newest backup of the database that opens and holds plans (None: no good one)."""
    from pocplanner.storage.backups import check_backup
    for candidate in list_backups(Path(db_path)):
        try:
            check_backup(candidate, passphrase)
        except BackupError:
            continue
        return candidate
    return None


def copy_outside(db, destination: Path | str) -> Path:
    """A backup copy of the open database written outside its folder (a USB stick)."""
    from pocplanner.storage.backups import copy_outside as copy
    return copy(db, Path(destination))


def outside_copies(db) -> list[Path]:
    """The copies made outside the database's folder that are still there (to re-encrypt
    or delete after a passphrase change)."""
    from pocplanner.storage.backups import outside_copies as copies
    return copies(db)


def explain_failure(exc: BaseException, db_path: Path | str) -> StorageError | None:
    """What a low-level database or file error means (a full disk, a read-only medium, a file
    size limit), or None when it is none of those (storage/errors.py diagnose)."""
    from pocplanner.storage.errors import diagnose
    return diagnose(exc, db_path)
