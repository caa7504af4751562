"""The early-warning step driven as a planner does: each advisory of the matrix and the
scenarios appears, then goes away when fixed in the form; a scenario declared triggered
commits its activities in one undo step."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from builders import activity, plan, response, threat
from qt_helpers import choose, click, discard_and_close, toggle_list_item, type_into

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, store):
    from pocplanner.ui.plan.plan_window import PlanWindow
    from pocplanner.ui.plan.session import PlanSession
    p = plan(threats=[threat("T1", likelihood=4, impact=4, title="Militia raids",
                             locations=["Koro"])],
             responses=[response("R1")],
             activities=[activity("A1", response_id="R1", location="Bankass",
                                  title="Mediation")])
    w = PlanWindow(PlanSession(p, store, store.save(p)))
    w.show()
    yield w
    discard_and_close(w)


def _codes(window) -> list[str]:
    return [a.code for a in window.session.advisories]


def _field(widget, name):
    return widget.findChild(object, f"field_{name}")


def test_the_matrix_advisories_go_away_when_fixed(qtbot, window):
    assert {"THR-NOINDICATOR", "CTG-MISSING"} <= set(_codes(window))
    window.go("early_warning")
    page = window.pages["early_warning"]
    click(qtbot, page.add_button)
    assert "THR-NOINDICATOR" in _codes(window)
    toggle_list_item(qtbot, _field(page, "threat_ids"), "T1 · Militia raids")
    assert "THR-NOINDICATOR" not in _codes(window)
    assert _codes(window).count("EW-NORESPONSE") == 2            # alert and crisis
    for level in ("alert", "crisis"):
        box = page.findChild(object, f"level_{level}")
        toggle_list_item(qtbot, _field(box, "response_ids"), "R1 · Support to local mediation "
                         "and reconciliation")
    assert "EW-NORESPONSE" not in _codes(window)
    places = next(f.widget for f in page.binder.fields if f.name == "places")
    type_into(qtbot, places, "Koro")                              # no security there
    assert "EW-UNANSWERED" in _codes(window)
    choose(qtbot, _field(page, "source"), "JMAC analysis")
    assert "EW-UNANSWERED" not in _codes(window)
    assert page.board.table.rowCount() == 1


def test_a_worst_case_with_trigger_and_contingent_activity_clears_ctg(qtbot, window):
    window.go("early_warning")
    page = window.pages["early_warning"]
    click(qtbot, page.add_button)                                 # EW1, for the trigger
    page.tabs.setCurrentWidget(page.scenarios)
    panel = page.scenarios
    choose(qtbot, panel.kind_choice, "Worst case")
    click(qtbot, panel.add_button)
    assert "CTG-MISSING" in _codes(window) and "CTG-NOTRIGGER" in _codes(window)
    choose(qtbot, panel.adjustments.cellWidget(0, 1), "5")        # T1 likelier if it happens
    assert "CTG-MISSING" not in _codes(window)
    assert panel.heat_map.ghosts == [(5, 4, "T1")]
    toggle_list_item(qtbot, _field(panel, "trigger_ids"), "EW1 · ")
    assert "CTG-NOTRIGGER" not in _codes(window) and "CTG-NOACTIVITY" in _codes(window)
    window.go("sequencing")
    seq = window.pages["sequencing"]
    seq.table.select(window.session.plan.activities[0])
    choose(qtbot, seq.contingent_combo, "SC1 · Worst case")
    assert "CTG-NOACTIVITY" not in _codes(window)
    assert window.session.plan.activities[0].contingent_on == "SC1"
    window.go("early_warning")
    page.scenarios.select(window.session.plan.scenarios[0])
    assert panel.trigger_button.isEnabled()
    assert panel.declare_triggered(
        ask=lambda box: box.button(QMessageBox.StandardButton.Ok).click())
    assert window.session.plan.activities[0].contingent_on is None
    assert "CTG-NOACTIVITY" in _codes(window)
    window.session.undo_stack.undo()
    assert window.session.plan.activities[0].contingent_on == "SC1"
