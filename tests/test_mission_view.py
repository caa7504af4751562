"""The mission view as HQ uses it: opened from the library on several plans, it shows their
status, ranked threats and asset clashes; activating (double-click, Enter) an advisory opens that plan at that
item; a review note goes back to the region without touching the rest of its plan."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from builders import activity, plan, response, threat

pytestmark = pytest.mark.gui


def _plan(plan_id, region, assets):
    p = plan(threats=[threat("T1", likelihood=4, impact=3)], responses=[response("R1")],
             activities=[activity("A1", response_id="R1", assets=assets),
                         activity("A2", response_id="R1", title="Escort")])
    p.id, p.region = plan_id, region
    return p


@pytest.fixture
def view(qtbot, library, store, tmp_path):
    for p in (_plan("mopti-q1", "Mopti", ["helicopter"]), _plan("gao-q1", "Gao", ["helicopter"])):
        store.save(p)
    library.refresh()
    library.table.selectAll()
    v = library.mission_view()
    qtbot.addWidget(v)
    return v


def test_the_mission_view_follows_an_advisory_to_its_plan(qtbot, library, view):
    assert view.status.rowCount() == 2
    assert view.ranked.rowCount() == 2 and view.ranked.item(0, 3).text() == "12"
    assert view.assets.clashing and len(view.assets.rows) == 2
    codes = [view.advisories.item(i).text().split(":")[0] for i in range(view.advisories.count())]
    assert codes == ["CONS-ASSET"]
    view.show()
    view.tabs.setCurrentWidget(view.advisories)
    qtbot.waitUntil(view.advisories.isVisible, timeout=2000)
    view.advisories.setFocus()
    view.advisories.setCurrentRow(0)
    qtbot.keyClick(view.advisories, Qt.Key.Key_Return)           # as a double-click does
    qtbot.waitUntil(lambda: bool(library.plan_windows), timeout=3000)
    [(plan_id, window)] = library.plan_windows.items()
    assert plan_id in ("mopti-q1", "gao-q1") and window.flow.step == "sequencing"
    assert window.pages["sequencing"].table.current().id == "A1"


def test_a_review_note_goes_back_to_the_region(qtbot, store, view):
    before = store.load("gao-q1").to_dict()
    row = [s.plan.id for s in view.c.plans].index("gao-q1")
    assert view.write_review_note("Check the helicopter dates with Mopti.", row=row)
    after = store.load("gao-q1").to_dict()
    assert after.pop("review_note") == "Check the helicopter dates with Mopti."
    assert after == before
    assert view.status.item(row, 8).text() == "Check the helicopter dates with Mopti."
