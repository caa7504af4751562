from builders import activity, codes, engagement, plan, response, threat
from pocplanner.domain.checks import CODES, run_checks


def test_every_code_of_the_domain_table_has_its_severity():
    assert CODES == {
        "REF-MISSING": "error", "ID-DUPLICATE": "error", "DATE-ORDER": "error",
        "SEQ-PERIOD": "warning", "SEQ-CYCLE": "error", "SEQ-ORDER": "error",
        "SEQ-COVER": "error", "SEQ-VACUUM": "warning", "SEQ-HARM": "error",
        "SEQ-HRDDP": "error", "CTX-BRIEF-PRESENCE": "warning", "THR-UNANSWERED": "error",
        "RSP-NOACTIVITY": "warning", "RSP-TIER2ONLY": "warning", "RSP-TIER": "warning",
        "ENG-UNASSESSED": "error", "ENG-NOMITIGATION": "error", "ENG-RESIDUAL": "error",
        "ENG-PENDING": "warning", "ENG-NOGO-SCHEDULED": "warning", "DATA-PII": "warning",
        "THR-EVIDENCE": "warning", "THR-NOINDICATOR": "warning", "EW-NORESPONSE": "error",
        "EW-UNANSWERED": "warning", "CTG-MISSING": "warning", "CTG-NOTRIGGER": "warning",
        "CTG-NOACTIVITY": "warning", "TRN-NOSUCCESSOR": "warning", "TRN-HOTSPOT": "error",
        "TRN-REPRISAL": "warning",
        "MON-LATE": "warning", "MON-REVIEW": "warning", "EW-SLOW": "warning",
        # DOMAIN §12 (#30)
        "SEQ-AREA": "warning", "SEQ-PERPETRATOR": "warning", "TRN-AFTERCLOSE": "error",
        "TRN-MANDATE": "error", "SEQ-NOTHREAT": "warning", "ENG-THREAT-OMITTED": "warning",
        "ASSET-OVERCOMMIT": "warning", "SEQ-WITHIN": "error",
        "HRD-UNNAMED": "warning", "HRD-PERPETRATOR": "error", "HRD-SUSPENDED": "error",
        "HRD-STALE": "warning", "HRD-HANDOVER": "warning", "THR-CRSV": "warning",
        "THR-CHILDREN": "warning"}


def test_advisories_carry_the_documented_severity():
    p = plan(threats=[threat(likelihood=5, impact=5)],
             activities=[activity(start="2019-02-01", end="2019-01-01")])
    for a in run_checks(p):
        assert a.severity == CODES[a.code]


def test_an_empty_plan_has_no_advisory():
    assert run_checks(plan()) == []


def test_ref_missing_fires_for_each_kind_of_reference():
    p = plan(threats=[threat()],
             responses=[response(threat_ids=["T1", "T9"])],
             activities=[activity("A1", response_id="R9", depends_on=["A7"])],
             engagements=[engagement(activity_id="A5")])
    found = [(a.code, a.refs, a.params.get("target")) for a in run_checks(p)
             if a.code == "REF-MISSING"]
    assert found == [("REF-MISSING", ("R1",), "T9"), ("REF-MISSING", ("A1",), "R9"),
                     ("REF-MISSING", ("A1",), "A7"), ("REF-MISSING", ("E1",), "A5")]


def test_ref_missing_silent_when_references_exist():
    p = plan(threats=[threat()], responses=[response()],
             activities=[activity("A0", end="2019-01-05"),
                         activity("A1", response_id="R1", depends_on=["A0"])],
             engagements=[engagement(activity_id="A1")])
    assert "REF-MISSING" not in codes(run_checks(p))


def test_id_duplicate_fires_per_list_and_not_across_lists():
    p = plan(threats=[threat("X"), threat("X")], activities=[activity("X")])
    dup = [a for a in run_checks(p) if a.code == "ID-DUPLICATE"]
    assert [(a.refs, a.params["list"]) for a in dup] == [(("X",), "threats")]


def test_date_order_for_activity_and_period():
    p = plan(activities=[activity("A1", start="2019-01-10", end="2019-01-09")])
    assert codes(run_checks(p)) == ["DATE-ORDER"]
    p = plan(start="2019-03-01", end="2019-02-01")
    assert codes(run_checks(p)) == ["DATE-ORDER"]


def test_date_order_allows_a_one_day_activity():
    p = plan(activities=[activity("A1", start="2019-01-10", end="2019-01-10")])
    assert run_checks(p) == []


def test_messages_exist_in_both_languages():
    p = plan(activities=[activity("A1", start="2019-01-10", end="2019-01-09")])
    [a] = run_checks(p)
    assert a.message("en") == "Activity A1 ends (2019-01-09) before it starts (2019-01-10)."
    assert a.message("fr") == "L’activité A1 se termine (09/01/2019) avant de commencer (10/01/2019)."
    assert a.to_json("en") == {"code": "DATE-ORDER", "severity": "error",
                               "message": a.message("en"), "refs": ["A1"]}
