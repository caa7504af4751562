"""What a failure of the medium means, in words (issue #29): a full disk, a read-only medium,
no permission, a file too large — "busy" only when another program really holds the
database, "damaged" and "wrong passphrase" only when true (storage/errors.py diagnose)."""
from __future__ import annotations

from pathlib import Path

from pocplanner.i18n import tr


def os_reason(exc: OSError, lang: str) -> str:
    """Why, in the user's language (messages.os_reason)."""
    from pocplanner.messages import Message
    from pocplanner.messages import os_reason as reason_of
    reason = reason_of(exc)
    return reason.render(lang) if isinstance(reason, Message) else reason


def os_error_text(exc: OSError, lang: str) -> str:
    """One clear line for an OSError, naming the file."""
    if exc.filename is None:
        return tr("pocplanner: a file cannot be written: {reason}.", lang,
                  reason=os_reason(exc, lang))
    return tr("pocplanner: {path} cannot be written: {reason}.", lang, path=exc.filename,
              reason=os_reason(exc, lang))


def database_error_text(exc: Exception, db: Path, lang: str) -> str:
    """An error of the database driver that no command turned into words."""
    from pocplanner.services.database import explain_failure
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return tr("pocplanner: the database is busy ({reason}); another pocplanner may be "
                  "saving. Try again in a moment.", lang, reason=exc)
    known = explain_failure(exc, db)
    if known is not None:
        return "pocplanner: " + known.text(lang)
    return tr("pocplanner: the database {path} cannot be written ({reason}).", lang, path=db,
              reason=exc)
