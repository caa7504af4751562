"""Storage problems, each said in words for the user."""
from __future__ import annotations

from pocplanner.messages import UserError


class StorageError(UserError):
    """A database problem, said in words for the user."""


class PassphraseRequired(StorageError):
    """The database is encrypted and no passphrase was given."""


class WrongPassphrase(StorageError):
    """The passphrase does not open the encrypted database; nothing was changed."""


class DiskFull(StorageError):
    """The disk (or the database's room) is full: nothing was written, nothing lost."""


class NotWritable(StorageError):
    """The database or its folder cannot be written (read-only file, folder or medium)."""


def diagnose(exc: BaseException, path) -> StorageError | None:
    """What a low-level error means for the user, when it is not damage: a full disk or a
    folder that cannot be written. None: something else."""
    import errno
    from pathlib import Path

    from pocplanner.messages import Message
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    if "disk is full" in text or code == errno.ENOSPC:
        return DiskFull(Message("The disk is full: {path} cannot be written. Free some space, "
                                "then try again; what was saved before is unchanged.",
                                path=path))
    if "readonly" in text or "read-only" in text or code in (errno.EROFS, errno.EACCES):
        return NotWritable(Message("pocplanner cannot write to {folder} (read-only). Reading "
                                   "works; to change plans, use a folder you can write to.",
                                   folder=Path(path).parent))
    return None


class DatabaseLocked(StorageError):
    """The app locked the database after idle time; it opens again with the passphrase."""
