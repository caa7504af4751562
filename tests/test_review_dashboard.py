"""The review step is the plan's dashboard: readiness, advisories by step, the outputs."""
from __future__ import annotations

import json

from pocplanner.domain.edits import set_field
from qt_helpers import click


def test_the_dashboard_counts_by_step_and_says_if_the_plan_can_be_final(qtbot, sample_window):
    window = sample_window
    window.go("review")
    page = window.pages["review"]
    assert "Ready to be marked final" in page.summary.text()
    # the sample places activities at whole cercles: §12.2's SEQ-AREA warnings, no error
    assert page.step_buttons["sequencing"].text().endswith("0 errors, 4 warnings ▸")
    assert page.step_buttons["context"].text().endswith("nothing open")
    activity = window.session.plan.activities[0]
    window.session.push(set_field(activity, "end", activity.start.replace(year=2000)), "edit")
    errors = sum(a.severity == "error" for a in window.session.advisories)
    assert "Not ready to be final" in page.summary.text()
    assert f"{errors} errors to fix" in page.summary.text()
    assert "1 error," in page.step_buttons["context"].text() or "error" in \
        page.step_buttons["sequencing"].text()
    assert page.tree.topLevelItem(0).text(0).startswith("✖ DATE-ORDER (1)")
    click(qtbot, page.step_buttons["sequencing"])
    assert window.flow.step == "sequencing"


def test_the_outputs_are_one_click_away(qtbot, sample_window, tmp_path):
    window = sample_window
    window.go("review")
    page = window.pages["review"]
    names = {b.objectName() for b in page.findChildren(type(page.final_button))}
    assert {"reviewExportPdf", "reviewPreview", "reviewExportFile"} <= names
    out = tmp_path / "plan.pocplan.json"
    assert window.export_file(str(out))
    assert json.loads(out.read_text(encoding="utf-8"))["plan"]["id"] == window.session.plan.id


def test_a_large_group_of_advisories_opens_with_all_its_lines(qtbot, sample_window):
    """A group of more than ten starts closed, its lines written when it is opened."""
    from dataclasses import replace

    from pocplanner.domain.edits import Batch, Insert
    from pocplanner.ui.pages.review_page import ADVISORY_ROLE
    window = sample_window
    plan = window.session.plan
    meeting = replace(plan.activities[0], location="Ménaka", coordinates=None,
                      engages_communities=True, depends_on=[], runs_within=[])
    window.session.push(Batch([Insert(plan.activities, len(plan.activities) + i,
                                      replace(meeting, id=f"M{i}")) for i in range(12)]),
                        "twelve meetings at a whole cercle")
    window.go("review")
    page = window.pages["review"]
    areas = [a for a in window.session.advisories if a.code == "SEQ-AREA"]
    assert len(areas) > 12
    top = next(page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())
               if page.tree.topLevelItem(i).text(0).startswith("▲ SEQ-AREA"))
    assert top.childCount() == 0 and not top.isExpanded()
    top.setExpanded(True)                                    # as a click on its arrow does
    assert [top.child(i).data(0, ADVISORY_ROLE) for i in range(top.childCount())] == areas
