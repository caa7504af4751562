"""The plan in motion (DOMAIN §13): effective dates and cancelled activities in every check,
MON-LATE, MON-REVIEW and EW-SLOW with their boundary twins."""
from __future__ import annotations

import json

from builders import activity, codes, d, plan, response, threat
from cli_helpers import assert_no_traceback, run
from conftest import SAMPLE_V2_ADVISORIES
from pocplanner.domain.checks import run_checks
from pocplanner.domain.model import Alert, Indicator, Level, Review
from pocplanner.domain.timeline import build_timeline, effective_span


def only(code, advisories):
    return [a for a in advisories if a.code == code]


def guard(id="S1", start="2019-01-01", end="2019-01-31", **kw):
    return activity(id, start=start, end=end, provides_security=True, component="police",
                    **kw)


# -- effective dates and cancelled activities, for every check --------------------------
def test_a_cancelled_activity_provides_no_cover():
    covered = [guard(), activity("A1", requires_security=True)]
    assert run_checks(plan(activities=covered)) == []
    covered[0].status = "cancelled"
    [cover] = run_checks(plan(activities=covered))
    assert cover.code == "SEQ-COVER" and cover.refs == ("A1",)


def test_a_cancelled_activity_needs_no_cover_and_answers_no_response():
    p = plan(threats=[threat()], responses=[response()],
             activities=[activity("A1", response_id="R1", requires_security=True)])
    assert codes(run_checks(p)) == ["SEQ-COVER"]
    p.activities[0].status = "cancelled"
    assert codes(run_checks(p)) == ["RSP-NOACTIVITY"]


def test_cancelled_activities_still_count_for_references():
    p = plan(activities=[activity("A1", status="cancelled"),
                         activity("A2", depends_on=["A1"], start="2019-01-21",
                                  end="2019-01-25")])
    assert run_checks(p) == []


def test_a_level_answered_only_by_a_cancelled_activity_is_unanswered():
    ind = Indicator("EW1", ["T1"], "Movements", "jmac",
                    levels=[Level("alert", activity_ids=["A1"])])
    p = plan(threats=[threat()], activities=[activity("A1", status="cancelled")])
    p.early_warning = [ind]
    assert "EW-NORESPONSE" in codes(run_checks(p))
    p.activities[0].status = "done"
    assert "EW-NORESPONSE" not in codes(run_checks(p))


def test_actual_dates_move_the_cover():
    # the guard was planned for January but ran from 15 January only
    acts = [guard(actual_start=d("2019-01-15")), activity("A1", requires_security=True)]
    [cover] = run_checks(plan(activities=acts))
    assert cover.code == "SEQ-COVER" and cover.params["gaps"] == "2019-01-10 – 2019-01-14"
    acts[1].actual_start = d("2019-01-16")
    assert run_checks(plan(activities=acts)) == []


def test_a_late_start_ends_on_its_start_day_for_the_checks():
    late = activity("A1", start="2019-01-10", end="2019-01-20", status="under_way",
                    actual_start=d("2019-01-25"))
    assert effective_span(late) == (d("2019-01-25"), d("2019-01-25"))
    assert "DATE-ORDER" not in codes(run_checks(plan(activities=[late])))


def test_the_gantt_cover_leaves_cancelled_activities_out():
    p = plan(activities=[guard(), guard("S2", location="Bankass", status="cancelled")])
    cover = build_timeline(p).cover
    assert "dinangourou" in cover and "bankass" not in cover


# -- MON-LATE ------------------------------------------------------------------------------
def test_mon_late_fires_for_an_unfinished_activity_whose_end_has_passed():
    a = activity("A1", start="2019-01-10", end="2019-01-20", status="under_way")
    assert codes(run_checks(plan(activities=[a], as_of=d("2019-01-21")))) == ["MON-LATE"]
    assert run_checks(plan(activities=[a], as_of=d("2019-01-20"))) == []      # twin
    a.status = "done"
    assert run_checks(plan(activities=[a], as_of=d("2019-01-21"))) == []


def test_mon_late_fires_for_a_planned_activity_whose_start_has_passed():
    a = activity("A1", start="2019-01-10", end="2019-01-20")
    [late] = run_checks(plan(activities=[a], as_of=d("2019-01-11")))
    assert late.code == "MON-LATE" and late.refs == ("A1",)
    assert "still planned" in late.message("en")
    assert run_checks(plan(activities=[a], as_of=d("2019-01-10"))) == []      # twin
    a.status = "cancelled"
    assert run_checks(plan(activities=[a], as_of=d("2019-02-11"))) == []


def test_mon_late_needs_as_of():
    assert run_checks(plan(activities=[activity("A1")])) == []


def test_mon_late_reads_the_actual_end():
    a = activity("A1", start="2019-01-10", end="2019-01-20", status="under_way",
                 actual_end=d("2019-01-30"))
    assert run_checks(plan(activities=[a], as_of=d("2019-01-25"))) == []
    assert codes(run_checks(plan(activities=[a], as_of=d("2019-01-31")))) == ["MON-LATE"]


# -- MON-REVIEW ----------------------------------------------------------------------------
def test_mon_review_counts_from_the_period_start_then_from_the_latest_review():
    p = plan(as_of=d("2019-03-02"))                    # 1 January + 60 days
    assert run_checks(p) == []
    p.context.as_of = d("2019-03-03")                  # 61 days
    [review] = run_checks(p)
    assert review.code == "MON-REVIEW" and review.params["days"] == "61"
    p.reviews = [Review("RV1", d("2019-02-01"), by="Regional POC task force"),
                 Review("RV2", d("2019-01-02"))]
    assert run_checks(p) == []
    p.context.review_every_days = 29                   # 30 days since RV1: more than 29
    assert codes(run_checks(p)) == ["MON-REVIEW"]
    p.context.review_every_days = 30
    assert run_checks(p) == []


def test_mon_review_boundary_with_a_shorter_rhythm():
    p = plan(as_of=d("2019-01-31"), review_every_days=30)
    assert run_checks(p) == []
    p.context.as_of = d("2019-02-01")
    assert codes(run_checks(p)) == ["MON-REVIEW"]


# -- EW-SLOW -------------------------------------------------------------------------------
def matrix_plan(*alerts, as_of=None):
    p = plan(threats=[threat()], as_of=as_of)
    p.early_warning = [Indicator("EW1", ["T1"], "Movements", "jmac",
                                 levels=[Level("watch", max_hours=72),
                                         Level("alert", response_ids=["R9"], max_hours=24),
                                         Level("crisis", response_ids=["R9"])])]
    p.responses = [response("R9")]
    p.activities = [activity("A9", response_id="R9", status="done")]
    p.alerts = list(alerts)
    return p


def test_ew_slow_is_strict_on_the_promise():
    on_time = Alert("AL1", "EW1", "alert", raised="2019-01-03T06:00", arrived="2019-01-04T06:00")
    assert run_checks(matrix_plan(on_time)) == []
    late = Alert("AL1", "EW1", "alert", raised="2019-01-03T06:00", arrived="2019-01-04T06:01")
    [slow] = run_checks(matrix_plan(late))
    assert slow.code == "EW-SLOW" and slow.refs == ("EW1", "AL1")
    assert "24 hours" in slow.message("en")


def test_ew_slow_without_arrival_waits_for_the_end_of_the_as_of_day():
    waiting = Alert("AL1", "EW1", "alert", raised="2019-01-04T00:00")
    assert run_checks(matrix_plan(waiting)) == []                       # no as_of
    # promised by 5 January 00:00, the end of the as_of day: not before it
    assert run_checks(matrix_plan(waiting, as_of=d("2019-01-04"))) == []
    waiting.raised = "2019-01-03T23:59"                                 # promised 4 Jan 23:59
    assert codes(run_checks(matrix_plan(waiting, as_of=d("2019-01-04")))) == ["EW-SLOW"]
    assert run_checks(matrix_plan(waiting, as_of=d("2019-01-03"))) == []


def test_ew_slow_does_not_judge_alerts_without_raised_or_promise():
    assert run_checks(matrix_plan(Alert("AL1", "EW1", "alert", arrived="2019-01-09T06:00"),
                                  as_of=d("2019-01-20"))) == []
    assert run_checks(matrix_plan(Alert("AL1", "EW1", "crisis", raised="2019-01-03T06:00"),
                                  as_of=d("2019-01-20"))) == []


# -- through the command line ----------------------------------------------------------------
def test_check_json_reports_the_plan_in_motion(sample_v2_document, tmp_path, db_path):
    doc = sample_v2_document
    doc["format_version"] = 3
    p = doc["plan"]
    p["context"]["as_of"] = "2019-03-02"
    for a in p["activities"]:
        a["status"] = "done"
    p["activities"][2]["status"] = "under_way"           # GA3 should have ended 28 February
    p["alerts"] = [{"id": "AL1", "indicator_id": "GW1", "level": "alert",
                    "raised": "2019-02-20T06:00", "arrived": "2019-02-21T08:00"}]
    path = tmp_path / "motion.json"
    path.write_text(json.dumps(doc), "utf-8")
    result = run("check", str(path), "--json", db=db_path)
    assert_no_traceback(result)
    found = [(a["code"], a["refs"]) for a in json.loads(result.stdout)["advisories"]]
    assert found == [("MON-LATE", ["GA3"]), ("EW-SLOW", ["GW1", "AL1"]), *SAMPLE_V2_ADVISORIES]

    p["context"]["as_of"] = "2019-03-03"                   # 61 days after 1 January
    p["reviews"] = []
    p["activities"][2]["status"] = "done"
    p["alerts"][0]["arrived"] = "2019-02-21T06:00"          # exactly the 24 hours promised
    path.write_text(json.dumps(doc), "utf-8")
    found = [(a["code"], a["refs"]) for a in json.loads(run("check", str(path), "--json",
                                                           db=db_path).stdout)["advisories"]]
    assert found == [("MON-REVIEW", found[0][1]), *SAMPLE_V2_ADVISORIES]
    p["reviews"] = [{"id": "RV1", "date": "2019-01-02", "by": "Regional POC task force"}]
    path.write_text(json.dumps(doc), "utf-8")
    found = [(a["code"], a["refs"]) for a in json.loads(run("check", str(path), "--json",
                                                           db=db_path).stdout)["advisories"]]
    assert found == SAMPLE_V2_ADVISORIES


def test_data_pii_reads_outcomes_alerts_and_reviews():
    a = activity("A1", status="done", outcome="Called the chief on 76 12 34 56")
    p = matrix_plan(Alert("AL1", "EW1", "watch", outcome="ask fatou@example.org"))
    p.activities = [a]
    p.reviews = [Review("RV1", d("2019-01-05"), by="Regional POC task force",
                        decisions="Follow up with 66.12.34.56")]
    found = [(x.code, x.refs[0], x.params["field"]) for x in run_checks(p)
             if x.code == "DATA-PII"]
    assert found == [("DATA-PII", "A1", "outcome"), ("DATA-PII", "AL1", "outcome"),
                     ("DATA-PII", "RV1", "decisions")]
    a.status = "cancelled"                      # a cancelled activity's texts are not read
    assert "A1" not in [x.refs[0] for x in run_checks(p) if x.code == "DATA-PII"]


def test_a_cancelled_activity_needs_no_asset_across_plans():
    from pocplanner.domain.consolidation import Input, consolidate
    mopti = plan(activities=[activity("A1", assets=["helicopter"])])
    gao = plan(activities=[activity("B1", assets=["helicopter"])])
    mopti.id, mopti.region, gao.id, gao.region = "mopti", "Mopti", "gao", "Gao"
    clash = consolidate([Input(mopti, "library"), Input(gao, "library")])
    assert [a.code for a in clash.advisories].count("CONS-ASSET") == 1
    gao.activities[0].status = "cancelled"
    calm = consolidate([Input(mopti, "library"), Input(gao, "library")])
    assert "CONS-ASSET" not in [a.code for a in calm.advisories]
