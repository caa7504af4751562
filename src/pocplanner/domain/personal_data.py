"""Spotting personal contact details (phone numbers, e-mail addresses) in free text.

Used by the DATA-PII check and, live, where the user types. Tuned to flag what a field
officer would paste from a phone or a contact list, and to leave alone the dates, years,
resolution numbers and figures that plans are full of.
"""
from __future__ import annotations

import re
from functools import lru_cache

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)

# Mali's numbers have 8 digits, written in pairs: 76 12 34 56, 76.12.34.56, 76-12-34-56;
# after the country code +223 or 00223 (or (+223)) any grouping counts: +223 76123456,
# 00223 7612 3456. Eight digits in a row without the code are not flagged (amounts). Not a phone number: years (2017 2018), resolution numbers (2295 2364),
# P-codes (ML0504), coordinates (14.4929), amounts (12 500 000), a longer run of pairs.
_PAIRS = r"\d{2}(?:[ .-]\d{2}){3}"
_PREFIX = r"\(?(?:\+|00)223\)?[ .-]?"
PHONE = re.compile(rf"(?<![\w+.,])(?<!\d[ .-])(?:{_PREFIX}(?:\d[ .-]?){{7}}\d|{_PAIRS})"
                   rf"(?![ .-]?\d)(?!\w)")


def contact_details(text: str) -> list[str]:
    """The phone numbers and e-mail addresses found in the text, in order."""
    return list(_contact_details(text)) if text else []


def has_contact_details(text: str) -> bool:
    """contact_details(text) is not empty (cached too, and without a new list)."""
    return bool(text) and bool(_contact_details(text))


@lru_cache(maxsize=65536)
def _contact_details(text: str) -> tuple[str, ...]:
    """Cached: the checks run after every edit and most texts have not changed."""
    found = [m.group(0) for m in EMAIL.finditer(text)]
    without_emails = EMAIL.sub(" ", text)
    found += [m.group(0).strip() for m in PHONE.finditer(without_emails)]
    return tuple(found)
