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


def medium_problem(path) -> str | None:
    """What the file system says about the folder of path when SQLite only says "disk I/O
    error": "full", "read-only", "too-large" (a file size limit, ulimit -f) or None."""
    import os
    import resource
    from pathlib import Path
    folder = Path(path).parent if str(Path(path).parent) else Path(".")
    try:
        info = os.statvfs(folder)
    except OSError:
        return None
    if info.f_flag & os.ST_RDONLY:
        return "read-only"
    if info.f_bavail * info.f_frsize < 256 * 1024:
        return "full"
    soft = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    if soft != resource.RLIM_INFINITY:
        return "too-large"
    return None


def diagnose(exc: BaseException, path) -> StorageError | None:
    """What a low-level error means for the user, when it is not damage: a full disk, a
    folder or medium that cannot be written, a file size limit. None: something else."""
    import errno
    from pathlib import Path

    from pocplanner.messages import Message
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    medium = None
    if "disk i/o error" in text or "readonly" in text or "unable to open" in text or \
            code in (errno.EIO, errno.EFBIG, errno.EROFS):
        medium = medium_problem(path)
    if "disk is full" in text or code == errno.ENOSPC or medium == "full":
        return DiskFull(Message("The disk is full: {path} cannot be written. Free some space, "
                                "then try again; what was saved before is unchanged.",
                                path=path))
    if code == errno.EFBIG or medium == "too-large":
        return DiskFull(Message("The file size limit of this session (ulimit -f) is reached: "
                                "pocplanner cannot write a larger file. What was saved in "
                                "{path} before is unchanged.", path=path))
    if "readonly" in text or "read-only" in text or code in (errno.EROFS, errno.EACCES) or \
            medium == "read-only":
        return NotWritable(Message("pocplanner cannot write to {folder} (read-only). Reading "
                                   "works; to change plans, use a folder you can write to.",
                                   folder=Path(path).parent))
    return None


class DatabaseLocked(StorageError):
    """The app locked the database after idle time; it opens again with the passphrase."""
