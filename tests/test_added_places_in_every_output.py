"""A place the users added to the gazetteer counts the same in every output of the checks
(DOMAIN §12.2): the app and `check` knew it; the printed plan, the status report and the
mission view ran the checks without it, so a plan could print errors the app did not show."""
from __future__ import annotations

import json
import subprocess
from dataclasses import replace

import pytest

from cli_helpers import assert_no_traceback, run
from pocplanner.domain import geo
from pocplanner.domain.checks import run_checks
from pocplanner.exchange import export_plan, load_document
from pocplanner.reference import demo_plan_bytes

# Three activities at a camp the gazetteer does not know; the users added it, on the base.
CAMP = geo.UserPlace("Camp de Tin-Hama Nord", lon=-5.7, lat=14.0)


def pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return " ".join(text.split())


@pytest.fixture
def at_the_camp(tmp_path):
    plan = load_document(demo_plan_bytes("en")).plan
    for i in (0, 1, 5):
        plan.activities[i] = replace(plan.activities[i], location=CAMP.name, coordinates=None)
    path = tmp_path / "camp.json"
    export_plan(plan, path)
    return plan, path


def only_without_the_camp(plan) -> list:
    """The advisories the added place takes away (what the test is about: not empty)."""
    known = {(a.code, a.refs) for a in run_checks(plan, places=(CAMP,))}
    gone = [a for a in run_checks(plan) if (a.code, a.refs) not in known]
    assert gone and any(a.code == "SEQ-COVER" for a in gone)
    return gone


def codes(advisories) -> set:
    return {(a["code"], tuple(a["refs"])) for a in advisories}


def test_the_added_place_counts_in_check_pdf_report_and_mission_view(at_the_camp, tmp_path,
                                                                     store):
    plan, path = at_the_camp
    gone = only_without_the_camp(plan)
    bare = tmp_path / "bare.db"                       # a database without the camp
    assert run("list", db=bare).returncode == 0
    store.add_place(CAMP)
    here = store.db.path

    for db, present in ((bare, True), (here, False)):
        checked = run("check", str(path), "--json", db=db)
        assert_no_traceback(checked)
        found = codes(json.loads(checked.stdout)["advisories"])
        assert all(((a.code, a.refs) in found) == present for a in gone)

        printed = tmp_path / f"plan-{present}.pdf"
        assert run("pdf", str(path), str(printed), "--lang", "en", db=db).returncode == 0
        text = pdf_text(printed)
        assert all((a.message("en") in text) == present for a in gone), [
            a.message("en") for a in gone]

        report = tmp_path / f"report-{present}.pdf"
        assert run("report", str(path), str(report), "--lang", "en", db=db).returncode == 0
        assert (gone[0].message("en") in pdf_text(report)) == present

        mission = run("consolidate", str(path), "--json", db=db)
        assert_no_traceback(mission)
        errors = json.loads(mission.stdout)["plans"][0]["errors"]
        expected = sum(a.severity == "error" for a in run_checks(
            plan, places=() if present else (CAMP,)))
        assert errors == expected
