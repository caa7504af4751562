"""The mission network (DOMAIN §14): Syncthing carries encrypted plan files between the
offices and HQ. setup.py (folders, settings, peers, the engine's configuration), engine.py
(the Syncthing process and its REST API), transfer.py (publish, receive), status.py,
marks.py (what the library shows), on_save.py (publishing on every save).

`status` is its own module (services.network.status.status). Names are loaded when first used: the library window imports marks.py at start-up and needs
neither urllib nor the exchange format for it."""
from __future__ import annotations

import importlib
from typing import Any

_WHERE = {"EngineError": "engine", "SyncthingMissing": "engine", "find_syncthing": "engine",
          "Layout": "setup", "Network": "setup", "NotSetUp": "setup",
          "status_waiting": ("status", "waiting_for"), "Received": "transfer",
          "publish": "transfer", "receive": "transfer"}
__all__ = ["EngineError", "Layout", "Network", "NotSetUp", "Received", "SyncthingMissing",
           "find_syncthing", "publish", "receive", "status_waiting"]


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(name)
    module, attr = where if isinstance(where, tuple) else (where, name)
    return getattr(importlib.import_module(f"pocplanner.services.network.{module}"), attr)
