"""Driving real widgets the way a user does: clicks and keys."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QComboBox


def click(qtbot, widget) -> None:
    assert widget.isEnabled() and widget.isVisible(), widget.objectName()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        # on the box itself, where a user clicks a check box
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot, widget, text: str, replace: bool = True) -> None:
    widget.setFocus()
    if replace:
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an entry of a closed combo box with the arrow keys, as a keyboard user does."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text, f"{text!r} not in {combo.objectName()}"


def set_date(qtbot, edit, iso: str) -> None:
    """Type the whole date as the field shows dates, then Enter: what a planner does."""
    import datetime as dt

    from pocplanner.i18n import format_date
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, format_date(dt.date.fromisoformat(iso), edit.lang))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() == dt.date.fromisoformat(iso) and not edit.invalid


def click_row(qtbot, view: QAbstractItemView, row: int, column: int = 0) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def toggle_list_item(qtbot, list_widget, text: str) -> None:
    """Tick or untick a checkable list item with the space bar."""
    items = list_widget.findItems(text, Qt.MatchFlag.MatchExactly)
    assert items, text
    list_widget.setFocus()
    list_widget.setCurrentItem(items[0])
    qtbot.keyClick(list_widget.viewport(), Qt.Key.Key_Space)


def modal():
    return QApplication.activeModalWidget()


def press_when_asked(qtbot, button, said: list) -> None:
    """When the message box the next call opens is up: note its text in said, then press
    its button with the mouse, as a user would."""
    from PySide6.QtCore import QTimer

    def press():
        box = modal()
        said.append(box.text())
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
    QTimer.singleShot(100, press)


def discard_and_close(window) -> None:
    """Close a plan window without the unsaved-changes question, which would block the run."""
    window.session.undo_stack.setClean()
    window.close()


def activate(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
