"""Any text a plan holds prints as something readable: right-to-left scripts (Arabic,
Hebrew: names of places and groups, quotes in sources) shaped and in visual order, and a
character the embedded font has no glyph for (an emoji it lacks) printed as its Unicode name
in brackets rather than an empty box."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    from pocplanner.reports.styles import FONT, register_fonts
    register_fonts()
    return frozenset(pdfmetrics.getFont(FONT).face.charToGlyph)


def _named(ch: str) -> str:
    try:
        return f"[{unicodedata.name(ch).lower()}]"
    except ValueError:
        return f"[U+{ord(ch):04X}]"


def shaped(text: str) -> str:
    """The text as the PDF should draw it."""
    if text.isascii():
        return text                               # the usual case, kept fast
    covered = _covered()
    missing = {c for c in set(text) if ord(c) not in covered and c not in "\n\t"}
    if missing:
        text = "".join(_named(c) if c in missing else c for c in text)
    if _RTL.search(text):
        import arabic_reshaper
        from bidi.algorithm import get_display  # mirrors brackets (bidi.get_display does not)
        text = "\n".join(get_display(arabic_reshaper.reshape(line)) if _RTL.search(line)
                         else line for line in text.split("\n"))
    return text
