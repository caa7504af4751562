"""The plan library window, driven through its real widgets."""
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from pocplanner.exchange import load_file
from pocplanner.ui.dialogs.problem_dialog import ProblemDialog


@pytest.fixture
def window(qtbot, library):
    qtbot.waitExposed(library)
    return library


def cell(window, row, column):
    return window.model.index(row, column).data()


def test_an_empty_library_says_how_to_start(window):
    assert window.empty_label.isVisible()
    assert not window.table.isVisible()
    assert not window.export_action.isEnabled()


def test_imported_plan_is_listed(window, store, sample_path):
    store.save(load_file(sample_path).plan)
    window.refresh()
    assert window.table.isVisible()
    assert window.model.rowCount() == 1
    assert cell(window, 0, 0).startswith("Gao region")
    assert cell(window, 0, 1) == "Gao"
    assert cell(window, 0, 2) == "2019-01-01 – 2019-03-31"
    assert cell(window, 0, 3) == "Draft"
    assert cell(window, 0, 4) == "Strictly confidential"


def test_import_through_the_window_lists_and_selects_the_plan(window, sample_path):
    plan_id = window.import_file(str(sample_path))
    assert plan_id == "sample-gao-2019-q1"
    assert window.selected_plan_id() == plan_id
    assert window.export_action.isEnabled()


def _close_dialog_later(qtbot, seen):
    def close():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        if dialog is not None:
            dialog.close()
    QTimer.singleShot(100, close)


def test_refused_import_shows_each_problem(qtbot, window, sample_document, tmp_path):
    sample_document["plan"]["threats"][0]["likelihood"] = 7
    sample_document["plan"]["activities"][0]["start"] = "2018-13-45"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(sample_document), "utf-8")
    seen = []
    _close_dialog_later(qtbot, seen)
    assert window.import_file(str(path)) is None
    [dialog] = seen
    assert isinstance(dialog, ProblemDialog)
    problems = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    assert problems == ["plan.threats[0].likelihood: 7 is above the maximum 5",
                        "plan.activities[0].start: \"2018-13-45\" is not a real date"]
    assert window.model.rowCount() == 0


def test_delete_asks_first_and_cancel_keeps_the_plan(qtbot, window, sample_path):
    window.import_file(str(sample_path))

    def answer(button):
        def press():
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            assert "cannot be undone" in box.text()
            qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
        QTimer.singleShot(100, press)

    answer(QMessageBox.StandardButton.Cancel)
    window.delete_action.trigger()
    assert window.model.rowCount() == 1
    answer(QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert window.model.rowCount() == 0


def test_selecting_a_row_with_the_mouse_enables_export(qtbot, window, sample_path, tmp_path):
    window.import_file(str(sample_path))
    window.table.clearSelection()
    assert not window.export_action.isEnabled()
    rect = window.table.visualRect(window.model.index(0, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.export_action.isEnabled()
    out = tmp_path / "out.pocplan.json"
    assert window.export_selected(str(out)) is True
    assert json.loads(out.read_text("utf-8"))["plan"]["id"] == "sample-gao-2019-q1"


def test_encrypted_file_round_trip_through_the_window(qtbot, window, sample_path, tmp_path):
    from PySide6.QtWidgets import QInputDialog, QLineEdit
    window.import_file(str(sample_path))
    out = tmp_path / "usb.pocplan"
    assert window.export_encrypted(str(out), passphrase="stick passphrase") is True
    assert out.read_bytes().startswith(b"PPLNENC1")
    window.store.delete("sample-gao-2019-q1")
    window.refresh()

    def type_passphrase():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        assert dialog.textEchoMode() == QLineEdit.EchoMode.Password
        editor = dialog.findChild(QLineEdit)
        qtbot.keyClicks(editor, "stick passphrase")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    QTimer.singleShot(100, type_passphrase)
    assert window.import_file(str(out)) == "sample-gao-2019-q1"
    assert window.model.rowCount() == 1


def test_export_never_writes_over_the_database(qtbot, window, sample_path):
    """The one output rule (issue #29) in the library's Export too: the database was
    replaced by the exchange file when its path was chosen."""
    from qt_helpers import press_when_asked
    window.import_file(str(sample_path))
    window.table.selectRow(0)
    db = Path(window.store.db.path)
    before = db.read_bytes()
    said: list[str] = []
    press_when_asked(qtbot, QMessageBox.StandardButton.Ok, said)
    assert window.export_selected(str(db)) is False
    assert said and "database" in said[0] and db.read_bytes() == before
