"""The faults of the third hostile round (issue #29), each reproduced first: outputs that
destroyed inputs, the database or devices; lists and numbers without bounds; dates at the
calendar's edge."""
from __future__ import annotations

import json
import os
import shutil
import stat

import pytest

from cli_helpers import assert_no_traceback, run

pytestmark = pytest.mark.slow      # the installed command, as processes


@pytest.fixture
def plan_file(tmp_path, sample_v2_path):
    path = tmp_path / "in.json"
    shutil.copy(sample_v2_path, path)
    return path


def _refused(result, words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert words in result.stderr, result.stderr
    assert_no_traceback(result)


def test_pdf_of_a_plan_onto_itself_is_refused_and_the_plan_kept(plan_file, tmp_path):
    before = plan_file.read_bytes()
    _refused(run("pdf", str(plan_file), str(plan_file), db=tmp_path / "x.db"),
             "it is an input of this command")
    other = tmp_path / "b.json"
    shutil.copy(plan_file, other)
    _refused(run("consolidate", str(plan_file), str(other), "--pdf", str(other),
                 db=tmp_path / "x.db"), "it is an input of this command")
    assert plan_file.read_bytes() == before and other.read_bytes() == before


def test_a_backup_onto_the_database_is_refused(plan_file, tmp_path):
    db = tmp_path / "lib.db"
    assert run("import", str(plan_file), db=db).returncode == 0
    _refused(run("backup", str(db), db=db), "it is the database itself")
    (tmp_path / "backups").mkdir(exist_ok=True)
    _refused(run("pdf", str(plan_file), str(tmp_path / "backups" / "x.pdf"), db=db),
             "backups folder")
    _refused(run("pdf", str(plan_file), str(db), db=db), "it is the database itself")
    copy = tmp_path / "copy.db"
    assert run("backup", str(copy), db=db).returncode == 0
    _refused(run("pdf", str(plan_file), str(copy), db=db), "it is a database")
    assert run("backup", str(copy), db=db).returncode == 0       # a newer copy over the old


def test_a_database_once_copied_onto_itself_is_never_called_an_outside_copy(plan_file,
                                                                             tmp_path):
    from pocplanner.storage import open_database
    db = tmp_path / "lib.db"
    assert run("import", str(plan_file), db=db).returncode == 0
    conn = open_database(db)          # as an older pocplanner recorded it
    conn.execute("INSERT INTO copies (path, made_at) VALUES (?, '2026-01-01')",
                 [str(db.resolve())])
    conn.close()
    result = run("passphrase", db=db, env={"POCPLANNER_NEW_PASSPHRASE": "a long passphrase"})
    assert result.returncode == 0, result.stderr
    assert "delete it" not in result.stderr


@pytest.mark.parametrize("kind", ["symlink", "fifo", "device", "folder"])
def test_links_fifos_devices_and_folders_are_never_replaced(plan_file, tmp_path, kind):
    out = tmp_path / "out.pdf"
    target = tmp_path / "target.txt"
    target.write_text("kept")
    if kind == "symlink":
        out.symlink_to(target)
    elif kind == "fifo":
        os.mkfifo(out)
    elif kind == "folder":
        out.mkdir()
    else:
        out = "/dev/null"
    mode = os.lstat(out).st_mode
    for args in (("pdf", str(plan_file), str(out)), ("map", str(plan_file), str(out)),
                 ("incidents", "template", str(out))):
        result = run(*args, db=tmp_path / "x.db")
        assert result.returncode == 2, (args, result.stderr)
        assert "is not written" in result.stderr or "folder" in result.stderr, result.stderr
        assert_no_traceback(result)
    assert os.lstat(out).st_mode == mode and target.read_text() == "kept"
    assert stat.S_ISREG(os.lstat(tmp_path / "target.txt").st_mode)


def test_the_file_layer_never_renames_over_a_link(tmp_path):
    from pocplanner.files import write_atomically
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "elsewhere")
    with pytest.raises(OSError):
        write_atomically(link, b"data")
    assert link.is_symlink() and not (tmp_path / "elsewhere").exists()


@pytest.mark.parametrize("where, value", [
    (("activities", 0, "end"), "9999-12-31"),
    (("period", "start"), "0001-01-01"),
    (("activities", 0, "start"), "1899-12-31"),
])
def test_dates_at_the_calendars_edge_are_refused_with_the_path(sample_v2_document, tmp_path,
                                                               where, value):
    node = sample_v2_document["plan"]
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = value
    path = tmp_path / "edge.json"
    path.write_text(json.dumps(sample_v2_document), encoding="utf-8")
    for command in (("import", str(path)), ("check", str(path)),
                    ("pdf", str(path), str(tmp_path / "o.pdf"))):
        result = run(*command, db=tmp_path / "x.db")
        assert result.returncode == 2, result.stderr
        assert "outside the dates pocplanner handles" in result.stderr
        assert "plan." + ".".join(map(str, where)).replace(".0.", "[0].") in result.stderr
        assert_no_traceback(result)


def test_every_list_has_a_maximum_and_numbers_a_range(sample_v2_document):
    from pocplanner.exchange import ExchangeError, load_document
    from pocplanner.exchange.limits import DEFAULT_MAX_ITEMS, MAX_ITEMS
    plan = sample_v2_document["plan"]
    plan["threats"][0]["indicators"] = ["Rumeur"] * (MAX_ITEMS["indicators"] + 1)
    plan["early_warning"][0]["places"] = [f"Lieu {i}" for i in range(MAX_ITEMS["places"] + 1)]
    plan["unknown_list"] = [1] * (DEFAULT_MAX_ITEMS + 1)     # a list of any later format
    with pytest.raises(ExchangeError) as info:
        load_document(json.dumps(sample_v2_document).encode())
    texts = info.value.problem_texts("en")
    assert any(t.startswith("plan.threats[0].indicators: 201 items") for t in texts), texts
    assert any(t.startswith("plan.early_warning[0].places: 201 items") for t in texts), texts
    assert any(t.startswith("plan.unknown_list: 201 items") for t in texts), texts
    del plan["unknown_list"]
    plan["threats"][0]["indicators"] = ["Rumeur"]
    plan["early_warning"][0]["places"] = ["Gao"]
    plan["early_warning"][0]["levels"][0]["max_hours"] = 9 * 10**18     # no schema maximum
    with pytest.raises(ExchangeError) as info:
        load_document(json.dumps(sample_v2_document).encode())
    assert "plan.early_warning[0].levels[0].max_hours" in info.value.problem_texts("en")[0]


def test_a_format_version_that_is_not_a_number_is_said_so(sample_v2_document):
    from pocplanner.exchange import ExchangeError, load_document
    sample_v2_document["format_version"] = True
    with pytest.raises(ExchangeError) as info:
        load_document(json.dumps(sample_v2_document).encode())
    text = info.value.problem_texts("en")[0]
    assert "true is not a format version" in text and "reads version 1" not in text


def test_deleting_a_source_keeps_the_events_a_newer_source_also_holds(store, tmp_path):
    from incident_files import ACLED_EVENTS, acled_file
    from pocplanner.services.incidents import delete_source, import_incidents, summary
    from pocplanner.storage import incident_queries as q
    jan = import_incidents(store.db, acled_file(tmp_path / "jan.csv", events=ACLED_EVENTS[:3]))
    feb = import_incidents(store.db, acled_file(tmp_path / "feb.csv", events=ACLED_EVENTS[:4]))
    assert (feb.events, feb.duplicates) == (4, 3)
    assert delete_source(store.db, jan.source_id) == 0        # feb holds all three
    assert q.total(store.db, q.Where()).events == 4
    assert sum(r["events"] for r in summary(store.db, by="region")) == 4
    assert delete_source(store.db, feb.source_id) == 4
    assert q.total(store.db, q.Where()).events == 0


def test_incidents_delete_says_what_it_did_and_refuses_huge_ids(tmp_path):
    from incident_files import acled_file
    db = tmp_path / "x.db"
    assert run("incidents", "import", str(acled_file(tmp_path / "a.csv")), db=db).returncode == 0
    done = run("incidents", "delete", "1", db=db)
    assert done.returncode == 0 and "Deleted incident source 1 and 6 events" in done.stderr
    for value in ("99999999999999999999999", "-1", "0"):
        result = run("incidents", "delete", value, db=db)
        assert result.returncode == 2 and "There is no incident source" in result.stderr
        assert_no_traceback(result)


def test_the_template_imported_unchanged_stores_no_event(tmp_path):
    db, template = tmp_path / "x.db", tmp_path / "log.csv"
    assert run("incidents", "template", str(template), db=db).returncode == 0
    result = run("incidents", "import", str(template), db=db)
    assert result.returncode == 2 and "example row" in result.stderr, result.stderr
    assert "Nothing was imported" in result.stderr
    assert "No incident data yet" in run("incidents", "sources", db=db).stdout


def _log(path, rows):
    from incident_files import log_file
    return log_file(path, rows=rows)


@pytest.mark.parametrize("cell, column, value, words", [
    (10, "fatalities", "9000000000000000000", "more than pocplanner counts"),
    (10, "fatalities", "9e18", "more than pocplanner counts"),
    (10, "fatalities", "١٢", "not a number"),
    (1, "date", "2020-07-31Tgarbage!!", "not a date"),
    (1, "date", "٢٠٢٠-٠٧-٣١", "not a date"),
    (1, "date", "9999-12-31", "outside the dates"),
])
def test_incident_numbers_and_dates_are_strict_and_bounded(tmp_path, cell, column, value,
                                                           words):
    from incident_files import LOG_ROWS
    good = [list(r) for r in LOG_ROWS]
    bad = list(good[0])
    bad[cell] = value
    bad[0] = "BAD-1"
    path = _log(tmp_path / "log.csv", [bad, *good[1:]])
    db = tmp_path / "x.db"
    result = run("incidents", "import", str(path), db=db)
    assert result.returncode == 0, result.stderr
    assert words in result.stderr and column in result.stderr, result.stderr
    summary = run("incidents", "summary", "--by", "region", db=db)
    assert summary.returncode == 0, summary.stderr
    assert_no_traceback(summary)


def test_a_cell_over_the_limit_refuses_the_file_with_its_line(tmp_path):
    from incident_files import LOG_ROWS
    rows = [list(r) for r in LOG_ROWS]
    rows[1][4] = "x" * (17 << 20)
    path = _log(tmp_path / "log.csv", rows)
    result = run("incidents", "import", str(path), db=tmp_path / "x.db")
    assert result.returncode == 2 and "line 3: a cell is longer than 1 MB" in result.stderr, \
        result.stderr
    assert_no_traceback(result)
