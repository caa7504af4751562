"""The mission network's rules without the engine (DOMAIN §14): content hash, publishing,
receiving idempotently by SHA-256, versions, forks (CONS-FORK), files refused and named, the
same files arriving by USB. Files move between the laptops' folders as Syncthing would move
them (test_network_syncthing.py runs the real engine)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from builders import plan as make_plan
from builders import threat
from pocplanner.crypto import encrypt
from pocplanner.exchange.content_hash import content_hash
from pocplanner.services.library import open_library
from pocplanner.services.network import Network, publish, receive
from pocplanner.services.network.setup import short
from pocplanner.services.network.status import status
from pocplanner.storage import network as ledger

SECRET = "mission network words"
HQ_ID = "HQHQHQH-" + "-".join(["AAAAAAA"] * 7)


def laptop(tmp_path: Path, name: str, role: str, device: str, peers=()):
    """A laptop on the network: its library, its settings as `network init` leaves them (a
    device id given, no engine: the API port answers nothing)."""
    lib = open_library(tmp_path / name / "pocplanner.db")
    net = Network(lib)
    ledger.set_settings(lib.db, {"role": role, "name": name, "listen": "tcp://127.0.0.1:1",
                                 "api": "127.0.0.1:9", "api_key": "k", "device_id": device,
                                 "passphrase": SECRET, "discovery": "off"})
    for folder in (net.layout.outbox, net.layout.notes, net.layout.inbox):
        folder.mkdir(parents=True, exist_ok=True)
    for peer_id, peer_name in peers:
        ledger.add_peer(lib.db, peer_id, peer_name, "tcp://127.0.0.1:2")
    return net


def office_id(letter: str) -> str:
    return "-".join([letter * 7] * 8)


def carry(office: Network, hq: Network) -> list[Path]:
    """What Syncthing does: the office's outbox appears in HQ's inbox folder for it."""
    target = hq.layout.inbox / short(office.settings["device_id"])
    target.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copy2(f, target)) for f in office.layout.outbox.glob("*.pocplan.enc")]


def save(net: Network, p) -> None:
    net.library.store.save(p)


def delivered(office: Network, hq: Network, p):
    """The plan saved and published at the office, carried over and received at HQ."""
    save(office, p)
    publish(office, p.id)
    carry(office, hq)
    return receive(hq)


@pytest.fixture
def mission(tmp_path):
    a, b = office_id("B"), office_id("C")
    hq = laptop(tmp_path, "hq", "hq", HQ_ID, [(a, "Mopti"), (b, "Gao")])
    mopti = laptop(tmp_path, "mopti", "office", a, [(HQ_ID, "HQ")])
    gao = laptop(tmp_path, "gao", "office", b, [(HQ_ID, "HQ")])
    return hq, mopti, gao


def a_plan(plan_id="mopti-2026", title="Mopti"):
    p = make_plan(threats=[threat()])
    p.id, p.title, p.region = plan_id, title, "Mopti"
    return p


def test_the_content_hash_leaves_out_the_parent_and_ignores_key_order():
    p = a_plan()
    first = content_hash(p)
    p.parent_sha256 = "0" * 64
    assert content_hash(p) == first
    assert content_hash(dict(reversed(list(p.to_dict().items())))) == first
    p.title = "Mopti, revised"
    assert content_hash(p) != first and len(first) == 64 and first == first.lower()


def test_versions_travel_and_receiving_twice_adds_nothing(mission):
    hq, mopti, _ = mission
    p = a_plan()
    save(mopti, p)
    first = publish(mopti, p.id)
    assert publish(mopti, p.id) == []               # nothing changed: nothing to send
    p.title = "Mopti, second version"
    save(mopti, p)
    second = publish(mopti, p.id)
    assert len(first) == len(second) == 1 and first[0].name != second[0].name
    assert first[0].name.endswith(".pocplan.enc") and "mopti" not in first[0].name.lower()
    assert b"Mopti" not in first[0].read_bytes()     # nothing of the plan in clear
    carry(mopti, hq)
    got = receive(hq)
    assert got.received == 2 and [v["version"] for v in got.new_plans] == [1]
    assert [v["version"] for v in got.new_versions] == [2] and not got.forks
    assert hq.library.load(p.id).title == "Mopti, second version"
    office_hashes = [v["sha256"] for v in ledger.versions_of(mopti.db, p.id)]
    assert [v["sha256"] for v in ledger.versions_of(hq.db, p.id)] == office_hashes
    assert ledger.versions_of(hq.db, p.id)[1]["parent_sha256"] == office_hashes[0]
    again = receive(hq)
    assert again.received == 0 and not (again.new_plans or again.new_versions)
    usb = receive(hq, [mopti.layout.outbox])         # the same files on a USB stick
    assert usb.received == 0 and len(hq.library.plans()) == 1


def test_the_same_version_in_another_file_adds_nothing(mission, tmp_path):
    hq, mopti, _ = mission
    p = a_plan()
    delivered(mopti, hq, p)
    stick = tmp_path / "stick"
    stick.mkdir()
    sent = next(mopti.layout.outbox.glob("*.pocplan.enc"))
    from pocplanner.crypto import decrypt
    (stick / "copy.pocplan.enc").write_bytes(encrypt(decrypt(sent.read_bytes(), SECRET), SECRET))
    got = receive(hq, [stick])
    assert got.received == 1 and not (got.new_plans or got.new_versions or got.forks)
    assert len(ledger.versions_of(hq.db, p.id)) == 1 and hq.library.store.revision(p.id) == 1


def test_a_version_arriving_after_its_successor_is_history_not_a_fork(mission):
    hq, mopti, _ = mission
    p = a_plan()
    save(mopti, p)
    v1 = publish(mopti, p.id)[0]
    p.title = "second"
    save(mopti, p)
    v2 = publish(mopti, p.id)[0]
    inbox = hq.layout.inbox / short(mopti.settings["device_id"])
    inbox.mkdir(parents=True, exist_ok=True)
    shutil.copy2(v2, inbox)
    assert len(receive(hq).new_plans) == 1
    shutil.copy2(v1, inbox)
    late = receive(hq)
    assert len(late.new_versions) == 1 and not late.forks
    assert hq.library.load(p.id).title == "second" and len(hq.library.plans()) == 1


def test_two_laptops_editing_one_parent_make_a_fork_kept_both_and_reported(mission, tmp_path):
    from pocplanner.services.consolidation import consolidate, read_inputs
    hq, mopti, _ = mission
    second = laptop(tmp_path, "mopti-2nd", "office", office_id("D"), [(HQ_ID, "HQ")])
    ledger.add_peer(hq.db, office_id("D"), "Mopti laptop 2", "tcp://127.0.0.1:3")
    p = a_plan()
    save(mopti, p)
    publish(mopti, p.id)
    receive(second, [mopti.layout.outbox])           # the parent, carried by USB
    p.title = "edited on the first laptop"
    save(mopti, p)
    publish(mopti, p.id)
    q = second.library.load(p.id)
    q.title = "edited on the second laptop"
    save(second, q)
    publish(second, q.id)
    carry(mopti, hq)
    carry(second, hq)
    got = receive(hq)
    assert len(got.new_plans) == 1 and len(got.new_versions) == 1 and len(got.forks) == 1
    fork = got.forks[0]["stored_as"]
    titles = {hq.library.load(x).title for x in (p.id, fork)}
    assert titles == {"edited on the first laptop", "edited on the second laptop"}
    c = consolidate(read_inputs([p.id, fork], hq.library))
    assert [a.code for a in c.advisories if a.code == "CONS-FORK"] == ["CONS-FORK"]


def test_hq_writing_a_note_while_the_office_edits_is_a_fork_on_both_ends(mission):
    hq, mopti, _ = mission
    p = a_plan()
    delivered(mopti, hq, p)
    noted = hq.library.load(p.id)
    noted.review_note = "Add the Koro market days."
    save(hq, noted)
    assert publish(hq, p.id)                         # to Mopti's notes folder only
    assert not list((hq.layout.notes / short(office_id("C"))).glob("*.pocplan.enc"))
    p.title = "the office's own edit"
    save(mopti, p)
    publish(mopti, p.id)
    carry(mopti, hq)
    assert len(receive(hq).forks) == 1
    shutil.copytree(hq.layout.notes / short(mopti.settings["device_id"]), mopti.layout.notes,
                    dirs_exist_ok=True)
    at_office = receive(mopti)
    assert len(at_office.forks) == 1 and mopti.library.load(p.id).title == "the office's own edit"


def test_tampered_truncated_and_broken_files_are_refused_named_and_set_aside(mission):
    hq, mopti, _ = mission
    p = a_plan()
    save(mopti, p)
    publish(mopti, p.id)
    good = carry(mopti, hq)[0]
    data = good.read_bytes()
    inbox = good.parent
    (inbox / "tampered.pocplan.enc").write_bytes(data[:-40] + bytes([data[-40] ^ 1]) + data[-39:])
    (inbox / "truncated.pocplan.enc").write_bytes(data[: len(data) // 2])
    (inbox / "schema.pocplan.enc").write_bytes(encrypt(b'{"format": "pocplan"}', SECRET))
    (inbox / "plain.pocplan.enc").write_bytes(b'{"format": "pocplan"}')
    good.unlink()
    got = receive(hq)
    assert sorted(Path(r["file"]).name for r in got.refused) == [
        "plain.pocplan.enc", "schema.pocplan.enc", "tampered.pocplan.enc",
        "truncated.pocplan.enc"]
    assert hq.library.plans() == [] and got.received == 0
    assert sorted(f.name for f in hq.layout.refused.iterdir()) == sorted(
        Path(r["file"]).name for r in got.refused)
    assert receive(hq).refused == []                 # named once, not read again
    named = [r["file"] for r in status(hq)["refused"]]
    assert "tampered.pocplan.enc" in named and "truncated.pocplan.enc" in named


def test_status_without_the_engine_says_it_is_stopped(mission):
    hq, mopti, _ = mission
    p = a_plan()
    save(mopti, p)
    publish(mopti, p.id)
    carry(mopti, hq)
    s = status(hq)
    assert set(s) == {"role", "name", "device_id", "running", "peers", "outbox_pending",
                      "inbox_waiting", "refused"}
    assert s["running"] is False and s["inbox_waiting"] == 1
    assert [p["name"] for p in s["peers"]] == ["Mopti", "Gao"]
    assert set(s["peers"][0]) == {"name", "device_id", "connected", "last_seen"}
    receive(hq)
    assert status(hq)["inbox_waiting"] == 0


def test_without_syncthing_network_status_says_how_to_install_it(tmp_path, monkeypatch, capsys):
    from pocplanner.cli.main import main
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.delenv("POCPLANNER_SYNCTHING", raising=False)
    code = main(["network", "status", "--db", str(tmp_path / "x.db"), "--lang", "en"])
    err = capsys.readouterr().err
    assert code == 2 and "apt-get install syncthing" in err and "Traceback" not in err
    code = main(["network", "status", "--db", str(tmp_path / "x.db"), "--lang", "fr"])
    assert code == 2 and "syncthing" in capsys.readouterr().err


def test_an_unplugged_office_has_no_folder_left_and_its_plans_stay(mission):
    hq, mopti, _ = mission
    p = a_plan()
    delivered(mopti, hq, p)
    assert hq.remove_peer(office_id("B")) and not hq.remove_peer(office_id("B"))
    assert [x["name"] for x in hq.peers()] == ["Gao"]
    assert all(short(office_id("B")) not in f["id"] for f in hq.folders())
    assert hq.library.exists(p.id)


def test_a_fork_is_stored_under_a_name_that_says_so(mission, tmp_path):
    hq, mopti, _ = mission
    p = a_plan("mopti-2026")
    delivered(mopti, hq, p)
    other = laptop(tmp_path, "other", "office", office_id("E"), [(HQ_ID, "HQ")])
    receive(other, [mopti.layout.outbox])
    for laptop_, title in ((mopti, "one"), (other, "two")):
        q = laptop_.library.load(p.id)
        q.title = title
        save(laptop_, q)
        publish(laptop_, q.id)
    hq_inbox = hq.layout.inbox / short(mopti.settings["device_id"])
    for f in other.layout.outbox.glob("*.pocplan.enc"):
        shutil.copy2(f, hq_inbox)
    carry(mopti, hq)
    got = receive(hq)
    assert [f["stored_as"] for f in got.forks] == ["mopti-2026-fork"]
