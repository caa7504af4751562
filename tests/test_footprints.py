"""Footprints on the map (DOMAIN §12.1, §12.2): circles for the static presence of the chosen
day, on screen and on paper; none for patrols, none after the site closes, none in the
redacted edition (which never shows a village)."""
from __future__ import annotations

import datetime as dt
import subprocess

from builders import activity, d, plan
from pocplanner.domain.model import Site
from pocplanner.domain.plan_map import plan_map

BASE = [-2.9498, 15.0016]          # the town of Douentza


def _plan():
    p = plan(activities=[
        activity("B1", location="Douentza", coordinates=BASE, provides_security=True,
                 component="military", start="2019-01-01", end="2019-03-31"),
        activity("P1", location="Boni", provides_security=True, component="police",
                 presence="mobile", start="2019-01-01", end="2019-03-31")])
    p.transition.sites = [Site("ST1", "Camp", "Douentza", "temporary_base", d("2019-02-15"))]
    return p


def test_static_presence_is_drawn_on_its_day_and_not_after_its_site_closes():
    p = _plan()
    [f] = plan_map(p, on=dt.date(2019, 2, 15)).footprints      # the closing day counts
    assert (f.activity_id, [f.lon, f.lat], f.radius_km) == ("B1", BASE, 10.0)
    assert plan_map(p, on=dt.date(2019, 2, 16)).footprints == ()
    p.activities[0].radius_km = 20
    assert plan_map(p, on=dt.date(2019, 1, 5)).footprints[0].radius_km == 20
    assert plan_map(p, on=dt.date(2019, 1, 5), villages=False).footprints == ()
    marker = next(m for m in plan_map(p).markers if m.activity_id == "B1")
    assert [marker.lon, marker.lat] == BASE and marker.village   # at its coordinates


def test_the_printed_map_and_the_screen_draw_them(tmp_path, qtbot):
    from pocplanner.reports.map_drawing import map_pdf
    from pocplanner.ui.charts.map_view import MapView
    pm = plan_map(_plan(), on=dt.date(2019, 1, 5))
    out = tmp_path / "map.pdf"
    out.write_bytes(map_pdf(pm, "fr", "Carte"))
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "zone tenue par une présence fixe (son rayon)" in text          # the legend says so
    after = plan_map(_plan(), on=dt.date(2019, 3, 1))                      # the site closed
    out.write_bytes(map_pdf(after, "fr", "Carte"))
    assert "présence fixe" not in subprocess.run(["pdftotext", str(out), "-"],
                                                capture_output=True, text=True).stdout
    view = MapView("fr")
    qtbot.addWidget(view)
    view.resize(600, 500)
    view.set_map(pm)
    image = view.grab().toImage()
    x, y = view.screen_point(*BASE).x(), view.screen_point(*BASE).y()
    inside = image.pixelColor(int(x + 6), int(y + 6))
    assert inside.blue() > inside.red()            # the blue circle around the base
