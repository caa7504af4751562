"""The faults a hostile test round found (issue #18), each reproduced first."""
from __future__ import annotations

import json
import subprocess

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


def test_weak_passphrases_are_refused_for_exchange_files_too(sample_path, tmp_path):
    db = tmp_path / "x.db"
    plan_id = run("import", str(sample_path), db=db).stdout.strip()
    result = run("export", plan_id, str(tmp_path / "x.json"), "--encrypt", db=db,
                 env={"POCPLANNER_PASSPHRASE": "a"})
    assert result.returncode == 2 and "at least 8 characters" in result.stderr
    assert not (tmp_path / "x.json").exists()


def test_passphrase_files_are_normalised_and_a_nul_is_refused(sample_path, tmp_path):
    import unicodedata
    db = tmp_path / "x.db"
    composed = "phrase très secrète"
    plan_id = run("import", str(sample_path), db=db,
                  env={"POCPLANNER_PASSPHRASE": composed}).stdout.strip()
    decomposed = tmp_path / "pass.txt"       # another editor: decomposed é, a byte-order mark
    decomposed.write_text("\ufeff" + unicodedata.normalize("NFD", composed) + "\n",
                          encoding="utf-8")
    listed = run("list", "--passphrase-file", str(decomposed), db=db)
    assert listed.returncode == 0 and plan_id in listed.stdout
    nul = tmp_path / "nul.txt"
    nul.write_bytes(b"secret\x00secret\n")
    fresh = tmp_path / "fresh.db"
    refused = run("list", "--passphrase-file", str(nul), db=fresh)
    assert refused.returncode == 2 and "NUL" in refused.stderr
    assert_no_traceback(refused)
    assert not fresh.exists()                # no empty database left behind


def test_leftovers_of_killed_backups_and_passphrase_changes_are_cleaned(sample_path, tmp_path):
    import os
    import time
    db = tmp_path / "x.db"
    assert run("import", str(sample_path), db=db).returncode == 0
    backups = tmp_path / "backups"
    backups.mkdir(exist_ok=True)
    old = time.time() - 3600
    leftovers = [backups / f"x-2026{i}.db.part" for i in range(10)]
    leftovers += [backups / "x-20260.db.part-journal", tmp_path / "x.db.rekey-journal"]
    for path in leftovers:
        path.write_bytes(b"half a copy")
        os.utime(path, (old, old))
    fresh = backups / "x-now.db.part"          # a backup running right now: left alone
    fresh.write_bytes(b"in progress")
    import fcntl
    with open(fresh, "rb") as running:          # its process holds its lock (#29)
        fcntl.flock(running, fcntl.LOCK_EX)
        young = backups / "x-killed-now.db.part"   # killed a second ago: no lock, removed
        young.write_bytes(b"half a copy")
        assert run("backup", db=db).returncode == 0
    assert not any(p.exists() for p in leftovers) and fresh.exists()
    assert not young.exists()


def test_a_damaged_plain_database_is_called_damaged_not_encrypted(sample_path, tmp_path):
    from pocplanner.storage import is_encrypted
    db = tmp_path / "x.db"
    assert run("import", str(sample_path), db=db).returncode == 0
    run("backup", db=db)
    secret = tmp_path / "s.db"
    assert run("import", str(sample_path), db=secret,
               env={"POCPLANNER_PASSPHRASE": "a long enough passphrase"}).returncode == 0
    assert is_encrypted(secret) and not is_encrypted(db)
    data = bytearray(db.read_bytes())
    data[:100] = bytes(range(100))                 # the first page's header destroyed
    db.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"x.db{suffix}").unlink(missing_ok=True)
    assert not is_encrypted(db)
    result = run("list", db=db)
    assert result.returncode == 2 and "damaged" in result.stderr
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    assert not is_encrypted(picture)
    listed = run("list", db=picture)
    assert listed.returncode == 2 and "not a pocplanner database" in listed.stderr


def test_smaller_gaps_get_clear_messages(sample_path, sample_document, tmp_path):
    db = tmp_path / "x.db"
    plan_id = run("import", str(sample_path), db=db).stdout.strip()
    folder = tmp_path / "copies"
    folder.mkdir()
    into_folder = run("backup", str(folder), db=db)          # a folder: the copy goes in it
    assert into_folder.returncode == 0 and list(folder.glob("*.db"))
    huge = run("history", plan_id, "--restore", "99999999999999999999", db=db)
    assert huge.returncode == 2 and "no plan or version" in huge.stderr
    missing_folder = run("export", plan_id, str(tmp_path / "no" / "such" / "x.json"), db=db)
    assert missing_folder.returncode == 2 and "cannot be written" in missing_folder.stderr
    assert "cannot be exported yet" not in missing_folder.stderr
    a_folder = tmp_path / "elsewhere" / "afolder"
    a_folder.mkdir(parents=True)
    refused = run("list", db=a_folder)
    assert refused.returncode == 2 and "is a folder" in refused.stderr
    assert not (tmp_path / "elsewhere" / "logs").exists()
    for result in (into_folder, huge, missing_folder, refused):
        assert_no_traceback(result)


def test_duplicate_keys_and_lone_surrogates_are_refused(sample_path, tmp_path):
    text = sample_path.read_text(encoding="utf-8")
    twice = tmp_path / "twice.json"
    twice.write_text(text.replace('"sensitivity": "strictly_confidential"',
                                  '"sensitivity": "unclassified", '
                                  '"sensitivity": "strictly_confidential"', 1),
                     encoding="utf-8")
    result = run("import", str(twice), db=tmp_path / "x.db")
    assert result.returncode == 2 and "appears twice" in result.stderr
    lone = tmp_path / "lone.json"
    lone.write_text(text.replace('"title": "', '"title": "\\ud800', 1), encoding="utf-8")
    for command in (("import", str(lone)), ("check", str(lone)),
                    ("pdf", str(lone), str(tmp_path / "x.pdf"))):
        result = run(*command, db=tmp_path / "x.db")
        assert result.returncode == 2 and "lone UTF-16 surrogate" in result.stderr, command
        assert_no_traceback(result)


def test_every_plan_the_schema_accepts_prints(sample_document, tmp_path):
    """Texts far longer than a page in table cells, one huge word, 400 areas."""
    plan = sample_document["plan"]
    plan["threats"][0]["description"] = "Long description. " * 300          # ~5,400 chars
    plan["threats"][0]["sources"] = "source " * 1500                        # ~10,500 chars
    plan["threats"][1]["description"] = "x" * 2300                          # one huge word
    plan["activities"][0]["notes"] = ("A note line.\n" * 1600)[:20000]
    plan["engagements"][0]["decision_rationale"] = "Because " * 2500
    plan["areas"] = [f"Village {i}" for i in range(400)]
    path = tmp_path / "long.json"
    path.write_text(json.dumps(sample_document), encoding="utf-8")
    out = tmp_path / "long.pdf"
    result = run("pdf", str(path), str(out), "--lang", "en", db=tmp_path / "x.db")
    assert result.returncode == 0, result.stderr
    from pypdf import PdfReader
    text = " ".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "Annex: texts too long for their table" in text and "Village 399" in text


def test_database_backups_and_log_are_private(sample_path, tmp_path):
    import stat
    home = tmp_path / "data"
    db = home / "p.db"
    assert run("import", str(sample_path), db=db).returncode == 0
    assert run("backup", db=db).returncode == 0

    def mode(path):
        return stat.S_IMODE(path.stat().st_mode)
    assert mode(home) == 0o700 and mode(db) == 0o600
    backups = home / "backups"
    assert mode(backups) == 0o700 and all(mode(b) == 0o600 for b in backups.glob("*.db"))
    assert mode(home / "logs") == 0o700 and mode(home / "logs" / "pocplanner.log") == 0o600


@pytest.mark.gui
def test_qt_remembers_no_folder_outside_the_app(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from pocplanner.ui.app import keep_qt_settings_private
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folder = keep_qt_settings_private()
    qt = QSettings("QtProject", "Qt")
    qt.setValue("filedialog/lastVisited", "file:///media/usb/Mopti")
    qt.sync()
    assert qt.fileName().startswith(folder)
    assert not (tmp_path / "config").exists()


def test_encrypting_leaves_no_clear_copy_it_knows_of_and_names_the_others(sample_path,
                                                                           tmp_path):
    db = tmp_path / "p.db"
    assert run("import", str(sample_path), db=db).returncode == 0
    assert run("backup", db=db).returncode == 0
    damaged = next((tmp_path / "backups").glob("*.db"))
    data = bytearray(damaged.read_bytes())
    data[100:4096] = bytes(len(data[100:4096]))       # a damaged backup, in clear
    damaged.write_bytes(bytes(data))
    outside = tmp_path / "stick" / "copy.db"
    outside.parent.mkdir()
    assert run("backup", str(outside), db=db).returncode == 0
    result = run("passphrase", db=db, env={"POCPLANNER_NEW_PASSPHRASE": "a long passphrase"})
    assert result.returncode == 0, result.stderr
    assert not damaged.exists() and damaged.with_name(damaged.name + ".sealed").exists()
    assert str(outside) in result.stderr and "not encrypted by this change" in result.stderr
    marker = b"SQLite format 3"
    for path in (tmp_path / "backups").iterdir():
        assert not path.read_bytes().startswith(marker), path


def test_a_full_disk_is_said_as_such_and_loses_nothing(sample_path, tmp_path):
    """SQLite's own 'database or disk is full', provoked by capping the file's pages."""
    from builders import large_plan
    from pocplanner.exchange import load_file
    from pocplanner.storage import DiskFull, PlanStore, open_database
    db_path = tmp_path / "full.db"
    store = PlanStore(open_database(db_path))
    first = load_file(sample_path).plan
    store.save(first)
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(DiskFull) as info:
        store.save(large_plan())
    assert "The disk is full" in info.value.text("en")
    assert "Le disque est plein" in info.value.text("fr")
    store.db.close()
    again = PlanStore(open_database(db_path))
    assert [p.id for p in again.list()] == [first.id]        # nothing half-written


def test_a_database_that_cannot_be_written_still_reads(sample_path, tmp_path):
    from pocplanner.exchange import load_file
    from pocplanner.storage import NotWritable, PlanStore, open_database
    db_path = tmp_path / "ro.db"
    store = PlanStore(open_database(db_path))
    plan = load_file(sample_path).plan
    store.save(plan)
    store.db.close()
    reader = PlanStore(open_database(db_path, readonly=True))
    assert reader.load(plan.id).title == plan.title and len(reader.list()) == 1
    with pytest.raises(NotWritable) as info:
        reader.save(plan)
    assert "cannot write to" in info.value.text("en")


def test_a_log_that_cannot_be_written_prints_no_traceback(sample_path, tmp_path):
    (tmp_path / "logs").write_text("a file where the log folder should be")
    result = run("import", str(tmp_path / "missing.json"), db=tmp_path / "x.db")
    assert result.returncode == 2
    assert_no_traceback(result)


def test_plans_larger_than_the_product_can_print_are_refused_clearly(sample_document,
                                                                     tmp_path):
    sample_document["plan"]["areas"] = [f"Village {i}" for i in range(1001)]
    path = tmp_path / "big.json"
    path.write_text(json.dumps(sample_document), encoding="utf-8")
    result = run("import", str(path), db=tmp_path / "x.db")
    assert result.returncode == 2 and "plan.areas: 1001 items" in result.stderr
    assert_no_traceback(result)


def test_arabic_prints_shaped_right_to_left_and_emoji_print_as_something(sample_document,
                                                                          tmp_path):
    from pocplanner.reports.shaping import shaped
    word = "قرية"                                         # "village", logical order
    out = shaped(word)
    # joined presentation forms, right to left: final ة first, initial ق last
    assert out == "\ufe94\ufef3\ufeae\ufed7"
    assert shaped("🛡 base") == "[shield] base"              # a glyph the font lacks: named
    sample_document["plan"]["title"] = f"{word} Koro 🛡"
    path = tmp_path / "ar.json"
    path.write_text(json.dumps(sample_document, ensure_ascii=False), encoding="utf-8")
    out_pdf = tmp_path / "ar.pdf"
    result = run("pdf", str(path), str(out_pdf), "--lang", "en", db=tmp_path / "x.db")
    assert result.returncode == 0, result.stderr
    from pypdf import PdfReader
    text = PdfReader(str(out_pdf)).pages[0].extract_text()
    assert "[shield]" in text


def test_an_encrypted_database_whose_salt_starts_like_json_is_still_encrypted(tmp_path):
    """SQLCipher's first 16 bytes are a random salt: one new database in 256 starts with "{".
    It must not be taken for a JSON file (nor, then, called damaged)."""
    import os

    from pocplanner.storage import is_encrypted
    path = tmp_path / "salt.db"
    path.write_bytes(b"{" + os.urandom(8191))
    assert is_encrypted(path)
    text = tmp_path / "plan.json"
    text.write_bytes(b'{"format": "pocplan", "plan": {"title": "' + b"x" * 9000 + b'"}}'[:8192])
    assert not is_encrypted(text)
