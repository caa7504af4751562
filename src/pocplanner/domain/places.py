"""Place names: matched ignoring case, accents and punctuation between words."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SEPARATORS = re.compile(r"[\s\-‐‑–—'’_.]+")


@lru_cache(maxsize=8192)     # called thousands of times per edit on a big plan, few names
def place_key(name: str) -> str:
    """The form two place names are compared in: "Ténenkou" and "tenenkou" are the same
    place, so are "Tin-Essako" and "Tin Essako"."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SEPARATORS.sub(" ", bare.casefold()).strip()
