"""Exchange format version 2 (docs/exchange-v2.md): read beside version 1, written by export,
every new section stored and round-tripped, every new reference checked."""
from __future__ import annotations

import copy
import json

import pytest

from pocplanner.domain.checks import run_checks
from pocplanner.exchange import ExchangeError, export_plan, load_document, load_file

SECTIONS = {
    "evidence": [{"id": "EV1", "threat_id": "G1", "source": "ACLED, accessed 2019-01-05",
                  "accessed": "2019-01-05", "period_start": "2018-10-01",
                  "period_end": "2018-12-31", "pcodes": ["ML0705"], "events": 14,
                  "fatalities": 9, "previous_events": 6}],
    "early_warning": [{"id": "EW1", "threat_ids": ["G1"], "indicator": "Herds moved early",
                       "source": "community_alert_network", "places": ["Ménaka"],
                       "levels": [{"level": "alert", "threshold": "Two villages report it",
                                   "response_ids": ["GR1"], "activity_ids": ["GA1"],
                                   "decides": "Head of office", "max_hours": 24}],
                       "current_level": "watch", "reviewed": "2019-01-10"}],
    "scenarios": [{"id": "SC1", "kind": "worst_case", "title": "Reprisals spread",
                   "horizon_days": 60, "narrative": "…", "trigger_ids": ["EW1"],
                   "threat_adjustments": [{"threat_id": "G1", "likelihood": 5, "impact": 5}],
                   "places": ["Ménaka"]}],
    "transition": {"sites": [{"id": "S1", "name": "Ménaka camp", "place": "Ménaka",
                              "kind": "base", "closes": "2019-03-15"}],
                   "handovers": [{"id": "H1", "site_id": "S1", "tool": "deterrent_patrols",
                                  "successor": "host_state", "successor_name": "Gendarmerie",
                                  "date": "2019-03-01", "status": "agreed",
                                  "reprisal_follow_up": True}]},
}


@pytest.fixture
def v2_document(sample_document):
    doc = copy.deepcopy(sample_document)
    doc["format_version"] = 2
    doc["plan"].update(copy.deepcopy(SECTIONS))
    doc["plan"]["activities"][0]["assets"] = ["helicopter", "qrf"]
    doc["plan"]["activities"][1]["contingent_on"] = "SC1"
    return doc


def test_version_1_files_import_unchanged_and_export_in_the_latest_version(sample_path, tmp_path):
    out = tmp_path / "v2.json"
    export_plan(load_file(sample_path).plan, out)
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["format_version"] == 3
    assert written["plan"] == json.loads(sample_path.read_text(encoding="utf-8"))["plan"]


def test_every_section_of_version_2_round_trips(v2_document, tmp_path, store):
    plan = load_document(json.dumps(v2_document).encode()).plan
    assert plan.activities[0].assets == ["helicopter", "qrf"]
    assert plan.activities[1].contingent_on == "SC1"
    store.save(plan)                                       # stored in the database too
    out = tmp_path / "again.json"
    export_plan(store.load(plan.id), out)
    assert json.loads(out.read_text(encoding="utf-8"))["plan"] == v2_document["plan"]
    assert run_checks(plan) == run_checks(load_file(out).plan)


@pytest.mark.parametrize("where, value, path, said, kind", [
    (("evidence", 0, "threat_id"), "G9", "plan.evidence[0].threat_id",
     "Evidence entry EV1: threat_id names G9", "evidence"),
    (("early_warning", 0, "levels", 0, "activity_ids", 0), "GA99",
     "plan.early_warning[0].levels[0].activity_ids[0]",
     "Early-warning indicator EW1: levels.activity_ids names GA99", "indicator"),
    (("scenarios", 0, "trigger_ids", 0), "EW7", "plan.scenarios[0].trigger_ids[0]",
     "Scenario SC1: trigger_ids names EW7", "scenario"),
    (("transition", "handovers", 0, "site_id"), "S9", "plan.transition.handovers[0].site_id",
     "Handover H1: site_id names S9", "handover"),
    (("activities", 1, "contingent_on"), "SC4", "plan.activities[1].contingent_on",
     "contingent_on names SC4", "activity"),
])
def test_a_new_reference_that_names_nothing_is_refused_then_checked(v2_document, where,
                                                                     value, path, said, kind):
    node = v2_document["plan"]
    for part in where[:-1]:
        node = node[part]
    node[where[-1]] = value
    with pytest.raises(ExchangeError) as info:
        load_document(json.dumps(v2_document).encode())
    assert any(t.startswith(path) for t in info.value.problem_texts())
    lenient = load_document(json.dumps(v2_document).encode(), strict=False).plan
    missing = [a for a in run_checks(lenient) if a.code == "REF-MISSING"]
    # the same plain words as format 1, on the item that holds the reference (its step)
    assert len(missing) == 1 and said in missing[0].message("en")
    assert path not in missing[0].message("en") and missing[0].kind == kind


def test_ids_are_safe_names_in_version_2(v2_document):
    v2_document["plan"]["id"] = "-rf"
    with pytest.raises(ExchangeError) as info:
        load_document(json.dumps(v2_document).encode())
    assert info.value.problem_texts()[0].startswith("plan.id:")
