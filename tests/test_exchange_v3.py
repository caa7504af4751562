"""Exchange format version 3 (DOMAIN §12.10, docs/exchange-v3.md): read beside versions 1 and
2, written by export, every new field stored and round-tripped (plain and encrypted files, the
database), every new reference checked on import and by REF-MISSING."""
from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from pocplanner.domain.checks import run_checks
from pocplanner.domain.removal import removal
from pocplanner.exchange import ExchangeError, export_plan, load_document, load_file

PARENT = "ab" * 32
CONTEXT = {"mandate_end": "2019-06-30", "assets_available": {"helicopter": 1, "qrf": 0},
           "as_of": "2019-02-01", "review_every_days": 45}
ACTIVITY = {"presence": "mobile", "radius_km": 7.5, "coordinates": [0.25, 16.27],
            "supports": ["HR1"], "runs_within": ["GA2"], "status": "under_way",
            "actual_start": "2019-01-12", "actual_end": "2019-01-30",
            "outcome": "Patrols ran three days a week."}
SECTIONS = {
    "hrddp": [{"id": "HR1", "entity": "FAMa — 8e région, bataillon de Ménaka",
               "force_kind": "state_forces", "risk": "high",
               "grounds": "Reports of summary executions in 2018.",
               "mitigations": ["Joint patrols only with a UN human rights officer present"],
               "conditions": "Suspended at the first credible report.",
               "reviewed": "2019-01-05", "status": "conditional"}],
    "alerts": [{"id": "AL1", "indicator_id": "GW1", "level": "alert",
                "raised": "2019-01-20T06:30", "place": "Inékar", "decided": "2019-01-20T09:00",
                "arrived": "2019-01-21T14:15", "response_ids": ["GR1"],
                "activity_ids": ["GA1"], "outcome": "Patrol arrived after the attack.",
                "civilians_harmed": 3}],
    "reviews": [{"id": "RV1", "date": "2019-01-31", "by": "Regional POC task force",
                 "summary": "Threats moved east.",
                 "threat_changes": [{"threat_id": "G1", "likelihood": 5, "impact": 4}],
                 "decisions": "Extend the patrols to Inékar."}],
}


@pytest.fixture
def v3_document(sample_v2_document):
    doc = copy.deepcopy(sample_v2_document)
    doc["format_version"] = 3
    plan = doc["plan"]
    plan["parent_sha256"] = PARENT
    plan["context"].update(CONTEXT)
    plan["activities"][0].update(copy.deepcopy(ACTIVITY))
    plan["evidence"] = [{"id": "EV1", "threat_id": "G1", "source": "ACLED", "events": 4,
                         "actors": ["JNIM", "ISGS"]}]
    plan.update(copy.deepcopy(SECTIONS))
    return doc


def _load(doc, strict=True):
    return load_document(json.dumps(doc).encode(), strict=strict).plan


def test_every_field_of_version_3_is_read_into_the_model(v3_document):
    plan = _load(v3_document)
    a = plan.activities[0]
    assert (a.presence, a.radius_km, a.coordinates) == ("mobile", 7.5, [0.25, 16.27])
    assert (a.supports, a.runs_within, a.status) == (["HR1"], ["GA2"], "under_way")
    assert (a.actual_start, a.actual_end) == (dt.date(2019, 1, 12), dt.date(2019, 1, 30))
    c = plan.context
    assert (c.mandate_end, c.as_of, c.review_every_days) == (dt.date(2019, 6, 30),
                                                              dt.date(2019, 2, 1), 45)
    assert c.assets_available == {"helicopter": 1, "qrf": 0}
    assert plan.parent_sha256 == PARENT
    assert plan.hrddp[0].reviewed == dt.date(2019, 1, 5) and plan.hrddp[0].status == "conditional"
    assert plan.alerts[0].raised == dt.datetime(2019, 1, 20, 6, 30)
    assert plan.alerts[0].civilians_harmed == 3
    assert plan.reviews[0].threat_changes[0].likelihood == 5
    assert plan.evidence[0]["actors"] == ["JNIM", "ISGS"]


def test_version_3_round_trips_through_files_encryption_and_the_database(v3_document, tmp_path,
                                                                         store):
    plan = _load(v3_document)
    store.save(plan)
    out = tmp_path / "again.pocplan.json"
    export_plan(store.load(plan.id), out, passphrase="long enough passphrase 1")
    again = load_file(out, passphrase="long enough passphrase 1")
    assert again.document["format_version"] == 3
    assert again.document["plan"] == v3_document["plan"]
    assert run_checks(plan) == run_checks(again.plan)


def test_a_version_2_file_reads_unchanged_and_is_written_as_version_3(sample_v2_path,
                                                                      tmp_path):
    out = tmp_path / "v3.json"
    export_plan(load_file(sample_v2_path).plan, out)
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["format_version"] == 3
    assert written["plan"] == json.loads(sample_v2_path.read_text(encoding="utf-8"))["plan"]


@pytest.mark.parametrize("where, value", [
    (("plan", "activities", 0, "presence"), "roaming"),
    (("plan", "activities", 0, "radius_km"), -1),
    (("plan", "activities", 0, "coordinates"), [200, 16]),
    (("plan", "activities", 0, "coordinates"), [3.0]),
    (("plan", "activities", 0, "status"), "finished"),
    (("plan", "context", "assets_available"), {"tanks": 2}),
    (("plan", "context", "assets_available"), {"helicopter": -1}),
    (("plan", "context", "review_every_days"), 0),
    (("plan", "parent_sha256"), "AB" * 32),
    (("plan", "hrddp", 0, "force_kind"), "un_police"),
    (("plan", "hrddp", 0, "status"), "ok"),
    (("plan", "alerts", 0, "raised"), "2019-01-20 06:30"),
    (("plan", "alerts", 0, "arrived"), "2019-01-20T25:00"),
    (("plan", "alerts", 0, "civilians_harmed"), -2),
    (("plan", "reviews", 0, "threat_changes", 0, "impact"), 6),
    (("plan", "reviews", 0, "decisions"), ["a list"]),
    (("plan", "reviews", 0, "unknown_key"), "strict"),
])
def test_version_3_is_strict(v3_document, where, value):
    node = v3_document
    for part in where[:-1]:
        node = node[part]
    node[where[-1]] = value
    with pytest.raises(ExchangeError) as info:
        _load(v3_document)
    assert info.value.problem_texts()


def test_version_3_fields_are_refused_in_a_version_2_file(v3_document):
    v3_document["format_version"] = 2
    with pytest.raises(ExchangeError):
        _load(v3_document)


@pytest.mark.parametrize("where, value, path, owner, kind", [
    (("activities", 0, "supports", 0), "HR9", "plan.activities[0].supports[0]", "GA1",
     "activity"),
    (("activities", 0, "runs_within", 0), "GA99", "plan.activities[0].runs_within[0]", "GA1",
     "activity"),
    (("alerts", 0, "indicator_id"), "GW9", "plan.alerts[0].indicator_id", "AL1", "alert"),
    (("alerts", 0, "response_ids", 0), "GR9", "plan.alerts[0].response_ids[0]", "AL1",
     "alert"),
    (("alerts", 0, "activity_ids", 0), "GA9", "plan.alerts[0].activity_ids[0]", "AL1", "alert"),
    (("reviews", 0, "threat_changes", 0, "threat_id"), "G9",
     "plan.reviews[0].threat_changes[0].threat_id", "RV1", "review"),
])
def test_a_new_reference_that_names_nothing_is_refused_then_checked(v3_document, where, value,
                                                                     path, owner, kind):
    node = v3_document["plan"]
    for part in where[:-1]:
        node = node[part]
    node[where[-1]] = value
    with pytest.raises(ExchangeError) as info:
        _load(v3_document)
    assert any(t.startswith(path) for t in info.value.problem_texts())
    missing = [a for a in run_checks(_load(v3_document, strict=False))
               if a.code == "REF-MISSING"]
    assert len(missing) == 1 and path in missing[0].message("en")
    assert missing[0].refs[0] == owner and missing[0].kind == kind


def test_two_assessments_with_one_id_are_refused(v3_document):
    v3_document["plan"]["hrddp"].append(dict(v3_document["plan"]["hrddp"][0]))
    with pytest.raises(ExchangeError) as info:
        _load(v3_document)
    assert info.value.problem_texts()[0].startswith("plan.hrddp[1].id")


def test_removing_an_item_unlinks_the_references_of_version_3(v3_document):
    plan = _load(v3_document)
    removal(plan, plan.hrddp[0]).edit.apply()
    assert plan.activities[0].supports == [] and plan.hrddp == []
    removal(plan, plan.activity("GA2")).edit.apply()
    assert plan.activities[0].runs_within == []
    removal(plan, plan.early_warning[0]).edit.apply()
    assert plan.alerts == []
    removal(plan, plan.threat("G1")).edit.apply()
    assert plan.reviews[0].threat_changes == []
    left = [a.message("en") for a in run_checks(plan) if a.code == "REF-MISSING"]
    assert all(m.startswith("plan.evidence") for m in left)   # evidence keeps its own rule
