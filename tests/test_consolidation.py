"""The mission view's consolidation: plans made here that overlap, share an asset on
overlapping days, fork, and carry errors get exactly CONS-OVERLAP, CONS-ASSET, CONS-FORK and
CONS-OPEN-ERRORS; the ranking, the matrix, the tier mix; the command line and its PDF."""
from __future__ import annotations

import copy
import json
import subprocess

import pytest

from builders import activity, plan, response, threat
from cli_helpers import assert_no_traceback, run
from pocplanner.domain.consolidation import Input, consolidate, only_tier2


def _region(plan_id, region, start, end, assets=(), **kw):
    p = plan(threats=[threat("T1", likelihood=2, impact=2)], responses=[response("R1")],
             activities=[activity("A1", response_id="R1", start=start, end=end,
                                  assets=list(assets))], start=start, end=end, **kw)
    p.id, p.region = plan_id, region
    return p


def _codes(c):
    return sorted((a.code, a.refs) for a in c.advisories)


def test_exactly_the_cross_plan_advisories():
    mopti = _region("mopti-q1", "Mopti", "2019-01-01", "2019-03-31", ["helicopter"])
    mopti_b = _region("mopti-bis", "Mopti", "2019-03-01", "2019-05-31")
    gao = _region("gao-q1", "Gao", "2019-01-01", "2019-03-31", ["helicopter", "qrf"])
    gao.activities[0].start = gao.activities[0].start.replace(month=3)      # from 1 March
    fork = copy.deepcopy(gao)
    fork.title = "Gao, another draft"
    broken = _region("kidal-q1", "Kidal", "2019-01-01", "2019-03-31", ["qrf"])
    broken.activities[0].end = broken.activities[0].start.replace(day=1) .replace(year=2018)
    c = consolidate([Input(p, "library") for p in (mopti, mopti_b, gao, fork, broken)])
    assert _codes(c) == [
        ("CONS-ASSET", ("mopti-q1:A1", "gao-q1#2:A1")),
        ("CONS-ASSET", ("mopti-q1:A1", "gao-q1:A1")),
        ("CONS-FORK", ("gao-q1", "gao-q1#2")),
        ("CONS-OPEN-ERRORS", ("kidal-q1",)),
        ("CONS-OVERLAP", ("mopti-q1", "mopti-bis"))]
    [asset] = [a for a in c.advisories if a.refs == ("mopti-q1:A1", "gao-q1:A1")]
    assert "2019-03-01 to 2019-03-31" in asset.message() and "Helicopter" in asset.message()
    assert "Hélicoptère" in asset.message("fr")
    assert c.has_errors() and [s.errors for s in c.plans] == [0, 0, 0, 0, 1]


def test_the_same_plan_twice_is_neither_a_fork_nor_an_overlap_nor_a_clash():
    mopti = _region("mopti-q1", "Mopti", "2019-01-01", "2019-03-31", ["helicopter"])
    c = consolidate([Input(mopti, "library"), Input(copy.deepcopy(mopti), "mopti.json")])
    assert c.advisories == []


def test_priority_threats_ranked_matrix_and_tier_mix():
    a = _region("a", "Mopti", "2019-01-01", "2019-03-31")
    a.threats = [threat("T1", likelihood=5, impact=4), threat("T2", likelihood=3, impact=4,
                                                            category="asymmetric_attacks")]
    b = _region("b", "Gao", "2019-01-01", "2019-03-31")
    b.threats = [threat("T1", likelihood=4, impact=4)]
    b.responses = [response("R1", tool="deterrent_patrols", tier=2)]
    c = consolidate([Input(a, "library"), Input(b, "library")])
    assert [(t.ref, t.risk) for t in c.priority_threats] == [("a:T1", 20), ("b:T1", 16),
                                                             ("a:T2", 12)]
    assert c.categories == {"intercommunal_violence": {"Mopti": 1, "Gao": 1},
                            "asymmetric_attacks": {"Mopti": 1}}
    assert only_tier2(c) == ["Gao"]
    assert set(c.to_json()) == {"plans", "advisories", "priority_threats"}
    assert c.to_json()["plans"][0] == {"id": "a", "region": "Mopti", "period": {
        "start": "2019-01-01", "end": "2019-03-31"}, "version": 1, "status": "draft",
        "errors": 1, "warnings": c.plans[0].warnings}          # T2 has no response


@pytest.mark.slow
def test_the_command_line_json_exit_codes_and_pdf(tmp_path):
    from pocplanner.exchange import export_plan
    mopti = _region("mopti-q1", "Mopti", "2019-01-01", "2019-03-31", ["helicopter"],
                    )
    mopti.sensitivity = "strictly_confidential"
    mopti.threats[0].likelihood, mopti.threats[0].impact = 4, 3          # a priority: 12
    from builders import engagement
    mopti.engagements = [engagement("E1", activity_id="A1",
                                    communities=["Village committee of Ogossagou"])]
    mopti.activities[0].engages_communities = True
    gao = _region("gao-q1", "Gao", "2019-02-01", "2019-04-30", ["helicopter"])
    files = []
    for p in (mopti, gao):
        files.append(tmp_path / f"{p.id}.json")
        export_plan(p, files[-1])
    db = tmp_path / "p.db"
    stored = run("import", str(files[1]), db=db).stdout.strip()
    result = run("consolidate", str(files[0]), stored, "--json", "--pdf",
                 str(tmp_path / "m.pdf"), db=db)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert [p["id"] for p in out["plans"]] == ["mopti-q1", "gao-q1"]
    assert [a["code"] for a in out["advisories"]] == ["CONS-ASSET"]
    assert out["advisories"][0]["refs"] == ["mopti-q1:A1", "gao-q1:A1"]
    assert out["priority_threats"] == [{"ref": "mopti-q1:T1", "region": "Mopti",
                                        "title": "Threat T1", "risk": 12}]
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "m.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "STRICTLY CONFIDENTIAL" in text and "CONS-ASSET" in text and "Region: Gao" in text
    assert "Ogossagou" not in text and "Engagement assessments" in text
    gao.activities[0].end = gao.activities[0].start.replace(year=2018)
    export_plan(gao, files[1])
    assert run("consolidate", *map(str, files), db=db).returncode == 1
    refused = run("consolidate", str(files[0]), "no-such-plan", db=db)
    assert refused.returncode == 2 and "no-such-plan cannot be read" in refused.stderr
    assert_no_traceback(refused)
