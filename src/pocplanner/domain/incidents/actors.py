"""The armed actors of an event, as the source names them: ACLED's actor1/actor2 and their
associated actors, UCDP GED's side_a/side_b, a mapped column of another system. Victims are
never kept: the side ACLED codes as civilians (inter code 7) and GED's "Civilians" side are
left out, and so are the sources' free-text notes. Matching is case- and accent-insensitive
on a part of the name ("dan na ambassagou" finds "Dan Na Ambassagou")."""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

SEPARATOR = "; "        # how the actors of one event are kept in one text
KEY_SEPARATOR = "\x1f"  # between folded names, so that a match never spans two names
MAX_ACTORS = 12
MAX_NAME = 120


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, accents off, spaces collapsed: "Dan Na Ambassagou" and "dan na
    ambassagou" fold alike, and so do "Gendarmerie nationale" and "GENDARMERIE NATIONALE"."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


def names(cells: Iterable[str]) -> tuple[str, ...]:
    """The actors in these cells (a cell may list several, split by ';'), each once, in order,
    trimmed and bounded."""
    return _names(cells if isinstance(cells, tuple) else tuple(cells))


@lru_cache(maxsize=16384)         # incident files repeat the same actors a great deal
def _names(cells: tuple[str, ...]) -> tuple[str, ...]:
    found: list[str] = []
    seen: set[str] = set()
    for cell in cells:
        for part in cell.split(";"):
            name = " ".join(part.split())[:MAX_NAME]
            key = fold(name)
            if name and key not in seen and key not in VICTIMS:
                seen.add(key)
                found.append(name)
    return tuple(found[:MAX_ACTORS])


VICTIMS = frozenset({"civilians", "civils", "civilian", "civil"})


@lru_cache(maxsize=16384)
def parties(sides: tuple[str, ...]) -> tuple[str, ...]:
    """The actors of these sides (GED's side_a and side_b), the civilian side left out."""
    return names(tuple(side for side in sides if not is_victim_side(side)))


def is_victim_side(name: str) -> bool:
    """ACLED's and GED's names for the civilian side ("Civilians (Mali)", "Civilians")."""
    return fold(name).startswith("civilians")


def joined(actors: tuple[str, ...]) -> str:
    return SEPARATOR.join(actors)


@lru_cache(maxsize=16384)
def key_of(actors: tuple[str, ...]) -> str:
    """The folded names, one text that a part of a name is looked for in."""
    return KEY_SEPARATOR.join(fold(a) for a in actors)


def split(text: str) -> list[str]:
    return [a for a in text.split(SEPARATOR) if a] if text else []
