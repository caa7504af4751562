"""Early warning and contingencies in the core: the checks of DOMAIN §11.6 (THR-NOINDICATOR,
EW-*, CTG-*), the level board, indicators offered from the threats, a scenario declared
triggered, removals that unlink, and the demo plans' matrix and scenarios round-tripped."""
from __future__ import annotations

import datetime as dt

import pytest

from builders import activity, codes, plan, response, threat
from pocplanner.domain.checks import run_checks
from pocplanner.domain.early_warning import (
    declare_triggered,
    level_board,
    new_indicator,
    offered_indicators,
)
from pocplanner.domain.model import Adjustment, Indicator, Level, Scenario
from pocplanner.domain.removal import removal


def _indicator(id="EW1", threat_ids=("T1",), source="jmac", places=(), answered=True,
               **kw) -> Indicator:
    levels = [Level("watch"), Level("alert", response_ids=["R1"] if answered else []),
              Level("crisis", activity_ids=["A1"] if answered else [])]
    return Indicator(id, list(threat_ids), "Militia checkpoints", source, levels,
                     list(places), **kw)


def _plan(**kw):
    return plan(threats=[threat("T1", likelihood=4, impact=4, locations=["Koro"])],
                responses=[response("R1")],
                activities=[activity("A1", response_id="R1", location="Koro")], **kw)


def test_a_priority_threat_without_indicator_gets_thr_noindicator():
    p = _plan()
    assert "THR-NOINDICATOR" in codes(run_checks(p))
    p.early_warning = [_indicator()]
    assert "THR-NOINDICATOR" not in codes(run_checks(p))


def test_an_alert_or_crisis_level_without_response_is_an_error():
    p = _plan()
    p.early_warning = [_indicator(answered=False)]
    found = [a for a in run_checks(p) if a.code == "EW-NORESPONSE"]
    assert [a.message() for a in found] == [
        "Indicator EW1: its alert level has no pre-agreed response or activity.",
        "Indicator EW1: its crisis level has no pre-agreed response or activity."]
    assert all(a.severity == "error" and a.kind == "indicator" for a in found)
    assert "niveau alerte" in found[0].message("fr")
    p.early_warning[0].levels[1].response_ids = ["R1"]
    p.early_warning[0].levels[2].activity_ids = ["A1"]
    assert "EW-NORESPONSE" not in codes(run_checks(p))


def test_a_community_alert_network_where_no_security_is_planned():
    p = _plan()
    p.early_warning = [_indicator(source="community_alert_network", places=["Koro", "Bankass"])]
    [found] = [a for a in run_checks(p) if a.code == "EW-UNANSWERED"]
    assert "Koro, Bankass" in found.message()
    p.activities.append(activity("A2", location="KORO", provides_security=True,
                                 start="2019-03-20", end="2019-04-30"))
    [found] = [a for a in run_checks(p) if a.code == "EW-UNANSWERED"]
    assert "Bankass" in found.message() and "Koro" not in found.message()
    p.activities.append(activity("A3", location="Bankass", provides_security=True,
                                 start="2018-11-01", end="2018-12-31"))   # before the period
    assert "EW-UNANSWERED" in codes(run_checks(p))
    p.early_warning[0].source = "jmac"
    assert "EW-UNANSWERED" not in codes(run_checks(p))


def test_scenarios_missing_without_trigger_and_without_contingent_activity():
    p = _plan()
    p.early_warning = [_indicator()]
    assert "CTG-MISSING" in codes(run_checks(p))                  # 4 × 4 = 16, no worst case
    p.threats[0].impact = 3
    assert "CTG-MISSING" not in codes(run_checks(p))              # 12: below 15
    p.threats[0].impact = 4
    p.scenarios = [Scenario("SC1", "most_likely", "Contained", trigger_ids=["EW1"],
                            threat_adjustments=[Adjustment("T1", 4, 4)])]
    assert "CTG-MISSING" in codes(run_checks(p))                  # not a worst case
    p.scenarios.append(Scenario("SC2", "worst_case", "Offensive",
                                threat_adjustments=[Adjustment("T1", 5, 5)]))
    found = codes(run_checks(p))
    assert "CTG-MISSING" not in found and found.count("CTG-NOTRIGGER") == 1
    assert "CTG-NOACTIVITY" in found
    p.scenarios[1].trigger_ids = ["EW1"]
    p.activities.append(activity("A9", location="Koro", contingent_on="SC2"))
    assert not {"CTG-NOTRIGGER", "CTG-NOACTIVITY", "CTG-MISSING"} & set(codes(run_checks(p)))


def test_every_new_reference_is_covered_by_ref_missing():
    p = _plan()
    p.early_warning = [_indicator(threat_ids=["T9"])]
    p.early_warning[0].levels[1].response_ids = ["R9"]
    p.scenarios = [Scenario("SC1", "worst_case", "x", trigger_ids=["EW9"],
                            threat_adjustments=[Adjustment("T8")])]
    p.activities[0].contingent_on = "SC9"
    missing = [a for a in run_checks(p) if a.code == "REF-MISSING"]
    texts = " ".join(a.message() for a in missing)
    for target in ("T9", "R9", "EW9", "T8", "SC9"):
        assert target in texts


def test_indicators_written_in_threats_are_offered_not_lost():
    p = _plan()
    p.threats[0].indicators = ["Militia checkpoints", "Herders leave", ""]
    p.early_warning = [_indicator()]              # "Militia checkpoints" is in the matrix
    [offered] = offered_indicators(p)
    assert (offered.indicator, offered.threat_ids, offered.places) == ("Herders leave", ["T1"],
                                                                       ["Koro"])
    assert offered.id == "EW2" and [lv.level for lv in offered.levels] == ["watch", "alert",
                                                                           "crisis"]
    assert new_indicator(p).id == "EW2"


def test_the_level_board_gives_each_place_its_highest_level():
    p = _plan()
    p.early_warning = [_indicator("EW1", places=["Koro", "Bankass"], current_level="watch",
                                  reviewed=dt.date(2019, 1, 2)),
                       _indicator("EW2", places=["koro"], current_level="crisis"),
                       _indicator("EW3", places=["Djenné"])]
    board = [(r.place, r.level, r.indicator_ids) for r in level_board(p)]
    assert board == [("Koro", "crisis", ("EW2",)), ("Bankass", "watch", ("EW1",)),
                     ("Djenné", "normal", ("EW3",))]


def test_declaring_a_scenario_triggered_commits_its_activities_in_one_edit():
    p = _plan()
    p.scenarios = [Scenario("SC2", "worst_case", "x")]
    p.activities += [activity("A8", contingent_on="SC2"), activity("A9", contingent_on="SC2")]
    edit = declare_triggered(p, p.scenarios[0])
    edit.apply()
    assert [a.contingent_on for a in p.activities] == [None, None, None]
    edit.inverse().apply()
    assert [a.contingent_on for a in p.activities] == [None, "SC2", "SC2"]


def test_removing_items_unlinks_them_from_the_matrix_and_scenarios():
    p = _plan()
    p.early_warning = [_indicator()]
    p.scenarios = [Scenario("SC1", "worst_case", "x", trigger_ids=["EW1"],
                            threat_adjustments=[Adjustment("T1", 5, 5)])]
    p.activities[0].contingent_on = "SC1"
    touched = []
    for item in (p.responses[0], p.scenarios[0], p.activities[0], p.early_warning[0],
                 p.threats[0]):
        change = removal(p, item)
        touched.append(change.touches_others)
        change.edit.apply()
        assert not [a for a in run_checks(p) if a.code == "REF-MISSING"], item
    assert touched == [True, True, True, False, False]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_demo_plans_carry_a_matrix_and_two_scenarios_and_round_trip(lang, tmp_path):
    from pocplanner import reference
    from pocplanner.exchange import export_plan, load_document, load_file
    plan_ = load_document(reference.demo_plan_bytes(lang)).plan
    assert len(plan_.early_warning) >= 3
    assert {s.kind for s in plan_.scenarios} == {"most_likely", "worst_case"}
    assert any(a.contingent_on == "SC2" for a in plan_.activities)
    assert not {a.code for a in run_checks(plan_)} & {
        "THR-NOINDICATOR", "EW-NORESPONSE", "EW-UNANSWERED", "CTG-MISSING", "CTG-NOTRIGGER",
        "CTG-NOACTIVITY", "REF-MISSING"}
    out = tmp_path / "demo.json"
    export_plan(plan_, out)
    again = load_file(out).plan
    assert again.to_dict() == plan_.to_dict()
    assert again.early_warning[0].reviewed == plan_.early_warning[0].reviewed
