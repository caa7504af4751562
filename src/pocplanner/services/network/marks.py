"""What the library shows of the mission network: which plans came from it, and which hold a
version received since the planner last opened them."""
from __future__ import annotations

from pocplanner.storage import network as ledger
from pocplanner.storage.transaction import transaction

RECEIVED, NEW_VERSION = "received", "new_version"


def marks(library) -> dict[str, str]:
    """{library plan id: RECEIVED or NEW_VERSION} for plans whose current version came from
    the network (NEW_VERSION: not opened here since it arrived)."""
    db = library.db
    settings = ledger.settings(db)
    if not settings.get("role"):
        return {}
    out = {}
    for head in ledger.heads(db):
        kind = db.execute("SELECT kind FROM network_versions WHERE sha256 = ?",
                          [head.sha256]).fetchone()
        if kind and kind[0] != "published":
            seen = settings.get(f"seen:{head.stored_as}")
            out[head.stored_as] = RECEIVED if seen == head.sha256 else NEW_VERSION
    return out


def mark_opened(library, plan_id: str) -> None:
    """The planner opened the plan: its current network version is no longer new."""
    head = ledger.head_of(library.db, plan_id)
    if head is not None:
        with transaction(library.db):
            ledger.set_settings(library.db, {f"seen:{plan_id}": head.sha256})
