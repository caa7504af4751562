"""Writing exchange files: the plan as pocplan-v1 JSON, checked against the schema, written
so that a crash or a full USB stick never leaves a half-written file under the final name.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from pocplanner import __version__
from pocplanner.domain.model import Plan
from pocplanner.exchange.limits import limit_problems
from pocplanner.exchange.reader import ExchangeError
from pocplanner.exchange.schema_messages import describe_schema_errors
from pocplanner.files import write_atomically
from pocplanner.messages import Message, os_reason
from pocplanner.reference import FORMAT_VERSIONS


def export_document(plan: Plan) -> dict[str, Any]:
    """The exchange document for the plan; ExchangeError if the plan cannot be written
    in the format yet (for example a threat without a title) or is beyond the bounds every
    reader applies (exchange/limits.py: the file could not be imported anywhere)."""
    document = {
        "format": "pocplan",
        "format_version": FORMAT_VERSIONS[-1],
        "exported_at": dt.datetime.now(dt.UTC).replace(microsecond=0)
                         .isoformat().replace("+00:00", "Z"),
        "generator": f"pocplanner {__version__}",
        "plan": plan.to_dict(),
    }
    problems = limit_problems(document["plan"]) or describe_schema_errors(document)
    if problems:
        raise ExchangeError(problems)
    return document


def dumps(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_plan(plan: Plan, path: Path, passphrase: str | None = None) -> None:
    """Write the exchange file; with a passphrase, encrypted (see pocplanner.crypto)."""
    data = dumps(export_document(plan))
    if passphrase:
        from pocplanner.crypto import encrypt
        data = encrypt(data, passphrase)
    try:
        write_atomically(Path(path), data)
    except OSError as exc:
        raise ExchangeError([Message("{path} cannot be written: {reason}.", path=path,
                                reason=os_reason(exc))], schema=False)
