"""What acts on the whole database file rather than on one plan: changing (or turning on)
its passphrase and restoring a backup. Shared by `pocplanner passphrase|restore` and the
app's Tools menu; both then reopen the library through open_library()."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pocplanner.storage import is_encrypted, restore_backup

__all__ = ["change_passphrase", "is_encrypted", "restore"]


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
    return restore_backup(Path(backup), Path(db_path), passphrase=passphrase)
