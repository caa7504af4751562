"""Incident data: each format read, placed by cercle and mapped to threat categories,
stored once, broken files refused or skipped row by row, summaries and category choices."""
from __future__ import annotations

import sqlite3

import pytest

from incident_files import ACLED_EVENTS, LOG_ROWS, acled_file, ged_file, ged_like_rows, log_file
from pocplanner.domain.incidents import Cancelled, FileRefused
from pocplanner.services.incidents import import_incidents, summary
from pocplanner.storage import incident_queries as q
from pocplanner.storage import incidents as stored


def _events(store):
    rows = store.db.execute("SELECT uid, pcode, region, placed_by, category, fatalities, "
                            "civilian FROM incidents ORDER BY uid").fetchall()
    return {r[0]: r[1:] for r in rows}


def test_acled_one_row_per_event(store, tmp_path):
    report = import_incidents(store.db, acled_file(tmp_path / "acled.csv"))
    assert report.to_json() == {"format": "acled", "rows": 6, "events": 6, "duplicates": 0,
                                "placed_by_coordinates": 3, "placed_by_name": 1,
                                "region_only": 1, "not_placed": 1,
                                "source_id": report.source_id}
    ev = _events(store)
    assert ev["acled:MLI9001"] == ("ML0502", "Mopti", "coordinates", "intercommunal_violence",
                                   12, 1)
    assert ev["acled:MLI9002"][3] == "asymmetric_attacks"          # "12 June 2018" read
    assert ev["acled:MLI9003"][3] == "state_actor_abuse"
    assert ev["acled:MLI9004"][:3] == ("ML0504", "Mopti", "name")
    assert ev["acled:MLI9004"][3] == "armed_group_clashes"
    assert ev["acled:MLI9005"][:4] == ("", "Mopti", "region", "sexual_violence")
    assert ev["acled:MLI9006"][:4] == ("", "", "none", "")
    src = stored.source(store.db, report.source_id)
    assert (src.name, src.date_from, src.date_to) == ("ACLED", "2018-06-02", "2018-07-04")
    assert "ACLED" in src.attribution


def test_acled_one_row_per_actor_counts_each_event_once(store, tmp_path):
    report = import_incidents(store.db, acled_file(tmp_path / "a.csv", per_actor=True))
    assert (report.rows, report.events) == (12, 6)
    total = q.total(store.db, q.Where())
    assert (total.events, total.fatalities) == (6, 24)        # fatalities counted once too


def test_acled_through_hdx_with_hxl_tags(store, tmp_path):
    report = import_incidents(store.db, acled_file(tmp_path / "h.csv", hxl=True))
    assert (report.format, report.rows, report.events, report.skipped) == ("acled", 6, 6, ())


def test_ged_precise_and_imprecise_coordinates_and_a_point_in_a_hole(store, tmp_path):
    report = import_incidents(store.db, ged_file(tmp_path / "ged.csv"))
    assert (report.format, report.placed_by_coordinates, report.placed_by_name,
            report.region_only, report.not_placed) == ("ged", 3, 1, 1, 0)
    ev = _events(store)
    assert ev["ged:501"][:4] == ("ML0502", "Mopti", "coordinates", "nsag_attacks_abuse")
    assert ev["ged:502"][:4] == ("ML0503", "Mopti", "coordinates", "state_actor_abuse")
    assert ev["ged:503"][:4] == ("ML0505", "Mopti", "name", "armed_group_clashes")
    assert ev["ged:504"][:4] == ("", "Mopti", "region", "")
    # The source says Kati, but the point lies in Bamako, a hole in Kati's polygon.
    assert ev["ged:505"][:3] == ("ML0901", "Bamako", "coordinates")
    civ = store.db.execute("SELECT civilian_fatalities FROM incidents WHERE uid = 'ged:501'")
    assert civ.fetchone()[0] == 9


@pytest.mark.parametrize("french", [False, True])
def test_mission_log_in_english_and_french(store, tmp_path, french):
    report = import_incidents(store.db, log_file(tmp_path / "log.csv", french=french))
    assert (report.format, report.events) == ("log", 3)
    ev = _events(store)
    assert ev["log:JOC-1"][:4] == ("ML0502", "Mopti", "name", "intercommunal_violence")
    assert ev["log:JOC-2"][2:4] == ("name", "sexual_violence")     # a village, a French label
    assert ev["log:JOC-2"][0].startswith("ML05")
    assert ev["log:JOC-3"][2:4] == ("coordinates", "asymmetric_attacks")


def test_the_same_file_twice_adds_nothing_and_a_newer_export_only_its_new_events(store, tmp_path):
    path = acled_file(tmp_path / "acled.csv")
    first = import_incidents(store.db, path)
    again = import_incidents(store.db, path)
    assert (again.events, again.duplicates, again.source_id) == (6, 6, first.source_id)
    assert len(stored.sources(store.db)) == 1
    newer = ACLED_EVENTS + [("MLI9100", "2018-07-20", "Battles", "Armed clash", "JNIM", "2",
                             "Mopti", "Koro", "14.06", "-3.07", "1", "1", "")]
    report = import_incidents(store.db, acled_file(tmp_path / "newer.csv", events=newer))
    assert (report.events, report.duplicates) == (7, 6)
    assert q.total(store.db, q.Where()).events == 7


def test_missing_columns_are_refused_each_named_and_nothing_stored(store, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("event_id_cnty,event_date,admin1\nMLI1,2018-01-01,Mopti\n", encoding="utf-8")
    with pytest.raises(FileRefused) as refused:
        import_incidents(store.db, path)
    texts = refused.value.problem_texts()
    assert len(texts) == 5 and all(t.startswith("line 1: column") for t in texts)
    assert any("fatalities" in t for t in texts)
    assert stored.sources(store.db) == []


def test_bad_rows_are_skipped_with_their_line_and_the_rest_imported(store, tmp_path):
    rows = [list(r) for r in LOG_ROWS] + [
        ["JOC-4", "31 Smarch 2018", "Mopti", "Koro", "", "", "", "", "intercommunal_violence",
         "", "1", "0", "no"],
        ["JOC-5", "2018-06-14", "Mopti", "Koro", "", "", "", "", "intercommunal_violence",
         "", "three", "0", "no"],
        ["JOC-6", "2018-06-14", "Mopti", "Koro", "", "", "", "", "weather", "", "0", "0", ""]]
    report = import_incidents(store.db, log_file(tmp_path / "log.csv", rows=rows))
    assert report.events == 3
    skipped = [(s.line, s.message.render("en")) for s in report.skipped]
    assert [line for line, _ in skipped] == [5, 6, 7]
    assert "not a date" in skipped[0][1] and "31 Smarch 2018" in skipped[0][1]
    assert "fatalities" in skipped[1][1] and "not a number" in skipped[1][1]
    assert "not a threat category" in skipped[2][1]
    assert "n’est pas une date" in report.skipped[0].message.render("fr")


def test_a_file_of_bad_rows_only_is_refused_and_the_database_unchanged(store, tmp_path):
    rows = [["JOC-9", "yesterday", "Mopti", "", "", "", "", "", "intercommunal_violence", "",
             "0", "0", ""]]
    with pytest.raises(FileRefused) as refused:
        import_incidents(store.db, log_file(tmp_path / "log.csv", rows=rows))
    assert refused.value.problem_texts()[0].startswith("line 2: date")
    assert stored.sources(store.db) == [] and not q.has_incidents(store.db)


def test_other_delimiters_and_encodings_are_read(store, tmp_path):
    semicolons = log_file(tmp_path / "excel.csv", french=True, delimiter=";", encoding="cp1252")
    report = import_incidents(store.db, semicolons)
    assert report.events == 3 and report.encoding == "cp1252"
    ev = _events(store)
    assert ev["log:JOC-2"][3] == "sexual_violence"      # "liées" read from Windows-1252


@pytest.mark.parametrize("content, words", [
    (b"", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text"),
    (b"name,when\nx,2018-01-01\n", "no known format")])
def test_files_that_are_not_incident_data_are_refused(store, tmp_path, content, words):
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(FileRefused) as refused:
        import_incidents(store.db, path)
    assert words in " ".join(refused.value.problem_texts())


def test_a_cancelled_import_leaves_nothing(store, tmp_path):
    path = tmp_path / "big.csv"
    ged_file(path, events=list(ged_like_rows(12000)))
    seen = []
    with pytest.raises(Cancelled):
        import_incidents(store.db, path, progress=lambda done, size: seen.append(done),
                         cancelled=lambda: len(seen) >= 1)
    assert seen and not q.has_incidents(store.db) and stored.sources(store.db) == []


def test_summary_by_cercle_region_month_and_category(store, tmp_path):
    import_incidents(store.db, acled_file(tmp_path / "acled.csv"))
    import_incidents(store.db, ged_file(tmp_path / "ged.csv"))
    by_cercle = {r["key"]: r for r in summary(store.db, region="Mopti", by="cercle")}
    assert by_cercle["ML0502"]["events"] == 2 and by_cercle["ML0502"]["name"] == "Bankass"
    assert by_cercle[""]["events"] == 2                 # the region-only events of Mopti
    assert "ML0901" not in by_cercle
    regions = {r["key"]: r["events"] for r in summary(store.db, by="region")}
    assert regions == {"Mopti": 9, "Bamako": 1, "": 1}
    months = summary(store.db, date_from="2018-06-01", date_to="2018-06-30", by="month")
    assert [(r["key"], r["events"]) for r in months] == [("2018-06", 9)]
    cats = {r["key"]: r for r in summary(store.db, region="Mopti", by="category")}
    assert cats["state_actor_abuse"]["events"] == 2
    assert cats["state_actor_abuse"]["civilian_fatalities"] == 11
    assert summary(store.db, region="Bandiagara", by="cercle")[0]["key"] in {"ML0502", "ML0505"}


def test_the_planner_changes_a_category_for_one_source(store, tmp_path):
    report = import_incidents(store.db, acled_file(tmp_path / "acled.csv"))
    kinds = {k.key(): cat for k, _, cat in stored.event_kinds(store.db, report.source_id)}
    assert kinds["Battles|Armed clash|rebel_group"] == "armed_group_clashes"
    stored.set_categories(store.db, report.source_id,
                          {"Battles|Armed clash|rebel_group": "nsag_attacks_abuse"})
    assert _events(store)["acled:MLI9004"][3] == "nsag_attacks_abuse"
    assert stored.source(store.db, report.source_id).overrides() == {
        "Battles|Armed clash|rebel_group": "nsag_attacks_abuse"}


def test_deleting_a_source_deletes_its_events(store, tmp_path):
    a = import_incidents(store.db, acled_file(tmp_path / "acled.csv"))
    import_incidents(store.db, ged_file(tmp_path / "ged.csv"))
    assert stored.delete_source(store.db, a.source_id)
    assert q.total(store.db, q.Where()).events == 5
    assert not stored.delete_source(store.db, a.source_id)


def test_incidents_are_inside_the_encrypted_database(tmp_path):
    from pocplanner.storage import PlanStore, open_database
    path = tmp_path / "secret.db"
    db = open_database(path, passphrase="a long enough passphrase")
    import_incidents(db, acled_file(tmp_path / "acled.csv"))
    db.close()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM incidents").fetchall()
    assert b"Bankass" not in path.read_bytes() and b"MLI9001" not in path.read_bytes()
    again = PlanStore(open_database(path, passphrase="a long enough passphrase"))
    assert q.total(again.db, q.Where()).events == 6


def test_precise_placement_agrees_with_the_admin2_of_real_places(tmp_path):
    """Events at 5,000 populated places of the gazetteer, whose cercle GeoNames' points got from
    the full-resolution OCHA boundaries: the simplified shapes place at least 98 % the same."""
    from pocplanner.domain import geo
    from pocplanner.domain.incidents import Event, Placer
    placer = Placer()
    names = {c.pcode: c.name for c in geo.cercles()}
    agree = total = 0
    for row in ged_like_rows(5000, seed=3):
        lat, lon, adm2 = float(row[6]), float(row[7]), row[5].removesuffix(" cercle")
        event = Event("x", "2018-01-01", lon, lat, True, "", "", "", "", "", 0, False, 0)
        pcode, _, how = placer.place(event)
        total += 1
        agree += how == "coordinates" and names.get(pcode) == adm2
    assert agree / total >= 0.98


def test_evidence_windows_and_the_figures_of_a_threat(store, tmp_path):
    import datetime as dt

    from builders import plan, threat
    from pocplanner.domain.evidence import window
    from pocplanner.services.incidents import threat_figures
    import_incidents(store.db, acled_file(tmp_path / "acled.csv"))
    import_incidents(store.db, ged_file(tmp_path / "ged.csv"))
    p = plan(start="2018-07-01", end="2018-09-30",
             threats=[threat("T1", category="state_actor_abuse", locations=["Djenné", "Mopti"])])
    w = window(p, 90)
    assert (w.start, w.end) == (dt.date(2018, 4, 2), dt.date(2018, 6, 30))
    assert (w.previous_start, w.previous_end) == (dt.date(2018, 1, 2), dt.date(2018, 4, 1))
    figures, pcodes, from_threat = threat_figures(store.db, p, p.threats[0], 90)
    # "Mopti" names a cercle as well as the region: the cercle wins
    assert from_threat and pcodes == {"ML0503", "ML0506"}
    assert [(f.source.split(",")[0], f.events, f.fatalities) for f in figures] == [
        ("ACLED", 1, 6), ("UCDP GED", 1, 5)]
    unplaced = plan(threats=[threat("T2", locations=["Atlantis"])], start="2018-07-01")
    _, pcodes, from_threat = threat_figures(store.db, unplaced, unplaced.threats[0], 365)
    assert not from_threat and len(pcodes) == 8          # the plan's region instead


@pytest.mark.parametrize("likelihood, counts, found", [
    (2, [10], "many"), (1, [3, 12], "many"), (3, [40], None), (2, [9], None),
    (5, [0], "none"), (5, [0, 0], "none"), (5, [0, 1], None), (4, [0], None), (5, [], None)])
def test_thr_evidence_rule(likelihood, counts, found):
    from builders import codes, plan, threat
    from pocplanner.domain.checks import run_checks
    from pocplanner.domain.evidence import contradiction
    entries = [{"id": f"E{i}", "threat_id": "T1", "source": "ACLED", "events": n}
               for i, n in enumerate(counts)]
    assert contradiction(likelihood, entries) == found
    p = plan(threats=[threat("T1", likelihood=likelihood, impact=1)])
    p.evidence = entries
    assert ("THR-EVIDENCE" in codes(run_checks(p))) == (found is not None)
