"""Plans over the mission network (DOMAIN §14): publishing a stored plan as an encrypted,
opaquely named exchange file, and receiving what arrived (from the engine's folders or a USB
stick) — idempotent by content hash, forks kept both, bad files set aside and named."""
from __future__ import annotations

import hashlib
import os
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pocplanner.domain.network import (
    FORK,
    HISTORY,
    NEW_PLAN,
    NEW_VERSION,
    Version,
    classify,
    order_for_receiving,
)
from pocplanner.exchange.content_hash import content_hash
from pocplanner.files import write_atomically
from pocplanner.messages import Message, UserError
from pocplanner.services.network.setup import NOTES, OUTBOX, Network, short
from pocplanner.storage import network as ledger
from pocplanner.storage.transaction import transaction

SUFFIX = ".pocplan.enc"
NAMESPACE = uuid.UUID("6f1c9a52-2b7e-4c55-9d0e-5a3c1b7d2e40")


@dataclass
class Received:
    received: int = 0
    new_plans: list[dict[str, Any]] = field(default_factory=list)
    new_versions: list[dict[str, Any]] = field(default_factory=list)
    forks: list[dict[str, Any]] = field(default_factory=list)
    refused: list[dict[str, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"received": self.received, "new_plans": self.new_plans,
                "new_versions": self.new_versions, "forks": self.forks,
                "refused": self.refused}


# -- publishing ------------------------------------------------------------------------------
def publish(net: Network, plan_id: str) -> list[Path]:
    """Write the plan's current state as a new version for the peers (nothing when that
    version was published or received already); returns the files written."""
    s = net.require()
    plan = net.library.load(plan_id)
    head = ledger.head_of(net.db, plan_id)
    if head is not None:
        plan.id, plan.version, plan.parent_sha256 = head.plan_id, head.version, None
        if content_hash(plan) == head.sha256:
            return []
        plan.version, plan.parent_sha256 = head.version + 1, head.sha256
    else:
        plan.version = plan.version or 1
    sha = content_hash(plan)
    if sha in ledger.known_versions(net.db):
        return []
    written = [_write_file(net, plan, sha, folder, target) for folder, target in
               _destinations(net, s, plan_id)]
    with transaction(net.db):
        version = Version(sha, plan.id, plan.version, plan.parent_sha256, plan_id)
        ledger.record_version(net.db, version, "published", "local", written[0].name if written
                              else "", plan.to_dict(), move_head=True)
    return written


def _destinations(net: Network, s: dict[str, str], plan_id: str) -> list[tuple[str, Path]]:
    """An office writes to its outbox; HQ to the notes folder of each office the plan came
    from (of every office when the plan is HQ's own)."""
    if s["role"] == "office":
        return [(OUTBOX + short(s["device_id"]), net.layout.outbox)]
    sources = {v["source"] for v in ledger.versions_of(net.db, plan_id)}
    peers = [p for p in net.peers() if f"network:{short(p['device_id'])}" in sources] \
        or net.peers()
    return [(NOTES + short(p["device_id"]), net.layout.notes / short(p["device_id"]))
            for p in peers]


def _write_file(net: Network, plan, sha: str, folder_id: str, target: Path) -> Path:
    from pocplanner.crypto import encrypt
    from pocplanner.exchange.writer import dumps, export_document
    path = target / f"{uuid.uuid5(NAMESPACE, sha + folder_id)}{SUFFIX}"
    if not path.exists():
        target.mkdir(parents=True, exist_ok=True)
        staged = net.layout.staging / path.name      # never a half file in a shared folder
        net.layout.staging.mkdir(parents=True, exist_ok=True)
        write_atomically(staged, encrypt(dumps(export_document(plan)), net.require()["passphrase"]))
        os.replace(staged, path)
    net.scan(folder_id)
    return path


# -- receiving -------------------------------------------------------------------------------
def receive(net: Network, extra: list[Path] | None = None) -> Received:
    """Read every file not read before in the incoming folders (and in extra: files or
    folders, as from a USB stick) and store what is new."""
    s = net.require()
    result = Received()
    accepted = []
    for path, source in _candidates(net, extra or []):
        try:
            data = path.read_bytes()
        except OSError:
            continue                      # being replaced by the engine: next time
        file_sha = hashlib.sha256(data).hexdigest()
        if ledger.file_seen(net.db, file_sha):
            continue
        loaded = _open(data, s["passphrase"])
        if isinstance(loaded, str):
            _set_aside(net, path, file_sha, loaded, result)
            continue
        result.received += 1
        accepted.append((loaded, path, file_sha, source))
    by_sha: dict[str, tuple[Any, Path, str, str]] = {}
    for plan, path, file_sha, source in accepted:
        by_sha.setdefault(content_hash(plan), (plan, path, file_sha, source))
    versions = [Version(sha, p.id, p.version or 1, p.parent_sha256) for sha, (p, *_)
                in by_sha.items()]
    for v in order_for_receiving(versions):
        _store(net, v, *by_sha[v.sha256], result)
    for _plan, path, file_sha, _source in accepted:    # the same content in another file
        with transaction(net.db):
            ledger.record_file(net.db, file_sha, path.name, "duplicate")
    return result


def _candidates(net: Network, extra: list[Path]):
    for folder in net.incoming():
        if folder.is_dir():
            for path in sorted(folder.glob(f"*{SUFFIX}")):
                yield path, f"network:{folder.name}"
    for item in extra:
        item = Path(item)
        if item.is_dir():
            for path in sorted(item.rglob(f"*{SUFFIX}")):
                yield path, "usb"
        elif item.is_file():
            yield item, "usb"
        else:
            raise UserError(Message("{path} does not exist.", path=item))


def _open(data: bytes, passphrase: str):
    """The plan in the file, or why it is refused (English, for the ledger)."""
    from pocplanner.crypto import DecryptionError, decrypt, is_encrypted
    from pocplanner.exchange import ExchangeError, load_document
    if not is_encrypted(data):
        return "not encrypted with the mission network passphrase"
    try:
        return load_document(decrypt(data, passphrase), strict=True).plan
    except DecryptionError as exc:
        return exc.message.render("en")
    except ExchangeError as exc:
        return "; ".join(exc.problem_texts("en")[:3])


def _set_aside(net: Network, path: Path, file_sha: str, reason: str, result: Received) -> None:
    net.layout.refused.mkdir(parents=True, exist_ok=True)
    try:
        shutil.copyfile(path, net.layout.refused / path.name)
    except OSError:
        pass
    with transaction(net.db):
        ledger.record_file(net.db, file_sha, path.name, "refused", reason)
    result.refused.append({"file": str(path), "reason": reason})


def _store(net: Network, v: Version, plan, path: Path, file_sha: str, source: str,
           result: Received) -> None:
    """One version, with the file it came in, in one transaction: all of it or none."""
    from pocplanner.domain.model import safe_plan_id
    store, db = net.library.store, net.db
    document = plan.to_dict()
    with transaction(db):
        if ledger.file_seen(db, file_sha):           # another receive was quicker
            return
        decision = classify(v, ledger.known_versions(db), ledger.heads(db))
        stored_as = decision.stored_as
        if decision.kind == NEW_PLAN:
            stored_as = store.free_id(safe_plan_id(v.plan_id))
        elif decision.kind == FORK:              # mopti-2026-fork, mopti-2026-fork-2, …
            stored_as = store.free_id(safe_plan_id(v.plan_id)[:58] + "-fork")
        if decision.kind in (NEW_PLAN, FORK, NEW_VERSION):
            plan.id = stored_as
            store._write(plan, None)
        if decision.kind in (NEW_PLAN, FORK, NEW_VERSION, HISTORY):
            stored = Version(v.sha256, v.plan_id, v.version, v.parent_sha256, stored_as)
            ledger.record_version(db, stored, decision.kind, source, path.name, document,
                                  move_head=decision.kind != HISTORY)
        ledger.record_file(db, file_sha, path.name, "imported" if decision.kind != "duplicate"
                           else "duplicate")
    entry = {"plan_id": v.plan_id, "stored_as": stored_as, "version": v.version,
             "sha256": v.sha256, "parent_sha256": v.parent_sha256}
    {NEW_PLAN: result.new_plans, NEW_VERSION: result.new_versions,
     HISTORY: result.new_versions, FORK: result.forks}.get(decision.kind, []).append(entry)
