"""Every command of the command line run in process, through the same entry point the
installed `pocplanner` calls (cli.main.main), so that coverage sees the command line too.
The process-level tests (test_cli.py and others) check what a user sees from a shell."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from conftest import SAMPLE_V2_ADVISORIES
from incident_files import acled_file
from pocplanner.cli.main import main
from pocplanner.cli.parser import COMMANDS


def pocplanner(capsys, *args: str) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of `pocplanner ARGS` run in this process."""
    saved = sys.stdout, sys.stderr
    try:
        code = main(list(args))
    finally:
        sys.stdout, sys.stderr = saved          # main() wraps them for the terminal's sake
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "library.db")


def test_plans_in_and_out(capsys, db, sample_v2_path, tmp_path):
    code, out, _ = pocplanner(capsys, "import", str(sample_v2_path), "--db", db)
    plan_id = out.strip()
    assert code == 0 and plan_id
    code, out, _ = pocplanner(capsys, "list", "--json", "--db", db)
    assert code == 0 and [p["id"] for p in json.loads(out)] == [plan_id]
    code, out, _ = pocplanner(capsys, "check", plan_id, "--json", "--db", db)
    found = [(a["code"], a["refs"]) for a in json.loads(out)["advisories"]]
    assert code == 0 and found == SAMPLE_V2_ADVISORIES
    exported = tmp_path / "out.json"
    assert pocplanner(capsys, "export", plan_id, str(exported), "--db", db)[0] == 0
    assert json.loads(exported.read_text(encoding="utf-8"))["format_version"] == 3
    pdf = tmp_path / "plan.pdf"
    assert pocplanner(capsys, "pdf", plan_id, str(pdf), "--db", db)[0] == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    report = tmp_path / "status.pdf"
    assert pocplanner(capsys, "report", plan_id, str(report), "--as-of", "2019-02-01",
                      "--db", db)[0] == 0
    assert report.read_bytes().startswith(b"%PDF")
    png = tmp_path / "map.png"
    assert pocplanner(capsys, "map", plan_id, str(png), "--db", db)[0] == 0
    assert png.read_bytes().startswith(b"\x89PNG")
    code, out, _ = pocplanner(capsys, "consolidate", plan_id, "--json", "--db", db)
    assert code in (0, 1) and "advisories" in json.loads(out)
    code, out, _ = pocplanner(capsys, "history", plan_id, "--json", "--db", db)
    assert code == 0 and json.loads(out)
    code, _, err = pocplanner(capsys, "delete", plan_id, "--db", db)
    assert code == 0
    code, _, err = pocplanner(capsys, "export", plan_id, str(exported), "--db", db)
    assert code == 2 and plan_id in err and "Traceback" not in err


def test_the_database_commands(capsys, db, sample_path, tmp_path, monkeypatch):
    assert pocplanner(capsys, "import", str(sample_path), "--db", db)[0] == 0
    code, out, _ = pocplanner(capsys, "backup", "--db", db)
    assert code == 0 and out.strip().endswith(".db")
    backup = out.strip()
    monkeypatch.setenv("POCPLANNER_NEW_PASSPHRASE", "a long enough passphrase for tests")
    code, _, err = pocplanner(capsys, "passphrase", "--db", db)
    assert code == 0, err
    monkeypatch.setenv("POCPLANNER_PASSPHRASE", "a long enough passphrase for tests")
    code, _, err = pocplanner(capsys, "restore", backup, "--db", db)
    assert code in (0, 2) and "Traceback" not in err


def test_incident_data(capsys, db, tmp_path):
    template = tmp_path / "log.csv"
    assert pocplanner(capsys, "incidents", "template", str(template), "--db", db)[0] == 0
    source = acled_file(tmp_path / "acled.csv")
    code, out, err = pocplanner(capsys, "incidents", "import", str(source), "--json", "--db", db)
    assert code == 0, err
    code, out, _ = pocplanner(capsys, "incidents", "sources", "--json", "--db", db)
    [found] = json.loads(out)
    code, out, _ = pocplanner(capsys, "incidents", "summary", "--by", "region", "--json",
                              "--db", db)
    assert code == 0 and json.loads(out)["rows"]
    assert pocplanner(capsys, "incidents", "delete", str(found["id"]), "--db", db)[0] == 0


def test_the_app_says_what_it_needs_without_a_display(capsys, db, monkeypatch):
    """The app itself starts in test_cli.py (a process of its own: it takes over the Qt
    application); in process, the gui command's own path up to the display check."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.delenv("DISPLAY", raising=False)
    code, _, err = pocplanner(capsys, "gui", "--exit-after-start", "--db", db)
    assert code == 2 and "DISPLAY is not set" in err


def test_errors_are_one_line_and_help_is_there(capsys, db, tmp_path):
    code, _, err = pocplanner(capsys, "check", str(tmp_path / "missing.json"), "--db", db)
    assert code == 2 and "does not exist" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as done:
        pocplanner(capsys, "--help")
    shown = capsys.readouterr().out
    assert done.value.code == 0 and all(name in shown for name in COMMANDS)


def test_the_network_commands_without_syncthing(capsys, db, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "no-syncthing-here"))
    monkeypatch.delenv("POCPLANNER_SYNCTHING", raising=False)
    code, _, err = pocplanner(capsys, "network", "status", "--db", db)
    assert code == 2 and "apt-get install syncthing" in err
    code, _, err = pocplanner(capsys, "network", "receive", "--from", str(tmp_path), "--db", db)
    assert code == 2 and "network init" in err      # USB files need the network passphrase


def test_every_command_has_an_in_process_test():
    """Each command of the registry is run by one of the tests above (read from this file,
    so the check holds however the tests are selected or ordered)."""
    source = Path(__file__).read_text(encoding="utf-8")
    run = set(re.findall(r'pocplanner\(capsys, "([a-z-]+)"', source))
    assert set(COMMANDS) <= run, sorted(set(COMMANDS) - run)
