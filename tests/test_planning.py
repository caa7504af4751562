"""The Qt-free helpers behind the plan window: edits and their inverses, defaults, cautions."""
import datetime as dt

import pytest

from builders import activity, plan, response, threat
from pocplanner import reference
from pocplanner.domain.edits import Batch, Insert, remove, set_field
from pocplanner.domain.planning import (
    activity_for_response,
    applicable_cautions,
    context_conditions,
    new_response,
    next_id,
    tier_balance,
)


def test_every_edit_is_undone_by_its_inverse():
    p = plan(threats=[threat("T1"), threat("T2")])
    before = p.to_dict()
    makers = [lambda: set_field(p.threats[0], "title", "Changed"),
              lambda: Insert(p.threats, 1, threat("T9")),
              lambda: remove(p.threats, p.threats[-1]),
              lambda: Batch([set_field(p.period, "end", dt.date(2019, 4, 30)),
                             set_field(p.context, "mission_targeted", True)])]
    edits = []
    for make in makers:          # each edit is made against the plan as it is then
        edits.append(make())
        edits[-1].apply()
    assert [t.id for t in p.threats] == ["T1", "T9"] and p.threats[0].title == "Changed"
    for edit in reversed(edits):
        edit.inverse().apply()
    assert p.to_dict() == before


def test_next_id_follows_the_highest_number():
    assert next_id("T", ["T1", "T7", "X3", "T"]) == "T8"
    assert next_id("A", []) == "A1"


def test_response_and_activity_defaults_come_from_the_catalogue():
    p = plan(threats=[threat("T1", locations=["Koro"])])
    r = new_response(p, "T1", "extended_operation")
    assert (r.tier, r.phase, r.lead_component) == (2, "pre_emption", "military")
    p.responses.append(r)
    a = activity_for_response(p, r)
    assert (a.location, a.start, a.end, a.response_id) == ("Koro", p.period.start, p.period.end, r.id)
    assert a.provides_security and a.military_operation and not a.engages_communities
    custom = new_response(p, "T1", "custom:Radio phone-in")
    assert (custom.tier, custom.lead_component) == (1, "civilian")


def test_cautions_that_apply_follow_the_context():
    patrols = reference.catalogue().tools["deterrent_patrols"]
    quiet = plan()
    assert [applies for _c, applies in applicable_cautions(quiet, patrols)] == [False, False]
    targeted = plan(mission_targeted=True)
    assert [applies for _c, applies in applicable_cautions(targeted, patrols)] == [True, False]
    leaving = plan(drawdown=True)
    assert [applies for _c, applies in applicable_cautions(leaving, patrols)] == [False, True]


def test_reprisals_become_likely_from_the_threat_register():
    p = plan(threats=[threat(category="targeted_reprisals", likelihood=2)])
    assert "reprisals_likely" not in context_conditions(p)
    p.threats[0].likelihood = 3
    assert "reprisals_likely" in context_conditions(p)
    network = reference.catalogue().tools["community_alert_network"]
    assert applicable_cautions(p, network)[0][1] is True
    p = plan(state_presence="predatory", access="non_permissive", drawdown=True)
    assert context_conditions(p) == {"state_presence:predatory", "access:non_permissive",
                                     "drawdown"}


def test_tier_balance():
    p = plan(threats=[threat("T1")],
             responses=[response("R1", tier=1), response("R2", tool="escorts", tier=2),
                        response("R3", tool="mine_action", tier=3),
                        response("R4", tool="ddr_cvr", tier=3)])
    assert tier_balance(p, "T1") == {1: 1, 2: 1, 3: 2}
    assert tier_balance(p, "T9") == {1: 0, 2: 0, 3: 0}


@pytest.mark.parametrize("threat_kw, condition", [
    ({"impact": 5}, "atrocity_risk"),
    ({"perpetrator_type": "community_militia"}, "militia_threat"),
    ({"category": "proxy_militia_abuse"}, "militia_threat"),
    ({"category": "state_actor_abuse"}, "state_abuse_threat"),
    ({"perpetrator_type": "ct_partner_forces"}, "state_abuse_threat"),
    ({"category": "armed_banditry_crime"}, "trafficking_threat"),
])
def test_the_threat_register_sets_conditions(threat_kw, condition):
    assert condition not in context_conditions(plan(threats=[threat()]))
    assert condition in context_conditions(plan(threats=[threat(**threat_kw)]))


def test_support_to_other_forces_and_the_rainy_season_set_conditions():
    assert "supports_non_un_forces" in context_conditions(
        plan(activities=[activity(supports_non_un_forces=True)]))
    assert "rainy_season" not in context_conditions(plan(start="2019-01-01", end="2019-05-31"))
    assert "rainy_season" in context_conditions(plan(start="2019-05-01", end="2019-06-01"))
    assert "rainy_season" in context_conditions(plan(start="2019-10-31", end="2020-01-31"))
    assert "rainy_season" not in context_conditions(plan(start="2019-11-01", end="2020-05-31"))
