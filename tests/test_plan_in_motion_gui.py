"""The plan in motion in the sequencing step: status fields on the activity form, the compact
status view sorted by lateness (status edited in place, as-of date), the Gantt greying a
cancelled activity and drawing its actual dates."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from builders import activity, d, plan
from pocplanner import reference
from qt_helpers import choose, discard_and_close, type_into

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, store):
    from pocplanner.ui.plan.plan_window import PlanWindow
    from pocplanner.ui.plan.session import PlanSession
    p = plan(activities=[activity("A1", start="2019-01-10", end="2019-01-20", title="Patrol"),
                         activity("A2", start="2019-02-01", end="2019-02-10", title="Meeting",
                                  status="under_way"),
                         activity("A3", start="2019-01-05", end="2019-01-08", title="Survey",
                                  status="under_way")],
             as_of=d("2019-02-20"))
    w = PlanWindow(PlanSession(p, store, store.save(p)))
    w.show()
    w.go("sequencing")
    QApplication.processEvents()
    yield w
    discard_and_close(w)


def _field(page, name):
    return page.findChild(object, f"field_{name}")


def test_status_and_actual_dates_on_the_activity_form(qtbot, window):
    page = window.pages["sequencing"]
    page.select_item(window.session.plan.activities[0])
    a = window.session.plan.activities[0]
    choose(qtbot, _field(page, "status"), "Done")
    assert a.status == "done"
    start = _field(page, "actual_start")
    type_into(qtbot, start, "2019-01-12")
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert a.actual_start == d("2019-01-12")
    type_into(qtbot, start, "")                     # emptied: not known any more
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert a.actual_start is None and not start.invalid
    type_into(qtbot, _field(page, "outcome"), "Held with 40 people")
    assert a.outcome == "Held with 40 people"
    choose(qtbot, _field(page, "status"), "Planned")
    assert a.status is None                          # planned is the default, not written


def test_the_status_view_puts_the_latest_first_and_edits_status(qtbot, window):
    page = window.pages["sequencing"]
    page.views.setCurrentWidget(page.status_view)
    view = page.status_view
    rows = [(view.table.item(i, 0).text(), view.table.item(i, 7).text()) for i in range(3)]
    assert rows == [("A3", "43"), ("A1", "31"), ("A2", "10")]    # the latest first
    assert "Late activities: 3" in view.summary.text()
    view.table.setFocus()
    view.table.setCurrentCell(0, 3)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor.__class__.__name__ == "QComboBox", editor
    choose(qtbot, editor, "Done")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    a3 = window.session.plan.activities[2]
    assert a3.status == "done"
    assert "Late activities: 2" in view.summary.text()
    window.session.undo_stack.undo()
    assert a3.status == "under_way"


def test_the_as_of_date_is_set_from_the_status_view(qtbot, window):
    page = window.pages["sequencing"]
    page.views.setCurrentWidget(page.status_view)
    view = page.status_view
    type_into(qtbot, view.as_of, "2019-01-09")
    qtbot.keyClick(view.as_of, Qt.Key.Key_Return)
    assert window.session.plan.context.as_of == d("2019-01-09")
    assert "Late activities: 1" in view.summary.text()      # only A3, ended 8 January
    assert [a.code for a in window.session.advisories] == ["MON-LATE"]


def test_the_gantt_greys_a_cancelled_activity_and_draws_actual_dates(qtbot, window):
    page = window.pages["sequencing"]
    page.views.setCurrentWidget(page.gantt_view)
    a1, a2 = window.session.plan.activities[:2]
    a1.status = "cancelled"
    a2.actual_start = d("2019-02-03")
    window.session.notify()
    QApplication.processEvents()
    chart = page.gantt
    image = chart.grab().toImage()
    grey = reference.timeline_colours()["cancelled"]
    rect = chart.bar_rect(a1)
    assert image.pixelColor(rect.center().toPoint()).name() == grey
    rect = chart.bar_rect(a2)
    foot = rect.bottom() - 1
    x = chart.x_of(d("2019-02-05"))
    assert image.pixelColor(int(x), int(foot)).name() == reference.timeline_colours()["actual"]
    assert "cancelled" in page.gantt_view.legend.text()
