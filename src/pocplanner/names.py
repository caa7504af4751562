"""Names compared as people mean them: ignoring case, accents, apostrophes, hyphens and other
punctuation, and repeated spaces. No knowledge of places here (see domain/places.py for the
gazetteer's alternative names): reference data and the core both build on this."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

_APOSTROPHES = "'’‘ʼ`´"


@lru_cache(maxsize=8192)     # called thousands of times per edit on a big plan, few names
def normalized(name: str) -> str:
    """The form two names are compared in: "Ténenkou" = "tenenkou", "Tin-Essako" =
    "Tin Essako", "N'Tillit" = "Ntillit", "Gourma  Rharous." = "gourma rharous".
    Apostrophes join what they separate; other punctuation separates words."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    out = []
    for c in decomposed:
        if unicodedata.combining(c) or c in _APOSTROPHES:
            continue
        out.append(" " if unicodedata.category(c)[0] in "PZC" else c)
    return " ".join("".join(out).split())
