"""Field laptops: nothing changes the plan unless the planner meant it. The wheel scrolls a
form without touching the choices it passes over; a date is the date typed, or refused."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from qt_helpers import click_row, type_into


def field(page, name):
    return page.findChild(object, f"field_{name}")


def wheel(widget, steps: int = -3) -> None:
    """Turn the mouse wheel over the middle of the widget, as a user scrolling a form."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_a_choice_without_focus_changes_nothing(qtbot, sample_window):
    window = sample_window
    window.go("engagement")
    page = window.pages["engagement"]
    click_row(qtbot, page.table, 0)
    engagement = page.binder.obj
    combo = field(page, "residual_likelihood")
    before = (combo.currentIndex(), engagement.residual_likelihood)
    page.table.setFocus()
    wheel(combo, -3)
    wheel(combo, +3)
    assert (combo.currentIndex(), engagement.residual_likelihood) == before
    assert not window.session.dirty
    _risk_box, likelihood, _impact = next(iter(page.risk_rows.values()))
    index = likelihood.currentIndex()
    wheel(likelihood, -2)
    assert likelihood.currentIndex() == index


def test_the_wheel_works_on_a_choice_that_has_focus(qtbot, sample_window):
    window = sample_window
    window.go("engagement")
    page = window.pages["engagement"]
    click_row(qtbot, page.table, 0)
    combo = field(page, "residual_impact")
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=2000)
    index = combo.currentIndex()
    wheel(combo, -1)
    assert combo.currentIndex() != index


def test_a_date_typed_as_shown_is_that_date(qtbot, sample_window):
    window = sample_window
    window.go("sequencing")
    page = window.pages["sequencing"]
    click_row(qtbot, page.table, 0)
    activity = page.binder.obj
    start = field(page, "start")
    type_into(qtbot, start, "2019-01-15")
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert activity.start == dt.date(2019, 1, 15)
    type_into(qtbot, start, "16/01/2019")       # the French form is understood too
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    assert activity.start == dt.date(2019, 1, 16) and start.text() == "2019-01-16"


def test_a_date_that_is_not_a_date_is_refused_visibly(qtbot, sample_window):
    window = sample_window
    window.go("sequencing")
    page = window.pages["sequencing"]
    click_row(qtbot, page.table, 0)
    activity = page.binder.obj
    before = activity.end
    end = field(page, "end")
    for text in ("2019-02-30", "15 August", "2019-8"):
        type_into(qtbot, end, text)
        qtbot.keyClick(end, Qt.Key.Key_Return)
        assert activity.end == before, text
        assert end.invalid and "is not a date" in end.toolTip() and "2019-08-15" in end.toolTip()
    qtbot.keyClick(end, Qt.Key.Key_Escape)
    assert not end.invalid and end.date() == before


def test_french_dates_are_typed_day_first(qtbot, library_of, store, sample_path):
    from pocplanner.exchange import load_file
    plan = load_file(sample_path).plan
    store.save(plan)
    window = library_of(store, "fr").open_plan(plan.id)
    window.go("sequencing")
    page = window.pages["sequencing"]
    click_row(qtbot, page.table, 0)
    start = field(page, "start")
    type_into(qtbot, start, "15/01/2019")
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert page.binder.obj.start == dt.date(2019, 1, 15) and start.text() == "15/01/2019"


def _items(listwidget):
    return [listwidget.item(i) for i in range(listwidget.count())]


def test_dependencies_and_threats_are_picked_not_typed(qtbot, sample_window):
    window = sample_window
    window.go("sequencing")
    page = window.pages["sequencing"]
    click_row(qtbot, page.table, 2)
    activity = page.binder.obj
    picker = field(page, "depends_on")
    texts = [item.text() for item in _items(picker)]
    assert all(" · " in t for t in texts) and not any(t.startswith(activity.id + " ") for t in texts)
    before = list(activity.depends_on)
    item = next(i for i in _items(picker) if i.checkState() == Qt.CheckState.Unchecked)
    rect = picker.visualItemRect(item)
    picker.scrollToItem(item)
    rect = picker.visualItemRect(item)
    qtbot.mouseClick(picker.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + 10, rect.center().y()))
    assert activity.depends_on == before + [item.data(Qt.ItemDataRole.UserRole + 7)]
    window.session.undo_stack.undo()
    assert activity.depends_on == before

    window.go("responses")
    page = window.pages["responses"]
    response = window.session.plan.responses[0]
    page.select_item(response)
    picker = field(page, "threat_ids")
    ticked = [i.data(Qt.ItemDataRole.UserRole + 7) for i in _items(picker)
              if i.checkState() == Qt.CheckState.Checked]
    assert ticked == response.threat_ids


def test_an_id_that_names_nothing_stays_visible_until_unticked(qtbot, sample_window):
    window = sample_window
    activity = window.session.plan.activities[1]
    activity.depends_on = ["GHOST"]
    window.session.changed.emit()
    window.go("sequencing")
    page = window.pages["sequencing"]
    page.select_item(activity)
    picker = field(page, "depends_on")
    ghost = next(i for i in _items(picker) if i.data(Qt.ItemDataRole.UserRole + 7) == "GHOST")
    assert ghost.checkState() == Qt.CheckState.Checked and "no such item" in ghost.text()
    ghost.setCheckState(Qt.CheckState.Unchecked)
    assert activity.depends_on == []
