"""A database made by the SQLCipher fork the project used first (`sqlcipher3-wheels` 0.5.7,
SQLCipher 4.12) still opens, reads and writes with the SQLCipher library installed now
(upstream `sqlcipher3`). tests/data/made-by-sqlcipher3-wheels.db was made by the fork with
`pocplanner import` (the format-2 Gao sample), `pocplanner incidents import` (six ACLED rows)
and `pocplanner passphrase`; it is never written in place: each test works on a copy."""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from pocplanner.cli.main import main
from pocplanner.storage import PlanStore, WrongPassphrase, is_encrypted, open_database

DATA = Path(__file__).parent / "data"
FIXTURE = "made-by-sqlcipher3-wheels.db"
PASSPHRASE = "made by the fork sqlcipher3-wheels 0.5.7"
PLAN_ID = "sample-gao-2019-q1"


@pytest.fixture
def fork_db(tmp_path):
    copy = tmp_path / FIXTURE
    shutil.copyfile(DATA / FIXTURE, copy)
    return copy


def pocplanner(capsys, *args: str) -> tuple[int, str, str]:
    saved = sys.stdout, sys.stderr
    try:
        code = main(list(args))
    finally:
        sys.stdout, sys.stderr = saved
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_fork_made_an_encrypted_database(fork_db):
    assert is_encrypted(fork_db)
    with pytest.raises(WrongPassphrase):
        open_database(fork_db, passphrase="not the passphrase at all")


def test_a_database_made_by_the_fork_opens_reads_and_writes(fork_db):
    store = PlanStore(open_database(fork_db, passphrase=PASSPHRASE))
    try:
        plan = store.load(PLAN_ID)
        assert plan.threats and plan.scenarios      # format-2 sections came through
        store.save(plan)                            # and it writes with the new library
    finally:
        store.db.close()
    store = PlanStore(open_database(fork_db, passphrase=PASSPHRASE))
    try:
        assert [s.id for s in store.list()] == [PLAN_ID]
    finally:
        store.db.close()


def test_the_command_line_reads_the_fork_database(capsys, fork_db, monkeypatch):
    monkeypatch.setenv("POCPLANNER_PASSPHRASE", PASSPHRASE)
    code, out, err = pocplanner(capsys, "check", PLAN_ID, "--json", "--db", str(fork_db))
    assert code == 0, err
    assert json.loads(out)["advisories"] == []
    code, out, err = pocplanner(capsys, "incidents", "sources", "--json", "--db", str(fork_db))
    assert code == 0, err
    [source] = json.loads(out)
    assert (source["format"], source["events"]) == ("acled", 6)
