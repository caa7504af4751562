"""#33 in the app: the Evidence tab restricted to one actor (counts on screen, the evidence
taken keeps the actors), the events listed and opened on the map, the events layer, an
unplaced event's place added to the gazetteer."""
from __future__ import annotations

import pytest

from builders import plan, threat
from incident_files import acled_actors_file
from qt_helpers import click, discard_and_close

pytestmark = pytest.mark.gui


@pytest.fixture
def bankass_window(qtbot, store, tmp_path):
    from pocplanner.services.incidents import import_incidents
    from pocplanner.ui.plan.plan_window import PlanWindow
    from pocplanner.ui.plan.session import PlanSession
    import_incidents(store.db, acled_actors_file(tmp_path / "acled.csv"))
    p = plan(start="2020-01-01", end="2020-06-30",
             threats=[threat("T1", likelihood=2, impact=3, locations=["Bankass"],
                             title="Attacks on Fulani villages by Dan Na Ambassagou")])
    window = PlanWindow(PlanSession(p, store, store.save(p)))
    window.show()
    yield window
    discard_and_close(window)


def _evidence(qtbot, window):
    window.go("threats")
    page = window.pages["threats"]
    page.views.setCurrentWidget(page.evidence)
    panel = page.evidence
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=2000)
    return page, panel


def test_one_actor_counts_on_screen_and_is_kept_with_the_evidence(qtbot, bankass_window):
    _page, panel = _evidence(qtbot, bankass_window)
    assert panel.table.item(0, 1).text() == "2"                  # both communities' attacks
    assert panel.events.table.rowCount() == 2
    listed = [panel.actors.itemText(i) for i in range(panel.actors.count())]
    assert "Dan Na Ambassagou (2)" in listed                     # picked from those present
    panel.actors.setCurrentIndex(listed.index("Dan Na Ambassagou (2)"))
    panel.actors.activated.emit(panel.actors.currentIndex())
    assert panel.actors.currentText() == "Dan Na Ambassagou"
    assert (panel.table.item(0, 1).text(), panel.table.item(0, 2).text()) == ("1", "164")
    assert panel.events.table.rowCount() == 1
    assert panel.events.table.item(0, 1).text() == "Ogossagou"
    click(qtbot, panel.take_button)
    [entry] = bankass_window.session.plan.evidence
    assert (entry["events"], entry["actors"]) == (1, ["Dan Na Ambassagou"])
    assert "events by Dan Na Ambassagou" in panel.stored.text()
    # typed, any case and accents
    panel.actors.setEditText("FULANI ÉTHNIC")
    panel.refresh()
    assert (panel.table.item(0, 1).text(), panel.table.item(0, 2).text()) == ("1", "35")


def test_an_event_opens_on_the_map_and_the_events_layer_draws_points(qtbot, bankass_window):
    page, panel = _evidence(qtbot, bankass_window)
    panel.views.setCurrentWidget(panel.events)
    panel.events.table.selectRow(0)
    click(qtbot, panel.events.map_button)
    assert page.views.currentWidget() is page.map
    assert page.map.events.isChecked() and page.map.view.selected == "ML0502"
    qtbot.waitUntil(lambda: bool(page.map.view.event_points), timeout=2000)
    assert {(round(lon, 4), round(lat, 4)) for lon, lat, _, _ in page.map.view.event_points} \
        >= {(-3.5165, 14.0794)}
    page.map.view.grab()                                         # drawn without error
    page.map.events.setChecked(False)
    assert page.map.view.event_points == []


def test_an_unplaced_events_place_joins_the_gazetteer(qtbot, store, tmp_path):
    from pocplanner.services.incident_events import events, where
    from pocplanner.services.incidents import import_incidents
    from pocplanner.ui.incidents.evidence_events import EventsTable
    unplaced = [("MLI7100", "2019-06-10", "Violence against civilians", "Attack",
                 "Unidentified Armed Group (Mali)", "", "3", "Civilians (Mali)", "", "7",
                 "Civilian targeting", "", "Sobane Da", "", "", "35")]
    import_incidents(store.db, acled_actors_file(tmp_path / "u.csv", events=unplaced))
    table = EventsTable(store, "en")
    qtbot.addWidget(table)
    table.set_events(events(store.db, where()), {}, {}, False)
    table.table.selectRow(0)
    assert table.place_button.isEnabled()

    def fill(dialog):
        assert dialog.name.currentText() == "Sobane Da"
        dialog.cercle.setCurrentIndex(dialog.cercle.findData("ML0501"))     # Bandiagara
        dialog.accept()
        return dialog.place is not None

    assert table.add_place(dialog_exec=fill)
    assert [p.name for p in store.places()] == ["Sobane Da"]
    [event] = events(store.db, where())
    assert (event.pcode, event.placed_by) == ("ML0501", "name")


SYSTEM_TABLE = ("Réf;Date de l'incident;Localité;Lat;Long;Nature;Auteurs présumés;Tués;Notes\n"
                "SIT-1;23/03/2019;Ogossagou;14,0794;-3,5165;Intercommunal violence;"
                "Dan Na Ambassagou;164;not kept\n"
                "SIT-2;2019-04-02;Diafarabé;;;attaque;JNIM;2;not kept\n"
                "SIT-3;pas une date;Bankass;;;attaque;;1;not kept\n")


def test_an_unknown_table_imports_through_the_mapping_dialog_then_in_one_step(qtbot, library,
                                                                               tmp_path):
    from pocplanner.services import incident_tables
    from pocplanner.services.incident_events import events, where
    path = tmp_path / "export.csv"
    path.write_text(SYSTEM_TABLE, encoding="utf-8")
    importer = library.tools.incident_importer()
    shown = []
    importer.show_box = lambda box: shown.append(box.text())
    seen = {}

    def map_columns(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        seen["guessed"] = {f: dialog.combos[f].currentText() for f in ("date", "actors", "id")}
        assert not dialog.import_button.isEnabled()              # no name yet
        assert "name" in dialog.problems.text()
        dialog.name.setText("SAGE export")
        for field, column in (("place", "Localité"), ("latitude", "Lat"),
                              ("longitude", "Long"), ("type", "Nature"),
                              ("actors", "Auteurs présumés"), ("fatalities", "Tués"),
                              ("id", "Réf")):
            combo = dialog.combos[field]
            combo.setCurrentIndex(combo.findText(column))
        assert dialog.preview.rowCount() == 3
        problems = [dialog.preview.item(r, 0).text() for r in range(3)]
        assert problems[:2] == ["reads", "reads"] and "not a date" in problems[2]
        assert dialog.import_button.isEnabled()
        click(qtbot, dialog.import_button)
        return dialog.result()

    importer.run_mapping = map_columns
    report = importer.import_file(str(path))
    assert seen["guessed"] == {"date": "Date de l'incident", "actors": "Auteurs présumés",
                               "id": "Réf"}                      # guessed from the names
    assert report is not None and (report.events, len(report.skipped)) == (2, 1)
    assert [lay.name for lay in incident_tables.layouts(library.store.db)] == ["SAGE export"]
    found = {e.uid: e for e in events(library.store.db, where())}
    assert found["table:SAGE export:SIT-1"].actors == ("Dan Na Ambassagou",)
    assert found["table:SAGE export:SIT-1"].category == "intercommunal_violence"
    # the next export: the saved layout is chosen by itself, one click imports it
    nxt = tmp_path / "export2.csv"
    nxt.write_text(SYSTEM_TABLE.replace("SIT-", "SIT2-"), encoding="utf-8")

    def one_click(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.saved_choice.currentText() == "SAGE export"
        click(qtbot, dialog.import_button)
        return dialog.result()

    importer.run_mapping = one_click
    assert importer.import_file(str(nxt)).events == 2


def test_a_saved_layout_imports_from_the_command_line(capsys, tmp_path):
    import json
    import sys

    from pocplanner.cli.main import main
    db = str(tmp_path / "p.db")
    path = tmp_path / "export.csv"
    path.write_text(SYSTEM_TABLE, encoding="utf-8")

    def cli(*args):
        saved = sys.stdout, sys.stderr
        try:
            code = main([*args, "--db", db])
        finally:
            sys.stdout, sys.stderr = saved
        out = capsys.readouterr()
        return code, out.out, out.err

    code, _, err = cli("incidents", "import", str(path))
    assert code == 2 and "column mapping" in err and "--layout" in err
    code, out, err = cli("incidents", "import", str(path), "--layout", "SAGE", "--map",
                         "date=Date de l'incident", "--map", "place=Localité", "--map",
                         "actors=Auteurs présumés", "--map", "fatalities=Tués", "--map",
                         "id=Réf", "--map", "type=Nature", "--json")
    assert code == 0, err
    assert json.loads(out)["events"] == 2 and "line 4 skipped" in err
    again = tmp_path / "export2.csv"
    again.write_text(SYSTEM_TABLE.replace("SIT-", "SIT2-"), encoding="utf-8")
    code, out, err = cli("incidents", "import", str(again), "--layout", "SAGE", "--json")
    assert code == 0 and json.loads(out)["events"] == 2, err
    code, _, err = cli("incidents", "import", str(again), "--layout", "nope")
    assert code == 2 and "no saved layout nope" in err and "SAGE" in err
    code, _, err = cli("incidents", "import", str(again), "--layout", "x", "--map", "when=Date")
    assert code == 2 and "FIELD=COLUMN" in err


@pytest.mark.parametrize("width, height", [(1280, 720), (1366, 768)])
def test_the_evidence_tab_and_the_mapping_dialog_fit_in_french(qtbot, french, store, tmp_path,
                                                                width, height):
    from PySide6.QtWidgets import QApplication

    from pocplanner.services.incidents import import_incidents
    from pocplanner.ui.incidents.incident_mapping import MappingDialog
    from pocplanner.ui.plan.plan_window import PlanWindow
    from pocplanner.ui.plan.session import PlanSession
    import_incidents(store.db, acled_actors_file(tmp_path / "a.csv"))
    p = plan(start="2020-01-01", end="2020-06-30",
             threats=[threat("T1", locations=["Bankass"], title="Attaques " * 15)])
    window = PlanWindow(PlanSession(p, store, store.save(p)))
    window.show()
    window.resize(width, height)
    window.go("threats")
    page = window.pages["threats"]
    page.views.setCurrentWidget(page.evidence)
    for tab in (page.evidence.chart, page.evidence.events):
        page.evidence.views.setCurrentWidget(tab)
        QApplication.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= width and hint.height() <= height, hint.toTuple()
    discard_and_close(window)
    wide = tmp_path / "wide.csv"
    wide.write_text(";".join(f"Colonne de l'export numéro {i}" for i in range(30)) + "\n"
                    + ";".join("x" * 30 for _ in range(30)) + "\n", encoding="utf-8")
    dialog = MappingDialog(str(wide), store, "fr")
    qtbot.addWidget(dialog)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height, hint.toTuple()
