"""Recording an alert from the level board: one dialog, a few keys, one undo step; the
indicator's current level follows the alert unless the planner unticks it; the log shows the
reaction time against the matrix's promise."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from builders import activity, plan, response, threat
from pocplanner.domain.model import Alert, Indicator, Level
from qt_helpers import click, click_row, discard_and_close, modal, type_into

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, store):
    from pocplanner.ui.plan.plan_window import PlanWindow
    from pocplanner.ui.plan.session import PlanSession
    p = plan(threats=[threat("T1", likelihood=4, impact=4, title="Militia raids",
                             locations=["Koro"])],
             responses=[response("R1")],
             activities=[activity("A1", response_id="R1", location="Koro",
                                  title="Patrol")])
    p.early_warning = [Indicator("EW1", ["T1"], "Armed men seen near the wells", "jmac",
                                 levels=[Level("watch", response_ids=["R1"], max_hours=72),
                                         Level("alert", response_ids=["R1"],
                                               activity_ids=["A1"], max_hours=24),
                                         Level("crisis", response_ids=["R1"], max_hours=6)],
                                 places=["Koro"], current_level="watch")]
    w = PlanWindow(PlanSession(p, store, store.save(p)))
    w.show()
    yield w
    discard_and_close(w)


def _open_board(window):
    window.go("early_warning")
    page = window.pages["early_warning"]
    page.tabs.setCurrentWidget(page.board)
    return page.board


def test_recording_an_alert_takes_one_dialog(qtbot, window):
    board = _open_board(window)
    click_row(qtbot, board.table, 0)
    dialogs = []

    def fill():
        dialog = modal()
        dialogs.append(dialog.objectName())
        assert dialog.findChild(object, "field_place").text() == "Koro"
        assert dialog.findChild(object, "field_level").currentData() == "alert"
        type_into(qtbot, dialog.findChild(object, "field_outcome"), "Patrol went out")
        qtbot.keyClick(dialog.findChild(object, "field_outcome"), Qt.Key.Key_Return)
    QTimer.singleShot(50, fill)
    click(qtbot, board.record_button)
    qtbot.waitUntil(lambda: bool(window.session.plan.alerts), timeout=3000)
    assert dialogs == ["alertDialog"]
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible()]
    [alert] = window.session.plan.alerts
    assert (alert.id, alert.indicator_id, alert.level, alert.place, alert.outcome) == (
        "AL1", "EW1", "alert", "Koro", "Patrol went out")
    assert alert.response_ids == ["R1"] and alert.activity_ids == ["A1"]
    assert alert.raised and alert.arrived is None
    indicator = window.session.plan.early_warning[0]
    assert indicator.current_level == "alert"
    assert board.log.rowCount() == 1
    window.session.undo_stack.undo()                          # one step takes both back
    assert window.session.plan.alerts == [] and indicator.current_level == "watch"


def test_the_planner_can_keep_the_current_level(qtbot, window):
    board = _open_board(window)

    def fill():
        dialog = modal()
        click(qtbot, dialog.findChild(object, "field_follow"))
        qtbot.keyClick(dialog.findChild(object, "field_outcome"), Qt.Key.Key_Return)
    QTimer.singleShot(50, fill)
    click(qtbot, board.record_button)
    qtbot.waitUntil(lambda: bool(window.session.plan.alerts), timeout=3000)
    assert window.session.plan.early_warning[0].current_level == "watch"


def test_the_log_shows_a_slow_reaction(qtbot, window):
    window.session.plan.alerts = [Alert("AL1", "EW1", "alert", raised="2019-01-03T06:00",
                                        arrived="2019-01-04T08:30")]
    window.session.notify()
    board = _open_board(window)
    board.refresh()
    assert board.log.item(0, 3).text() == "26.5 h / 24 h"
    assert "EW-SLOW" in [a.code for a in window.session.advisories]
