"""Exchange format version 3 (docs/exchange-v3.md): the fields of DOMAIN §12.10 read, stored,
written and round-tripped (plain and encrypted files, the database); versions 1 and 2 still
read; every new reference checked on import and by REF-MISSING; removal unlinks them."""
from __future__ import annotations

import copy
import json

import pytest

from pocplanner.domain.checks import run_checks
from pocplanner.domain.removal import removal
from pocplanner.exchange import ExchangeError, export_plan, load_document, load_file

ADDED = {
    "parent_sha256": "0" * 63 + "a",
    "hrddp": [{"id": "HR1", "entity": "FAMa — bataillon fictif de Douentza",
               "force_kind": "state_forces", "risk": "high", "grounds": "Reported abuses",
               "mitigations": ["Joint patrols only with a UN human rights officer"],
               "conditions": "Suspended after any credible report", "reviewed": "2019-01-02",
               "status": "conditional"}],
    "alerts": [{"id": "AL1", "indicator_id": "GW1", "level": "alert",
                "raised": "2019-01-20T06:30", "place": "Tessit", "decided": "2019-01-20T08:00",
                "arrived": "2019-01-21T10:15", "response_ids": ["GR1"],
                "activity_ids": ["GA1"], "outcome": "Patrol deployed", "civilians_harmed": 0}],
    "reviews": [{"id": "RV1", "date": "2019-02-15", "by": "Regional POC task force",
                 "summary": "Threats moved north", "decisions": "Extend the patrols",
                 "threat_changes": [{"threat_id": "G1", "likelihood": 4, "impact": 5}]}],
}
CONTEXT = {"mandate_end": "2019-06-30", "assets_available": {"helicopter": 1, "qrf": 2},
           "as_of": "2019-02-20", "review_every_days": 45}
ACTIVITY = {"presence": "static", "radius_km": 12.5, "coordinates": [-1.0127, 15.3525],
            "supports": ["HR1"], "runs_within": ["GA2"], "status": "delayed",
            "actual_start": "2019-01-05", "actual_end": "2019-02-01", "outcome": "Late start"}


@pytest.fixture
def v3_document(sample_v2_document):
    doc = copy.deepcopy(sample_v2_document)
    doc["format_version"] = 3
    plan = doc["plan"]
    plan.update(copy.deepcopy(ADDED))
    plan.setdefault("context", {}).update(copy.deepcopy(CONTEXT))
    plan["activities"][0].update(copy.deepcopy(ACTIVITY))
    plan["evidence"] = [{"id": "EV1", "threat_id": "G1", "source": "ACLED, accessed 2019-01-05",
                         "events": 14, "actors": ["Dan Na Ambassagou"]}]
    return doc


def _order(doc):
    """The exchange file's plan, keys as the product writes them (order aside)."""
    return json.loads(json.dumps(doc["plan"], sort_keys=True))


def test_every_field_of_version_3_round_trips(v3_document, tmp_path, store):
    plan = load_document(json.dumps(v3_document).encode()).plan
    a = plan.activities[0]
    assert (a.presence, a.radius_km, a.coordinates, a.supports, a.runs_within, a.status) == \
        ("static", 12.5, [-1.0127, 15.3525], ["HR1"], ["GA2"], "delayed")
    assert a.actual_start.isoformat() == "2019-01-05" and plan.context.as_of.day == 20
    assert plan.context.assets_available == {"helicopter": 1, "qrf": 2}
    assert plan.hrddp[0].reviewed.isoformat() == "2019-01-02"
    assert plan.alerts[0].raised == "2019-01-20T06:30"
    assert plan.reviews[0].threat_changes[0].likelihood == 4
    store.save(plan)                                          # the database too
    out = tmp_path / "again.json"
    export_plan(store.load(plan.id), out)
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["format_version"] == 3
    assert _order(written) == _order(v3_document)
    secret = tmp_path / "again.pocplan.enc"                   # and the encrypted file
    export_plan(plan, secret, passphrase="correct horse battery")
    assert _order({"plan": load_file(secret, passphrase="correct horse battery")
                   .plan.to_dict()}) == _order(v3_document)
    assert run_checks(plan) == run_checks(load_file(out).plan)


def test_versions_1_and_2_still_read(sample_path, sample_v2_path):
    for path in (sample_path, sample_v2_path):
        plan = load_file(path).plan
        assert plan.hrddp == [] and plan.alerts == [] and plan.activities[0].status is None


@pytest.mark.parametrize("where, value, path, said, kind", [
    (("activities", 0, "supports", 0), "HR9", "plan.activities[0].supports[0]",
     "Activity GA1: supports names HR9", "activity"),
    (("activities", 0, "runs_within", 0), "GA99", "plan.activities[0].runs_within[0]",
     "Activity GA1: runs_within names GA99", "activity"),
    (("alerts", 0, "indicator_id"), "GW9", "plan.alerts[0].indicator_id",
     "Alert AL1: indicator_id names GW9", "indicator"),
    (("alerts", 0, "activity_ids", 0), "GA98", "plan.alerts[0].activity_ids[0]",
     "Alert AL1: activity_ids names GA98", "indicator"),
    (("reviews", 0, "threat_changes", 0, "threat_id"), "G9",
     "plan.reviews[0].threat_changes[0].threat_id",
     "Review RV1: threat_changes.threat_id names G9", "review"),
])
def test_a_new_reference_that_names_nothing_is_refused_then_checked(v3_document, where, value,
                                                                     path, said, kind):
    node = v3_document["plan"]
    for part in where[:-1]:
        node = node[part]
    node[where[-1]] = value
    with pytest.raises(ExchangeError) as info:
        load_document(json.dumps(v3_document).encode())
    assert any(t.startswith(path) for t in info.value.problem_texts())
    lenient = load_document(json.dumps(v3_document).encode(), strict=False).plan
    missing = [a for a in run_checks(lenient) if a.code == "REF-MISSING"]
    assert len(missing) == 1 and said in missing[0].message("en") and missing[0].kind == kind


@pytest.mark.parametrize("field, value", [
    (("activities", 0, "presence"), "sometimes"),
    (("activities", 0, "coordinates"), [200, 15]),
    (("alerts", 0, "raised"), "2019-02-30T06:30"),
    (("hrddp", 0, "status"), "maybe"),
    (("parent_sha256",), "ABC"),
    (("context", "assets_available", "tanks"), 3),
])
def test_version_3_is_strict(v3_document, field, value):
    node = v3_document["plan"]
    for part in field[:-1]:
        node = node[part]
    node[field[-1]] = value
    with pytest.raises(ExchangeError):
        load_document(json.dumps(v3_document).encode())


def test_removal_follows_the_new_references(v3_document):
    plan = load_document(json.dumps(v3_document).encode()).plan
    gone = removal(plan, plan.hrddp[0])
    gone.edit.apply()
    assert plan.activities[0].supports == [] and plan.activities[0] in gone.unlinked
    gone = removal(plan, plan.item("indicator", "GW1"))        # its alerts go with it
    gone.edit.apply()
    assert plan.alerts == []
    gone = removal(plan, plan.threat("G1"))                    # a review's change drops out
    gone.edit.apply()
    assert plan.reviews[0].threat_changes == []
    gone.edit.inverse().apply()
    assert plan.reviews[0].threat_changes[0].threat_id == "G1"
    assert not [a for a in run_checks(plan) if a.code == "REF-MISSING"]


@pytest.mark.parametrize("version", [1, 2, 3])
def test_the_written_out_schema_finds_what_the_schema_finds(version, v3_document):
    """Reading uses each schema with its references written out in place (three times
    faster): valid schemas, and the same problems at the same places, message for message."""
    from jsonschema import Draft202012Validator

    from pocplanner import reference
    from pocplanner.exchange.schema_messages import _FORMATS, self_contained, validator
    schema = reference.exchange_schema(version)
    Draft202012Validator.check_schema(schema)
    assert "$ref" not in json.dumps(self_contained(schema))
    plan = v3_document["plan"]
    if version < 3:
        v3_document["format_version"] = version
    bad = [("threats", 0, "likelihood", 9), ("activities", 0, "start", "2019-13-01"),
           ("activities", 1, "unknown_field", 1), ("responses", 0, "tier", "two"),
           ("engagements", 0, "risks", [{"key": "reprisals_against_interlocutors"}]),
           ("early_warning", 0, "levels", [{"level": "red"}]), ("threats", 1, "title", "")]
    for kind, i, field, value in bad:
        plan[kind][i][field] = value
    plan["areas"] = "Gao"
    original = Draft202012Validator(schema, format_checker=_FORMATS)

    def found(v):
        return sorted((list(e.absolute_path), e.validator, e.message)
                      for e in v.iter_errors(v3_document))
    assert len(found(original)) >= len(bad) and found(validator(version)) == found(original)
