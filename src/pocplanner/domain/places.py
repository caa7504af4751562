"""Place names as the checks, the Gantt's rows, the map and the search compare them
(docs/checks.md, "Conventions"): case, accents, apostrophes, punctuation and spaces do not
matter, and the gazetteer's alternative names are the same place ("Timbuktu" = "Tombouctou").
"""
from __future__ import annotations

from functools import lru_cache

from pocplanner.names import normalized


@lru_cache(maxsize=1)
def _canonical() -> dict[str, str]:
    """Each normalized alternative name -> the normalized name it stands for. A name that
    two places share with different meanings is left out (it stays itself)."""
    from pocplanner.reference import gazetteer
    found: dict[str, set[str]] = {}
    for place in gazetteer().places:
        canonical = normalized(place.name)
        for alias in place.aliases:
            found.setdefault(normalized(alias), set()).add(canonical)
    return {alias: next(iter(names)) for alias, names in found.items()
            if len(names) == 1 and alias not in names}


@lru_cache(maxsize=8192)     # called thousands of times per edit on a big plan, few names
def place_key(name: str) -> str:
    """The key two names of the same place share: "Ténenkou" = "tenenkou",
    "Tin-Essako" = "Tin Essako", "N'Tillit" = "Ntillit", "Timbuktu" = "Tombouctou"."""
    key = normalized(name)
    return _canonical().get(key, key)


def same_place(a: str, b: str) -> bool:
    return place_key(a) == place_key(b)
