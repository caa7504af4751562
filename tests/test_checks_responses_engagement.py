from builders import activity, codes, engagement, plan, response, threat
from pocplanner.domain.checks import run_checks


# -- THR-UNANSWERED and the priority default ----------------------------------------------
def test_thr_unanswered_for_marked_priority():
    p = plan(threats=[threat(likelihood=1, impact=1, priority=True)])
    assert v1_codes(run_checks(p)) == ["THR-UNANSWERED"]


def v1_codes(advisories) -> list[str]:
    """The codes without the early-warning prompts of format 2 (THR-NOINDICATOR, CTG-MISSING,
    tested in test_early_warning.py), which every priority threat here would add."""
    return [c for c in codes(advisories) if c not in ("THR-NOINDICATOR", "CTG-MISSING")]


def test_priority_default_is_score_12():
    assert v1_codes(run_checks(plan(threats=[threat(likelihood=4, impact=3)]))) == ["THR-UNANSWERED"]
    assert v1_codes(run_checks(plan(threats=[threat(likelihood=3, impact=3)]))) == []
    assert v1_codes(run_checks(plan(threats=[threat(likelihood=5, impact=5, priority=False)]))) == []


def test_thr_unanswered_silent_with_a_response():
    p = plan(threats=[threat(priority=True)], responses=[response()],
             activities=[activity(response_id="R1")])
    assert v1_codes(run_checks(p)) == []


# -- RSP-* ---------------------------------------------------------------------------------
def test_rsp_noactivity():
    p = plan(threats=[threat()], responses=[response()])
    assert v1_codes(run_checks(p)) == ["RSP-NOACTIVITY"]


def test_rsp_tier2only_for_priority_threats_only():
    tier2 = [response("R1", tool="deterrent_patrols", tier=2),
             response("R2", tool="escorts", tier=2)]
    acts = [activity("A1", response_id="R1"), activity("A2", response_id="R2")]
    p = plan(threats=[threat(priority=True)], responses=tier2, activities=acts)
    assert v1_codes(run_checks(p)) == ["RSP-TIER2ONLY"]
    p = plan(threats=[threat(priority=False)], responses=tier2, activities=acts)
    assert v1_codes(run_checks(p)) == []
    mixed = tier2 + [response("R3", tool="local_mediation", tier=1)]
    p = plan(threats=[threat(priority=True)], responses=mixed,
             activities=acts + [activity("A3", response_id="R3")])
    assert v1_codes(run_checks(p)) == []


def test_rsp_tier_for_base_tools_and_not_for_custom_ones():
    p = plan(threats=[threat()], responses=[response(tool="deterrent_patrols", tier=1)],
             activities=[activity(response_id="R1")])
    [tier] = run_checks(p)
    assert (tier.code, tier.params["expected"]) == ("RSP-TIER", "2")
    p = plan(threats=[threat()], responses=[response(tool="custom:Radio phone-in", tier=2)],
             activities=[activity(response_id="R1")])
    assert v1_codes(run_checks(p)) == []


# -- ENG-* ---------------------------------------------------------------------------------
def engaged(*engagements):
    return plan(activities=[activity("A1", engages_communities=True)],
                engagements=list(engagements))


def test_eng_unassessed():
    assert v1_codes(run_checks(engaged())) == ["ENG-UNASSESSED"]
    assert v1_codes(run_checks(engaged(engagement()))) == []


def test_eng_nomitigation_fires_from_10():
    assert v1_codes(run_checks(engaged(engagement(risks=[(2, 5)], mitigations=())))) == \
        ["ENG-NOMITIGATION"]
    assert v1_codes(run_checks(engaged(engagement(risks=[(3, 3)], mitigations=())))) == []
    assert v1_codes(run_checks(engaged(engagement(risks=[(2, 5)])))) == []


def test_eng_residual_uses_residual_scores():
    high = engagement(risks=[(5, 5)], residual_likelihood=3, residual_impact=5)
    assert v1_codes(run_checks(engaged(high))) == ["ENG-RESIDUAL"]
    lowered = engagement(risks=[(5, 5)], residual_likelihood=2, residual_impact=5)
    assert v1_codes(run_checks(engaged(lowered))) == []


def test_eng_residual_falls_back_to_the_highest_inherent_risk():
    e = engagement(risks=[(2, 2), (3, 5)], decision="conditional")
    assert v1_codes(run_checks(engaged(e))) == ["ENG-RESIDUAL"]
    e = engagement(risks=[(2, 2), (3, 5)], decision="conditional",
                   decision_rationale="Only by phone; no names kept.")
    assert v1_codes(run_checks(engaged(e))) == []


def test_eng_residual_not_for_no_go_or_pending():
    assert "ENG-RESIDUAL" not in v1_codes(run_checks(engaged(
        engagement(risks=[(5, 5)], decision="pending"))))
    nogo = plan(activities=[activity("A1", engages_communities=True)],
                engagements=[engagement(risks=[(5, 5)], decision="no_go")])
    assert "ENG-RESIDUAL" not in v1_codes(run_checks(nogo))


def test_eng_pending():
    assert v1_codes(run_checks(engaged(engagement(decision="pending")))) == ["ENG-PENDING"]


def test_eng_nogo_scheduled():
    [nogo] = run_checks(engaged(engagement(decision="no_go")))
    assert (nogo.code, nogo.refs) == ("ENG-NOGO-SCHEDULED", ("E1", "A1"))


def test_messages_name_things_as_the_user_sees_them():
    p = plan(activities=[activity("A6", title="Village meetings in Koro",
                                  engages_communities=True)],
             engagements=[engagement("E3", activity_id="A6", risks=((4, 4),), mitigations=(),
                                     decision="pending")],
             responses=[response("R1", tool="deterrent_patrols", tier=1)], threats=[threat()])
    found = {a.code: a for a in run_checks(p)}
    nomitigation = found["ENG-NOMITIGATION"]
    assert "reprisals_against_interlocutors" not in nomitigation.message("en")
    assert "A6 (Village meetings in Koro)" in nomitigation.message("en")
    assert "Reprisals" in nomitigation.message("en") or "reprisals" in nomitigation.message("en")
    assert "A6 (Village meetings in Koro)" in found["ENG-PENDING"].message("fr")
    tier = found["RSP-TIER"]
    assert "deterrent_patrols" not in tier.message("en") + tier.message("fr")
    assert "Patrouilles" in tier.message("fr") or "patrouilles" in tier.message("fr")
