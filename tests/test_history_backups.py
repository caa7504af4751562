"""Plan history, backups and restore, through the installed command and the storage API."""
import json
import sqlite3

import pytest

from cli_helpers import assert_no_traceback, run
from pocplanner.domain.diff import diff_plans
from pocplanner.exchange import load_file
from pocplanner.storage import PlanStore, StorageError, list_backups, open_database

pytestmark = pytest.mark.slow   # processes, kills, large plans or generated files


def test_every_save_is_a_version_that_can_be_compared_and_restored(store, sample_path):
    plan = load_file(sample_path).plan
    store.save(plan)
    plan.title = "Second title"
    plan.threats.pop()
    plan.activities[0].end = plan.activities[0].end.replace(day=30)
    store.save(plan)
    versions = store.history(plan.id)
    assert [v.revision for v in versions] == [2, 1]
    assert versions[0].prepared_by == "Groupe de travail régional PdC"
    changes = diff_plans(store.load_version(plan.id, 1), store.load_version(plan.id, 2))
    assert changes.fields == ["title"]
    assert changes.lists["threats"].removed == ["G4"]
    assert changes.lists["activities"].changed == ["GA1"]
    assert not changes.lists["responses"]

    assert store.restore_version(plan.id, 1) == 3
    assert store.load(plan.id).title.startswith("Gao region")
    assert [v.revision for v in store.history(plan.id)] == [3, 2, 1]
    store.delete(plan.id)
    assert store.db.execute("SELECT count(*) FROM plan_versions").fetchone()[0] == 0


def test_history_from_the_command_line(sample_path, db_path):
    plan_id = run("import", str(sample_path), db=db_path).stdout.strip()
    run("import", str(sample_path), db=db_path)
    listed = json.loads(run("history", plan_id, "--json", db=db_path).stdout)
    assert [v["revision"] for v in listed] == [1]
    restored = run("history", plan_id, "--restore", "1", db=db_path)
    assert restored.returncode == 0 and "version 2" in restored.stdout
    diff = run("history", plan_id, "--diff", "1", "2", db=db_path)
    assert diff.stdout.strip() == "No difference."
    missing = run("history", plan_id, "--restore", "9", db=db_path)
    assert missing.returncode == 2
    assert_no_traceback(missing)


def test_backup_and_restore_from_the_command_line(sample_path, db_path, tmp_path):
    plan_id = run("import", str(sample_path), db=db_path).stdout.strip()
    made = run("backup", db=db_path)
    assert made.returncode == 0
    backup = made.stdout.strip()
    assert backup.endswith("-manual.db") and "backups" in backup
    run("delete", plan_id, db=db_path)
    assert json.loads(run("list", "--json", db=db_path).stdout) == []
    restored = run("restore", backup, db=db_path)
    assert restored.returncode == 0, restored.stderr
    assert "is kept in" in restored.stderr
    assert [p["id"] for p in json.loads(run("list", "--json", db=db_path).stdout)] == [plan_id]
    out = tmp_path / "copy.db"
    assert run("backup", str(out), db=db_path).returncode == 0
    assert sqlite3.connect(out).execute("SELECT id FROM plans").fetchall() == [(plan_id,)]


def test_restore_refuses_what_is_not_a_backup(tmp_path, db_path, sample_path):
    run("import", str(sample_path), db=db_path)
    fake = tmp_path / "fake.db"
    fake.write_bytes(b"not a database at all" * 50)
    result = run("restore", str(fake), db=db_path)
    assert result.returncode == 2 and "not a pocplanner backup" in result.stderr
    assert_no_traceback(result)
    assert len(json.loads(run("list", "--json", db=db_path).stdout)) == 1


def test_backups_are_pruned_to_the_newest(sample_path, db_path):
    run("import", str(sample_path), db=db_path)
    for _ in range(4):
        assert run("backup", db=db_path, env={"POCPLANNER_KEEP_BACKUPS": "3"}).returncode == 0
    assert len(list_backups(db_path)) == 3


def test_the_app_makes_one_backup_a_day(db_path, sample_path):
    run("import", str(sample_path), db=db_path)
    for _ in range(2):
        result = run("gui", "--exit-after-start", db=db_path, env={"QT_QPA_PLATFORM": "offscreen"})
        assert result.returncode == 0, result.stderr
    assert [p.name.endswith("-daily.db") for p in list_backups(db_path)] == [True]


def damage(db_path):
    """Overwrite the middle of the file, where the plans' pages are."""
    data = bytearray(db_path.read_bytes())
    for i in range(len(data) // 3, len(data) - 100):
        data[i] = 0x5A
    db_path.write_bytes(bytes(data))


def test_a_damaged_database_is_reported_and_a_backup_brings_it_back(sample_path, db_path):
    plan_id = run("import", str(sample_path), db=db_path).stdout.strip()
    backup = run("backup", db=db_path).stdout.strip()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    damage(db_path)
    with pytest.raises(StorageError):
        open_database(db_path)
    listed = run("list", db=db_path)
    assert listed.returncode == 2 and "damaged" in listed.stderr
    assert_no_traceback(listed)
    assert run("restore", backup, db=db_path).returncode == 0
    assert PlanStore(open_database(db_path)).load(plan_id).region == "Gao"


def test_history_keeps_the_newest_versions(store, sample_path, monkeypatch):
    from pocplanner.storage import plans
    monkeypatch.setattr(plans, "HISTORY_KEEP", 3)
    plan = load_file(sample_path).plan
    for _ in range(5):
        store.save(plan)
    assert [v.revision for v in store.history(plan.id)] == [5, 4, 3]


def test_a_locked_database_is_reported_not_a_crash(sample_path, db_path):
    run("import", str(sample_path), db=db_path)
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")          # another process is writing, for too long
    try:
        result = run("import", str(sample_path), db=db_path)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert result.returncode == 2
    assert "the database is busy" in result.stderr
    assert_no_traceback(result)
    assert len(json.loads(run("list", "--json", db=db_path).stdout)) == 1


def test_the_log_holds_no_plan_content(sample_document, tmp_path, db_path):
    sample_document["plan"]["title"] = "MARKER-TITLE-9X"
    sample_document["plan"]["threats"][0]["likelihood"] = 70
    sample_document["plan"]["threats"][1]["description"] = "MARKER-DESCRIPTION-9X"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(sample_document), "utf-8")
    assert run("import", str(bad), db=db_path).returncode == 2
    log = db_path.parent / "logs" / "pocplanner.log"
    text = log.read_text("utf-8")
    assert "import: refused" in text
    assert "9X" not in text


def test_versions_and_restore_in_the_app(qtbot, store, sample_path, db_path):
    from pocplanner.ui.library.main_window import MainWindow
    from qt_helpers import click, type_into
    library = MainWindow(store, db_path)
    qtbot.addWidget(library)
    plan_id = library.import_file(str(sample_path))
    window = library.open_plan(plan_id)
    office = window.pages["context"].findChild(object, "field_office")
    type_into(qtbot, office, "Changed office")
    seen = {}

    def choose_first_version(dialog):
        dialog.show()
        seen["rows"] = dialog.table.rowCount()
        dialog.table.selectRow(1)                      # version 1, before the change
        seen["changes"] = dialog.changes.toPlainText()
        click(qtbot, dialog.restore_button)

    assert window.show_history(choose_first_version) == 3
    assert seen["rows"] == 2                           # the edit was saved first
    assert "The first saved version." in seen["changes"]
    reopened = library.plan_windows[plan_id]
    assert reopened is not window
    assert reopened.session.plan.office == "Bureau régional de Gao"
    reopened.close()


def test_restore_a_backup_from_the_app(qtbot, store, sample_path, db_path):
    from pocplanner.storage import make_backup
    from pocplanner.ui.library.main_window import MainWindow
    library = MainWindow(store, db_path)
    qtbot.addWidget(library)
    library.import_file(str(sample_path))
    backup = make_backup(store.db, "manual")
    library.import_file(str(sample_path))
    assert library.model.rowCount() == 2
    assert library.tools.restore_backup(str(backup)) is True
    assert library.model.rowCount() == 1
    assert library.tools.open_log_folder().name == "logs"


def test_a_damaged_database_at_start_up_offers_the_newest_backup(qtbot, qapp, sample_path,
                                                                  db_path):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from pocplanner.ui.app import _offer_restore
    plan_id = run("import", str(sample_path), db=db_path).stdout.strip()
    run("backup", db=db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    damage(db_path)
    with pytest.raises(StorageError) as info:
        open_database(db_path)
    asked = []

    def answer_yes():
        box = QApplication.activeModalWidget()
        asked.append(box.text())
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    QTimer.singleShot(100, answer_yes)
    store = _offer_restore(qapp, db_path, str(info.value), "en")
    assert "Restore the newest good backup" in asked[0]
    assert store.load(plan_id).region == "Gao"
