"""Names compared as people mean them: ignoring case, accents, apostrophes, hyphens and other
punctuation, and repeated spaces. No knowledge of places here (see domain/places.py for the
gazetteer's alternative names): reference data and the core both build on this."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SEPARATORS = re.compile(r"[\s\-‐‑–—'’_.]+")


@lru_cache(maxsize=8192)     # called thousands of times per edit on a big plan, few names
def normalized(name: str) -> str:
    """The form two names are compared in: "Ténenkou" and "tenenkou" are the same, so are
    "Tin-Essako" and "Tin Essako"."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SEPARATORS.sub(" ", bare.casefold()).strip()
