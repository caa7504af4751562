"""The support log: a rotating file beside the database, without plan content.

Only what helps support is written — the kind of event, exception types and the code lines
they came from. Never a message text of an exception (it may quote a plan), never a threat,
engagement or any other plan text.
"""
from __future__ import annotations

import logging
import traceback
from pathlib import Path

LOGGER = logging.getLogger("pocplanner")
MAX_BYTES, KEEP = 1_000_000, 5
FORMAT = "%(asctime)s %(levelname)s %(message)s"


class _RotatingOnFirstUse(logging.Handler):
    """A RotatingFileHandler opened at the first record: logging.handlers (sockets, pickle,
    queues…) costs every start of the app and of each command ~10 ms otherwise."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.baseFilename = str(path)
        self.inner: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.inner is None:
            import logging.handlers
            try:
                self.inner = logging.handlers.RotatingFileHandler(
                    self.baseFilename, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8")
            except OSError:
                return                  # a log that cannot be written must not stop the work
            self.inner.setFormatter(logging.Formatter(FORMAT))
        self.inner.emit(record)

    def close(self) -> None:
        if self.inner is not None:
            self.inner.close()
        super().close()


def log_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "logs"


def setup(db_path: Path) -> Path | None:
    """Log to logs/pocplanner.log beside the database; None if the folder cannot be written."""
    folder = log_dir(db_path)
    path = folder / "pocplanner.log"
    if any(getattr(h, "baseFilename", None) == str(path) for h in LOGGER.handlers):
        return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path.touch()
    except OSError:
        return None
    handler = _RotatingOnFirstUse(path)
    for old in list(LOGGER.handlers):
        LOGGER.removeHandler(old)
        old.close()
    LOGGER.addHandler(handler)
    LOGGER.setLevel(logging.INFO)
    return path


def log_exception(where: str, exc: BaseException) -> None:
    """The exception's type and where it happened in the code — not its message."""
    frames = traceback.extract_tb(exc.__traceback__)
    trail = " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    LOGGER.error("%s: %s at %s", where, type(exc).__name__, trail or "?")
