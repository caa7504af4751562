"""The mission network with real Syncthing instances on 127.0.0.1 (DOMAIN §14), driven by the
`pocplanner network` commands as a mission would: HQ and three offices, each with its own
--db, --listen and --api; an office stopped for a while, another's engine killed (-9) and
restarted; every version each office saved reaches HQ with the same SHA-256, once."""
from __future__ import annotations

import json
import os
import signal
import socket
import time
from pathlib import Path

import pytest

from cli_helpers import run
from pocplanner.exchange import load_file
from pocplanner.services.library import open_library

pytestmark = pytest.mark.slow
SECRET = "mission network words"
SAMPLE = Path(__file__).parent / "data" / "gao-sample.pocplan.json"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Laptop:
    def __init__(self, tmp: Path, name: str, role: str) -> None:
        self.name, self.db = name, tmp / name / "pocplanner.db"
        self.listen = f"tcp://127.0.0.1:{free_port()}"
        self.api = f"127.0.0.1:{free_port()}"
        self.db.parent.mkdir(parents=True)
        self.id = self.ok("network", "init", "--role", role, "--name", name,
                          "--listen", self.listen, "--api", self.api).strip()

    def run(self, *args):
        result = run(*args, "--lang", "en", db=self.db,
                     env={"POCPLANNER_NETWORK_PASSPHRASE": SECRET})
        assert "Traceback" not in result.stderr
        return result

    def ok(self, *args) -> str:
        result = self.run(*args)
        assert result.returncode == 0, result.stderr
        return result.stdout

    def json(self, *args):
        return json.loads(self.ok(*args, "--json"))

    def meet(self, other: "Laptop") -> None:
        self.ok("network", "add-peer", other.id, "--address", other.listen, "--name", other.name)

    def engine_pid(self) -> int:
        return int((self.db.parent / "pocplanner.db.network" / "syncthing" /
                    "pocplanner.pid").read_text())

    def edit(self, plan_id: str, title: str) -> None:
        """A planner's save (the plan window stores it the same way)."""
        lib = open_library(self.db)
        p = lib.load(plan_id)
        p.title = title
        lib.store.save(p)
        lib.close()


def office_plan(tmp: Path, office: Laptop) -> str:
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc["plan"]["id"] = f"{office.name.lower()}-2026"
    doc["plan"]["title"] = f"{office.name}: first draft"
    path = tmp / f"{office.name}.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return office.ok("import", str(path)).strip()


def wait_for_files(hq: Laptop, n: int, seconds: float = 90) -> None:
    inbox = hq.db.parent / "pocplanner.db.network" / "inbox"
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if len(list(inbox.glob("*/*.pocplan.enc"))) >= n:
            return
        time.sleep(0.5)
    raise AssertionError(f"only {len(list(inbox.glob('*/*.pocplan.enc')))} of {n} files at HQ")


def connected(laptop: Laptop, n: int, seconds: float = 60) -> dict:
    """`network status --json` once n peers are connected (a restarted engine redials
    within its reconnection interval)."""
    deadline = time.monotonic() + seconds
    while True:
        status = laptop.json("network", "status")
        if sum(p["connected"] and bool(p["last_seen"]) for p in status["peers"]) >= n or \
                time.monotonic() > deadline:
            assert [p["name"] for p in status["peers"] if not p["connected"]] == []
            return status
        time.sleep(1)


def test_hq_and_three_offices_exchange_every_version_through_a_partition_and_a_kill(tmp_path):
    hq = Laptop(tmp_path, "HQ", "hq")
    offices = [Laptop(tmp_path, name, "office") for name in ("Mopti", "Gao", "Tombouctou")]
    try:
        for office in offices:
            hq.meet(office)
            office.meet(hq)
        for laptop in (hq, *offices):
            laptop.ok("network", "start")
        plans = {o.name: office_plan(tmp_path, o) for o in offices}
        for o in offices:
            o.ok("network", "publish", plans[o.name])
        mopti, gao, tombouctou = offices
        gao.ok("network", "stop")                           # Gao cut off
        os.kill(tombouctou.engine_pid(), signal.SIGKILL)     # Tombouctou's engine killed
        for o in offices:
            o.edit(plans[o.name], f"{o.name}: second version")
            o.ok("network", "publish", plans[o.name])
        gao.ok("network", "start")                          # the link is back
        tombouctou.ok("network", "start")
        wait_for_files(hq, 6)
        got = hq.json("network", "receive")
        assert got["received"] == 6 and got["forks"] == [] and got["refused"] == []
        assert sorted(v["plan_id"] for v in got["new_plans"]) == sorted(plans.values())
        assert sorted(v["plan_id"] for v in got["new_versions"]) == sorted(plans.values())
        at_hq = {p["id"]: p for p in hq.json("list")}
        for o in offices:                                   # the ledger: every version, same hash
            sent = next(p for p in o.json("list") if p["id"] == plans[o.name])["versions"]
            held = at_hq[plans[o.name]]["versions"]
            assert [(v["version"], v["sha256"]) for v in held] == \
                   [(v["version"], v["sha256"]) for v in sent] and len(held) == 2
            assert at_hq[plans[o.name]]["title"] == f"{o.name}: second version"
        again = hq.json("network", "receive")
        assert again["received"] == 0 and again["new_versions"] == []
        stick = mopti.db.parent / "pocplanner.db.network" / "outbox"
        usb = hq.json("network", "receive", "--from", str(stick))
        assert usb["new_plans"] == usb["new_versions"] == usb["forks"] == []
        status = connected(hq, 3)
        assert status["running"] and status["inbox_waiting"] == 0
        assert {p["name"] for p in status["peers"]} == {"Mopti", "Gao", "Tombouctou"}
        assert [p["connected"] for p in mopti.json("network", "status")["peers"]] == [True]
        _fork_is_reported(tmp_path, hq, mopti, plans["Mopti"])
    finally:
        for laptop in (hq, *offices):
            laptop.run("network", "stop")


def _fork_is_reported(tmp_path: Path, hq: Laptop, mopti: Laptop, plan_id: str) -> None:
    """A second Mopti laptop takes the plan by USB, both laptops edit it: HQ keeps both and
    `consolidate --json` says CONS-FORK."""
    second = Laptop(tmp_path, "Mopti2", "office")
    hq.meet(second)
    second.meet(hq)
    second.ok("network", "start")
    try:
        second.ok("network", "receive", "--from",
                  str(mopti.db.parent / "pocplanner.db.network" / "outbox"))
        second.edit(plan_id, "Mopti: edited on the second laptop")
        mopti.edit(plan_id, "Mopti: edited on the first laptop")
        second.ok("network", "publish", plan_id)
        mopti.ok("network", "publish", plan_id)
        wait_for_files(hq, 8)
        got = hq.json("network", "receive")
        assert len(got["new_versions"]) == 1 and len(got["forks"]) == 1
        fork = got["forks"][0]["stored_as"]
        c = hq.run("consolidate", plan_id, fork, "--json")
        codes = [a["code"] for a in json.loads(c.stdout)["advisories"]]
        assert "CONS-FORK" in codes
        titles = {p["title"] for p in hq.json("list") if p["id"] in (plan_id, fork)}
        assert titles == {"Mopti: edited on the first laptop",
                          "Mopti: edited on the second laptop"}
        assert load_file(SAMPLE).plan.id != plan_id
    finally:
        second.run("network", "stop")
