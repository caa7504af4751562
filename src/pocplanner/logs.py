"""The support log: a rotating file beside the database, without plan content.

Only what helps support is written — the kind of event, exception types and the code lines
they came from. Never a message text of an exception (it may quote a plan), never a threat,
engagement or any other plan text.
"""
from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

LOGGER = logging.getLogger("pocplanner")
MAX_BYTES, KEEP = 1_000_000, 5


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
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES,
                                                       backupCount=KEEP, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
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
