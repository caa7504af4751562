"""Field laptops: every step of the plan window fits 1280×720 and 1366×768, in English and
French, with long titles and place names (nothing pushed off-screen: Back/Next, the forms)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from fit_checks import fit_problems
from pocplanner.domain.flow import STEPS
from pocplanner.exchange import load_file

LONG = ("Attaques à l'engin explosif improvisé sur l'axe Mopti–Douentza–Boni–Hombori contre "
        "les convois civils, les forains et les camions de marchandises ")


def long_plan(sample_path):
    """The sample with long French titles and place names, and 20 responses."""
    from pocplanner.domain.model import Response
    from pocplanner.reference import catalogue
    plan = load_file(sample_path).plan
    plan.title = (LONG * 2)[:200]
    for t in plan.threats:
        t.title = LONG[:120]
        t.locations = ["Gourma-Rharous (commune de Bambara-Maoudé, cercle de Gourma-Rharous)"]
    for a in plan.activities:
        a.title = LONG[:120]
        a.location = "Gourma-Rharous (commune de Bambara-Maoudé)"
    tools = [k for k in catalogue().tools if k not in {r.tool for r in plan.responses}]
    for i, key in enumerate(tools[:20 - len(plan.responses)]):
        tool = catalogue().tools[key]
        plan.responses.append(Response(f"R{i + 50}", [plan.threats[0].id], key, tool.tier,
                                       tool.phases[0], tool.lead[0]))
    return plan


def every_view(window):
    """Each step, each tab, and the threat step after a click on a cercle of the map."""
    for step in STEPS:
        window.go(step)
        yield step
    for step, tabs in (("early_warning", (1, 2)), ("transition", (1, 2))):
        window.go(step)
        for tab in tabs:
            window.pages[step].tabs.setCurrentIndex(tab)
            if step == "early_warning":
                window.pages[step].scenarios.table.select_first()
            if step == "transition":
                window.pages[step].handover_table.select_first()
            yield f"{step} tab {tab}"
    window.go("threats")
    page = window.pages["threats"]
    page.views.setCurrentWidget(page.map)
    QApplication.processEvents()
    areas = [a for a in page.map.view.pm.areas if a.in_region]
    assert areas
    page.map.cercle_clicked.emit(max(areas, key=lambda a: len(a.cercle.name)).cercle.pcode)
    assert page.filter_label.text()
    yield "threats after a map click"


@pytest.mark.parametrize("width, height", [(1280, 720), (1366, 768)])
def test_every_step_fits_the_screen(qtbot, language, library_of, store, sample_v2_path, width,
                                    height):
    plan = long_plan(sample_v2_path)
    store.save(plan)
    window = library_of(store, language).open_plan(plan.id)
    window.resize(width, height)
    for view in every_view(window):
        QApplication.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= width and hint.height() <= height, (view, hint.toTuple())
        assert window.width() <= width and window.height() <= height, view
        for button in (window.back_button, window.next_button):
            corner = button.mapTo(window, button.rect().bottomRight())
            assert corner.x() <= width and corner.y() <= height, view
        assert fit_problems(window) == [], view


def test_a_squeezed_form_is_caught(qtbot, library_of, store, sample_v2_path):
    """The check fails on a planted squeeze of the scenario form (a divider dragged to 110
    pixels past the form's minimum)."""
    from PySide6.QtWidgets import QSplitter
    plan = long_plan(sample_v2_path)
    store.save(plan)
    window = library_of(store).open_plan(plan.id)
    window.resize(1280, 720)
    window.go("early_warning")
    page = window.pages["early_warning"]
    page.tabs.setCurrentWidget(page.scenarios)
    page.scenarios.table.select_first()
    QApplication.processEvents()
    assert fit_problems(window) == []
    split = page.scenarios.findChildren(QSplitter)[0]
    split.widget(1).setMinimumWidth(1)             # the plant: nothing holds the form open
    split.setSizes([sum(split.sizes()) - 110, 110])
    QApplication.processEvents()
    assert any("squeezed" in p for p in fit_problems(window)), fit_problems(window)
    assert isinstance(split.widget(1), QScrollArea)


def test_a_small_screen_still_shows_every_control(qtbot, library_of, store, sample_v2_path):
    """1024×600: the window can be made that small and nothing is pushed off it."""
    plan = long_plan(sample_v2_path)
    store.save(plan)
    window = library_of(store, "fr").open_plan(plan.id)
    window.resize(1024, 600)
    for view in every_view(window):
        QApplication.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 600, (view, hint.toTuple())
        for button in (window.back_button, window.next_button):
            corner = button.mapTo(window, button.rect().bottomRight())
            assert corner.x() <= 1024 and corner.y() <= 600, view


def test_dividers_stay_where_the_planner_left_them(qtbot, library_of, store, sample_path):
    plan = load_file(sample_path).plan
    store.save(plan)
    library = library_of(store)
    window = library.open_plan(plan.id)
    window.go("sequencing")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QSplitter

    def table_and_timeline(w):
        return next(s for s in w.pages["sequencing"].findChildren(QSplitter)
                    if s.orientation() == Qt.Orientation.Vertical)
    splitter = table_and_timeline(window)
    total = sum(splitter.sizes())
    splitter.setSizes([total // 5, total - total // 5])
    window.close()
    again = library.open_plan(plan.id)
    again.go("sequencing")
    QApplication.processEvents()
    sizes = table_and_timeline(again).sizes()
    assert sizes[0] / sum(sizes) < 0.3          # the table was made narrow: it stays narrow


@pytest.mark.parametrize("width, height", [(1280, 720), (1366, 768)])
def test_the_mission_view_and_the_incident_sources_fit(qtbot, language, library_of, store,
                                                       sample_v2_path, width, height):
    from pocplanner.domain.consolidation import Input
    from pocplanner.ui.incidents.incident_sources import IncidentSourcesDialog
    from pocplanner.ui.mission.mission_view import MissionView
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
