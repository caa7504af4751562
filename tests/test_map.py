"""The plan on a map: cercle shapes and the gazetteer (domain/geo.py), the map model
(domain/plan_map.py), the printed map page and `pocplanner map`."""
from __future__ import annotations

import datetime as dt
import io
import random
import subprocess

import pytest
from PIL import Image

from builders import activity, plan, threat
from cli_helpers import assert_no_traceback, run
from pocplanner.domain import geo
from pocplanner.domain.plan_map import Projection, clip_ring, plan_map
from pocplanner.domain.scoring import band_for
from pocplanner.exchange.writer import export_plan
from pocplanner.reports import pdf_document
from pocplanner.reports.map_drawing import legend_height, legend_lines, map_texts


def test_every_cercle_of_mali_is_shipped_with_its_region():
    cercles = geo.cercles()
    assert len(cercles) == 50
    assert len({c.pcode for c in cercles}) == 50
    assert all(c.pcode.startswith(c.region_pcode) for c in cercles)
    assert "CC BY 4.0" in geo.attribution()


def test_a_point_is_placed_in_its_cercle_and_holes_are_respected():
    assert geo.cercle_at(-4.197, 14.493).name == "Mopti"           # Mopti town
    assert geo.cercle_at(-3.007, 16.773).name == "Tombouctou"      # Timbuktu town
    # Bamako district is a hole in the Kati cercle: a point in it is Bamako, not Kati
    assert geo.cercle_at(-8.0, 12.64).name == "Bamako"
    assert geo.cercle_at(-8.3, 12.9).name == "Kati"
    assert geo.cercle_at(2.35, 48.85) is None                       # Paris
    assert geo.cercle_at(-17.0, 14.7) is None                       # Dakar


def test_fifty_thousand_points_are_placed_consistently():
    rng = random.Random(19)
    points = [(rng.uniform(-12.5, 4.5), rng.uniform(10.0, 25.0)) for _ in range(50_000)]
    placed = [geo.cercle_at(lon, lat) for lon, lat in points]
    inside = [c for c in placed if c is not None]
    assert 0.35 * len(points) < len(inside) < 0.9 * len(points)     # Mali fills part of its box
    for (lon, lat), c in zip(points[:2000], placed[:2000]):
        if c is not None:
            x0, y0, x1, y1 = c.bbox
            assert x0 <= lon <= x1 and y0 <= lat <= y1


def test_places_are_found_by_name_alias_and_region():
    cercle, point = geo.locate("Timbuktu")
    assert cercle.name == "Tombouctou" and point is None            # a cercle's other name
    cercle, point = geo.locate("sevare", "ML05")
    assert cercle.name == "Mopti" and point is not None and point.name == "Sévaré"
    cercle, point = geo.locate("Bountou Malinke")                   # a GeoNames alias
    assert point.name == "Bountou"
    assert geo.locate("Nowhere-ville") is None


def test_clip_ring_keeps_a_shape_inside_its_frame():
    square = [(-5, -5), (5, -5), (5, 5), (-5, 5)]
    cut = clip_ring(square, 0, 0, 10, 10)
    assert sorted(cut) == [(0, 0), (0, 5), (5, 0), (5, 5)]
    assert clip_ring([(20, 20), (30, 20), (30, 30)], 0, 0, 10, 10) == []


def _mopti_plan():
    return plan(
        threats=[threat("T1", 5, 5, locations=["Koro", "Bankass"]),
                 threat("T2", 2, 3, locations=["Djenné", "Atlantis"]),
                 threat("T3", 4, 3, locations=["Koro"])],
        activities=[activity("A1", "2019-01-10", "2019-01-20", "Sévaré", component="police",
                             requires_security=True),
                    activity("A2", "2019-01-12", "2019-01-30", "Sévaré", component="military",
                             provides_security=True),
                    activity("A3", "2019-02-01", "2019-02-10", "Koro", requires_security=True),
                    activity("A4", "2019-02-01", "2019-02-10", "El Dorado")])


def test_threat_cercles_take_the_colour_of_their_highest_risk():
    pm = plan_map(_mopti_plan())
    assert pm.area("ML0505").risk == 25 and pm.area("ML0505").threat_ids == ("T1", "T3")
    assert pm.area("ML0502").risk == 25                              # Bankass
    assert pm.area("ML0503").risk == 6                               # Djenné
    youwarou = pm.area("ML0508")
    assert youwarou.in_region and youwarou.risk == 0
    neighbours = [a for a in pm.areas if not a.in_region]
    assert neighbours and all(a.cercle.region_pcode != "ML05" for a in neighbours)
    assert pm.not_placed == ("Atlantis", "El Dorado")


def test_markers_show_who_runs_on_a_date_and_whether_cover_holds():
    pm = plan_map(_mopti_plan(), dt.date(2019, 1, 15))
    by_id = {m.activity_id: m for m in pm.markers}
    assert set(by_id) == {"A1", "A2", "A3"}
    assert by_id["A1"].running and by_id["A1"].covered and by_id["A1"].village
    assert not by_id["A3"].running
    late = {m.activity_id: m for m in plan_map(_mopti_plan(), dt.date(2019, 2, 5)).markers}
    assert late["A3"].running and late["A3"].needs_cover and not late["A3"].covered
    assert not late["A1"].running


def test_the_redacted_map_never_places_an_activity_on_a_village():
    markers = plan_map(_mopti_plan(), villages=False).markers
    assert markers and not any(m.village for m in markers)
    mopti = next(c for c in geo.cercles() if c.name == "Mopti")
    sevare = next(m for m in markers if m.activity_id == "A1")
    assert geo.cercle_at(sevare.lon, sevare.lat) == mopti


def _pdftotext(data: bytes) -> str:
    return subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True,
                          check=True).stdout.decode()


def test_the_printed_plan_has_a_map_page_with_legend_and_attribution():
    text = _pdftotext(pdf_document(_mopti_plan(), "fr"))
    assert "Carte : risque de menace le plus élevé par cercle" in text
    for name in ("Koro", "Bankass", "Djenné", "Youwarou", "Ténenkou"):
        assert name in text
    assert "GeoNames" in text and "OCHA Mali / DNCT" in text
    assert "Non placés sur la carte" in text and "Atlantis" in text
    redacted = _pdftotext(pdf_document(_mopti_plan(), "en", redacted=True))
    assert "Map: highest threat risk by cercle" in redacted


@pytest.fixture
def mopti_file(tmp_path):
    path = tmp_path / "mopti.pocplan.json"
    export_plan(_mopti_plan(), path)
    return path


def _pixel(image: Image.Image, proj: Projection, lon: float, lat: float, band: float):
    """The colour the PNG has at a place: the page is A4 landscape at 150 dpi, the map drawn
    at (36, 30) pt with its legend band below."""
    x, y = proj.xy(lon, lat)
    page_x, page_y = 36 + x, 30 + band + y
    scale = 150 / 72
    return image.getpixel((round(page_x * scale), round(image.height - page_y * scale)))[:3]


def test_map_command_writes_a_png_with_the_threat_cercles_coloured(mopti_file, tmp_path):
    out = tmp_path / "map.png"
    result = run("map", str(mopti_file), str(out), "--layer", "risk")
    assert result.returncode == 0, result.stderr
    assert_no_traceback(result)
    image = Image.open(io.BytesIO(out.read_bytes()))
    assert image.format == "PNG"
    pm = plan_map(_mopti_plan())
    from reportlab.lib.pagesizes import A4, landscape
    width, height = landscape(A4)
    band = legend_height(legend_lines(pm, width - 72, map_texts(pm, "en"), ("risk",)))
    proj = Projection.fit(pm.bbox, width - 72, height - 90 - band)
    very_high = band_for(25).colour
    bandiagara_inside = (-3.6, 14.35)                              # no threat there
    assert _pixel(image, proj, -3.0, 14.3, band) == _rgb(very_high)        # Koro
    assert _pixel(image, proj, *bandiagara_inside, band) == _rgb("#fbfbf7")
    assert _pixel(image, proj, -4.45, 13.85, band) == _rgb(band_for(6).colour)   # Djenné


def _rgb(hex_colour: str):
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))


def test_map_command_writes_a_pdf_that_lists_what_it_could_not_place(mopti_file, tmp_path):
    out = tmp_path / "map.pdf"
    result = run("map", str(mopti_file), str(out), "--date", "2019-02-05", "--lang", "fr")
    assert result.returncode == 0, result.stderr
    text = _pdftotext(out.read_bytes())
    assert "Carte — Test plan, au 05/02/2019" in text
    assert "Atlantis, El Dorado" in text
    assert "Militaire" in text and "absente ce jour-là" in text


@pytest.mark.parametrize("args, message", [
    (["map.txt"], ".png or .pdf"),
    (["map.png", "--date", "2019-02-30"], "not a date"),
])
def test_map_command_refuses_bad_arguments_clearly(mopti_file, tmp_path, args, message):
    result = run("map", str(mopti_file), str(tmp_path / args[0]), *args[1:])
    assert result.returncode == 2 and message in result.stderr
    assert_no_traceback(result)


def test_places_users_add_are_kept_in_the_database_and_checked(tmp_path):
    from pocplanner.storage import PlanStore, open_database
    db = tmp_path / "places.db"
    store = PlanStore(open_database(db))
    store.add_place(geo.UserPlace("Camp de Fatoma", pcode="ML0506"))
    store.add_place(geo.UserPlace("Tin-Hama Nord", lon=0.45, lat=15.9))
    for bad, problem in [(geo.UserPlace(" "), "needs a name"),
                         (geo.UserPlace("X", lon=1.0), "both longitude and latitude"),
                         (geo.UserPlace("X", lon=2.35, lat=48.85), "outside Mali"),
                         (geo.UserPlace("X", pcode="ML9999"), "Choose the cercle")]:
        with pytest.raises(ValueError, match=problem):
            store.add_place(bad)
    store.db.close()
    again = PlanStore(open_database(db))
    places = again.places()
    assert [p.name for p in places] == ["Camp de Fatoma", "Tin-Hama Nord"]
    pm = plan_map(plan(threats=[threat("T1", 4, 4, locations=["camp de fatoma"])],
                       activities=[activity("A1", location="Tin-Hama Nord")]), places=places)
    assert pm.not_placed == ()
    assert pm.area("ML0506").risk == 16
    marker = pm.markers[0]
    assert marker.village and (marker.lon, marker.lat) == (0.45, 15.9)


def test_map_command_uses_the_places_added_in_the_app(mopti_file, tmp_path):
    from pocplanner.storage import PlanStore, open_database
    db = tmp_path / "lib.db"
    store = PlanStore(open_database(db))
    store.add_place(geo.UserPlace("Atlantis", pcode="ML0506"))
    store.db.close()
    out = tmp_path / "map.pdf"
    result = run("map", str(mopti_file), str(out), db=db)
    assert result.returncode == 0, result.stderr
    text = _pdftotext(out.read_bytes())
    assert "El Dorado" in text and "Atlantis" not in text


def test_a_newer_region_name_is_drawn_with_the_cercles_it_covers():
    menaka = plan(threats=[threat("T1", 3, 3, locations=["Inékar"])])
    menaka.region = "Menaka"
    pm = plan_map(menaka)
    inside = {a.cercle.name for a in pm.areas if a.in_region}
    assert inside == {"Ménaka"}
    assert "Ansongo" in {a.cercle.name for a in pm.areas if not a.in_region}
    bandiagara = plan()
    bandiagara.region = "Bandiagara"
    assert {a.cercle.name for a in plan_map(bandiagara).areas if a.in_region} == {
        "Bandiagara", "Bankass", "Koro"}
