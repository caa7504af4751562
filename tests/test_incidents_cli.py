"""`pocplanner incidents …` as a user types it, and what leaves the database: counts in the
printed plan and the exchange file, never an incident row."""
from __future__ import annotations

import json
import subprocess

import pytest

from builders import plan, threat
from cli_helpers import assert_no_traceback, run
from incident_files import LOG_EN, LOG_FR, acled_file, ged_file, log_file

pytestmark = pytest.mark.slow


def test_import_json_sources_summary_and_delete(tmp_path):
    db = tmp_path / "p.db"
    result = run("incidents", "import", str(acled_file(tmp_path / "a.csv")), "--json", db=db)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert list(report) == ["format", "rows", "events", "duplicates", "placed_by_coordinates",
                            "placed_by_name", "region_only", "not_placed", "source_id"]
    assert (report["events"], report["not_placed"]) == (6, 1)
    again = json.loads(run("incidents", "import", str(tmp_path / "a.csv"), "--json",
                           db=db).stdout)
    assert (again["duplicates"], again["source_id"]) == (6, report["source_id"])
    run("incidents", "import", str(ged_file(tmp_path / "g.csv")), db=db)
    sources = json.loads(run("incidents", "sources", "--json", db=db).stdout)
    assert [s["name"] for s in sources] == ["ACLED", "UCDP GED"]
    summary = json.loads(run("incidents", "summary", "--region", "Mopti", "--from",
                             "2018-06-01", "--to", "2018-06-30", "--by", "category", "--json",
                             db=db).stdout)
    assert set(summary) == {"rows"}
    assert set(summary["rows"][0]) == {"key", "name", "events", "fatalities", "civilian_events",
                                       "civilian_fatalities"}
    assert sum(r["events"] for r in summary["rows"]) == 8
    assert run("incidents", "delete", str(report["source_id"]), db=db).returncode == 0
    assert [s["name"] for s in json.loads(run("incidents", "sources", "--json",
                                              db=db).stdout)] == ["UCDP GED"]
    missing = run("incidents", "delete", "99", db=db)
    assert missing.returncode == 2 and "no incident source 99" in missing.stderr


@pytest.mark.parametrize("lang, header", [("en", LOG_EN), ("fr", LOG_FR)])
def test_the_template_in_both_languages_imports_as_a_log(tmp_path, lang, header):
    out = tmp_path / "log.csv"
    result = run("incidents", "template", str(out), "--lang", lang)
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8-sig").splitlines()[0] == ",".join(header)
    filled = out.read_text(encoding="utf-8-sig").replace("EXAMPLE-1", "JOC-1")   # a real row
    out.write_text(filled, encoding="utf-8-sig")
    imported = json.loads(run("incidents", "import", str(out), "--json",
                              db=tmp_path / "p.db").stdout)
    assert (imported["format"], imported["events"], imported["placed_by_coordinates"]) == \
        ("log", 1, 1)


def test_broken_files_get_their_problems_and_lines_never_a_traceback(tmp_path):
    db = tmp_path / "p.db"
    missing = tmp_path / "m.csv"
    missing.write_text("event_id_cnty,event_date\nMLI1,2018-01-01\n", encoding="utf-8")
    result = run("incidents", "import", str(missing), db=db)
    assert result.returncode == 2 and "column fatalities is missing" in result.stderr
    assert "Nothing was imported" in result.stderr
    assert_no_traceback(result)
    rows = [["JOC-1", "2018-13-45", "Mopti", "Koro", "", "", "", "", "intercommunal_violence",
             "", "1", "0", ""], ["JOC-2", "2018-06-01", "Mopti", "Koro", "", "", "", "",
                                 "intercommunal_violence", "", "1", "0", ""]]
    result = run("incidents", "import", str(log_file(tmp_path / "l.csv", rows=rows)), "--json",
                 "--lang", "fr", db=db)
    assert result.returncode == 0 and json.loads(result.stdout)["events"] == 1
    assert "ligne 2 ignorée\u00a0: date\u00a0: «\u00a02018-13-45\u00a0» n’est pas une date" \
        in result.stderr
    summary = run("incidents", "summary", "--from", "yesterday", db=db)
    assert summary.returncode == 2 and "--from: yesterday is not a date" in summary.stderr


def _pdftext(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_counts_leave_the_database_never_the_incidents(tmp_path):
    """The printed plan and the exchange file carry the counts taken as evidence and the
    incidents per cercle; no event id, note or source text of a row."""
    from pocplanner.exchange import export_plan
    db = tmp_path / "p.db"
    run("incidents", "import", str(acled_file(tmp_path / "a.csv")), db=db)
    p = plan(threats=[threat("T1", likelihood=1, impact=3, locations=["Bankass"])],
             start="2018-07-01", end="2018-09-30")
    p.evidence = [{"id": "E1", "threat_id": "T1", "source": "ACLED, accessed 2026-12-01",
                   "period_start": "2017-07-01", "period_end": "2018-06-30",
                   "pcodes": ["ML0502"], "events": 11, "fatalities": 12, "previous_events": 3}]
    plan_file = tmp_path / "plan.json"
    export_plan(p, plan_file)
    for redacted in ([], ["--redacted"]):
        out = tmp_path / f"plan{len(redacted)}.pdf"
        result = run("pdf", str(plan_file), str(out), *redacted, db=db)
        assert result.returncode == 0, result.stderr
        text = _pdftext(out)
        assert "Incident evidence behind the likelihoods" in text and "ACLED, accessed" in text
        assert "Incidents by cercle" in text and "acleddata.com" in text
        assert "THR-EVIDENCE" in text
        for raw in ("MLI9001", "made up for a test", "Militia (Dozo)", "Made-up source"):
            assert raw not in text
    checked = json.loads(run("check", "--json", str(plan_file), db=db).stdout)
    assert [a["code"] for a in checked["advisories"]] == ["THR-EVIDENCE"]
    exported = tmp_path / "back.json"
    stored_id = run("import", str(plan_file), db=db).stdout.strip()
    run("export", stored_id, str(exported), db=db)
    content = exported.read_text(encoding="utf-8")
    assert '"events": 11' in content and "MLI9001" not in content and "Dozo" not in content
