"""Writing files so that a crash or a full USB stick never leaves a half-written file under
the final name (exchange files, printed plans)."""
from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

PRIVATE_FILE, PRIVATE_FOLDER = 0o600, 0o700


def private_folder(path: Path) -> Path:
    """Make the folder (and its parents) if needed; a folder pocplanner creates is readable by
    its user only (plans name communities at risk)."""
    path = Path(path)
    missing = []
    for folder in (path, *path.parents):
        if folder.is_dir():
            break
        missing.append(folder)
    for folder in reversed(missing):          # parents first, each private
        folder.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
        try:
            os.chmod(folder, PRIVATE_FOLDER)  # mkdir's mode passes through the umask
        except OSError:
            pass
    return path


def private_file(path: Path) -> None:
    """Readable and writable by its user only (a best effort where the file system has no
    such permissions)."""
    try:
        os.chmod(path, PRIVATE_FILE)
    except OSError:
        pass


def refuse_non_regular(path: Path) -> None:
    """The last guard of every write by rename: a symbolic link, folder, device, FIFO or
    socket at the target would be replaced by a regular file (services/outputs.py says it in
    words before; this stops whoever forgot to ask)."""
    import stat
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        raise IsADirectoryError(errno.EISDIR, "not a regular file", str(path))


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside the target, flush it to disk, then rename."""
    path = Path(path)
    refuse_non_regular(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
