"""The mission network (DOMAIN §14): Syncthing carries encrypted plan files between the
offices and HQ. setup.py (folders, settings, peers, the engine's configuration), engine.py
(the Syncthing process and its REST API), transfer.py (publish, receive), status.py."""
from pocplanner.services.network.engine import EngineError, SyncthingMissing, find_syncthing
from pocplanner.services.network.setup import Layout, Network, NotSetUp
from pocplanner.services.network.status import status
from pocplanner.services.network.transfer import Received, publish, receive

__all__ = ["EngineError", "Layout", "Network", "NotSetUp", "Received", "SyncthingMissing",
           "find_syncthing", "publish", "receive", "status"]
