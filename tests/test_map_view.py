"""The map in the plan window, driven as a user does: tabs, clicks on cercles, the date
slider, keys and the wheel."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QTabWidget

from builders import activity, plan, threat
from pocplanner.domain import geo
from pocplanner.ui.charts.map_panel import MapPanel

pytestmark = pytest.mark.gui


def _point_in(name: str) -> tuple[float, float]:
    """A point well inside the cercle (its label point)."""
    from pocplanner.domain.plan_map import centre
    return centre(geo.cercle_named(name))


def _click_place(qtbot, view, name: str) -> None:
    """Click the cercle where no marker is (a click on a marker picks the activity), as
    near its middle as possible."""
    cercle = geo.cercle_named(name)
    x0, y0, x1, y1 = cercle.bbox
    grid = sorted(((i, j) for i in range(1, 20) for j in range(1, 20)),
                  key=lambda ij: (ij[0] - 10) ** 2 + (ij[1] - 10) ** 2)
    for i, j in grid:
        pixel = view.screen_point(x0 + (x1 - x0) * i / 20, y0 + (y1 - y0) * j / 20).toPoint()
        point = QPointF(pixel)
        if (view.rect().contains(pixel) and view.cercle_under(point) == cercle
                and view.marker_under(point) is None):
            qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=pixel)
            return
    raise AssertionError(f"no free point in {name}")


def _show_map(qtbot, window, step: str):
    window.go(step)
    page = window.pages[step]
    tabs = page.views
    assert isinstance(tabs, QTabWidget)
    tabs.tabBar().setCurrentIndex(tabs.indexOf(page.map))
    qtbot.waitUntil(page.map.view.isVisible)
    return page


def test_clicking_a_cercle_filters_the_threat_register(qtbot, sample_window):
    page = _show_map(qtbot, sample_window, "threats")
    view = page.map.view
    assert view.pm.area(geo.cercle_named("Ansongo").pcode).risk > 0
    _click_place(qtbot, view, "Ansongo")
    assert sorted(t.id for t in page._visible_threats()) == ["G2", "G4"]
    assert page.model.rowCount() == 2
    assert "Ansongo" in page.filter_label.text()
    _click_place(qtbot, view, "Ansongo")                 # again: everything
    assert page.model.rowCount() == 4


def test_clicking_a_cercle_filters_the_activities_and_the_slider_picks_a_day(qtbot,
                                                                             sample_window):
    page = _show_map(qtbot, sample_window, "sequencing")
    view = page.map.view
    _click_place(qtbot, view, "Ménaka")
    assert sorted(a.id for a in page._visible_activities()) == ["GA1", "GA2", "GA7"]
    assert page.model.rowCount() == 3
    page.map.slider.setFocus()
    page.map.set_date(dt.date(2019, 2, 10))
    running = {m.activity_id for m in view.pm.markers if m.running}
    assert running == {"GA1", "GA2", "GA3", "GA4", "GA7"}
    qtbot.keyClick(page.map.slider, Qt.Key.Key_End)     # the last day of the period
    assert page.map.date() == dt.date(2019, 3, 31)
    assert {m.activity_id for m in view.pm.markers if m.running} == {"GA1"}
    assert page.map.date_label.text() != ""
    qtbot.keyClick(page.map.slider, Qt.Key.Key_Home)    # the whole period again
    assert page.map.date() is None and all(m.running for m in view.pm.markers)


def test_zoom_and_pan_with_keys_and_wheel(qtbot, sample_window):
    page = _show_map(qtbot, sample_window, "threats")
    view = page.map.view
    view.setFocus()
    before = view.screen_point(*_point_in("Ansongo"))
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom == pytest.approx(1.5625)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    moved = view.screen_point(*_point_in("Ansongo"))
    assert moved != before
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.zoom == 1.0 and view.screen_point(*_point_in("Ansongo")) == before
    from PySide6.QtGui import QWheelEvent
    event = QWheelEvent(QPointF(100, 100), QPointF(view.mapToGlobal(QPoint(100, 100))),
                        QPoint(0, 0), QPoint(0, 240), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    view.wheelEvent(event)
    assert view.zoom == pytest.approx(1.5625)


def test_hover_names_the_cercle_and_its_items(qtbot, sample_window):
    page = _show_map(qtbot, sample_window, "threats")
    view = page.map.view
    cercle = view.cercle_under(view.screen_point(*_point_in("Ansongo")))
    text = view.describe(cercle)
    assert "Ansongo" in text and "G2, G4" in text and "GA3" in text


def test_names_the_gazetteer_does_not_know_are_listed_not_dropped(qtbot):
    panel = MapPanel("en", with_dates=True)
    qtbot.addWidget(panel)
    panel.set_plan(plan(threats=[threat("T1", locations=["Koro", "Atlantis"])],
                        activities=[activity("A1", location="El Dorado")]))
    panel.show()
    assert panel.not_placed.isVisible()
    assert panel.not_placed.text() == "Not placed on the map: Atlantis, El Dorado"
    panel.set_plan(plan(threats=[threat("T1", locations=["Koro"])]))
    assert not panel.not_placed.isVisible()


def test_a_user_adds_a_place_the_gazetteer_lacks_and_it_is_on_the_map(qtbot, sample_window):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from pocplanner.ui.dialogs.place_dialog import PlaceDialog
    sample_window.session.plan.threats[0].locations.append("Tin-Hama Nord")
    page = _show_map(qtbot, sample_window, "threats")
    page.refresh()
    panel = page.map
    assert "Tin-Hama Nord" in panel.not_placed.text() and panel.add_place.isVisible()
    seen = {}

    def fill():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, PlaceDialog) and w.isVisible())
        assert dialog.name.currentText() == "Tin-Hama Nord"
        dialog.lon.setText("abc")
        dialog.lat.setText("15.9")
        dialog.accept()                                  # refused, said in the dialog
        seen["bad"] = dialog.problem.text()
        dialog.lon.setText("0,45")                       # a decimal comma is fine
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    from PySide6.QtWidgets import QDialogButtonBox
    QTimer.singleShot(0, fill)
    qtbot.mouseClick(panel.add_place, Qt.MouseButton.LeftButton)
    assert "decimal numbers" in seen["bad"]
    assert not panel.not_placed.isVisible()
    ansongo = geo.cercle_named("Ansongo").pcode
    assert "G1" in panel.view.pm.area(ansongo).threat_ids
    stored = sample_window.session.store.places()
    assert [(p.name, p.lon, p.lat) for p in stored] == [("Tin-Hama Nord", 0.45, 15.9)]


def test_a_marker_names_its_activity_and_clicking_it_selects_the_activity(qtbot, sample_window):
    page = _show_map(qtbot, sample_window, "sequencing")
    view = page.map.view
    page.map.set_date(dt.date(2019, 2, 10))
    marker = next(m for m in view.pm.markers if m.activity_id == "GA3")
    view.zoom_by(8, view.screen_point(marker.lon, marker.lat))   # markers of a place apart
    point = view.screen_point(marker.lon, marker.lat)
    assert view.marker_under(point).activity_id == "GA3"
    text = view.describe_marker(view.marker_under(point))
    assert "GA3" in text and marker.title in text
    assert page.table.current().id != "GA3"
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert page.table.current().id == "GA3"
