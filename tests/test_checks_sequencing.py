from builders import activity, codes, engagement, plan
from pocplanner.domain.checks import run_checks


def only(code, advisories):
    return [a for a in advisories if a.code == code]


# -- SEQ-PERIOD -------------------------------------------------------------------------
def test_seq_period_fires_one_day_outside_and_not_on_the_boundaries():
    inside = plan(activities=[activity("A1", start="2019-01-01", end="2019-03-31")])
    assert run_checks(inside) == []
    before = plan(activities=[activity("A1", start="2018-12-31", end="2019-01-05")])
    after = plan(activities=[activity("A1", start="2019-03-20", end="2019-04-01")])
    assert codes(run_checks(before)) == ["SEQ-PERIOD"]
    assert codes(run_checks(after)) == ["SEQ-PERIOD"]


# -- SEQ-CYCLE and SEQ-ORDER -------------------------------------------------------------
def test_seq_cycle_lists_the_cycle():
    p = plan(activities=[activity("A1", depends_on=["A3"]), activity("A2", depends_on=["A1"]),
                         activity("A3", depends_on=["A2"]), activity("A4")])
    [cycle] = only("SEQ-CYCLE", run_checks(p))
    assert set(cycle.refs) == {"A1", "A2", "A3"}
    assert cycle.params["cycle"] == "A1 → A3 → A2 → A1"


def test_seq_cycle_catches_self_dependency():
    p = plan(activities=[activity("A1", depends_on=["A1"])])
    assert codes(run_checks(p)) == ["SEQ-CYCLE"]


def test_seq_cycle_silent_for_a_chain():
    p = plan(activities=[activity("A1", start="2019-01-01", end="2019-01-05"),
                         activity("A2", start="2019-01-06", end="2019-01-07", depends_on=["A1"]),
                         activity("A3", start="2019-01-08", end="2019-01-09",
                                  depends_on=["A1", "A2"])])
    assert run_checks(p) == []


def test_seq_order_fires_on_the_last_day_of_the_dependency():
    p = plan(activities=[activity("A1", start="2019-01-01", end="2019-01-05"),
                         activity("A2", start="2019-01-05", end="2019-01-09", depends_on=["A1"])])
    [order] = run_checks(p)
    assert (order.code, order.refs) == ("SEQ-ORDER", ("A2", "A1"))


def test_seq_order_silent_the_day_after():
    p = plan(activities=[activity("A1", start="2019-01-01", end="2019-01-05"),
                         activity("A2", start="2019-01-06", end="2019-01-09", depends_on=["A1"])])
    assert run_checks(p) == []


# -- SEQ-COVER ---------------------------------------------------------------------------
def guard(id="S1", start="2019-01-01", end="2019-01-31", location="Dinangourou", component="police"):
    return activity(id, start=start, end=end, location=location, provides_security=True,
                    component=component)


def test_seq_cover_fires_without_any_security():
    p = plan(activities=[activity("A1", requires_security=True)])
    [cover] = run_checks(p)
    assert cover.code == "SEQ-COVER"
    assert cover.params["gaps"] == "2019-01-10 – 2019-01-20"


def test_seq_cover_silent_when_covered_and_places_match_ignoring_case_and_accents():
    p = plan(activities=[guard(location="Sévaré"),
                         activity("A1", location="SEVARE", requires_security=True)])
    assert run_checks(p) == []


def test_seq_cover_counts_days_inclusively_and_joins_back_to_back_cover():
    p = plan(activities=[guard("S1", start="2019-01-01", end="2019-01-15"),
                         guard("S2", start="2019-01-16", end="2019-01-20"),
                         activity("A1", start="2019-01-10", end="2019-01-20",
                                  requires_security=True)])
    assert run_checks(p) == []


def test_seq_cover_reports_each_uncovered_day_range():
    p = plan(activities=[guard("S1", start="2019-01-12", end="2019-01-14"),
                         guard("S2", start="2019-01-17", end="2019-01-18"),
                         activity("A1", start="2019-01-10", end="2019-01-20",
                                  requires_security=True)])
    [cover] = only("SEQ-COVER", run_checks(p))
    assert cover.params["gaps"] == ("2019-01-10 – 2019-01-11, 2019-01-15 – 2019-01-16, "
                                    "2019-01-19 – 2019-01-20")
    assert cover.params["days"] == "6"


def test_seq_cover_ignores_security_at_another_place():
    p = plan(activities=[guard(location="Sévaré"),
                         activity("A1", location="Dinangourou", requires_security=True)])
    assert codes(run_checks(p)) == ["SEQ-COVER"]


# -- SEQ-VACUUM --------------------------------------------------------------------------
def vacuum_plan(*later):
    return plan(activities=[guard("S1", start="2019-01-01", end="2019-02-28"),
                            activity("C1", start="2019-01-10", end="2019-01-20",
                                     engages_communities=True), *later],
                engagements=[engagement(activity_id="C1")])


def test_seq_vacuum_fires_when_nobody_takes_over():
    [vacuum] = run_checks(vacuum_plan())
    assert (vacuum.code, vacuum.refs) == ("SEQ-VACUUM", ("S1", "C1"))


def test_seq_vacuum_silent_when_police_take_over_on_the_seventh_day():
    police = guard("P1", start="2019-03-07", end="2019-03-31", component="police")
    assert run_checks(vacuum_plan(police)) == []


def test_seq_vacuum_fires_when_the_takeover_comes_on_the_eighth_day():
    police = guard("P1", start="2019-03-08", end="2019-03-31", component="police")
    assert codes(run_checks(vacuum_plan(police))) == ["SEQ-VACUUM"]


def test_seq_vacuum_silent_when_the_deployment_lasts_to_the_end_of_the_period():
    p = plan(activities=[guard("S1", start="2019-01-01", end="2019-03-31"),
                         activity("C1", engages_communities=True)],
             engagements=[engagement(activity_id="C1")])
    assert run_checks(p) == []


def test_seq_vacuum_silent_when_engagement_only_starts_after_the_deployment():
    p = plan(activities=[guard("S1", start="2019-01-01", end="2019-01-31"),
                         activity("C1", start="2019-02-01", end="2019-02-05",
                                  engages_communities=True)],
             engagements=[engagement(activity_id="C1")])
    assert "SEQ-VACUUM" not in codes(run_checks(p))


def test_seq_vacuum_counts_engagement_on_the_last_day():
    p = plan(activities=[guard("S1", start="2019-01-01", end="2019-01-31"),
                         activity("C1", start="2019-01-31", end="2019-02-05",
                                  engages_communities=True)],
             engagements=[engagement(activity_id="C1")])
    assert "SEQ-VACUUM" in codes(run_checks(p))


# -- SEQ-HARM, SEQ-HRDDP -----------------------------------------------------------------
def test_seq_harm():
    bare = activity("M1", military_operation=True, component="military")
    assert codes(run_checks(plan(activities=[bare]))) == ["SEQ-HARM", "SEQ-NOTHREAT"]
    blank = activity("M1", military_operation=True, harm_mitigation="   ")
    assert codes(run_checks(plan(activities=[blank]))) == ["SEQ-HARM"]
    mitigated = activity("M1", military_operation=True, harm_mitigation="Casualty tracking cell")
    assert run_checks(plan(activities=[mitigated])) == []


def test_seq_hrddp():
    support = activity("H1", supports_non_un_forces=True)
    assert codes(run_checks(plan(activities=[support]))) == ["SEQ-HRDDP"]
    ticked = activity("H1", supports_non_un_forces=True, hrddp_assessed=True)
    assert codes(run_checks(plan(activities=[ticked]))) == ["HRD-UNNAMED"]   # §12.4


# -- CTX-BRIEF-PRESENCE ------------------------------------------------------------------
def brief(days_long: int, targeted=True):
    end = f"2019-01-{days_long:02d}"
    return plan(activities=[guard("S1", start="2019-01-01", end=end),
                            activity("C1", start="2019-01-02", end="2019-01-03",
                                     engages_communities=True, requires_security=True)],
                engagements=[engagement(activity_id="C1")],
                end="2019-01-31", mission_targeted=targeted)


def test_ctx_brief_presence_fires_for_13_days():
    found = [a for a in run_checks(brief(13)) if a.code == "CTX-BRIEF-PRESENCE"]
    assert [a.refs for a in found] == [("C1", "S1")]


def test_ctx_brief_presence_silent_for_14_days():
    assert "CTX-BRIEF-PRESENCE" not in codes(run_checks(brief(14)))


def test_ctx_brief_presence_silent_where_the_mission_is_not_targeted():
    assert "CTX-BRIEF-PRESENCE" not in codes(run_checks(brief(5, targeted=False)))
    assert "CTX-BRIEF-PRESENCE" not in codes(run_checks(brief(5, targeted=None)))
