"""Filling Qt's numbered place markers (%1, %2 …) of a translated text in one pass."""
from __future__ import annotations

import re

_MARKER = re.compile(r"%([1-9])")


def qt_format(text: str, *args: object) -> str:
    """text with %1 … %9 replaced by the arguments, each marker once and in one pass: an
    argument that itself contains "%2" (a plan title, a file name) is left as it is, which
    chained str.replace calls would not do. A marker without an argument stays."""
    def fill(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return str(args[n - 1]) if n <= len(args) else match.group(0)
    return _MARKER.sub(fill, text)
