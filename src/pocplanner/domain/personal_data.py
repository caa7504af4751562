"""Spotting personal contact details (phone numbers, e-mail addresses) in free text.

Used by the DATA-PII check and, live, where the user types. Tuned to flag what a field
officer would paste from a phone or a contact list, and to leave alone the dates, years,
resolution numbers and figures that plans are full of.
"""
from __future__ import annotations

import re
from functools import lru_cache

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)

# +223 76 12 34 56, 00223-76123456, (+223) 7612 3456
_INTERNATIONAL = r"(?:\(?(?:\+|00)\d{1,3}\)?[ .-]?)(?:\d[ .-]?){6,12}\d"
# 76 12 34 56, 76-12-34-56, 76123456, 07 81 23 45 67
_NATIONAL = r"\d{2}(?:[ .-]?\d{2}){3,4}"
PHONE = re.compile(rf"(?<![\w+/.-])(?:{_INTERNATIONAL}|{_NATIONAL})(?![\w/-]|[.,]\d)")

_DATE_LIKE = (
    re.compile(r"^(?:19|20)\d{2}[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])$"),
    re.compile(r"^(?:0?[1-9]|[12]\d|3[01])[-./](?:0?[1-9]|1[0-2])[-./](?:19|20)\d{2}$"),
    re.compile(r"^(?:19|20)\d{2}\s?[-–]\s?(?:19|20)\d{2}$"),         # 2018-2019
    re.compile(r"^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$"),  # 20180701
)


def contact_details(text: str) -> list[str]:
    """The phone numbers and e-mail addresses found in the text, in order."""
    return list(_contact_details(text)) if text else []


@lru_cache(maxsize=65536)
def _contact_details(text: str) -> tuple[str, ...]:
    """Cached: the checks run after every edit and most texts have not changed."""
    found = [m.group(0) for m in EMAIL.finditer(text)]
    without_emails = EMAIL.sub(" ", text)
    for m in PHONE.finditer(without_emails):
        value = m.group(0).strip()
        if not any(p.match(value) for p in _DATE_LIKE):
            found.append(value)
    return tuple(found)
