"""Keyboard use of the plan window: focus where work starts, Enter adds a tool, Ctrl+Z undoes
the last plan edit from anywhere outside a text being typed."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from qt_helpers import click, type_into


def field(page, name):
    return page.findChild(object, f"field_{name}")


def test_focus_lands_on_the_first_field_after_changing_step(qtbot, sample_window):
    window = sample_window
    click(qtbot, window.next_button)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    focused = QApplication.focusWidget()
    assert window.pages["threats"].isAncestorOf(focused)


def test_enter_in_the_catalogue_adds_the_tool(qtbot, sample_window):
    window = sample_window
    window.go("responses")
    page = window.pages["responses"]
    before = len(window.session.plan.responses)
    type_into(qtbot, page.search, "mediation")
    page.tree.setFocus()
    item = next(page.tree.topLevelItem(i).child(j) for i in range(page.tree.topLevelItemCount())
                for j in range(page.tree.topLevelItem(i).childCount())
                if not page.tree.topLevelItem(i).child(j).isHidden())
    page.tree.setCurrentItem(item)
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert len(window.session.plan.responses) == before + 1


def test_ctrl_z_undoes_the_plan_edit_from_a_table_or_a_list(qtbot, sample_window):
    window = sample_window
    window.go("threats")
    page = window.pages["threats"]
    title = field(page, "title")
    old = title.text()
    type_into(qtbot, title, "Changed title")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    assert window.session.plan.threats[0].title != old
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.plan.threats[0].title == old


def test_ctrl_z_in_a_text_being_typed_undoes_the_typing(qtbot, sample_window):
    window = sample_window
    window.go("context")
    office = field(window.pages["context"], "office")
    assert isinstance(office, QLineEdit)
    office.setFocus()
    office.end(False)
    qtbot.keyClicks(office, "xyz")
    qtbot.keyClick(office, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not office.text().endswith("xyz")


def test_print_preview_opens_large_enough_to_read(qtbot, sample_window):
    dialog = sample_window.print_preview(show=False)
    screen = sample_window.screen().availableGeometry()
    assert dialog.width() >= screen.width() * 0.8 and dialog.height() >= screen.height() * 0.8


def test_ctrl_shift_z_and_ctrl_y_redo(qtbot, sample_window):
    """#28: Ctrl+Shift+Z (shown in the menu and the README) and Ctrl+Y both redo."""
    window = sample_window
    window.go("threats")
    page = window.pages["threats"]
    title = field(page, "title")
    old = title.text()
    type_into(qtbot, title, "Changed title")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    page.table.setFocus()
    for key, modifiers in ((Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                            | Qt.KeyboardModifier.ShiftModifier),
                           (Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)):
        qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert window.session.plan.threats[0].title == old
        qtbot.keyClick(page.table, key, modifiers)
        assert window.session.plan.threats[0].title == "Changed title", key
    keys = [k.toString() for k in window.redo_action.shortcuts()]
    assert sorted(keys) == ["Ctrl+Shift+Z", "Ctrl+Y"]      # each once, on every platform
