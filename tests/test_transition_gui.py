"""The transition step driven as a planner does: add a site where a priority threat is, see
TRN-HOTSPOT, add a handover with a successor and a date before the closure, see it go; Next
passes the step by unless the context says the mission is drawing down."""
from __future__ import annotations

import pytest

from builders import activity, plan, response, threat
from qt_helpers import choose, click, discard_and_close, set_date, type_into

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, store):
    from pocplanner.ui.plan.plan_window import PlanWindow
    from pocplanner.ui.plan.session import PlanSession
    p = plan(threats=[threat("T1", likelihood=2, impact=2, priority=True, locations=["Koro"])],
             responses=[response("R1")], activities=[activity("A1", response_id="R1")])
    p.areas = ["Koro"]
    w = PlanWindow(PlanSession(p, store, store.save(p)))
    w.show()
    yield w
    discard_and_close(w)


def _trn(window) -> list[str]:
    return [a.code for a in window.session.advisories if a.code.startswith("TRN-")]


def _widget(binder, name):
    return next(f.widget for f in binder.fields if f.name == name)


def test_editing_the_register_changes_the_advisories(qtbot, window):
    window.go("transition")
    page = window.pages["transition"]
    click(qtbot, page.add_site_button)
    sb = page.site_binder
    type_into(qtbot, _widget(sb, "name"), "Koro base")
    set_date(qtbot, _widget(sb, "closes"), "2019-03-15")
    assert _trn(window) == ["TRN-HOTSPOT"]
    page.tabs.setCurrentIndex(1)                            # the handover register
    click(qtbot, page.add_handover_button)
    hb = page.handover_binder
    assert _trn(window) == ["TRN-HOTSPOT", "TRN-NOSUCCESSOR"]
    choose(qtbot, _widget(hb, "successor"), "Host state")
    assert _trn(window) == ["TRN-HOTSPOT"]                  # no date yet
    set_date(qtbot, _widget(hb, "date"), "2019-03-01")
    assert _trn(window) == []
    type_into(qtbot, _widget(hb, "successor_name"), "Gendarmerie of Koro")
    page.tabs.setCurrentWidget(page.departure)
    assert page.departure.table.item(0, 0).text() == "Koro"
    assert "Host state" in page.departure.table.item(0, 4).text()
    window.session.undo_stack.undo()                        # the name
    window.session.undo_stack.undo()                        # the date
    assert _trn(window) == ["TRN-HOTSPOT"]


def test_next_passes_the_step_by_unless_drawing_down(qtbot, window):
    window.go("engagement")
    click(qtbot, window.next_button)
    assert window.flow.step == "review"
    window.session.plan.context.drawdown = True
    window.go("engagement")
    click(qtbot, window.next_button)
    assert window.flow.step == "transition"
