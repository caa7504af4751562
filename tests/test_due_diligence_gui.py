"""The due-diligence register in the sequencing step, driven as a POC task force does: the
joint patrol raises SEQ-HRDDP, the activity form says why it counts as support; record the
battalion in the register, name it on the activity, and suspending it says at once which
activities it stops (HRD-SUSPENDED)."""
from __future__ import annotations

import pytest

from builders import activity, plan, response, threat
from qt_helpers import choose, click, discard_and_close, toggle_list_item, type_into

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, store):
    from pocplanner.ui.plan.plan_window import PlanWindow
    from pocplanner.ui.plan.session import PlanSession
    p = plan(threats=[threat("T1", likelihood=4, impact=4, locations=["Douentza"])],
             responses=[response("R1", tool="deterrent_patrols", tier=2,
                                 lead_component="military", supporting=["host_state"])],
             activities=[activity("A1", title="Joint patrol", component="military",
                                  response_id="R1", location="Douentza")])
    w = PlanWindow(PlanSession(p, store, store.save(p)))
    w.show()
    yield w
    discard_and_close(w)


def _codes(window) -> list[str]:
    return [a.code for a in window.session.advisories
            if a.code.startswith(("HRD-", "SEQ-HRDDP"))]


def _widget(binder, name):
    return next(f.widget for f in binder.fields if f.name == name)


def test_the_register_names_the_support_and_a_suspension_shows_what_it_stops(qtbot, window):
    window.go("sequencing")
    page = window.pages["sequencing"]
    page.table.select_first()
    assert _codes(window) == ["SEQ-HRDDP"]
    assert "joint with the host state" in page.support_reason.text()
    page.views.setCurrentWidget(page.due_diligence)
    view = page.due_diligence
    click(qtbot, view.add_button)
    type_into(qtbot, _widget(view.binder, "entity"), "FAMa 5e bataillon (fictitious)")
    assert [s.entity for s in window.session.plan.hrddp] == ["FAMa 5e bataillon (fictitious)"]
    assert "No activity relies" in view.relying.text()
    toggle_list_item(qtbot, _widget(page.binder, "supports"), "HR1 · FAMa 5e bataillon "
                                                               "(fictitious)")
    assert window.session.plan.activities[0].supports == ["HR1"]
    assert "relies on named assessments" in page.support_reason.text()
    assert _codes(window) == ["HRD-STALE"]           # never reviewed
    assert "A1 Joint patrol" in view.relying.text()
    choose(qtbot, _widget(view.binder, "status"), "Suspended")
    assert "HRD-SUSPENDED" in _codes(window)
    assert "Suspended: this stops A1 Joint patrol" in view.relying.text()
    assert view.model.rowCount() == 1
    window.session.undo_stack.undo()
    assert "HRD-SUSPENDED" not in _codes(window)


@pytest.mark.parametrize("width, height", [(1280, 720), (1366, 768)])
def test_the_register_fits_the_screen_in_french(qtbot, french, library_of, store, width, height):
    from pathlib import Path

    from PySide6.QtWidgets import QApplication, QScrollArea

    from pocplanner.exchange import load_file
    p = load_file(Path(__file__).parent / "data" / "boni-register.pocplan.json").plan
    p.hrddp[0].entity = ("FAMa — 33e régiment des commandos parachutistes, détachement de Boni "
                         "et de Douentza (fictif)")
    p.hrddp[0].status = "suspended"
    store.save(p)
    window = library_of(store, "fr").open_plan(p.id)
    window.resize(width, height)
    window.go("sequencing")
    page = window.pages["sequencing"]
    page.views.setCurrentWidget(page.due_diligence)
    page.due_diligence.table.select_first()
    QApplication.processEvents()
    hint = window.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height
    assert "Suspendue : cela arrête A1" in page.due_diligence.relying.text().replace("\xa0", " ")
    for area in page.due_diligence.findChildren(QScrollArea):
        assert area.isVisible() and not area.horizontalScrollBar().isVisible()


def test_an_advisory_on_an_assessment_opens_the_register(qtbot, window):
    from pocplanner.domain.edits import Insert
    from pocplanner.domain.model import Assessment
    plan = window.session.plan
    plan.context.drawdown = True
    window.session.push(Insert(plan.hrddp, 0, Assessment("HR1", "FAMa 5e bataillon",
                                                         "state_forces", "high", "conditional")),
                        "Add assessment")
    [handover] = [a for a in window.session.advisories if a.code == "HRD-HANDOVER"]
    window.follow_advisory(handover)
    page = window.pages["sequencing"]
    assert page.views.currentWidget() is page.due_diligence
    assert page.due_diligence.table.current().id == "HR1"
