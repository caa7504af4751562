"""The faults a hostile test round found (issue #18), each reproduced first."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from cli_helpers import POCPLANNER, assert_no_traceback, run

pytestmark = pytest.mark.slow      # processes run in parallel, files on disk


def _start(*args, db):
    return subprocess.Popen([POCPLANNER, *args, "--db", str(db)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def test_parallel_imports_never_overwrite_a_plan(sample_path, sample_document, tmp_path):
    """20 processes import at once into a new database: 20 plans, 20 different ids."""
    db = tmp_path / "c.db"
    other = tmp_path / "other.json"
    sample_document["plan"]["title"] = "Another plan with the same id"
    other.write_text(json.dumps(sample_document), encoding="utf-8")
    procs = [_start("import", str(other if i % 5 == 0 else sample_path), db=db)
             for i in range(20)]
    ids = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        ids.append(out.strip())
    assert len(set(ids)) == 20
    listed = json.loads(run("list", "--json", db=db).stdout)
    assert sorted(p["id"] for p in listed) == sorted(ids)
    titles = [p["title"] for p in listed]
    assert titles.count("Another plan with the same id") == 4


def test_restoring_the_database_onto_itself_is_refused_not_a_hang(sample_path, tmp_path):
    db = tmp_path / "x.db"
    assert run("import", str(sample_path), db=db).returncode == 0
    result = run("restore", str(db), db=db)          # run() has a 120 s timeout
    assert result.returncode == 2 and "is the database itself" in result.stderr
    assert_no_traceback(result)
    assert json.loads(run("list", "--json", db=db).stdout)      # nothing lost


def test_terminal_escapes_in_a_received_file_are_shown_not_obeyed(sample_document, tmp_path):
    evil = "\x1b]0;pwned\x07\x1b[2J Title \x9b31m"
    sample_document["plan"]["title"] = evil
    sample_document["plan"]["prepared_by"] = evil
    sample_document["plan"]["threats"][0]["title"] = evil
    path = tmp_path / "evil.json"
    path.write_text(json.dumps(sample_document), encoding="utf-8")
    db = tmp_path / "x.db"
    plan_id = run("import", str(path), db=db).stdout.strip()
    for args in (("list",), ("check", plan_id), ("history", plan_id), ("check", str(path))):
        result = run(*args, db=db)
        for stream in (result.stdout, result.stderr):
            assert "\x1b" not in stream and "\x07" not in stream and "\x9b" not in stream
    assert "\\x1b]0;pwned" in run("list", db=db).stdout


@pytest.mark.parametrize("wanted, stored", [("../../etc/passwd", "etc-passwd"),
                                            ("-rf", "rf"), (".hidden", "hidden"),
                                            ("a/b c", "a-b-c")])
def test_unsafe_plan_ids_are_mapped_on_import_and_said(sample_document, tmp_path, wanted,
                                                       stored):
    sample_document["plan"]["id"] = wanted
    path = tmp_path / "p.json"
    path.write_text(json.dumps(sample_document), encoding="utf-8")
    result = run("import", str(path), db=tmp_path / "x.db")
    assert result.returncode == 0 and result.stdout.strip() == stored
    assert "is not a safe name" in result.stderr
