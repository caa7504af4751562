"""The installed `pocplanner` command, run as a user runs it."""
import json
import os
import subprocess

import pytest

from cli_helpers import POCPLANNER, assert_no_traceback, run
from conftest import SAMPLE_V2_ADVISORIES

pytestmark = pytest.mark.slow      # each test starts the command in new processes


def test_the_command_is_installed():
    assert POCPLANNER, "pocplanner is not installed beside this Python"


def test_import_list_check_export_delete(sample_v2_path, db_path, tmp_path):
    sample_path = sample_v2_path          # warnings only: it has a matrix, scenarios
    imported = run("import", str(sample_path), db=db_path)
    assert (imported.returncode, imported.stdout) == (0, "sample-gao-2019-q1\n")

    listed = run("list", "--json", db=db_path)
    [row] = json.loads(listed.stdout)
    assert (row["id"], row["region"], row["status"], row["period"]) == (
        "sample-gao-2019-q1", "Gao", "draft", {"start": "2019-01-01", "end": "2019-03-31"})
    table = run("list", db=db_path)
    assert "sample-gao-2019-q1" in table.stdout and "Gao" in table.stdout

    checked = run("check", "sample-gao-2019-q1", "--json", db=db_path)
    found = [(a["code"], a["refs"]) for a in json.loads(checked.stdout)["advisories"]]
    assert (checked.returncode, found) == (0, SAMPLE_V2_ADVISORIES)      # warnings only

    out = tmp_path / "exported.pocplan.json"
    exported = run("export", "sample-gao-2019-q1", str(out), db=db_path)
    assert exported.returncode == 0, exported.stderr
    assert json.loads(out.read_text("utf-8"))["plan"] == \
        json.loads(sample_path.read_text("utf-8"))["plan"]

    deleted = run("delete", "sample-gao-2019-q1", db=db_path)
    assert deleted.returncode == 0
    assert json.loads(run("list", "--json", db=db_path).stdout) == []


def test_importing_the_same_plan_twice_keeps_both(sample_path, db_path):
    assert run("import", str(sample_path), db=db_path).stdout == "sample-gao-2019-q1\n"
    second = run("import", str(sample_path), db=db_path)
    assert second.stdout == "sample-gao-2019-q1-2\n"
    assert "already stored" in second.stderr


def test_db_from_environment_variable(sample_path, db_path):
    result = run("import", str(sample_path), env={"POCPLANNER_DB": str(db_path)})
    assert result.returncode == 0
    assert db_path.exists()


def test_default_database_lives_in_the_user_data_folder(sample_path, tmp_path):
    result = run("import", str(sample_path), env={"XDG_DATA_HOME": str(tmp_path / "home")})
    assert result.returncode == 0
    assert (tmp_path / "home" / "pocplanner" / "pocplanner.db").exists()


def test_check_exit_codes_and_json(sample_v2_document, tmp_path, db_path):
    sample_document = sample_v2_document
    plan = sample_document["plan"]
    plan["activities"][1]["requires_security"] = True
    plan["activities"][1]["location"] = "Koro"
    plan["engagements"][1]["decision"] = "pending"
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(sample_document), "utf-8")
    result = run("check", str(path), "--json", db=db_path)
    assert result.returncode == 1
    advisories = json.loads(result.stdout)["advisories"]
    assert [(a["code"], a["severity"], a["refs"]) for a in advisories] == [
        ("SEQ-COVER", "error", ["GA2"]), ("ENG-PENDING", "warning", ["GE2"]),
        *[(code, "warning", refs) for code, refs in SAMPLE_V2_ADVISORIES]]
    assert advisories[0]["message"].startswith("Activity GA2 needs security cover in Koro")

    text = run("check", str(path), db=db_path)
    assert text.returncode == 1
    assert "SEQ-COVER" in text.stdout and "1 error(s), 6 warning(s)." in text.stdout

    french = run("check", str(path), "--lang", "fr", db=db_path)
    assert "exige une couverture de sécurité" in french.stdout


def test_check_warnings_only_exits_0(sample_document, tmp_path, db_path):
    sample_document["plan"]["engagements"][1]["decision"] = "pending"
    path = tmp_path / "warn.json"
    path.write_text(json.dumps(sample_document), "utf-8")
    assert run("check", str(path), db=db_path).returncode == 0


def test_check_reports_duplicate_ids_as_advisories(sample_v2_document, tmp_path, db_path):
    sample_document = sample_v2_document
    sample_document["plan"]["threats"][2]["id"] = "G1"
    path = tmp_path / "dup.json"
    path.write_text(json.dumps(sample_document), "utf-8")
    result = run("check", str(path), "--json", db=db_path)
    assert result.returncode == 1
    found = [(a["code"], a["refs"]) for a in json.loads(result.stdout)["advisories"]]
    assert found == [("ID-DUPLICATE", ["G1"]), *SAMPLE_V2_ADVISORIES]


@pytest.mark.parametrize("content, expected", [
    (b"not json at all", "The file is not valid JSON"),
    (b"\x00\x01\x02\xff\xfe", "not UTF-8 text"),
    (b"[" * 50000, "nested too deeply"),
    (b'{"format": "pocplan", "format_version": 1}', "missing required field plan"),
])
def test_bad_files_exit_2_with_one_clear_message(content, expected, tmp_path, db_path):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    for command in ("check", "import"):
        result = run(command, str(path), db=db_path)
        assert result.returncode == 2
        assert expected in result.stderr
        assert_no_traceback(result)


def test_an_absurdly_large_file_is_refused_before_reading(tmp_path, db_path):
    path = tmp_path / "huge.json"
    with open(path, "wb") as fh:
        fh.truncate(65 * 1024 * 1024)   # sparse: 65 MB on paper, nothing on disk
    result = run("import", str(path), db=db_path)
    assert result.returncode == 2
    assert "too large for a plan file (at most 64 MB)" in result.stderr
    assert_no_traceback(result)


def test_refused_import_changes_nothing(sample_path, sample_document, tmp_path, db_path):
    run("import", str(sample_path), db=db_path)
    before = run("list", "--json", db=db_path).stdout
    sample_document["plan"]["id"] = "another-plan"
    sample_document["plan"]["threats"][0]["likelihood"] = 7
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(sample_document), "utf-8")
    result = run("import", str(path), db=db_path)
    assert result.returncode == 2
    assert "plan.threats[0].likelihood: 7 is above the maximum 5" in result.stderr
    assert run("list", "--json", db=db_path).stdout == before


def test_missing_things_exit_2(tmp_path, db_path):
    for args in (("check", str(tmp_path / "nope.json")), ("import", str(tmp_path / "nope.json")),
                 ("check", "no-such-plan"), ("export", "no-such-plan", str(tmp_path / "o.json")),
                 ("delete", "no-such-plan")):
        result = run(*args, db=db_path)
        assert result.returncode == 2, args
        assert result.stderr.startswith("pocplanner: ")
        assert_no_traceback(result)


def test_a_directory_or_unreadable_database_is_reported(tmp_path, sample_path):
    bad_db = tmp_path / "not-a-db.db"
    bad_db.write_bytes(b"garbage" * 1000)
    result = run("list", db=bad_db)
    assert result.returncode == 2
    assert "not a pocplanner database" in result.stderr
    assert_no_traceback(result)
    result = run("import", str(tmp_path), db=tmp_path / "ok.db")
    assert result.returncode == 2 and "is not a file" in result.stderr


def test_gui_exit_after_start(db_path):
    result = run("gui", "--exit-after-start", db=db_path, env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert db_path.exists()


def test_gui_without_display_says_what_to_do(db_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([POCPLANNER, "gui", "--db", str(db_path)], capture_output=True,
                            text=True, env=env, timeout=60)
    assert result.returncode == 2
    assert "No graphical display was found" in result.stderr
    assert_no_traceback(result)


def test_encrypted_export_and_import(sample_path, db_path, tmp_path):
    run("import", str(sample_path), db=db_path)
    secret = {"POCPLANNER_PASSPHRASE": "correct horse battery staple"}
    out = tmp_path / "usb.pocplan"
    result = run("export", "sample-gao-2019-q1", str(out), "--encrypt", db=db_path, env=secret)
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(b"PPLNENC1") and b"Gao" not in data and b"Ansongo" not in data

    other = tmp_path / "other.db"
    needs = run("import", str(out), db=other)
    assert needs.returncode == 2 and "is encrypted: give its passphrase" in needs.stderr
    wrong = run("import", str(out), db=other, env={"POCPLANNER_PASSPHRASE": "wrong"})
    assert wrong.returncode == 2 and "passphrase is wrong" in wrong.stderr
    assert_no_traceback(wrong)
    phrase_file = tmp_path / "phrase.txt"
    phrase_file.write_text("correct horse battery staple\n", "utf-8")
    # the file's own passphrase: the new database stays unencrypted
    good = run("import", str(out), "--file-passphrase-file", str(phrase_file), db=other)
    assert (good.returncode, good.stdout) == (0, "sample-gao-2019-q1\n")
    assert run("check", str(out), db=other, env=secret).returncode == 0

    tampered = tmp_path / "tampered.pocplan"
    changed = bytearray(data)
    changed[len(changed) // 2] ^= 0x01
    tampered.write_bytes(bytes(changed))
    refused = run("import", str(tampered), db=other, env=secret)
    assert refused.returncode == 2 and "changed after it was encrypted" in refused.stderr
    assert len(json.loads(run("list", "--json", db=other).stdout)) == 1


def test_encrypt_without_a_passphrase_is_refused(sample_path, db_path, tmp_path):
    run("import", str(sample_path), db=db_path)
    env = {k: v for k, v in os.environ.items() if k != "POCPLANNER_PASSPHRASE"}
    result = subprocess.run([POCPLANNER, "export", "sample-gao-2019-q1", str(tmp_path / "x"),
                             "--encrypt", "--db", str(db_path)], capture_output=True, text=True,
                            env=env)
    assert result.returncode == 2 and "needs a passphrase" in result.stderr
    assert not (tmp_path / "x").exists()
