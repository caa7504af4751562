"""The mission view shows each plan in motion: as-of date, late activities, slow alerts, days
since the last review — sortable by each, and in `consolidate --json`."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from builders import activity, d, plan, response, threat
from pocplanner.domain.consolidation import Input, consolidate
from pocplanner.domain.model import Review

pytestmark = pytest.mark.gui


def _plan(plan_id, region, as_of, late):
    p = plan(threats=[threat("T1", likelihood=4, impact=3)], responses=[response("R1")],
             activities=[activity(f"A{i}", response_id="R1", start="2019-01-10",
                                  end="2019-01-20") for i in range(1, late + 1)],
             as_of=as_of)
    p.id, p.region = plan_id, region
    p.reviews = [Review("RV1", d("2019-01-15"), by="Regional POC task force")]
    return p


def test_the_mission_view_sorts_plans_by_lateness(qtbot, library, store):
    store.save(_plan("mopti-q1", "Mopti", d("2019-02-01"), 3))
    store.save(_plan("gao-q1", "Gao", None, 1))
    store.save(_plan("segou-q1", "Ségou", d("2019-01-25"), 1))
    library.refresh()
    library.table.selectAll()
    view = library.mission_view()
    qtbot.addWidget(view)
    headers = [view.status.horizontalHeaderItem(j).text()
               for j in range(view.status.columnCount())]
    late = headers.index("Late activities")
    assert headers[late - 1] == "As of" and headers[late + 2] == "Days since review"
    view.status.sortByColumn(late, Qt.SortOrder.DescendingOrder)
    from pocplanner.ui.mission.mission_view import KEY_ROLE
    rows = [(view.status.item(i, 0).data(KEY_ROLE), view.status.item(i, late).text(),
             view.status.item(i, late + 2).text()) for i in range(3)]
    assert rows == [("mopti-q1", "3", "17"), ("segou-q1", "1", "10"), ("gao-q1", "—", "—")]


def test_consolidate_json_carries_the_plan_in_motion():
    p = _plan("mopti-q1", "Mopti", d("2019-02-01"), 2)
    [status] = consolidate([Input(p, "library")]).to_json()["plans"]
    assert (status["as_of"], status["late_activities"], status["slow_alerts"],
            status["days_since_review"]) == ("2019-02-01", 2, 0, 17)


def test_the_consolidated_pdf_lists_the_plans_in_motion(tmp_path):
    import subprocess

    from pocplanner.reports.consolidated import consolidated_document
    c = consolidate([Input(_plan("mopti-q1", "Mopti", d("2019-02-01"), 2), "library"),
                     Input(_plan("gao-q1", "Gao", None, 1), "library")])
    out = tmp_path / "mission.pdf"
    out.write_bytes(consolidated_document(c, "en"))
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    assert "Plans in motion" in text and "2019-02-01" in text
