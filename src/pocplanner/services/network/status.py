"""The mission network's state as `network status` and Tools ▸ Mission network show it: the
role, the peers (connected, last seen), files still to go out, files arrived and not yet
read, and files refused."""
from __future__ import annotations

import hashlib
from typing import Any

from pocplanner.services.network.engine import EngineError
from pocplanner.services.network.setup import Network, short
from pocplanner.services.network.transfer import SUFFIX
from pocplanner.storage import network as ledger

NEVER = "1970-01-01"


def status(net: Network) -> dict[str, Any]:
    s = net.require()
    api = net.api()
    running = api.running()
    connections: dict[str, Any] = {}
    stats: dict[str, Any] = {}
    if running:
        try:
            connections = api.call("GET", "/rest/system/connections").get("connections", {})
            stats = api.call("GET", "/rest/stats/device") or {}
        except EngineError:
            running = False
    peers = []
    for p in net.peers():
        seen = (stats.get(p["device_id"]) or {}).get("lastSeen") or ""
        peers.append({"name": p["name"], "device_id": p["device_id"],
                      "connected": bool((connections.get(p["device_id"]) or {})
                                        .get("connected")),
                      "last_seen": None if not seen or seen.startswith(NEVER) else seen,
                      "waiting": waiting_for(net, p["device_id"]) if running else None})
    return {"role": s["role"], "name": s["name"], "device_id": s["device_id"],
            "running": running, "peers": [{k: p[k] for k in ("name", "device_id",
                                                                "connected", "last_seen")}
                                          for p in peers],
            "outbox_pending": sum(p["waiting"] or 0 for p in peers) if running else None,
            "inbox_waiting": inbox_waiting(net),
            "refused": ledger.refused_files(net.db)}


def waiting_for(net: Network, device_id: str) -> int:
    """Files this laptop shares that the peer does not have yet (the engine's count)."""
    folder = [f for f in net.folders() if f["type"] == "sendonly"
              and any(d["deviceID"] == device_id for d in f["devices"])]
    total = 0
    for f in folder:
        try:
            done = net.api().call("GET", f"/rest/db/completion?folder={f['id']}"
                                         f"&device={device_id}") or {}
        except EngineError:
            continue
        total += int(done.get("needItems", 0)) + int(done.get("needDeletes", 0))
    return total


def inbox_waiting(net: Network, device_id: str | None = None) -> int:
    """Files arrived in the incoming folders (from that peer only, with device_id) and not
    read yet."""
    n = 0
    for folder in net.incoming():
        if device_id and net.settings["role"] == "hq" and folder.name != short(device_id):
            continue
        for path in folder.glob(f"*{SUFFIX}") if folder.is_dir() else ():
            try:
                sha = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError:
                continue
            n += not ledger.file_seen(net.db, sha)
    return n


def peer_of(net: Network, folder_name: str) -> str:
    """The peer's name for an incoming folder (inbox/<first 7 of its device id>)."""
    return next((p["name"] for p in net.peers() if short(p["device_id"]) == folder_name),
                folder_name)


def versions_by_plan(library) -> dict[str, list[dict[str, Any]]]:
    """Every network version each library plan holds (oldest first), as `list --json` shows
    them: version, content hash, parent, how it came (published, new_plan, new_version,
    history, fork) and from where."""
    out: dict[str, list[dict[str, Any]]] = {}
    for stored_as in ledger.stored_plans(library.db):
        out[stored_as] = [{k: v[k] for k in ("version", "sha256", "parent_sha256", "kind",
                                             "source")}
                          for v in ledger.versions_of(library.db, stored_as)]
    return out


def device_qr(device_id: str) -> list[list[bool]]:
    """The device id as QR modules (reports/qr.py) for the app to draw."""
    from pocplanner.reports.qr import qr_modules
    return qr_modules(device_id)
