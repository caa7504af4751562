"""The context step's fields of format 3 (DOMAIN §12.5, §12.9): the mandate's end and the
scarce assets the region can count on, edited in the real widgets and undone."""
from __future__ import annotations

import datetime as dt

from builders import activity, plan
from pocplanner.domain.checks import run_checks
from qt_helpers import set_date


def test_mandate_end_and_assets_available(qtbot, tmp_path):
    from pocplanner.storage import PlanStore, open_database
    from pocplanner.ui.pages.context_page import ContextPage
    from pocplanner.ui.plan.session import PlanSession
    p = plan(activities=[activity("O1", assets=["helicopter"], end="2019-02-10"),
                         activity("O2", assets=["helicopter"], start="2019-02-01",
                                  end="2019-02-05")])
    store = PlanStore(open_database(tmp_path / "db"))
    session = PlanSession(p, store, store.save(p))
    page = ContextPage(session)
    qtbot.addWidget(page)
    set_date(qtbot, page.context_binder.fields[[f.name for f in page.context_binder.fields]
                                             .index("mandate_end")].widget, "2019-02-01")
    assert p.context.mandate_end == dt.date(2019, 2, 1)
    assert "TRN-MANDATE" in [a.code for a in run_checks(p)]
    helicopters = page.assets.spins["helicopter"]
    assert helicopters.value() == -1 and helicopters.text() == "—"
    helicopters.setValue(1)
    assert p.context.assets_available == {"helicopter": 1}
    assert "ASSET-OVERCOMMIT" in [a.code for a in run_checks(p)]
    helicopters.setValue(2)
    assert "ASSET-OVERCOMMIT" not in [a.code for a in run_checks(p)]
    session.undo_stack.undo()
    assert p.context.assets_available == {"helicopter": 1} and helicopters.value() == 1
    helicopters.setValue(-1)
    assert p.context.assets_available == {}
