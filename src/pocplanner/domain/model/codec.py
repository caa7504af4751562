"""One rule for writing the model's items as the exchange file holds them.

Optional values the planner left empty (None, "", []) are left out, so that "the planner said
nothing" stays different from "the planner said no"; the names an item class lists in its
`_KEEP` are written even when empty (the format requires them), and `False` is left out only
for the yes/no flags a class lists in its `_OMIT_FALSE` (an activity's flags: absent means
no). Dates are written in ISO form; nested items the same way.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import fields, is_dataclass
from typing import Any


def date_of(value: str | None) -> dt.date | None:
    """A date of the exchange file (ISO), None when absent."""
    return dt.date.fromisoformat(value) if value else None


def compact(obj: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """The item as the exchange file holds it (see the module's rule)."""
    keep = getattr(obj, "_KEEP", ())
    omit_false = getattr(obj, "_OMIT_FALSE", ())
    out: dict[str, Any] = {}
    for f in fields(obj):
        if f.name in skip:
            continue
        value = getattr(obj, f.name)
        written = _value(value)
        if f.name not in keep and (written is None or written == "" or written == []
                                   or written == {}
                                   or (value is False and f.name in omit_false)):
            continue
        out[f.name] = written
    return out


def _value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _value(v) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        return compact(value)
    return value
