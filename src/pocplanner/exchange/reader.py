"""Reading exchange files (pocplan-v1): bytes in, a checked plan or a list of problems out.

A file is refused when it cannot be read as UTF-8 JSON, breaks the schema, has two items
with the same id in a list, or names an id that does not exist. Each problem says where,
as a JSON path such as ``plan.threats[0].likelihood``. Everything else about a plan (date
order, period, tiers, sequencing, engagement risks) is left to the plan checks.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pocplanner.domain.model import ITEM_KINDS, Plan
from pocplanner.domain.references import dict_id_lists, dict_references
from pocplanner.exchange.limits import limit_problems
from pocplanner.exchange.schema_messages import (
    SCAN_LIMIT,
    describe_schema_errors,
    file_order,
    json_path,
    short,
)
from pocplanner.messages import Message

MAX_FILE_BYTES = 64 * 1024 * 1024   # far above any real plan (a 1,000-activity plan is ~1 MB)
MAX_PROBLEMS = 50                   # a broken file lists at most this many problems


class ExchangeError(Exception):
    """The file was refused; ``problems`` says each thing that is wrong, and where (Messages,
    rendered in the user's language by whoever shows them: ``problem_texts(lang)``)."""

    def __init__(self, problems: list[Message], *, schema: bool = True) -> None:
        super().__init__("; ".join(p.render("en") for p in problems))
        self.problems = problems
        self.schema = schema   # False: could not even be read as JSON

    def problem_texts(self, lang: str = "en") -> list[str]:
        return [p.render(lang) for p in self.problems]


@dataclass
class Loaded:
    document: dict[str, Any]
    plan: Plan


def read_bytes(path: Path | str) -> bytes:
    """The file's bytes, or an ExchangeError that says in plain words why not."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ExchangeError([Message("{path} is not a file.", path=path)], schema=False)
        if size > MAX_FILE_BYTES:
            raise ExchangeError([Message("{path} is {size} MB, too large for a plan file "
                                    "(at most {limit} MB).", path=path,
                                    size=size // 2**20, limit=MAX_FILE_BYTES // 2**20)],
                                schema=False)
        return path.read_bytes()
    except FileNotFoundError:
        raise ExchangeError([Message("{path} does not exist.", path=path)], schema=False)
    except PermissionError:
        raise ExchangeError([Message("{path} cannot be read: permission denied.", path=path)],
                            schema=False)
    except OSError as exc:
        raise ExchangeError([Message("{path} cannot be read: {reason}.", path=path,
                                reason=exc.strerror or exc)], schema=False)


def _integral_float(text: str) -> float | int:
    value = float(text)
    return int(value) if value.is_integer() else value


class _NotJsonConstant(ValueError):
    pass


def _no_constants(name: str) -> None:
    raise _NotJsonConstant(name)


class _DuplicateKey(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object naming a key twice is ambiguous (which value wins depends on the reader):
    refused, rather than silently keeping the last one."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


_SURROGATE = re.compile("[\ud800-\udfff]")


def _surrogate_paths(node: Any, path: list) -> list[str]:
    """Where the document holds a lone UTF-16 surrogate (\\ud800 written in the JSON): no
    real text, and nothing can print or store it."""
    if isinstance(node, str):
        return [json_path(path)] if _SURROGATE.search(node) else []
    if isinstance(node, dict):
        return [p for k, v in node.items() for p in _surrogate_paths(v, path + [k])]
    if isinstance(node, list):
        return [p for i, v in enumerate(node) for p in _surrogate_paths(v, path + [i])]
    return []


def parse_json(data: bytes) -> Any:
    """Decode UTF-8 (with or without a byte-order mark) and parse JSON."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ExchangeError([Message("The file is saved as UTF-16; save it as UTF-8 and try again.")], schema=False)
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    try:
        text = data[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ExchangeError([Message("The file is not UTF-8 text (invalid byte at position {pos}).", pos=bom + exc.start + 1)], schema=False)
    try:
        document = json.loads(text, parse_float=_integral_float, parse_constant=_no_constants,
                              object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as exc:
        raise ExchangeError([Message("The file is not valid JSON: {reason} at line {line}, "
                                "column {column}.", reason=exc.msg, line=exc.lineno,
                                column=exc.colno)], schema=False)
    except RecursionError:
        raise ExchangeError([Message("The file is not a plan: its JSON is nested too deeply.")],
                            schema=False)
    except _DuplicateKey as exc:
        raise ExchangeError([Message("The file is ambiguous: the key {key} appears twice in the "
                                     "same object.", key=short(exc.args[0]))], schema=False)
    except _NotJsonConstant as exc:
        raise ExchangeError([Message("The file is not valid JSON: {value} is not allowed in JSON.", value=exc.args[0])], schema=False)
    except ValueError:   # an integer with thousands of digits
        raise ExchangeError([Message("The file is not valid JSON: it holds a number too long to "
                                "read.")], schema=False)
    bad = _surrogate_paths(document, [])
    if bad:
        raise ExchangeError([Message("{path}: holds an invalid character (a lone UTF-16 "
                                     "surrogate such as \\ud800).", path=p) for p in bad[:20]])
    return document


def _integrity_problems(plan: dict[str, Any]) -> list[Message]:
    """Duplicate ids within a list, and references to ids that do not exist (every list and
    every reference of domain/references.py)."""
    problems = []
    ids: dict[str, set[str]] = {}
    for kind, entries in dict_id_lists(plan):
        first_path: dict[str, list] = {}
        for path, item_id in entries:
            if item_id in first_path:
                problems.append(Message("{path}: the id {id} is already used by {other}.",
                                        path=json_path(path), id=short(item_id),
                                        other=json_path(first_path[item_id][:-1])))
            else:
                first_path[item_id] = path
        ids[kind] = set(first_path)
    dangling = sorted((p for p in dict_references(plan) if p[1] not in ids[p[2]]),
                      key=lambda p: file_order({"plan": plan}, p[0]))
    for path, value, target in dangling:
        problems.append(Message("{path}: {id} is not the id of any item in plan.{list}.",
                                path=json_path(path), id=short(value),
                                list=ITEM_KINDS[target].path))
    return problems


def _limit(problems: list[Message]) -> list[Message]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    rest = len(problems) - MAX_PROBLEMS
    if len(problems) >= SCAN_LIMIT:
        return problems[:MAX_PROBLEMS] + [Message("… and more than {n} other problems.", n=rest)]
    return problems[:MAX_PROBLEMS] + [Message("… and {n} more problems.", n=rest)]


def load_document(data: bytes, *, strict: bool = True) -> Loaded:
    """Parse and check an exchange file's bytes.

    strict=True (import): also refuse duplicate ids and dangling references.
    strict=False (check): those are left to the plan checks, which report them as advisories.
    """
    document = parse_json(data)
    problems = limit_problems(document.get("plan") if isinstance(document, dict) else None)
    if problems:            # first: a list of 200,000 items is refused before the schema
        raise ExchangeError(problems)
    problems = describe_schema_errors(document)
    if problems:
        raise ExchangeError(_limit(problems))
    if strict:
        problems = _integrity_problems(document["plan"])
        if problems:
            raise ExchangeError(_limit(problems))
    return Loaded(document, Plan.from_dict(document["plan"]))


class PassphraseNeeded(ExchangeError):
    """The file is encrypted and no passphrase was given."""


def load_file(path: Path | str, *, strict: bool = True,
              passphrase: str | None = None) -> Loaded:
    from pocplanner.crypto import DecryptionError, decrypt, is_encrypted
    data = read_bytes(path)
    if is_encrypted(data):
        if not passphrase:
            raise PassphraseNeeded([Message("{path} is encrypted: give its passphrase.", path=path)], schema=False)
        try:
            data = decrypt(data, passphrase)
        except DecryptionError as exc:
            raise ExchangeError([exc.message], schema=False) from None
    return load_document(data, strict=strict)
