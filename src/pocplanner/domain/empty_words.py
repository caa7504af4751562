"""Empty words (DOMAIN §12.6, §12.11.13): a text that says nothing counts as missing.

One helper for every check that asks "is there a text?" — harm mitigation (SEQ-HARM), the
rationale of a top-band engagement decision (ENG-RESIDUAL) and the mitigations of a
due-diligence assessment (§12.4)."""
from __future__ import annotations

import unicodedata

EMPTY_WORDS = frozenset({
    "n/a", "na", "none", "nil", "tbd", "tbc", "to be defined", "to be determined",
    "néant", "aucun", "aucune", "rien", "ras", "à définir", "à déterminer", "…", "...", "-",
    "--"})
SHORTEST_TEXT = 3          # a text shorter than this (trimmed) says nothing


def is_empty_text(text: str | None) -> bool:
    """True when the text, after Unicode NFC, trimming and lower-casing, is shorter than 3
    characters or one of the empty words ("RAS", "N/A", "ok" are empty; "n.a." is text)."""
    if not text:
        return True
    word = unicodedata.normalize("NFC", text).strip().lower()
    return len(word) < SHORTEST_TEXT or word in EMPTY_WORDS


def has_text(text: str | None) -> bool:
    """The opposite of is_empty_text: the text says something."""
    return not is_empty_text(text)
