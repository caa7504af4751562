"""Field laptops: every step of the plan window fits 1280×720 and 1366×768, in English and
French, with long titles and place names (nothing pushed off-screen: Back/Next, the forms)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from pocplanner.domain.flow import STEPS
from pocplanner.exchange import load_file

LONG = ("Attaques à l'engin explosif improvisé sur l'axe Mopti–Douentza–Boni–Hombori contre "
        "les convois civils, les forains et les camions de marchandises ")


def long_plan(sample_path):
    plan = load_file(sample_path).plan
    plan.title = (LONG * 2)[:200]
    for t in plan.threats:
        t.title = LONG[:120]
        t.locations = ["Gourma-Rharous (commune de Bambara-Maoudé, cercle de Gourma-Rharous)"]
    for a in plan.activities:
        a.title = LONG[:120]
        a.location = "Gourma-Rharous (commune de Bambara-Maoudé)"
    return plan


@pytest.fixture(params=["en", "fr"])
def language(request, qapp):
    if request.param == "fr":
        request.getfixturevalue("french")
    return request.param


@pytest.mark.parametrize("width, height", [(1280, 720), (1366, 768)])
def test_every_step_fits_the_screen(qtbot, language, library_of, store, sample_path, width,
                                    height):
    plan = long_plan(sample_path)
    store.save(plan)
    window = library_of(store, language).open_plan(plan.id)
    window.resize(width, height)
    shown = [(step, None) for step in STEPS] + [("early_warning", i) for i in (1, 2)] + [
        ("transition", i) for i in (1, 2)]
    for step, tab in shown:
        window.go(step)
        if tab is not None:                      # the level board, the scenarios
            window.pages[step].tabs.setCurrentIndex(tab)
            if step == "early_warning":
                window.pages[step].scenarios.table.select_first()
        QApplication.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= width and hint.height() <= height, (step, hint.toTuple())
        assert window.width() <= width and window.height() <= height, step
        for button in (window.back_button, window.next_button):
            corner = button.mapTo(window, button.rect().bottomRight())
            assert corner.x() <= width and corner.y() <= height, step
        for area in window.pages[step].findChildren(QScrollArea):   # forms: nothing cut
            if area.isVisible() and area.widgetResizable():
                assert not area.horizontalScrollBar().isVisible(), (step, area.widget())


def test_dividers_stay_where_the_planner_left_them(qtbot, library_of, store, sample_path):
    plan = load_file(sample_path).plan
    store.save(plan)
    library = library_of(store)
    window = library.open_plan(plan.id)
    window.go("sequencing")
    from PySide6.QtWidgets import QSplitter
    splitter = window.pages["sequencing"].findChildren(QSplitter)[0]
    total = sum(splitter.sizes())
    splitter.setSizes([total // 5, total - total // 5])
    window.close()
    again = library.open_plan(plan.id)
    again.go("sequencing")
    QApplication.processEvents()
    sizes = again.pages["sequencing"].findChildren(QSplitter)[0].sizes()
    assert sizes[0] / sum(sizes) < 0.3          # the table was made narrow: it stays narrow


@pytest.mark.parametrize("width, height", [(1280, 720), (1366, 768)])
def test_the_mission_view_and_the_incident_sources_fit(qtbot, language, library_of, store,
                                                       sample_v2_path, width, height):
    from pocplanner.domain.consolidation import Input
    from pocplanner.ui.incident_sources import IncidentSourcesDialog
    from pocplanner.ui.mission_view import MissionView
    plan = long_plan(sample_v2_path)
    store.save(plan)
    library = library_of(store, language)
    view = MissionView(library, [Input(plan, "library")], library)
    qtbot.addWidget(view)
    view.resize(width, height)
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        hint = view.minimumSizeHint()
        assert hint.width() <= width and hint.height() <= height, (tab, hint.toTuple())
    dialog = IncidentSourcesDialog(store, language)
    qtbot.addWidget(dialog)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height
