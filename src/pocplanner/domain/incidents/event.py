"""One incident as every source becomes it, and the small readers of dates and numbers that
the formats share. Plain Python: no Qt, no SQL."""
from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from pocplanner.domain.dates import MAX_DATE, MIN_DATE, in_date_range
from pocplanner.messages import Message


class Event(NamedTuple):
    uid: str                      # unique across sources: format prefix and the source's id
    date: str                     # ISO date
    lon: float | None
    lat: float | None
    precise: bool                 # coordinates precise enough to place by point in polygon
    admin1: str
    admin2: str
    event_type: str
    sub_event_type: str
    actor_type: str
    fatalities: int
    civilian: bool                # the event targeted civilians
    civilian_fatalities: int
    actors: tuple[str, ...] = ()  # the armed actors' names as the source gives them
    place: str = ""               # the place name the source gives (village, town)


class Placed(NamedTuple):
    """An event and where it was placed."""
    event: Event
    pcode: str                    # the cercle's P-code, "" when not placed in a cercle
    region: str                   # the region's name, "" when not placed at all
    placed_by: str                # coordinates | name | region | none
    category: str                 # a threat category key, "" for none


class RowProblem(Exception):
    """A value of one row that cannot be read; the reader adds the line."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


MONTHS = {name: i + 1 for i, names in enumerate((
    ("january", "jan", "janvier", "janv"), ("february", "feb", "fevrier", "février", "fev",
                                            "fév", "févr", "fevr"),
    ("march", "mar", "mars"), ("april", "apr", "avril", "avr"), ("may", "mai"),
    ("june", "jun", "juin"), ("july", "jul", "juillet", "juil"),
    ("august", "aug", "aout", "août"), ("september", "sep", "sept", "septembre"),
    ("october", "oct", "octobre"), ("november", "nov", "novembre"),
    ("december", "dec", "décembre", "decembre", "déc"))) for name in names}

# ASCII digits only (Python's \d also takes Arabic-Indic ones); a time after an ISO date is
# a time, not "T" followed by anything.
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                  r"(?:Z|[+-]\d{2}:?\d{2})?)?", re.ASCII)
_WORDS = re.compile(r"([0-9]{1,2})[ \-]+([^\W\d_]+)\.?[ \-]+([0-9]{4})")
_SLASHES = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})", re.ASCII)
_DIGITS = re.compile(r"[0-9]+", re.ASCII)
_DECIMAL = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]*)?(?:[eE][+-]?[0-9]+)?", re.ASCII)
MAX_COUNT = 100_000          # deaths or a precision code of one event: no more than this


_READ: dict[str, object] = {}       # texts already read well (files repeat dates, places)
_REMEMBERED = 200_000


def _remember(text: str, value: object) -> None:
    if len(_READ) < _REMEMBERED:
        _READ[text] = value


def read_date(text: str, column: str) -> str:
    """An ISO date from "2020-07-31", "31 December 2020", "31-Dec-2020" or "31/12/2020"
    (day first, as the French and British write it)."""
    known = _READ.get("d" + text)
    if known is not None:
        return known  # type: ignore[return-value]
    iso = _read_date(text, column)
    _remember("d" + text, iso)
    return iso


def _read_date(text: str, column: str) -> str:
    value = text.strip()
    day = None
    try:
        m = _ISO.fullmatch(value)
        if m:
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = None if day else _WORDS.fullmatch(value)
        if m and m[2].lower() in MONTHS:
            day = dt.date(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
        m = None if day else _SLASHES.fullmatch(value)
        if m:
            day = dt.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        pass
    if day is not None and in_date_range(day):
        return day.isoformat()
    if day is not None:
        raise RowProblem(Message("{column}: {value} is outside the dates pocplanner handles "
                                 "({first} to {last})", column=column, value=value[:40],
                                 first=MIN_DATE.isoformat(), last=MAX_DATE.isoformat()))
    raise RowProblem(Message("{column}: “{value}” is not a date (write 2020-07-31 or "
                             "31 December 2020)", column=column, value=value[:40]))


def read_count(text: str, column: str, empty: int = 0) -> int:
    """A whole number of zero or more; an empty cell is `empty`."""
    if text.isdigit() and len(text) <= 5 and text.isascii():   # the common case, fast:
        return int(text)                      # ASCII digits, at most 99,999 (< MAX_COUNT)
    value = text.strip()
    if not value:
        return empty
    number = -1
    if _DIGITS.fullmatch(value):
        number = int(value) if len(value) <= 12 else MAX_COUNT + 1
    elif _DECIMAL.fullmatch(value) and len(value) <= 40:
        real = float(value.replace(",", "."))
        if real.is_integer():               # 3.0, or 9e18: a whole number, maybe too large
            number = int(min(real, MAX_COUNT + 1)) if real >= 0 else -1
    if number < 0:
        raise RowProblem(Message("{column}: “{value}” is not a number of zero or more",
                                 column=column, value=value[:40]))
    if number > MAX_COUNT:
        raise RowProblem(Message("{column}: {value} is more than pocplanner counts for one "
                                 "event (at most {limit})", column=column, value=value[:40],
                                 limit=MAX_COUNT))
    return number


def read_coordinate(text: str, column: str, limit: float) -> float | None:
    """A longitude or latitude in decimal degrees (a decimal comma is fine); None if empty."""
    known = _READ.get("c" + text)
    if known is not None and -limit <= known <= limit:  # type: ignore[operator]
        return known  # type: ignore[return-value]
    value = text.strip()
    if not value:
        return None
    number = float("nan")
    if _DECIMAL.fullmatch(value) and len(value) <= 40:
        number = float(value.replace(",", "."))
    if not -limit <= number <= limit:
        raise RowProblem(Message("{column}: “{value}” is not a coordinate in decimal degrees",
                                 column=column, value=value[:40]))
    _remember("c" + text, number)
    return number


def read_flag(text: str) -> bool:
    return text.strip().lower() in {"1", "yes", "y", "true", "oui", "o", "x", "vrai"}
