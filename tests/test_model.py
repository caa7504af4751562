import copy

from pocplanner.domain.model import Plan


def test_round_trip_keeps_the_plan_exactly(sample_document):
    plan = Plan.from_dict(copy.deepcopy(sample_document["plan"]))
    assert plan.to_dict() == sample_document["plan"]


def test_absent_and_false_stay_different(sample_document):
    doc = copy.deepcopy(sample_document["plan"])
    doc["threats"][0]["priority"] = False
    doc["context"]["drawdown"] = False
    out = Plan.from_dict(doc).to_dict()
    assert out["threats"][0]["priority"] is False
    assert "priority" not in out["threats"][1]
    assert out["context"]["drawdown"] is False


def test_scores(sample_document):
    plan = Plan.from_dict(sample_document["plan"])
    assert [t.score for t in plan.threats] == [20, 12, 6, 12]
    e = plan.engagements[0]
    assert (e.inherent_score(), e.residual_score()) == (20, 12)
    assert plan.engagements[1].residual_score() == 8   # no residual given: highest inherent
