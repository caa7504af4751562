"""Encryption at rest: with a passphrase, no plan text can be found in any file of the data
folder; a wrong passphrase changes nothing; a passphrase change survives a kill."""
import hashlib
import json
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from cli_helpers import POCPLANNER, assert_no_traceback, run
from pocplanner.storage import (
    BackupError,
    DatabaseLocked,
    PassphraseRequired,
    PlanStore,
    StorageError,
    WrongPassphrase,
    is_encrypted,
    list_backups,
    lock,
    make_backup,
    open_database,
    restore_backup,
    set_passphrase,
    unlock,
)

pytestmark = pytest.mark.slow   # processes, kills, large plans or generated files

PASS = "correct horse battery staple"
NEW = "une autre phrase secrète"
MARKERS = ["ZQXTITLEMARK", "ZQXTHREATMARK", "ZQXCOMMUNITYMARK", "ZQXACTIVITYMARK"]


@pytest.fixture
def marked_file(sample_document, tmp_path):
    """The sample plan with a unique marker in its title, a threat, a community and an activity."""
    plan = sample_document["plan"]
    plan["title"] = f"{MARKERS[0]} {plan['title']}"
    plan["threats"][0]["title"] = MARKERS[1]
    plan["engagements"][0]["communities"] = [MARKERS[2]]
    plan["activities"][0]["title"] = MARKERS[3]
    path = tmp_path / "marked.pocplan.json"
    path.write_text(json.dumps(sample_document, ensure_ascii=False), encoding="utf-8")
    return path


def files_holding_markers(folder):
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [(path.name, m) for m in MARKERS
                      if m.encode() in data or m.encode("utf-16-le") in data]
    return found


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_encrypted_database_holds_no_plan_text_anywhere_on_disk(marked_file, tmp_path):
    folder = tmp_path / "data"
    db = folder / "new.db"
    secret = {"POCPLANNER_PASSPHRASE": PASS}
    imported = run("import", str(marked_file), db=db, env=secret)
    assert imported.returncode == 0, imported.stderr
    plan_id = imported.stdout.strip()
    assert is_encrypted(db)
    # exercise everything that writes beside the database: versions, backups, logs, the app
    app = run("gui", "--exit-after-start", db=db,
              env={**secret, "QT_QPA_PLATFORM": "offscreen"})
    assert app.returncode == 0, app.stderr              # and made the daily backup
    assert run("history", plan_id, db=db, env=secret).returncode == 0
    assert run("backup", db=db, env=secret).returncode == 0
    assert run("check", plan_id, db=db, env=secret).returncode in (0, 1)
    assert run("pdf", plan_id, str(tmp_path / "out.pdf"), db=db, env=secret).returncode == 0
    assert run("list", db=db).returncode == 2          # nothing opens without the passphrase
    listed = json.loads(run("list", "--json", db=db, env=secret).stdout)
    assert listed[0]["title"].startswith(MARKERS[0])
    names = {p.relative_to(folder).parts[0] for p in folder.rglob("*") if p.is_file()}
    assert {"new.db", "backups", "logs"} <= names
    assert len(list_backups(db)) == 2                   # manual + the app's daily one
    assert files_holding_markers(folder) == []
    # the same plan in a database without a passphrase shows the test can see markers
    plain = tmp_path / "plain" / "p.db"
    assert run("import", str(marked_file), db=plain).returncode == 0
    assert files_holding_markers(plain.parent)


def test_a_wrong_or_missing_passphrase_is_refused_and_changes_nothing(marked_file, tmp_path):
    db = tmp_path / "d" / "p.db"
    run("import", str(marked_file), db=db, env={"POCPLANNER_PASSPHRASE": PASS})
    before = digest(db)
    for env, expected in (({"POCPLANNER_PASSPHRASE": "not the passphrase"},
                           "This passphrase does not open"),
                          ({"POCPLANNER_PASSPHRASE": ""}, "it opens only with its passphrase")):
        for command in (["list"], ["import", str(marked_file)], ["backup"]):
            result = run(*command, db=db, env=env)
            assert result.returncode == 2 and expected in result.stderr, result.stderr
            assert_no_traceback(result)
    assert digest(db) == before
    assert not list_backups(db)
    french = run("list", "--lang", "fr", db=db, env={"POCPLANNER_PASSPHRASE": "x"})
    assert "Cette phrase secrète n’ouvre pas" in french.stderr


def test_passphrase_from_a_file(marked_file, tmp_path):
    db = tmp_path / "p.db"
    phrase = tmp_path / "phrase.txt"
    phrase.write_text(PASS + "\n", encoding="utf-8")
    assert run("import", str(marked_file), "--passphrase-file", str(phrase), db=db).returncode == 0
    assert is_encrypted(db)
    assert run("list", "--passphrase-file", str(phrase), db=db).returncode == 0


def test_turning_encryption_on_later_encrypts_the_backups_too(marked_file, tmp_path):
    folder = tmp_path / "data"
    db = folder / "p.db"
    run("import", str(marked_file), db=db)
    run("backup", db=db)
    assert files_holding_markers(folder)
    short = run("passphrase", db=db, env={"POCPLANNER_NEW_PASSPHRASE": "short"})
    assert short.returncode == 2 and "at least 8 characters" in short.stderr
    assert not is_encrypted(db)
    done = run("passphrase", db=db, env={"POCPLANNER_NEW_PASSPHRASE": PASS})
    assert done.returncode == 0, done.stderr
    assert files_holding_markers(folder) == []
    assert all(is_encrypted(b) for b in list_backups(db))
    listed = run("list", "--json", db=db, env={"POCPLANNER_PASSPHRASE": PASS})
    assert json.loads(listed.stdout)[0]["title"].startswith(MARKERS[0])


def test_a_damaged_copy_kept_in_clear_is_sealed_when_encryption_is_turned_on(marked_file,
                                                                            tmp_path):
    from pocplanner.crypto import DecryptionError, decrypt
    folder = tmp_path / "data"
    db = folder / "p.db"
    run("import", str(marked_file), db=db)
    backup = run("backup", db=db).stdout.strip()
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\x5a" * (4096 - 100)       # page 1 (the schema) damaged, plan pages intact
    db.write_bytes(bytes(data))
    assert run("list", db=db).returncode == 2
    assert run("restore", backup, db=db).returncode == 0
    damaged = folder / "p.db.damaged"
    assert damaged.read_bytes() == bytes(data)       # kept for a specialist, in clear
    done = run("passphrase", db=db, env={"POCPLANNER_NEW_PASSPHRASE": PASS})
    assert done.returncode == 0, done.stderr
    assert files_holding_markers(folder) == []
    assert not damaged.exists()
    sealed = folder / "p.db.damaged.sealed"
    assert decrypt(sealed.read_bytes(), PASS) == bytes(data)
    changed = run("passphrase", db=db, env={"POCPLANNER_PASSPHRASE": PASS,
                                            "POCPLANNER_NEW_PASSPHRASE": NEW})
    assert changed.returncode == 0, changed.stderr
    assert decrypt(sealed.read_bytes(), NEW) == bytes(data)
    with pytest.raises(DecryptionError):
        decrypt(sealed.read_bytes(), PASS)


def test_a_backup_interrupted_in_clear_is_wiped_when_encryption_is_turned_on(marked_file,
                                                                            tmp_path):
    folder = tmp_path / "data"
    db = folder / "p.db"
    run("import", str(marked_file), db=db)
    backup = Path(run("backup", db=db).stdout.strip())
    partial = backup.with_name("p-20260101-000000-000-daily.db.part")   # as a kill leaves it
    partial.write_bytes(backup.read_bytes())
    assert ("p-20260101-000000-000-daily.db.part", MARKERS[0]) in files_holding_markers(folder)
    done = run("passphrase", db=db, env={"POCPLANNER_NEW_PASSPHRASE": PASS})
    assert done.returncode == 0, done.stderr
    assert files_holding_markers(folder) == [] and not partial.exists()


def test_changing_the_passphrase_needs_the_current_one(marked_file, tmp_path):
    db = tmp_path / "p.db"
    run("import", str(marked_file), db=db, env={"POCPLANNER_PASSPHRASE": PASS})
    wrong = run("passphrase", db=db, env={"POCPLANNER_PASSPHRASE": "guess guess",
                                         "POCPLANNER_NEW_PASSPHRASE": NEW})
    assert wrong.returncode == 2 and "does not open" in wrong.stderr
    ok = run("passphrase", db=db, env={"POCPLANNER_PASSPHRASE": PASS,
                                      "POCPLANNER_NEW_PASSPHRASE": NEW})
    assert ok.returncode == 0, ok.stderr
    assert run("list", db=db, env={"POCPLANNER_PASSPHRASE": PASS}).returncode == 2
    assert run("list", db=db, env={"POCPLANNER_PASSPHRASE": NEW}).returncode == 0


def opens_with(db, passphrase, plan_id):
    try:
        store = PlanStore(open_database(db, passphrase=passphrase))
    except WrongPassphrase:
        return False
    try:
        return store.load(plan_id).title.startswith(MARKERS[0])
    finally:
        store.db.close()


def test_a_passphrase_change_killed_at_any_moment_leaves_one_passphrase_working(
        marked_file, tmp_path):
    db = tmp_path / "data" / "p.db"
    plan_id = run("import", str(marked_file), db=db,
                  env={"POCPLANNER_PASSPHRASE": PASS}).stdout.strip()
    for _ in range(2):
        run("backup", db=db, env={"POCPLANNER_PASSPHRASE": PASS})
    rng = random.Random(6)
    current, other = PASS, NEW

    def change(kill_after: float | None) -> float:
        env = dict(os.environ, POCPLANNER_PASSPHRASE=current, POCPLANNER_NEW_PASSPHRASE=other)
        started = time.perf_counter()
        child = subprocess.Popen([POCPLANNER, "passphrase", "--db", str(db)], env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if kill_after is not None:
            time.sleep(kill_after)
            if child.poll() is None:
                os.kill(child.pid, signal.SIGKILL)
        child.wait()
        return time.perf_counter() - started

    # one whole change tells how long it takes on this machine; kills then fall anywhere in it
    duration = change(None)
    assert opens_with(db, other, plan_id)
    current, other = other, current
    outcomes = set()
    for attempt in range(30):
        change(rng.uniform(0.05, 1.1) * duration)
        old_works, new_works = opens_with(db, current, plan_id), opens_with(db, other, plan_id)
        assert old_works != new_works, "exactly one of the two passphrases must open the plans"
        outcomes.add(new_works)
        if new_works:
            current, other = other, current
        if attempt >= 11 and outcomes == {True, False}:
            break
    assert outcomes == {True, False}     # the kills fell both before and after the switch


@pytest.fixture
def encrypted_store(marked_file, db_path):
    from pocplanner.exchange import load_file
    store = PlanStore(open_database(db_path, passphrase=PASS))
    store.add_imported(load_file(marked_file).plan)
    return store


def test_a_locked_database_is_closed_until_the_passphrase_is_given(encrypted_store):
    db = encrypted_store.db
    lock(db)
    assert db.locked and db.passphrase is None
    with pytest.raises(DatabaseLocked):
        encrypted_store.list()
    with pytest.raises(WrongPassphrase):
        unlock(db, "not it")
    assert db.locked
    unlock(db, PASS)
    assert encrypted_store.list()[0].title.startswith(MARKERS[0])


def test_opening_needs_the_passphrase(encrypted_store, db_path):
    encrypted_store.db.close()
    with pytest.raises(PassphraseRequired):
        open_database(db_path)
    with pytest.raises(WrongPassphrase):
        open_database(db_path, passphrase="nope nope")


def test_encrypted_backups_restore_with_the_passphrase(encrypted_store, db_path, tmp_path):
    backup = make_backup(encrypted_store.db, "manual")
    assert is_encrypted(backup)
    encrypted_store.delete(encrypted_store.list()[0].id)
    encrypted_store.db.close()
    with pytest.raises(BackupError, match="another passphrase"):
        restore_backup(backup, db_path, passphrase="wrong wrong")
    restore_backup(backup, db_path, passphrase=PASS)
    assert len(PlanStore(open_database(db_path, passphrase=PASS)).list()) == 1
    plain_db = tmp_path / "plain.db"
    plain = PlanStore(open_database(plain_db))
    plain_backup = make_backup(plain.db, "manual")
    plain.db.close()
    with pytest.raises(BackupError, match="encrypted and the database is not"):
        restore_backup(plain_backup, db_path, passphrase=PASS)


def test_set_passphrase_refuses_while_another_connection_writes(encrypted_store, db_path):
    other = open_database(db_path, passphrase=PASS)       # another pocplanner, still open
    other.execute("CREATE TABLE IF NOT EXISTS keepalive (x)")
    encrypted_store.db.close()
    with pytest.raises(StorageError, match="Another pocplanner has the database open"):
        set_passphrase(db_path, PASS, NEW)
    other.close()
    assert opens_with(db_path, PASS, encrypted_store_id(db_path))


def encrypted_store_id(db_path):
    store = PlanStore(open_database(db_path, passphrase=PASS))
    try:
        return store.list()[0].id
    finally:
        store.db.close()


def test_a_database_made_by_the_former_sqlcipher3_wheels_fork_opens(tmp_path):
    """tests/data/made-by-sqlcipher3-wheels.db was written by pocplanner on sqlcipher3-wheels
    0.5.7 (SQLCipher 4.12); upstream sqlcipher3 reads it and writes to it."""
    import shutil

    from pocplanner.storage import PlanStore, open_database
    copy = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "data" / "made-by-sqlcipher3-wheels.db", copy)
    with pytest.raises(WrongPassphrase):
        open_database(copy, passphrase="not the passphrase it was made with")
    store = PlanStore(open_database(copy, passphrase="fixture passphrase made by the fork"))
    plan = store.load("sample-gao-2019-q1")
    assert plan.title and len(plan.threats) == 4
    plan.title += " (opened by upstream sqlcipher3)"
    store.save(plan)
    assert store.load(plan.id).title.endswith("(opened by upstream sqlcipher3)")
