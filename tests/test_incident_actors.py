"""#33: the events' actors kept (never the victims' side, never the notes), the events listed
and filtered by actor, a threat's evidence restricted to some actors on screen, in print and
in THR-EVIDENCE, and the counter-terrorism civilian-harm rule."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from builders import codes, plan, threat
from cli_helpers import run
from incident_files import acled_actors_file, ged_file
from pocplanner.cli.main import main
from pocplanner.services.incident_events import events, threat_actors, threat_events, where
from pocplanner.services.incidents import import_incidents, threat_figures
from pocplanner.storage import incidents as stored


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    saved = sys.stdout, sys.stderr
    try:
        code = main(list(args))
    finally:
        sys.stdout, sys.stderr = saved
    out = capsys.readouterr()
    return code, out.out, out.err


def test_actors_are_kept_without_the_victims_or_the_notes(store, tmp_path):
    import_incidents(store.db, acled_actors_file(tmp_path / "a.csv"))
    import_incidents(store.db, ged_file(tmp_path / "g.csv"))
    found = {e.uid: e for e in events(store.db, where())}
    ogossagou = found["acled:MLI7001"]
    assert ogossagou.actors == ("Dan Na Ambassagou", "Dogon Ethnic Militia (Mali)")
    assert (ogossagou.place, ogossagou.lat, ogossagou.lon) == ("Ogossagou", 14.0794, -3.5165)
    assert found["acled:MLI7004"].actors == ("Dan Na Ambassagou",
                                             "Fulani Ethnic Militia (Mali)")   # both sides
    assert found["ged:501"].actors == ("JNIM",)                 # GED's "Civilians" side out
    every = " ".join(" ".join(e.actors) for e in found.values())
    assert "Civilians" not in every and "Ethnic Group" not in every     # the victims' side
    dump = "\n".join(str(row) for row in store.db.execute("SELECT * FROM incidents"))
    assert "made up for a test" not in dump and "Made-up source" not in dump


def test_the_ogossagou_attack_listed_by_its_perpetrator_from_the_command_line(capsys,
                                                                              tmp_path):
    """The issue's own example, on a small file in ACLED's layout, run in process."""
    db = str(tmp_path / "p.db")
    assert _cli(capsys, "incidents", "import", str(acled_actors_file(tmp_path / "a.csv")),
                "--db", db)[0] == 0
    code, out, err = _cli(capsys, "incidents", "events", "--actor", "dan na ambassagou",
                          "--cercle", "Bankass", "--from", "2019-01-01", "--to", "2019-12-31",
                          "--json", "--db", db)
    assert code == 0, err
    listed = json.loads(out)["events"]
    assert [(e["date"], e["cercle"], e["fatalities"]) for e in listed] == [
        ("2019-03-23", "Bankass", 164)]                 # not the 2018 one, not Koro's battle
    assert {"date", "pcode", "cercle", "category", "type", "actors", "fatalities", "lat",
            "lon", "source_id"} <= set(listed[0])
    assert listed[0]["pcode"] == "ML0502" and "Dan Na Ambassagou" in listed[0]["actors"]
    # accents and case do not matter; a part of a name is enough
    code, out, _ = _cli(capsys, "incidents", "events", "--actor", "FULANI ÉTHNIC", "--json",
                        "--db", db)
    assert {e["date"] for e in json.loads(out)["events"]} == {"2019-06-10", "2019-05-04"}
    code, out, _ = _cli(capsys, "incidents", "events", "--region", "Mopti", "--category",
                        "state_actor_abuse", "--db", db)
    assert code == 0 and "Wagner Group" in out and "Ogossagou" not in out
    code, _, err = _cli(capsys, "incidents", "events", "--cercle", "Atlantis", "--db", db)
    assert code == 2 and "Atlantis" in err and "Traceback" not in err


@pytest.mark.slow
def test_the_events_command_as_a_process(tmp_path):
    db = tmp_path / "p.db"
    run("incidents", "import", str(acled_actors_file(tmp_path / "a.csv")), db=db)
    result = run("incidents", "events", "--actor", "dan na ambassagou", "--cercle", "Bankass",
                 "--from", "2019-01-01", "--to", "2019-12-31", "--json", db=db)
    assert result.returncode == 0, result.stderr
    assert [e["fatalities"] for e in json.loads(result.stdout)["events"]] == [164]


def _bankass_plan(likelihood=1):
    return plan(start="2020-01-01", end="2020-06-30",
                threats=[threat("T1", likelihood=likelihood, impact=3,
                                title="Attacks on Fulani villages by Dan Na Ambassagou",
                                category="intercommunal_violence", locations=["Bankass"])])


def test_a_threat_restricted_to_one_actor_counts_only_its_events(store, tmp_path):
    import_incidents(store.db, acled_actors_file(tmp_path / "a.csv"))
    p = _bankass_plan()
    t = p.threats[0]
    [every], _, _ = threat_figures(store.db, p, t, 365)
    [dna], _, _ = threat_figures(store.db, p, t, 365, actors=("dan na AMBASSAGOU",))
    assert (every.events, every.fatalities) == (2, 199)      # both communities' attacks
    assert (dna.events, dna.fatalities) == (1, 164)          # only the Ogossagou attack
    assert (dna.previous_events, every.previous_events) == (1, 1)      # November 2018
    assert [e.uid for e in threat_events(store.db, p, t, 365, actors=("dan na",))] == [
        "acled:MLI7001"]
    picks = dict(threat_actors(store.db, p, t, 365))
    assert picks["Dan Na Ambassagou"] == 2 and picks["Fulani Ethnic Militia (Mali)"] == 1


def test_restricted_evidence_is_printed_and_read_by_thr_evidence(store, tmp_path):
    from pocplanner.domain.checks import run_checks
    from pocplanner.domain.evidence import entry_source_text, evidence_entry
    import_incidents(store.db, acled_actors_file(tmp_path / "a.csv"))
    p = _bankass_plan(likelihood=1)
    t = p.threats[0]
    [f], pcodes, _ = threat_figures(store.db, p, t, 365, actors=("Dan Na Ambassagou",))
    entry = evidence_entry(p, t, f, pcodes, actors=("Dan Na Ambassagou",))
    assert entry["actors"] == ["Dan Na Ambassagou"] and entry["events"] == 1
    assert entry_source_text(entry, "en").startswith("ACLED, events by Dan Na Ambassagou, "
                                                     "accessed ")
    assert "événements de Dan Na Ambassagou" in entry_source_text(entry, "fr")
    entry["events"] = 12                      # as if the actor's events were many
    p.evidence = [entry]
    found = [a for a in run_checks(p) if a.code == "THR-EVIDENCE"]
    assert found and "events by Dan Na Ambassagou" in found[0].message("en")
    entry["events"] = 1
    assert "THR-EVIDENCE" not in codes(run_checks(p))


@pytest.mark.slow
def test_the_printed_plan_names_the_actors(tmp_path, store):
    from pocplanner.exchange import export_plan
    p = _bankass_plan()
    p.evidence = [{"id": "E1", "threat_id": "T1", "source": "ACLED, accessed 2026-12-01",
                   "period_start": "2019-01-01", "period_end": "2019-12-31",
                   "pcodes": ["ML0502"], "events": 1, "fatalities": 164,
                   "previous_events": 1, "actors": ["Dan Na Ambassagou"]}]
    plan_file = tmp_path / "plan.json"
    export_plan(p, plan_file)
    out = tmp_path / "plan.pdf"
    result = run("pdf", str(plan_file), str(out), db=tmp_path / "p.db")
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "ACLED, events by Dan" in text and "Na Ambassagou" in text   # a cell wraps


def test_civilian_harm_in_counter_terrorism_is_counted(store, tmp_path):
    """docs/incidents.md, "Civilian harm in counter-terrorism operations"."""
    report = import_incidents(store.db, acled_actors_file(tmp_path / "a.csv"))
    import_incidents(store.db, ged_file(tmp_path / "g.csv", events=[
        ("601", "1", "Government of Mali", "1", "Mopti region", "Djenné cercle", "13.9065",
         "-4.5556", "2019-02-01", "3", "11"),
        ("602", "1", "Government of Mali", "1", "Mopti region", "Djenné cercle", "13.9065",
         "-4.5556", "2019-02-02", "0", "8")]))
    category = {e.uid: e.category for e in events(store.db, where())}
    assert category["acled:MLI7005"] == "state_actor_abuse"   # air strike, civilians targeted
    assert category["acled:MLI7006"] == ""                    # air strike on an armed group
    assert category["acled:MLI7007"] == "state_actor_abuse"   # external forces vs civilians
    assert category["ged:601"] == "state_actor_abuse"         # state-based, civilians died
    assert category["ged:602"] == ""                          # state-based, no civilian died
    # still the planner's choice for this source
    kinds = {k: cat for k, _, cat in stored.event_kinds(store.db, report.source_id)}
    strike = next(k for k in kinds if k.sub_event_type == "Air/drone strike" and k.civilian)
    assert kinds[strike] == "state_actor_abuse"
    stored.set_categories(store.db, report.source_id, {strike.key(): "asymmetric_attacks"})
    category = {e.uid: e.category for e in events(store.db, where())}
    assert (category["acled:MLI7005"], category["acled:MLI7006"]) == ("asymmetric_attacks", "")


def test_migration_7_keeps_the_events_of_version_6_and_backs_up_first(tmp_path):
    import sqlite3

    from sqlite_utils import Database

    from pocplanner.storage import migrations, open_database
    path = tmp_path / "data" / "p.db"
    path.parent.mkdir()
    old = Database(sqlite3.connect(path, isolation_level=None))
    migrations.apply(old, upto=6)
    old.execute("INSERT INTO incident_sources (id, name, format, imported_at) VALUES "
                "(1, 'ACLED', 'acled', '2026-12-01T00:00:00+00:00')")
    old.execute("INSERT INTO incidents (source_id, uid, date, pcode, category, fatalities) "
                "VALUES (1, 'acled:MLI1', '2019-03-23', 'ML0502', 'intercommunal_violence', "
                "164)")
    old.conn.close()
    db = open_database(path)
    [event] = events(db, where(cercle="Bankass"))
    assert (event.uid, event.fatalities, event.actors, event.lat) == ("acled:MLI1", 164, (),
                                                                       None)
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "idx_incidents_category_date" not in indexes and "idx_incidents_pcode_date" in indexes
    [backup] = (path.parent / "backups").glob("*.db")
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] == 6
