"""The faults of the third hostile round (issue #29), each reproduced first: outputs that
destroyed inputs, the database or devices; lists and numbers without bounds; dates at the
calendar's edge."""
from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

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
    for where, limit in (("plan.threats[0].indicators", MAX_ITEMS["indicators"]),
                         ("plan.early_warning[0].places", MAX_ITEMS["places"]),
                         ("plan.unknown_list", DEFAULT_MAX_ITEMS)):
        assert f"{where}: {limit + 1} items are more than" in "\n".join(texts), texts
    del plan["unknown_list"]
    plan["threats"][0]["indicators"] = ["Rumeur"]
    plan["early_warning"][0]["places"] = ["Gao"]
    plan["areas"] = [f"Lieu {i}" for i in range(MAX_ITEMS["areas"])]      # each list in bounds
    plan["threats"] = [dict(plan["threats"][0], id=f"T{i}", indicators=[f"I{j}" for j in
                                                                         range(9)])
                       for i in range(MAX_ITEMS["threats"])]
    with pytest.raises(ExchangeError) as info:
        load_document(json.dumps(sample_v2_document).encode())
    assert "list entries in all are more than" in info.value.problem_texts("en")[0]
    plan["areas"], plan["threats"] = ["Gao"], plan["threats"][:1]
    plan["early_warning"][0]["levels"][0]["max_hours"] = 9 * 10**18     # no schema maximum
    with pytest.raises(ExchangeError) as info:
        load_document(json.dumps(sample_v2_document).encode())
    assert "plan.early_warning[0].levels[0].max_hours" in info.value.problem_texts("en")[0]


def test_all_the_texts_of_a_plan_together_have_a_maximum(sample_v2_document, tmp_path):
    """Each text has its length (the schema), and the plan all of them together: 51 threats of
    20,000 characters would print hundreds of pages of one threat table."""
    from pocplanner.domain.model import Plan
    from pocplanner.exchange import ExchangeError, export_plan, load_document
    from pocplanner.exchange.limits import MAX_TOTAL_CHARACTERS
    plan = sample_v2_document["plan"]
    n = MAX_TOTAL_CHARACTERS // 20_000 + 1
    kept = plan["threats"]
    plan["threats"] = kept + [dict(kept[0], id=f"T{i}", description="Récit. " * 2857)
                              for i in range(n)]
    with pytest.raises(ExchangeError) as info:
        load_document(json.dumps(sample_v2_document).encode())
    assert info.value.problem_texts("en")[0].startswith("plan: its texts hold ")
    assert "characters in all, more than pocplanner can show and print (at most 1000000)" in \
        info.value.problem_texts("en")[0]
    assert "caractères" in info.value.problem_texts("fr")[0]
    # what the reader refuses, the writer does not write (an app-made plan that grew too big)
    with pytest.raises(ExchangeError):
        export_plan(Plan.from_dict(plan), tmp_path / "big.json")
    assert not (tmp_path / "big.json").exists()
    plan["threats"] = plan["threats"][:-3]                        # within: read
    load_document(json.dumps(sample_v2_document).encode())


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


PASS = {"POCPLANNER_PASSPHRASE": "a long passphrase"}


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_backups_left_in_clear_by_a_killed_passphrase_change_are_encrypted_next_time(
        plan_file, tmp_path):
    """The state a kill between the database's and the backups' encryption leaves (made at
    the file layer: the backups put back as they were before the change)."""
    db = tmp_path / "x.db"
    assert run("import", str(plan_file), db=db).returncode == 0
    for _ in range(3):
        assert run("backup", db=db).returncode == 0
    backups = sorted((tmp_path / "backups").glob("*.db"))
    clear = {p: p.read_bytes() for p in backups}
    result = run("passphrase", db=db, env={"POCPLANNER_NEW_PASSPHRASE": PASS[
        "POCPLANNER_PASSPHRASE"]})
    assert result.returncode == 0, result.stderr
    for path, data in clear.items():        # killed before the backups were re-encrypted
        path.write_bytes(data)
    (tmp_path / "backups" / (backups[0].name + ".rekey")).write_bytes(b"half")
    os.utime(tmp_path / "backups" / (backups[0].name + ".rekey"), (1, 1))
    assert run("list", db=db, env=PASS).returncode == 0
    for path in backups:
        assert not path.read_bytes().startswith(b"SQLite format 3"), path
        assert _mode(path) == 0o600
    assert not list((tmp_path / "backups").glob("*.rekey"))
    restored = run("restore", str(backups[0]), db=db, env=PASS)   # they still restore
    assert restored.returncode == 0, restored.stderr


def test_a_killed_outside_backup_leaves_no_clear_copy_for_long(plan_file, tmp_path):
    db, out = tmp_path / "x.db", tmp_path / "stick" / "copy.db"
    out.parent.mkdir()
    assert run("import", str(plan_file), db=db).returncode == 0
    assert run("backup", str(out), db=db).returncode == 0
    partial = out.with_name(out.name + ".part")       # a copy in progress (its lock held)
    partial.write_bytes(out.read_bytes())
    import fcntl
    with open(partial, "rb") as running:
        fcntl.flock(running, fcntl.LOCK_EX)
        named = run("passphrase", db=db, env={"POCPLANNER_NEW_PASSPHRASE":
                                              "a long passphrase"})
        assert str(partial) in named.stderr           # named: the change cannot reach it
        assert run("list", db=db, env=PASS).returncode == 0
        assert partial.exists()
    assert run("list", db=db, env=PASS).returncode == 0   # killed: nobody holds it
    assert not partial.exists()


def test_a_new_database_needs_a_real_passphrase(plan_file, tmp_path):
    db = tmp_path / "new.db"
    result = run("import", str(plan_file), db=db, env={"POCPLANNER_PASSPHRASE": "a"})
    assert result.returncode == 2 and "at least" in result.stderr, result.stderr
    assert_no_traceback(result)
    assert not db.exists()


def test_the_database_and_backups_stay_private_after_passphrase_and_restore(plan_file,
                                                                            tmp_path):
    db = tmp_path / "x.db"
    old = os.umask(0o022)
    try:
        assert run("import", str(plan_file), db=db).returncode == 0
        assert run("backup", db=db).returncode == 0
        backup = next((tmp_path / "backups").glob("*.db"))
        db.write_bytes(b"\x00" * 4096)                  # damaged
        for suffix in ("-wal", "-shm"):
            (tmp_path / f"x.db{suffix}").unlink(missing_ok=True)
        result = run("restore", str(backup), db=db)
        assert result.returncode == 0, result.stderr
        assert _mode(db) == 0o600
        assert run("passphrase", db=db, env={"POCPLANNER_NEW_PASSPHRASE":
                                             "a long passphrase"}).returncode == 0
        assert _mode(db) == 0o600
        for path in (tmp_path / "backups").glob("*.db"):
            assert _mode(path) == 0o600, path
    finally:
        os.umask(old)


# --- failures of the medium: a real full tmpfs and a read-only bind mount where the machine
# allows mounting (root), else the same faults at the file layer (a file size limit).

def _mounted(tmp_path, name: str, options: list[str]):
    import subprocess
    where = tmp_path / name
    where.mkdir()
    if os.geteuid() != 0:
        return None
    done = subprocess.run(["mount", *options, str(where)], capture_output=True)
    return where if done.returncode == 0 else None


@pytest.fixture
def small_disk(tmp_path):
    import subprocess
    where = _mounted(tmp_path, "small", ["-t", "tmpfs", "-o", "size=2m", "tmpfs"])
    yield where
    if where is not None:
        subprocess.run(["umount", "-l", str(where)])


def _limited(limit_bytes: int):
    import resource

    def preexec():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))
    return preexec


def _run_limited(args, db, limit_bytes, env=None):
    import subprocess

    from cli_helpers import POCPLANNER
    return subprocess.run([POCPLANNER, *args, "--db", str(db)], capture_output=True, text=True,
                          preexec_fn=_limited(limit_bytes), timeout=120,
                          env=dict(os.environ, **(env or {})))


@pytest.mark.parametrize("encrypted", [False, True])
def test_a_full_disk_is_called_full_and_listing_still_works(plan_file, small_disk, tmp_path,
                                                            encrypted):
    env = PASS if encrypted else {}
    if small_disk is None:          # no mount here: the same fault as a file size limit
        db = tmp_path / "x.db"
        assert run("import", str(plan_file), db=db, env=env).returncode == 0
        result = _run_limited(["import", str(plan_file)], db, 4096, env)
        assert result.returncode == 2 and "ulimit" in result.stderr, result.stderr
        return
    db = small_disk / "x.db"
    assert run("import", str(plan_file), db=db, env=env).returncode == 0
    with open(small_disk / "filler", "wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
        except OSError:
            pass
    listed = run("list", db=db, env=env)
    assert listed.returncode == 0 and "sample-gao" in listed.stdout, listed.stderr
    for args in (("import", str(plan_file)), ("backup",),
                 ("incidents", "template", str(small_disk / "t.csv"))):
        result = run(*args, db=db, env=env)
        assert result.returncode == 2, (args, result.stderr)
        assert "disk is full" in result.stderr.lower(), (args, result.stderr)
        for wrong in ("damaged", "passphrase", "busy", "unexpected"):
            assert wrong not in result.stderr, (args, result.stderr)
    assert not (small_disk / "t.csv").exists()


def test_a_read_only_medium_is_called_read_only(plan_file, tmp_path):
    import subprocess
    db = tmp_path / "stick" / "x.db"
    db.parent.mkdir()
    assert run("import", str(plan_file), db=db).returncode == 0
    assert run("backup", db=db).returncode == 0
    ro = _mounted(tmp_path, "ro", ["--bind", str(db.parent)])
    if ro is None:        # no mount here: the file size limit stands for the medium
        result = _run_limited(["backup", str(tmp_path / "out.db")], db, 4096)
        assert result.returncode == 2 and "ulimit" in result.stderr, result.stderr
        assert "busy" not in result.stderr and "unexpected" not in result.stderr
        return
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(ro)], check=True)
        ro_db = ro / "x.db"
        assert run("list", db=ro_db).returncode == 0
        for args, env in ((("backup",), {}), (("backup", str(ro / "out.db")), {}),
                          (("passphrase",), {"POCPLANNER_NEW_PASSPHRASE": "a long passphrase"}),
                          (("incidents", "template", str(ro / "t.csv")), {}),
                          (("import", str(plan_file)), {})):
            result = run(*args, db=ro_db, env=env)
            assert result.returncode == 2, (args, result.stderr)
            assert "read-only" in result.stderr, (args, result.stderr)
            for wrong in ("damaged", "busy", "unexpected"):
                assert wrong not in result.stderr, (args, result.stderr)
        copied = run("backup", str(tmp_path / "fromro.db"), db=ro_db)   # reading works
        assert copied.returncode == 0, copied.stderr
    finally:
        subprocess.run(["umount", "-l", str(ro)])


def test_a_file_size_limit_is_said_as_such(plan_file, tmp_path):
    db = tmp_path / "x.db"
    assert run("import", str(plan_file), db=db).returncode == 0
    for args in (("backup", str(tmp_path / "out.db")), ("pdf", str(plan_file),
                                                       str(tmp_path / "o.pdf"))):
        result = _run_limited(args, db, 8192)
        assert result.returncode == 2, result.stderr
        assert "ulimit" in result.stderr or "too large" in result.stderr, result.stderr
        assert "busy" not in result.stderr and "unexpected" not in result.stderr


def test_passphrase_files_are_read_as_a_line_and_restore_says_what_is_wrong(tmp_path):
    result = subprocess_run_quick(["list", "--passphrase-file", "/dev/zero"], tmp_path)
    assert result.returncode == 2 and "NUL" in result.stderr
    restore = run("restore", "/dev/null", db=tmp_path / "x.db")
    assert restore.returncode == 2 and "is not a file" in restore.stderr


def subprocess_run_quick(args, tmp_path):
    import subprocess

    from cli_helpers import POCPLANNER
    return subprocess.run([POCPLANNER, *args, "--db", str(tmp_path / "x.db")],
                          capture_output=True, text=True, timeout=30)


@pytest.mark.parametrize("head", [b"\x1f\x8b\x08\x00", b"7z\xbc\xaf\x27\x1c\x00\x04",
                                  b"\x00\x00\x00\x20ftypisom"])
def test_archives_and_videos_are_not_called_encrypted(tmp_path, head):
    from pocplanner.storage import is_encrypted
    path = tmp_path / "file.bin"
    path.write_bytes(head + os.urandom(4096 - len(head)))
    assert not is_encrypted(path)


def _pdf_text(path) -> str:
    import subprocess
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_the_redacted_edition_leaves_out_hq_notes_rationales_and_narratives(
        sample_v2_document, tmp_path):
    plan = sample_v2_document["plan"]
    plan["review_note"] = "Noteduqg confidentielle"
    plan["engagements"][0]["decision_rationale"] = "Raisonsecrete du choix"
    plan["scenarios"][0]["narrative"] = "Recitsensible du scenario"
    path = tmp_path / "p.json"
    path.write_text(json.dumps(sample_v2_document), encoding="utf-8")
    full, redacted = tmp_path / "full.pdf", tmp_path / "red.pdf"
    assert run("pdf", str(path), str(full), db=tmp_path / "x.db").returncode == 0
    assert run("pdf", str(path), str(redacted), "--redacted", db=tmp_path / "x.db"
               ).returncode == 0
    full_text = "".join(_pdf_text(full).split())
    red_text = "".join(_pdf_text(redacted).split())
    for secret in ("Noteduqgconfidentielle", "Raisonsecreteduchoix", "Recitsensibleduscenario"):
        assert secret in full_text, secret
        assert secret not in red_text, secret
    assert plan["scenarios"][0]["title"].replace(" ", "") in red_text   # the scenario stays


@pytest.mark.parametrize("lang, more", [("en", "and {n} more"), ("fr", "et {n} autres")])
def test_places_left_off_the_map_are_counted_not_cut_off(sample_v2_document, tmp_path, lang,
                                                         more):
    plan = sample_v2_document["plan"]
    plan["language"] = lang
    unknown = [f"Hameau inconnu numero {i:02d}" for i in range(15)]
    plan["activities"][0]["location"] = unknown[0]
    for i, name in enumerate(unknown[1:]):
        plan["activities"].append(dict(plan["activities"][1], id=f"X{i}", location=name))
    path = tmp_path / "p.json"
    path.write_text(json.dumps(sample_v2_document), encoding="utf-8")
    out = tmp_path / "m.pdf"
    result = run("map", str(path), str(out), db=tmp_path / "x.db")
    assert result.returncode == 0, result.stderr
    text = " ".join(_pdf_text(out).split())
    shown = sum(name in text for name in unknown)
    assert 0 < shown < 15
    assert more.format(n=15 - shown) in text, text[-400:]


def test_arabic_titles_print_joined_in_the_running_header_and_brackets_mirror():
    from pocplanner.reports.shaping import shaped
    assert shaped("هجمات (20)").startswith("(20) ")          # not ")20("
    assert shaped("G1 (20) هجمات").startswith("G1 (20) ")


def test_the_running_header_of_an_arabic_title_is_shaped(sample_v2_document, tmp_path):
    from pocplanner.reports.shaping import shaped
    title = "خطة حماية المدنيين في غاو"
    sample_v2_document["plan"]["title"] = title
    path = tmp_path / "p.json"
    path.write_text(json.dumps(sample_v2_document), encoding="utf-8")
    out = tmp_path / "p.pdf"
    assert run("pdf", str(path), str(out), db=tmp_path / "x.db").returncode == 0
    from pypdf import PdfReader
    pages = PdfReader(str(out)).pages
    header = next(line for line in pages[2].extract_text().splitlines() if "version" in line)
    joined = [ch for ch in header if "\ufe70" <= ch <= "\ufeff"]   # presentation forms
    assert len(joined) >= len(shaped(title).replace(" ", "")) - 2, header
    assert title not in header                  # never the unjoined letters


def test_reading_commands_never_create_a_database(plan_file, tmp_path):
    db = tmp_path / "NEW.db"
    for args in (("check", "no-such-plan"), ("consolidate", "no-such-plan", str(plan_file)),
                 ("pdf", "no-such-plan", str(tmp_path / "o.pdf"))):
        result = run(*args, db=db)
        assert result.returncode == 2 and "neither a file nor" in result.stderr, result.stderr
    assert not db.exists()


def test_consolidate_says_the_reasons_of_a_refused_file_in_french(plan_file, sample_v2_document,
                                                                  tmp_path):
    sample_v2_document["plan"]["threats"][0]["likelihood"] = 9
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(sample_v2_document), encoding="utf-8")
    result = run("consolidate", str(bad), str(plan_file), "--lang", "fr", db=tmp_path / "x.db")
    assert result.returncode == 2 and "dépasse le maximum" in result.stderr, result.stderr


def test_printing_without_the_databases_passphrase_says_what_is_left_out(plan_file, tmp_path):
    db = tmp_path / "x.db"
    assert run("import", str(plan_file), db=db, env=PASS).returncode == 0
    result = run("pdf", str(plan_file), str(tmp_path / "o.pdf"), db=db)
    assert result.returncode == 0, result.stderr
    assert "incident layer and the places added in the app are left out" in result.stderr


@pytest.mark.parametrize("name, words", [
    ("Gao", "A cercle has this name"),
    ("Bankass", "A cercle has this name"),
    ("Hameau\x00nul", "control characters"),
    ("Hameau\x1b[2J", "control characters"),
    ("H" * 100_000, "at most 120 characters"),
])
def test_an_added_place_cannot_move_a_gazetteer_name_nor_hold_control_characters(
        store, name, words):
    from pocplanner.domain import geo
    with pytest.raises(ValueError) as info:
        store.add_place(geo.UserPlace(name, pcode="ML0101"))
    assert words in str(info.value)
    assert store.places() == ()
    assert geo.locate("Gao", extra=store.places())[0].name != "Kayes"



def test_parallel_imports_of_one_incident_file_store_one_source(tmp_path):
    import subprocess

    from cli_helpers import POCPLANNER
    from incident_files import acled_file
    db, path = tmp_path / "x.db", acled_file(tmp_path / "a.csv")
    assert run("list", db=db).returncode == 0
    procs = [subprocess.Popen([POCPLANNER, "incidents", "import", str(path), "--db", str(db)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(6)]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    sources = json.loads(run("incidents", "sources", "--json", db=db).stdout)
    assert [s["events"] for s in sources] == [6]


def test_the_qt_folders_of_killed_apps_are_removed_at_the_next_start(tmp_path):
    import tempfile

    from pocplanner.ui.app import keep_qt_settings_private
    dead = subprocess_dead_pid()
    orphan = Path(tempfile.gettempdir()) / f"pocplanner-qt-{dead}-abc"
    orphan.mkdir()
    mine = keep_qt_settings_private()
    assert not orphan.exists()
    assert Path(mine).is_dir() and f"pocplanner-qt-{os.getpid()}-" in mine


def subprocess_dead_pid() -> int:
    import subprocess
    import sys
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid
