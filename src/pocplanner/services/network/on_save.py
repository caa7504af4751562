"""Publishing on every save once the laptop is on the mission network (DOMAIN §14): what the
plan window calls after it stored a plan. A failure here never fails the save: it is logged,
and the next save (or `pocplanner network publish`) sends the version."""
from __future__ import annotations

from pathlib import Path


def publish_saved(store, plan_id: str) -> bool:
    """Returns whether a new version was written for the peers."""
    from pocplanner import logs
    from pocplanner.services.library import Library
    from pocplanner.services.network.setup import Network
    from pocplanner.services.network.transfer import publish
    try:
        net = Network(Library(store, Path(store.db.path)))
        if not net.is_set_up():
            return False
        return bool(publish(net, plan_id))
    except Exception as exc:
        logs.log_exception("network publish", exc)
        return False
