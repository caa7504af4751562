"""The sequencing step's Gantt: header and legend always visible, zoom, folding groups,
filters, and dependency arrows that stay readable on a big plan."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from builders import large_plan
from pocplanner.ui.charts.gantt import MANY_LINKS
from qt_helpers import choose


def sequencing(window):
    window.go("sequencing")
    QApplication.processEvents()
    return window.pages["sequencing"].gantt_view


def test_header_and_legend_stay_visible_while_the_chart_scrolls(qtbot, sample_window):
    view = sequencing(sample_window)
    assert view.header.isVisible() and view.legend.isVisible()
    assert "security cover" in view.legend.text()
    assert not view.scroll.isAncestorOf(view.header)
    assert not view.scroll.isAncestorOf(view.legend)


def test_a_short_plan_fills_the_width_and_zooms(qtbot, sample_window):
    view = sequencing(sample_window)
    chart = view.chart
    viewport = view.scroll.viewport().width()
    assert chart.zoom == "fit" and abs(chart.width() - viewport) <= 16   # no clipped month
    choose(qtbot, view.zoom, "Weeks")
    assert chart.day_px == 16.0 and chart.width() > viewport
    choose(qtbot, view.zoom, "Months")
    assert chart.day_px == 4.0
    before = chart.day_px
    centre = QPointF(chart.width() / 2, 10)
    QApplication.sendEvent(chart, QWheelEvent(
        centre, QPointF(chart.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase, False))
    assert chart.day_px > before


def test_a_click_on_a_place_folds_and_unfolds_it(qtbot, sample_window):
    view = sequencing(sample_window)
    chart = view.chart
    rows = len(chart.rows)
    group = chart.rows[0]
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(20, 5))
    assert group.group in chart.collapsed and len(chart.rows) < rows
    assert chart.rows[0].is_group
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(20, 5))
    assert len(chart.rows) == rows


def test_filters_by_component_and_by_advisories(qtbot, sample_window):
    window = sample_window
    view = sequencing(window)
    chart = view.chart
    everything = [r.activity.id for r in chart.rows if not r.is_group]
    choose(qtbot, view.filter, "Component: Military")
    shown = [r.activity for r in chart.rows if not r.is_group]
    assert shown and all(a.component == "military" for a in shown)
    assert len(shown) < len(everything)
    from pocplanner.domain.edits import set_field
    activity = window.session.plan.activities[0]
    window.session.push(set_field(activity, "end", activity.start.replace(
        year=activity.start.year - 1)), "edit")                          # DATE-ORDER
    choose(qtbot, view.filter, "Only activities with advisories")
    flagged = {ref for a in window.session.advisories for ref in a.refs}
    shown = [r.activity.id for r in chart.rows if not r.is_group]
    assert activity.id in shown and set(shown) <= flagged and len(shown) < len(everything)


def test_on_a_big_plan_only_the_selected_activitys_arrows_are_drawn(qtbot, library_of, store):
    plan = large_plan(n_threats=10, n_activities=MANY_LINKS + 30)
    for i, a in enumerate(plan.activities[1:], start=1):
        a.depends_on = [plan.activities[i - 1].id]
    store.save(plan)
    window = library_of(store).open_plan(plan.id)
    view = sequencing(window)
    chart = view.chart
    assert view.arrows.isVisible()
    assert {(a.id, b.id) for a, b in chart.shown_links()} == {("A0", "A1")}   # A0 selected
    chosen = window.session.plan.activities[5]
    window.pages["sequencing"].table.select(chosen)
    assert {(a.id, b.id) for a, b in chart.shown_links()} == {("A4", "A5"), ("A5", "A6")}
    view.arrows.setChecked(True)
    assert len(chart.shown_links()) == len(plan.activities) - 1
