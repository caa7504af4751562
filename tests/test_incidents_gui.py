"""Incident data in the app, as a user drives it: Tools ▸ Import incident data (progress,
cancel), Tools ▸ Incident sources (categories, delete), the threat step's Evidence tab and
"Take as evidence", THR-EVIDENCE following the likelihood, the map's incident layer."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from builders import plan, threat
from incident_files import acled_file, ged_file, ged_like_rows
from pocplanner.storage import incident_queries as q
from pocplanner.storage import incidents as stored
from qt_helpers import choose, click, discard_and_close

pytestmark = pytest.mark.gui

BANKASS = [(f"MLI7{i:02d}", f"2018-{1 + i % 12:02d}-10", "Violence against civilians", "Attack",
            "Militia (Dozo)", "4", "Mopti", "Bankass", "14.0794", "-3.5165", "1", "2",
            "Civilian targeting") for i in range(12)]


def _answered(importer):
    shown = []
    importer.show_box = lambda box: shown.append(box.text())
    return shown


def test_import_from_the_tools_menu_then_sources_categories_and_delete(qtbot, library,
                                                                         tmp_path):
    tools = library.tools
    importer = tools.incident_importer()
    shown = _answered(importer)
    report = importer.import_file(str(acled_file(tmp_path / "acled.csv")))
    assert report.events == 6 and "6 events" in shown[0]
    dialog = tools.show_incident_sources(show=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.sources.rowCount() == 1 and dialog.sources.item(0, 1).text() == "ACLED"
    assert "acleddata.com" in dialog.attribution.text()
    kinds = [dialog.kinds.item(r, 0).text() + "|" + dialog.kinds.item(r, 2).text()
             for r in range(dialog.kinds.rowCount())]
    row = kinds.index("Battles|rebel group")
    combo = dialog.kinds.cellWidget(row, 4)
    assert combo.currentText() == "Clashes between armed groups"
    choose(qtbot, combo, "Attacks and abuse by non-state armed groups")
    assert q.total(library.store.db, q.Where(categories=frozenset({"nsag_attacks_abuse"}))
                   ).events == 1
    dialog.confirm = lambda box: box.button(QMessageBox.StandardButton.Ok).click()
    click(qtbot, dialog.delete_button)
    assert dialog.sources.rowCount() == 0 and stored.sources(library.store.db) == []


def test_a_refused_file_says_every_problem_and_imports_nothing(qtbot, library, tmp_path):
    importer = library.tools.incident_importer()
    shown = _answered(importer)
    bad = tmp_path / "bad.csv"
    bad.write_text("incident_id;date\nJOC-1;2018-01-01\n", encoding="utf-8")
    assert importer.import_file(str(bad)) is None
    assert "cannot be imported" in shown[0] and "column category is missing" in importer.last_text
    assert stored.sources(library.store.db) == []


def test_cancel_stops_a_long_import_and_leaves_the_database_unchanged(qtbot, library, tmp_path):
    path = ged_file(tmp_path / "big.csv", events=list(ged_like_rows(150_000)))
    importer = library.tools.incident_importer()
    shown = _answered(importer)

    def press_cancel():
        dialog = next((w for w in library.findChildren(QProgressDialog) if w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, press_cancel)
            return
        dialog.findChild(QPushButton).click()          # its Cancel button

    QTimer.singleShot(20, press_cancel)
    assert importer.import_file(str(path)) is None
    assert shown == ["The import was stopped; nothing was imported."]
    assert not q.has_incidents(library.store.db) and stored.sources(library.store.db) == []


@pytest.fixture
def bankass_window(qtbot, store, tmp_path):
    from pocplanner.services.incidents import import_incidents
    from pocplanner.ui.plan.plan_window import PlanWindow
    from pocplanner.ui.plan.session import PlanSession
    import_incidents(store.db, acled_file(tmp_path / "bankass.csv", events=BANKASS))
    p = plan(threats=[threat("T1", likelihood=2, impact=3, locations=["Bankass"])])
    window = PlanWindow(PlanSession(p, store, store.save(p)))
    window.show()
    yield window
    discard_and_close(window)


def test_take_as_evidence_and_thr_evidence_follows_the_likelihood(qtbot, bankass_window):
    window = bankass_window
    window.go("threats")
    page = window.pages["threats"]
    page.views.setCurrentWidget(page.evidence)
    panel = page.evidence
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=2000)
    assert panel.table.item(0, 1).text() == "12" and "Bankass" in panel.heading.text()
    click(qtbot, panel.take_button)
    [entry] = window.session.plan.evidence
    assert (entry["threat_id"], entry["events"], entry["pcodes"]) == ("T1", 12, ["ML0502"])
    assert entry["source"].startswith("ACLED, accessed ")
    assert [a.code for a in window.session.advisories] == ["THR-EVIDENCE"]
    likelihood = page.findChild(object, "field_likelihood")
    likelihood.setFocus()
    qtbot.keyClick(likelihood, Qt.Key.Key_Down)                   # 2 → 3 · possible
    assert window.session.plan.threats[0].likelihood == 3
    assert window.session.advisories == []
    stack = window.session.undo_stack
    stack.undo()                                                  # the likelihood back to 2
    assert [a.code for a in window.session.advisories] == ["THR-EVIDENCE"]
    stack.undo()                                                  # the evidence taken
    assert window.session.plan.evidence == [] and window.session.advisories == []


def test_the_map_shows_incidents_per_cercle(qtbot, bankass_window):
    window = bankass_window
    window.go("threats")
    page = window.pages["threats"]
    page.views.setCurrentWidget(page.map)
    qtbot.waitUntil(lambda: page.map.incidents.isVisible(), timeout=2000)
    assert page.map.pm.incident_count("ML0502") == 12
    click(qtbot, page.map.incidents)                              # the layer off
    assert page.map.pm.incidents == ()
