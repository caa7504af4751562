"""Removing an item removes or unlinks what points at it, as one undoable edit."""
import copy

from builders import activity, codes, engagement, plan, response, threat
from pocplanner.domain.checks import run_checks
from pocplanner.domain.removal import removal


def linked_plan():
    return plan(
        threats=[threat("T1", priority=True), threat("T2", priority=True)],
        responses=[response("R1", threat_ids=["T1"]), response("R2", threat_ids=["T1", "T2"])],
        activities=[activity("A1", response_id="R1"),
                    activity("A2", response_id="R1", depends_on=["A1"], start="2019-01-21",
                             end="2019-01-30"),
                    activity("A3", response_id="R2")],
        engagements=[engagement("E1", activity_id="A1"), engagement("E2", activity_id="A3")])


def ids(items):
    return [x.id for x in items]


def test_removing_a_threat_takes_the_responses_that_address_nothing_else():
    p = linked_plan()
    before = copy.deepcopy(p)
    r = removal(p, p.threats[0])
    assert p == before                          # worked out, not applied
    assert ids(r.removed) == ["R1"] and ids(r.unlinked) == ["A1", "A2", "R2"]
    r.edit.apply()
    assert ids(p.threats) == ["T2"] and ids(p.responses) == ["R2"]
    assert p.responses[0].threat_ids == ["T2"]
    assert [a.response_id for a in p.activities] == [None, None, "R2"]
    assert "REF-MISSING" not in codes(run_checks(p))
    r.edit.inverse().apply()
    assert p == before                          # one undo brings everything back


def test_removing_an_activity_takes_its_assessments_and_its_dependants_links():
    p = linked_plan()
    before = copy.deepcopy(p)
    r = removal(p, p.activities[0])
    assert ids(r.removed) == ["E1"] and ids(r.unlinked) == ["A2"]
    r.edit.apply()
    assert ids(p.activities) == ["A2", "A3"] and p.activities[0].depends_on == []
    assert ids(p.engagements) == ["E2"]
    assert "REF-MISSING" not in codes(run_checks(p))
    r.edit.inverse().apply()
    assert p == before


def test_removing_a_response_unlinks_its_activities():
    p = linked_plan()
    r = removal(p, p.responses[1])
    assert r.removed == [] and ids(r.unlinked) == ["A3"]
    r.edit.apply()
    assert p.activities[2].response_id is None


def test_nothing_else_changes_when_nothing_points_at_the_item():
    p = linked_plan()
    p.activities.append(activity("A4"))
    r = removal(p, p.activities[-1])
    assert not r.touches_others and len(r.edit.edits) == 1


def test_a_repeated_id_keeps_its_references():
    p = linked_plan()
    p.threats.append(threat("T1", title="the same id, being edited"))
    r = removal(p, p.threats[0])
    assert not r.touches_others
    r.edit.apply()
    assert ids(p.responses) == ["R1", "R2"]
