"""The content hash of a plan version (DOMAIN §12.10): SHA-256 of the exchange file's "plan"
object as canonical JSON (keys sorted, no spaces, UTF-8), `parent_sha256` left out. The same
plan has the same hash however its file was written or encrypted."""
from __future__ import annotations

import hashlib
import json
from typing import Any

from pocplanner.domain.model import Plan


def canonical_json(plan_object: dict[str, Any]) -> bytes:
    body = {k: v for k, v in plan_object.items() if k != "parent_sha256"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def content_hash(plan: Plan | dict[str, Any]) -> str:
    """64 lower-case hex digits."""
    plan_object = plan.to_dict() if isinstance(plan, Plan) else plan
    return hashlib.sha256(canonical_json(plan_object)).hexdigest()
