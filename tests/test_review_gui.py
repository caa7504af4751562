"""The task force's review recorded from the Follow-up menu: its threat changes apply to the
register with it as one undo step, the heat map shows before → after; the status report is
exported from the app."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from builders import d, plan, threat
from qt_helpers import discard_and_close, modal, type_into

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, store):
    from pocplanner.ui.plan.plan_window import PlanWindow
    from pocplanner.ui.plan.session import PlanSession
    p = plan(threats=[threat("T1", likelihood=3, impact=4, title="Militia raids"),
                      threat("T2", likelihood=2, impact=2, title="Roadside bombs")],
             as_of=d("2019-02-20"))
    w = PlanWindow(PlanSession(p, store, store.save(p)))
    w.show()
    yield w
    discard_and_close(w)


def test_a_review_and_its_threat_changes_are_one_undo_step(qtbot, window):
    seen = {}

    def fill():
        dialog = modal()
        seen["name"] = dialog.objectName()
        type_into(qtbot, dialog.findChild(object, "field_summary"), "Raids moved north")
        spin = dialog.findChild(object, "likelihood_T1")
        spin.setFocus()
        qtbot.keyClick(spin, Qt.Key.Key_Up)                   # 3 → 4
        seen["after"] = dict(dialog.after.counts)
        seen["ghosts"] = list(dialog.after.ghosts)
        seen["before"] = dict(dialog.before.counts)
        dialog.accept()
    QTimer.singleShot(50, fill)
    window.review_action.trigger()
    qtbot.waitUntil(lambda: bool(window.session.plan.reviews), timeout=3000)
    assert seen["name"] == "reviewDialog"
    assert seen["before"][(3, 4)] == 1 and seen["after"][(4, 4)] == 1
    assert seen["ghosts"] == [(4, 4, "T1")]
    [review] = window.session.plan.reviews
    t1 = window.session.plan.threats[0]
    assert (review.id, review.date, review.by) == ("RV1", d("2019-02-20"),
                                                   "Regional POC task force")
    assert review.summary == "Raids moved north"
    assert [(c.threat_id, c.likelihood, c.impact) for c in review.threat_changes] == [
        ("T1", 4, 4)]
    assert (t1.likelihood, t1.impact) == (4, 4)
    window.session.undo_stack.undo()
    assert window.session.plan.reviews == [] and (t1.likelihood, t1.impact) == (3, 4)


def test_the_status_report_from_the_app(qtbot, window, tmp_path):
    from pocplanner.ui.plan.follow_up_menu import export_status_report
    out = tmp_path / "status.pdf"
    assert export_status_report(window, str(out), redacted=False)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "POC status report" in text and "2019-02-20" in text


def test_the_report_finds_the_register_before_an_applied_review(qtbot, window, store):
    from pocplanner.services.status_report import status_report

    def fill():
        dialog = modal()
        spin = dialog.findChild(object, "impact_T2")
        spin.setFocus()
        qtbot.keyClick(spin, Qt.Key.Key_Up)                   # 2 → 3
        dialog.accept()
    QTimer.singleShot(50, fill)
    window.review_action.trigger()
    qtbot.waitUntil(lambda: bool(window.session.plan.reviews), timeout=3000)
    window.session.save()
    [line] = status_report(window.session.plan, db=store.db).threat_changes
    assert (line.threat_id, line.before, line.after, line.applied) == ("T2", (2, 2), (2, 3),
                                                                       True)


def test_the_latest_review_is_applied_later_in_one_step(qtbot, window):
    from pocplanner.domain.model import Review, ThreatChange
    plan_ = window.session.plan
    plan_.reviews = [Review("RV1", d("2019-02-01"), by="Regional POC task force",
                            threat_changes=[ThreatChange("T1", 5, 4)])]
    t1 = plan_.threats[0]
    window.apply_review_action.trigger()
    assert (t1.likelihood, t1.impact) == (5, 4)
    window.apply_review_action.trigger()                      # nothing more to apply
    assert window.session.undo_stack.count() == 1
    window.session.undo_stack.undo()
    assert (t1.likelihood, t1.impact) == (3, 4)


def test_the_status_report_never_writes_over_the_database(qtbot, window):
    """The one output rule (issue #29) for the status report as for the action plan."""
    from PySide6.QtWidgets import QMessageBox

    from pocplanner.ui.plan.follow_up_menu import export_status_report
    from qt_helpers import press_when_asked
    db = Path(window.session.store.db.path)
    before = db.read_bytes()
    said: list[str] = []
    press_when_asked(qtbot, QMessageBox.StandardButton.Ok, said)
    assert export_status_report(window, str(db), redacted=False) is False
    assert said and "database" in said[0] and db.read_bytes() == before
