"""One incident as every source becomes it, and the small readers of dates and numbers that
the formats share. Plain Python: no Qt, no SQL."""
from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

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

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?")
_WORDS = re.compile(r"(\d{1,2})[ \-]+([^\W\d_]+)\.?[ \-]+(\d{4})")
_SLASHES = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def read_date(text: str, column: str) -> str:
    """An ISO date from "2020-07-31", "31 December 2020", "31-Dec-2020" or "31/12/2020"
    (day first, as the French and British write it)."""
    value = text.strip()
    try:
        m = _ISO.fullmatch(value)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        m = _WORDS.fullmatch(value)
        if m and m[2].lower() in MONTHS:
            return dt.date(int(m[3]), MONTHS[m[2].lower()], int(m[1])).isoformat()
        m = _SLASHES.fullmatch(value)
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    except ValueError:
        pass
    raise RowProblem(Message("{column}: “{value}” is not a date (write 2020-07-31 or "
                             "31 December 2020)", column=column, value=value[:40]))


def read_count(text: str, column: str, empty: int = 0) -> int:
    """A whole number of zero or more; an empty cell is `empty`."""
    value = text.strip()
    if not value:
        return empty
    try:
        number = int(value)
    except ValueError:
        try:
            real = float(value.replace(",", "."))
        except ValueError:
            real = -1.0
        number = int(real) if real.is_integer() else -1
    if number < 0:
        raise RowProblem(Message("{column}: “{value}” is not a number of zero or more",
                                 column=column, value=value[:40]))
    return number


def read_coordinate(text: str, column: str, limit: float) -> float | None:
    """A longitude or latitude in decimal degrees (a decimal comma is fine); None if empty."""
    value = text.strip()
    if not value:
        return None
    try:
        number = float(value.replace(",", "."))
    except ValueError:
        number = float("nan")
    if not -limit <= number <= limit:
        raise RowProblem(Message("{column}: “{value}” is not a coordinate in decimal degrees",
                                 column=column, value=value[:40]))
    return number


def read_flag(text: str) -> bool:
    return text.strip().lower() in {"1", "yes", "y", "true", "oui", "o", "x", "vrai"}
