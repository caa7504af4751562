"""The support log: a rotating file beside the database, without plan content.

Only what helps support is written — the kind of event, exception types and the code lines
they came from. Never a message text of an exception (it may quote a plan), never a threat,
engagement or any other plan text.

The logging package is loaded at the first record, not at start: most runs of the app and
of the commands write nothing, and loading logging and its file handlers costs ~10 ms.
"""
from __future__ import annotations

from pathlib import Path

MAX_BYTES, KEEP = 1_000_000, 5
FORMAT = "%(asctime)s %(levelname)s %(message)s"
_target: dict[str, Path | None] = {"path": None}
_logger = None


def log_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "logs"


def setup(db_path: Path) -> Path | None:
    """Log to logs/pocplanner.log beside the database from now on; None if the folder
    cannot be written (then nothing is logged)."""
    global _logger
    log_file = log_dir(db_path) / "pocplanner.log"
    path: Path | None = log_file
    try:
        from pocplanner.files import private_file, private_folder
        private_folder(log_file.parent)
        log_file.touch()
        private_file(log_file)
    except OSError:
        path = None
    if path != _target["path"] and _logger is not None:
        for old in list(_logger.handlers):
            _logger.removeHandler(old)
            old.close()
        _logger = None
    _target["path"] = path
    return path


def _get_logger():
    """The configured logger, made at the first record; None when there is nowhere to log."""
    global _logger
    if _logger is None and _target["path"] is not None:
        import logging
        import logging.handlers
        logging.raiseExceptions = False     # a full disk must not print tracebacks at users
        logger = logging.getLogger("pocplanner")
        logger.propagate = False
        try:
            handler = logging.handlers.RotatingFileHandler(
                _target["path"], maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8")
        except OSError:
            return None                 # a log that cannot be written must not stop the work
        handler.setFormatter(logging.Formatter(FORMAT))
        logger.handlers[:] = [handler]
        logger.setLevel(logging.INFO)
        _logger = logger
    return _logger


def info(message: str, *args: object) -> None:
    logger = _get_logger()
    if logger is not None:
        logger.info(message, *args)


def log_exception(where: str, exc: BaseException) -> None:
    """The exception's type and where it happened in the code — not its message."""
    logger = _get_logger()
    if logger is None:
        return
    import traceback
    frames = traceback.extract_tb(exc.__traceback__)
    trail = " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    logger.error("%s: %s at %s", where, type(exc).__name__, trail or "?")
