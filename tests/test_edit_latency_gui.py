"""An edit refreshes what is shown, and what is hidden when it is next shown (#27: edit
latency on a big plan): the sequencing step's Status tab is filled only while it is the tab
in front, and is right the moment it comes to the front."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from builders import activity, plan
from pocplanner.domain.edits import set_field
from qt_helpers import discard_and_close

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, store):
    from pocplanner.ui.plan.plan_window import PlanWindow
    from pocplanner.ui.plan.session import PlanSession
    p = plan(activities=[activity("A1", start="2019-01-10", end="2019-01-20", title="Patrol")])
    w = PlanWindow(PlanSession(p, store, store.save(p)))
    w.show()
    w.go("sequencing")
    QApplication.processEvents()
    yield w.pages["sequencing"]
    discard_and_close(w)


def _titles(view) -> list[str]:
    return [view.table.item(i, 1).text() for i in range(view.table.rowCount())]


def test_the_hidden_status_tab_is_filled_when_it_comes_to_the_front(page):
    session, view = page.session, page.status_view
    page.views.setCurrentIndex(0)                     # the Gantt in front
    session.push(set_field(session.plan.activities[0], "title", "Night patrol"), "edit")
    assert "Night patrol" not in _titles(view)        # not refilled behind the Gantt
    page.views.setCurrentWidget(view)
    assert "Night patrol" in _titles(view)            # right as soon as it is shown
    session.push(set_field(session.plan.activities[0], "title", "Day patrol"), "edit")
    assert "Day patrol" in _titles(view)              # in front: follows every edit
