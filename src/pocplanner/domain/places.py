"""Place names: matched ignoring case, accents and punctuation between words."""
from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s\-‐‑–—'’_.]+")


def place_key(name: str) -> str:
    """The form two place names are compared in: "Ténenkou" and "tenenkou" are the same
    place, so are "Tin-Essako" and "Tin Essako"."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SEPARATORS.sub(" ", bare.casefold()).strip()
