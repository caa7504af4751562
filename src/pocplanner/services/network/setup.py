"""Setting a laptop up on the mission network and reading its state (DOMAIN §14): the
folders beside the database, the settings and peers kept in the database, the configuration
pushed to the engine, and the status both edges show."""
from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pocplanner.files import private_folder
from pocplanner.messages import Message, UserError
from pocplanner.services.network import engine
from pocplanner.storage import network as ledger
from pocplanner.storage.transaction import transaction

ROLES = ("hq", "office")
OUTBOX, NOTES = "pocplan-outbox-", "pocplan-notes-"
DEVICE_ID = re.compile(r"^[A-Z2-7]{7}(-[A-Z2-7]{7}){7}$")
ADDRESS = re.compile(r"^(tcp|quic)://[^\s/]+:\d{1,5}$|^dynamic$")


class NotSetUp(UserError):
    def __init__(self) -> None:
        super().__init__(Message("This laptop is not on the mission network yet: run "
                                 "'pocplanner network init --role hq|office --name NAME' (or "
                                 "Tools ▸ Mission network) first."))


@dataclass(frozen=True)
class Layout:
    """The network's folders, beside the database file."""
    root: Path

    @classmethod
    def of(cls, db_path: Path) -> "Layout":
        db_path = Path(db_path).resolve()
        return cls(db_path.parent / f"{db_path.name}.network")

    home = property(lambda self: self.root / "syncthing")
    outbox = property(lambda self: self.root / "outbox")
    notes = property(lambda self: self.root / "notes")
    inbox = property(lambda self: self.root / "inbox")
    refused = property(lambda self: self.root / "refused")
    staging = property(lambda self: self.root / "staging")
    log = property(lambda self: self.root / "syncthing.log")


def short(device_id: str) -> str:
    return device_id[:7]


class Network:
    """One laptop's place on the mission network: its library and its folders."""

    def __init__(self, library) -> None:
        self.library = library
        self.db = library.db
        self.layout = Layout.of(library.path)

    @property
    def settings(self) -> dict[str, str]:
        return ledger.settings(self.db)

    def is_set_up(self) -> bool:
        return bool(self.settings.get("role"))

    def require(self) -> dict[str, str]:
        s = self.settings
        if not s.get("role"):
            raise NotSetUp()
        return s

    def api(self) -> engine.Api:
        s = self.require()
        return engine.Api(s["api"], s["api_key"])

    def peers(self) -> list[dict[str, str]]:
        return ledger.peers(self.db)

    # -- setting up ----------------------------------------------------------------------
    def init(self, role: str, name: str, passphrase: str, listen: str = "tcp://127.0.0.1:22000",
             api: str = "127.0.0.1:8384", discovery: bool = False) -> str:
        """Keys, folders and settings; returns this laptop's device id."""
        from pocplanner.crypto import passphrase_problem
        if role not in ROLES:
            raise UserError(Message("The role is hq or office, not {role}.", role=role))
        if not name.strip():
            raise UserError(Message("Give this laptop's name on the network (--name)."))
        if not ADDRESS.match(listen):
            raise UserError(Message("{address} is not an address like tcp://HOST:PORT.",
                                    address=listen))
        host = api.rsplit(":", 1)[0]
        if host not in ("127.0.0.1", "localhost", "[::1]"):
            raise UserError(Message("The engine's API listens on this computer only "
                                    "(127.0.0.1:PORT), not on {address}.", address=api))
        problem = passphrase_problem(passphrase)
        if problem:
            raise UserError(problem)
        for folder in (self.layout.home, self.layout.outbox, self.layout.notes,
                       self.layout.inbox, self.layout.refused, self.layout.staging):
            private_folder(folder)
        device = engine.generate(self.layout.home)
        key = self.settings.get("api_key") or secrets.token_urlsafe(24)
        with transaction(self.db):
            ledger.set_settings(self.db, {
                "role": role, "name": name.strip()[:100], "listen": listen, "api": api,
                "api_key": key, "device_id": device, "passphrase": passphrase,
                "discovery": "on" if discovery else "off"})
        return device

    def add_peer(self, device_id: str, address: str, name: str) -> None:
        self.require()
        device_id = device_id.strip().upper()
        if not DEVICE_ID.match(device_id):
            raise UserError(Message("{id} is not a Syncthing device id (eight groups of "
                                    "seven letters and digits, joined by dashes).", id=device_id))
        if not ADDRESS.match(address):
            raise UserError(Message("{address} is not an address like tcp://HOST:PORT.",
                                    address=address))
        with transaction(self.db):
            ledger.add_peer(self.db, device_id, name.strip()[:100] or short(device_id), address)
        if self.api().running():
            self.configure()

    def remove_peer(self, device_id: str) -> bool:
        """Unplug a peer (a lost laptop, a closed office): nothing more goes to it or comes
        from it; what it sent stays in the library."""
        gone = [f["id"] for f in self.folders()
                if [d["deviceID"] for d in f["devices"]] == [device_id]]
        with transaction(self.db):
            removed = ledger.remove_peer(self.db, device_id)
        api = self.api()
        if removed and api.running():
            for folder_id in gone:
                api.call("DELETE", f"/rest/config/folders/{folder_id}")
            api.call("DELETE", f"/rest/config/devices/{device_id}")
            self.configure()
        return removed

    # -- the engine ----------------------------------------------------------------------
    def start(self) -> bool:
        """Start the engine if it is not running and push the configuration; returns
        whether it was started now."""
        s = self.require()
        api = self.api()
        started = False
        if not api.running():
            engine.start(self.layout.home, api, s["api"], self.layout.log)
            started = True
        self.configure()
        return started

    def stop(self) -> bool:
        self.require()
        return engine.stop(self.layout.home, self.api())

    def configure(self) -> None:
        s = self.require()
        api = self.api()
        internet = s.get("discovery") == "on"
        api.call("PATCH", "/rest/config/options", {
            "listenAddresses": [s["listen"]], "globalAnnounceEnabled": internet,
            "localAnnounceEnabled": internet, "relaysEnabled": internet,
            "natEnabled": internet, "urAccepted": -1, "autoUpgradeIntervalH": 0,
            "startBrowser": False, "crashReportingEnabled": False,
            "reconnectionIntervalS": 15})      # an office back on the link is seen soon
        for p in self.peers():
            api.call("PUT", f"/rest/config/devices/{p['device_id']}", {
                "deviceID": p["device_id"], "name": p["name"], "addresses": [p["address"]],
                "autoAcceptFolders": False})
        for folder in self.folders():
            api.call("PUT", f"/rest/config/folders/{folder['id']}", folder)

    def folders(self) -> list[dict[str, Any]]:
        """The Syncthing folders this laptop shares: each written on one end only."""
        s = self.require()
        me, peers = s["device_id"], self.peers()
        if s["role"] == "office":
            hq = [{"deviceID": p["device_id"]} for p in peers]
            return [_folder(OUTBOX + short(me), self.layout.outbox, "sendonly", hq),
                    _folder(NOTES + short(me), self.layout.notes, "receiveonly", hq)]
        out = []
        for p in peers:
            office = [{"deviceID": p["device_id"]}]
            out.append(_folder(OUTBOX + short(p["device_id"]),
                               self.layout.inbox / short(p["device_id"]), "receiveonly", office))
            out.append(_folder(NOTES + short(p["device_id"]),
                               self.layout.notes / short(p["device_id"]), "sendonly", office))
        return out

    def incoming(self) -> list[Path]:
        s = self.require()
        if s["role"] == "office":
            return [self.layout.notes]
        return [self.layout.inbox / short(p["device_id"]) for p in self.peers()]

    def scan(self, folder_id: str) -> None:
        api = self.api()
        if api.running():
            api.call("POST", f"/rest/db/scan?folder={folder_id}")


def _folder(folder_id: str, path: Path, kind: str, devices: list[dict]) -> dict[str, Any]:
    private_folder(path)
    return {"id": folder_id, "label": folder_id, "path": str(path), "type": kind,
            "devices": devices, "rescanIntervalS": 60, "fsWatcherEnabled": True,
            "fsWatcherDelayS": 1, "ignorePerms": True, "autoNormalize": True}
