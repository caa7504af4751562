"""What the core says to the user, kept as a message id and its parameters until it is shown.

The English text with {placeholders} is the message id (see i18n.py). The core never needs to
know the user's language: errors and advisories carry a Message, and the edge that shows it —
the command line, a dialog, the printed plan — renders it in its language. Parameters that
are ISO dates are written as the language writes dates; parameters that are Messages are
rendered in the same language.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pocplanner.i18n import format_date, tr

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# spans and lists of them ("2019-01-01 – 2019-01-04, 2019-02-01"): every date in reader's form
_ISO_SPANS = re.compile(r"\d{4}-\d{2}-\d{2}(?:(?: – |, )\d{4}-\d{2}-\d{2})+")


def localized(value: Any, lang: str) -> Any:
    """A parameter as the language shows it: a nested message rendered, a reference-data
    label ({"en": …, "fr": …}) in the language, an ISO date written in the language's form,
    anything else as it is."""
    if isinstance(value, Message):
        return value.render(lang)
    if isinstance(value, dict) and "en" in value:     # a label of the reference data
        return value.get(lang) or value["en"]
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return _date(value, lang)
    if isinstance(value, str) and _ISO_SPANS.fullmatch(value):
        return _ISO_DATE.sub(lambda m: _date(m.group(0), lang), value)
    return value


def _date(iso: str, lang: str) -> str:
    try:
        return format_date(dt.date.fromisoformat(iso), lang)
    except ValueError:
        return iso


class Message:
    """A text to show the user: the English message id and its parameters."""

    __slots__ = ("params", "text")

    def __init__(self, text: str, /, **params: Any) -> None:
        self.text = text
        self.params = params

    def render(self, lang: str = "en") -> str:
        params = {k: localized(v, lang) for k, v in self.params.items()}
        return tr(self.text, lang, **params)

    def __str__(self) -> str:
        return self.render("en")

    def __repr__(self) -> str:
        return f"Message({self.text!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Message) and other.text == self.text
                and other.params == self.params)

    def __hash__(self) -> int:
        return hash(self.text)


class UserError(Exception):
    """A problem said to the user in words: a Message, rendered in the language of the edge
    that shows it (``error.text(lang)``). ``str(error)`` is the English text, for logs."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render("en"))
        self.message = message

    def text(self, lang: str = "en") -> str:
        return self.message.render(lang)


# What an error of the medium means, in words the user can act on (issue #29).
_OS_REASONS = {
    28: "the disk is full; free some space, then try again",                  # ENOSPC
    122: "the disk quota is used up; free some space, then try again",        # EDQUOT
    30: "the medium is read-only (a locked USB stick, a CD, a read-only mount)",  # EROFS
    13: "permission denied",                                                  # EACCES
    1: "permission denied",                                                   # EPERM
    27: "the file is too large (the file size limit of this session, ulimit -f)",  # EFBIG
    2: "the folder does not exist",                                           # ENOENT
    21: "it is a folder, or not a regular file",                              # EISDIR
}


def os_reason(exc: OSError) -> Message | str:
    """Why an OSError happened, as a Message for the errors a user can act on, else the
    system's own words."""
    text = _OS_REASONS.get(exc.errno or 0)
    return Message(text) if text else (exc.strerror or str(exc))
