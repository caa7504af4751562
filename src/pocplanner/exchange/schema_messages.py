"""Validation against pocplan-v1.schema.json, with one plain message per problem.

jsonschema finds the problems; this module says them in words a planner understands, each
starting with the JSON path of the offending value, e.g.
``plan.threats[0].likelihood: 7 is above the maximum 5``.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from functools import lru_cache
from itertools import islice
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from pocplanner import reference
from pocplanner.domain.references import json_path
from pocplanner.exchange.limits import MAX_DATE, MIN_DATE, in_date_range
from pocplanner.i18n import N_
from pocplanner.messages import Message

_FORMATS = FormatChecker(formats=())


@_FORMATS.checks("date", raises=ValueError)
def _is_date(value: object) -> bool:
    if isinstance(value, str) and not in_date_range(dt.date.fromisoformat(value)):
        raise ValueError(value)
    return True


@_FORMATS.checks("date-time-local", raises=ValueError)
def _is_local_date_time(value: object) -> bool:
    """An alert's times (format 3): YYYY-MM-DDTHH:MM, a real day and time."""
    if isinstance(value, str):
        if not in_date_range(dt.datetime.strptime(value, "%Y-%m-%dT%H:%M").date()):
            raise ValueError(value)
    return True


@_FORMATS.checks("date-time", raises=ValueError)
def _is_date_time(value: object) -> bool:
    if isinstance(value, str):
        if "T" not in value.upper() and " " not in value:
            raise ValueError(value)
        if not in_date_range(dt.datetime.fromisoformat(value.replace("z", "Z")).date()):
            raise ValueError(value)
    return True


@lru_cache(maxsize=3)
def validator(version: int = 1) -> Draft202012Validator:
    """The validator of the format version, on its schema with every "#/$defs/…" written
    out in place: jsonschema looks a $ref up at each use, which was two thirds of reading a
    1,000-activity plan (0.8 s). The schemas themselves are checked by the tests."""
    return Draft202012Validator(self_contained(reference.exchange_schema(version)),
                                format_checker=_FORMATS)


def self_contained(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema with its local references replaced by what they name (a $ref beside other
    keywords becomes an allOf, which is what 2020-12 makes of it). The exchange schemas do
    not refer to themselves in a loop; one that did would raise ValueError here."""
    defs = schema.get("$defs", {})

    def inline(node: Any, names: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [inline(v, names) for v in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            name = ref.removeprefix("#/$defs/")
            if name in names:
                raise ValueError(f"the schema refers to {name} within itself")
            target = inline(defs[name], names + (name,))
            rest = {k: inline(v, names) for k, v in node.items() if k != "$ref"}
            if not rest:
                return target
            return {**rest, "allOf": [*rest.get("allOf", []), target]}
        return {k: inline(v, names) for k, v in node.items() if k != "$defs"}

    return inline(schema, ())


def short(value: Any, limit: int = 60) -> str:
    """A value as it appears in the file, cut to a readable length."""
    text = json.dumps(value, ensure_ascii=False)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


_TYPE_NAMES = {"string": N_("text"), "integer": N_("a whole number"), "number": N_("a number"),
               "boolean": N_("true or false"), "array": N_("a list"), "object": N_("an object"),
               "null": N_("null")}


def _actual_type(value: Any) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "null"


def _pattern_message(err: ValidationError) -> Message:
    field = err.path[-1] if err.path else ""
    value = short(err.instance)
    pattern = err.validator_value
    if pattern.startswith("^[0-9]{4}"):
        return Message("{value} is not a date in the form YYYY-MM-DD", value=value)
    if pattern.startswith("^[A-Za-z0-9]"):
        return Message("{value} is not a valid id (1 to 64 letters, digits, _ . or -, starting "
                  "with a letter or digit)", value=value)
    if field == "tool":
        return Message("{value} is neither a catalogue key nor custom:<label>", value=value)
    if field == "key":
        return Message("{value} is neither a known mitigation key nor custom:<label>", value=value)
    return Message("{value} does not have the expected form", value=value)


def _message(err: ValidationError) -> Message:
    kind, expected, value = err.validator, err.validator_value, err.instance
    if kind == "required":
        missing = [k for k in expected if isinstance(value, dict) and k not in value]
        return Message("missing required field {fields}", fields=", ".join(missing))
    if kind == "additionalProperties":
        extra = [k for k in value if k not in err.schema.get("properties", {})]
        return Message("unknown field {fields}", fields=", ".join(short(k) for k in extra))
    if kind == "type":
        return Message("expected {expected}, found {actual} {value}", expected=Message(_TYPE_NAMES.get(expected, expected)),
                  actual=Message(_actual_type(value)), value=short(value))
    if kind == "enum":
        return Message("{value} is not one of: {allowed}", value=short(value),
                  allowed=", ".join(str(v) for v in expected))
    if kind == "const":
        if err.path and err.path[-1] == "format_version":
            return Message("format version {value} is not supported (this program reads version "
                      "{expected})", value=short(value), expected=expected)
        return Message("{value} must be {expected}", value=short(value),
                  expected=short(expected))
    if kind == "maximum":
        return Message("{value} is above the maximum {limit}", value=value, limit=expected)
    if kind == "minimum":
        return Message("{value} is below the minimum {limit}", value=value, limit=expected)
    if kind == "maxLength":
        return Message("text of {n} characters is longer than the limit of {limit}", n=len(value), limit=expected)
    if kind == "minLength":
        return Message("must not be empty")
    if kind == "minItems":
        return Message("must list at least {n} item(s)", n=expected)
    if kind == "uniqueItems":
        return Message("the list repeats a value")
    if kind == "pattern":
        return _pattern_message(err)
    if kind == "format":
        if _out_of_range(value):
            return Message("{value} is outside the dates pocplanner handles ({first} to "
                           "{last})", value=short(value), first=MIN_DATE.isoformat(),
                           last=MAX_DATE.isoformat())
        if expected == "date":
            return Message("{value} is not a real date", value=short(value))
        if expected == "date-time-local":
            return Message("{value} is not a real date and time such as 2019-03-23T06:30",
                           value=short(value))
        return Message("{value} is not a date and time such as 2018-07-01T09:00:00Z", value=short(value))
    return Message(err.message)   # a rule the messages above do not know: jsonschema's words


def _out_of_range(value: Any) -> bool:
    """A real date (or date and time) outside MIN_DATE … MAX_DATE."""
    try:
        day = dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return False
    return not in_date_range(day)


def file_order(document: Any, path: Iterable[Any]) -> tuple[int, ...]:
    """Where a value stands in the file: list indexes and the rank of each key in its object."""
    order = []
    node = document
    for part in path:
        if isinstance(node, dict):
            keys = list(node)
            order.append(keys.index(part) if part in node else len(keys))
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int):
            order.append(part)
            node = node[part] if part < len(node) else None
        else:
            order.append(0)
            node = None
    return tuple(order)


SCAN_LIMIT = 1000   # a file this broken is refused after this many problems, without a hang


def describe_schema_errors(document: Any) -> list[Message]:
    """Each schema problem as "path: what is wrong", one per value, in file order (at most
    SCAN_LIMIT of them: a file with 200,000 broken items is refused in a moment)."""
    problems: list[Message] = []
    seen_paths: set[str] = set()
    version = document.get("format_version") if isinstance(document, dict) else None
    if isinstance(version, int) and not isinstance(version, bool) and \
            version not in reference.FORMAT_VERSIONS:
        return [Message("format_version: format version {value} is not supported (this "
                        "program reads versions {versions}); update pocplanner to read it.",
                        value=version, versions=", ".join(map(str, reference.FORMAT_VERSIONS)))]
    if isinstance(document, dict) and "format_version" in document and (
            isinstance(version, bool) or not isinstance(version, int)):
        return [Message("format_version: {value} is not a format version (a whole number: "
                        "{versions}).", value=short(version),
                        versions=", ".join(map(str, reference.FORMAT_VERSIONS)))]
    if version not in reference.FORMAT_VERSIONS:
        version = reference.FORMAT_VERSIONS[-1]        # the schema says what is wrong
    errors = sorted(islice(validator(version).iter_errors(document), SCAN_LIMIT),
                    key=lambda e: (file_order(document, e.absolute_path),
                                   e.validator == "format"))   # "not YYYY-MM-DD" first
    for err in errors:
        path = json_path(err.absolute_path)
        if err.validator in ("pattern", "format"):
            if path in seen_paths:      # a bad date breaks both its pattern and its format
                continue
            seen_paths.add(path)
        problems.append(Message("{path}: {problem}", path=path, problem=_message(err)))
    return problems
