"""Pinning an activity's place on the map (DOMAIN §12.2): the map turns a point on the screen
into coordinates, the activity stores them (one undoable edit), and the place line says it is
a point in its cercle."""
from __future__ import annotations

import pytest

from qt_helpers import click_row


def test_pin_the_selected_activity_on_the_map(qtbot, sample_window):
    window = sample_window
    click_row(qtbot, window.steps, 4)
    page = window.pages["sequencing"]
    click_row(qtbot, page.table, 1)                       # GA2, meetings at Ménaka
    activity = page.table.current()
    assert activity.coordinates is None
    page.views.setCurrentWidget(page.map)                 # the map is drawn when shown
    qtbot.waitUntil(lambda: page.map.view.pm is not None)
    view = page.map.view
    assert view.pin_enabled
    lon, lat = view.lonlat_at(view.screen_point(2.35, 15.92))
    assert (lon, lat) == pytest.approx((2.35, 15.92), abs=1e-6)
    view.pinned.emit(lon, lat)
    assert activity.coordinates == [2.35, 15.92]
    assert "cercle of Ménaka" in page.place_fields.what.text()
    window.session.undo_stack.undo()
    assert activity.coordinates is None
