"""Human rights due diligence as a register (DOMAIN §12.4, §12.11.10): SEQ-HRDDP refined and
the HRD-* checks — the Boni plan of issue #31 run through the installed command, and the
rules one by one on small plans."""
import copy
import json
from pathlib import Path

import pytest

from builders import activity, codes, d, plan, response, threat
from cli_helpers import run
from pocplanner.domain.checks import run_checks
from pocplanner.domain.model import Assessment, Handover, Plan
from pocplanner.exchange import load_file

DATA = Path(__file__).parent / "data"
DUE_DILIGENCE = {"SEQ-HRDDP", "HRD-UNNAMED", "HRD-PERPETRATOR", "HRD-SUSPENDED", "HRD-STALE",
                 "HRD-HANDOVER"}


def _checked(path: Path, db: Path) -> list[tuple[str, list[str]]]:
    result = run("check", str(path), "--json", db=db)
    assert result.returncode in (0, 1), result.stderr
    return [(a["code"], a["refs"]) for a in json.loads(result.stdout)["advisories"]
            if a["code"] in DUE_DILIGENCE]


@pytest.mark.slow
def test_the_boni_plan_gets_the_advisories_and_its_register_version_none(db_path):
    # fuel and engineering to the FAMa camp at Boni, a G5 Sahel escort, a joint patrol in
    # Douentza where abuse by state forces is a priority threat: nobody ticked anything
    assert _checked(DATA / "boni-support.pocplan.json", db_path) == [
        ("SEQ-HRDDP", ["A1"]), ("SEQ-HRDDP", ["A2"]), ("SEQ-HRDDP", ["A3"])]
    # the same activities relying on conditional, high-risk, mitigated assessments
    assert _checked(DATA / "boni-register.pocplan.json", db_path) == []


def _boni(**changes) -> Plan:
    p = load_file(DATA / "boni-register.pocplan.json").plan
    for key, value in changes.items():
        setattr(p.hrddp[0], key, value)
    return p


def _due(p: Plan) -> list[tuple[str, tuple[str, ...]]]:
    return [(a.code, a.refs) for a in run_checks(p) if a.code in DUE_DILIGENCE]


def test_supporting_the_perpetrators_where_they_are_a_priority_needs_the_safeguards():
    plain = _boni(status="support", risk="medium")
    # Boni lies in Douentza cercle: the camp, the escort there and the patrol are all within
    assert _due(plain) == [("HRD-PERPETRATOR", (a, "HR1", "T1")) for a in ("A1", "A2", "A3")]
    assert codes(run_checks(_boni(risk="medium")))[:1] == ["HRD-PERPETRATOR"]
    empty_words = _boni(mitigations=["RAS", "n/a", " - "])
    assert {c for c, _ in _due(empty_words)} == {"HRD-PERPETRATOR"}
    assert _due(_boni(mitigations=["Human rights officers on every patrol"])) == []


def test_outside_the_threat_s_places_support_is_not_a_perpetrator_finding():
    p = _boni(status="support")
    p.threats[0].locations = ["Bankass"]
    assert _due(p) == []
    p.threats[0].locations = ["Mopti"]          # the region holds Douentza cercle
    assert {c for c, _ in _due(p)} == {"HRD-PERPETRATOR"}
    p.threats[0].likelihood = 1                  # not a priority any more
    assert _due(p) == []


def test_a_suspended_assessment_stops_each_activity_that_relies_on_it():
    found = _due(_boni(status="suspended"))
    assert [f for f in found if f[0] == "HRD-SUSPENDED"] == [
        ("HRD-SUSPENDED", (a, "HR1")) for a in ("A1", "A2", "A3")]


def test_stale_is_more_than_180_days_before_the_activity_starts():
    # A1 starts 2019-07-10
    on_the_day = _boni(reviewed=d("2019-01-11"))          # 180 days before
    assert ("HRD-STALE", ("A1", "HR1")) not in _due(on_the_day)
    assert ("HRD-STALE", ("A2", "HR1")) in _due(on_the_day)   # A2 starts 5 August
    one_more = _boni(reviewed=d("2019-01-10"))            # 181 days before A1
    assert ("HRD-STALE", ("A1", "HR1")) in _due(one_more)
    never = _boni(reviewed=None)
    assert [c for c, _ in _due(never)] == ["HRD-STALE"] * 3


def test_a_tick_box_is_not_an_assessment():
    ticked = activity("H1", supports_non_un_forces=True, hrddp_assessed=True)
    assert codes(run_checks(plan(activities=[ticked]))) == ["HRD-UNNAMED"]
    named = activity("H1", supports_non_un_forces=True, hrddp_assessed=True, supports=["X9"])
    # a missing id still names an assessment; REF-MISSING reports it (§12.11.10)
    assert "HRD-UNNAMED" not in codes(run_checks(plan(activities=[named])))
    assert "SEQ-HRDDP" not in codes(run_checks(plan(activities=[named])))


def test_joint_means_military_or_police_with_the_host_state_supporting():
    joint = response("R1", tool="deterrent_patrols", tier=2, lead_component="military",
                     supporting=["host_state"])
    p = plan(threats=[threat()], responses=[joint],
             activities=[activity("M1", component="military", response_id="R1"),
                         activity("C1", component="civilian", response_id="R1")])
    assert [(a.code, a.refs) for a in run_checks(p) if a.code == "SEQ-HRDDP"] == [
        ("SEQ-HRDDP", ("M1",))]


def test_a_cancelled_activity_needs_no_assessment():
    p = plan(activities=[activity("H1", supports_non_un_forces=True, status="cancelled")])
    assert "SEQ-HRDDP" not in codes(run_checks(p))


def test_handover_of_the_assessments_in_drawdown():
    p = _boni()
    p.context.drawdown = True
    assert ("HRD-HANDOVER", ("HR1", "HR2")) in _due(p)
    p.transition.handovers = [Handover("HO1", "S1", "hrddp_assessment", successor="none")]
    assert any(c == "HRD-HANDOVER" for c, _ in _due(p))
    p.transition.handovers = [Handover("HO1", "S1", "hrddp_assessment",
                                       successor="un_country_team")]
    assert not any(c == "HRD-HANDOVER" for c, _ in _due(p))
    q = _boni(status="suspended")
    q.hrddp[1].status = "suspended"
    q.context.drawdown = True
    assert not any(c == "HRD-HANDOVER" for c, _ in _due(q))


def test_the_register_file_round_trips_through_the_exchange():
    p = load_file(DATA / "boni-register.pocplan.json").plan
    assert isinstance(p.hrddp[0], Assessment) and p.hrddp[0].reviewed == d("2019-06-20")
    assert copy.deepcopy(p).activities[1].supports == ["HR1", "HR2"]


def test_contact_details_in_the_register_are_data_pii():
    p = _boni()
    p.hrddp[0].grounds = "Witness: Amadou, +223 76 12 34 56"
    assert [(a.code, a.refs) for a in run_checks(p) if a.code == "DATA-PII"] == [
        ("DATA-PII", ("HR1",))]
