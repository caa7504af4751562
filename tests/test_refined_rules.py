"""The boundary cases of the refined rules (docs/checks.md): brief presence judged on the
merged stretch of cover, places matched through punctuation and the gazetteer's other names,
each id once in the refs, and contact details told apart from years, amounts and codes.
Each plan is checked in process and through `pocplanner check --json`, and must give exactly
the advisories listed."""
from __future__ import annotations

import json

import pytest

from builders import activity, engagement, plan, threat
from cli_helpers import run
from pocplanner.domain.checks import run_checks
from pocplanner.exchange import export_plan


def guard(id, start, end, location="Dinangourou", **kw):
    return activity(id, start=start, end=end, location=location, provides_security=True,
                    component=kw.pop("component", "police"), **kw)


def meeting(id="C1", start="2019-01-02", end="2019-01-03", location="Dinangourou", **kw):
    return activity(id, start=start, end=end, location=location, engages_communities=True,
                    requires_security=True, **kw)


def targeted(activities, start="2019-01-01", end="2019-01-14", **kw):
    """The mission is a target; every engaging activity has a harmless assessment."""
    engaged = [a.id for a in activities if a.engages_communities]
    return plan(activities=activities, start=start, end=end, mission_targeted=True,
                engagements=[engagement(f"E{i}", activity_id=aid)
                             for i, aid in enumerate(engaged, start=1)], **kw)


AREA = [("SEQ-AREA", ["S1"]), ("SEQ-AREA", ["C1"])]   # both placed at a whole cercle

CASES = {
    # 13 days of cover is brief, 14 is not (days inclusive at both ends)
    "cover of 13 days": (targeted([guard("S1", "2019-01-01", "2019-01-13"), meeting()],
                                  end="2019-01-13"),
                         [("CTX-BRIEF-PRESENCE", ["C1", "S1"])]),
    "cover of 14 days": (targeted([guard("S1", "2019-01-01", "2019-01-14"), meeting()]), []),
    # back-to-back rotations are one stretch; a one-day gap makes two brief ones
    "adjoining rotations": (targeted([guard("S1", "2019-01-01", "2019-01-07"),
                                      guard("S2", "2019-01-08", "2019-01-14"), meeting()]), []),
    "rotations with a gap": (targeted([guard("S1", "2019-01-01", "2019-01-07"),
                                       guard("S2", "2019-01-09", "2019-01-14"), meeting()]),
                             [("CTX-BRIEF-PRESENCE", ["C1", "S1"])]),
    # a short patrol inside the cover of a base present for months is not brief presence
    "patrol inside a base's cover": (
        targeted([guard("B1", "2019-01-01", "2019-03-31"),
                  guard("P1", "2019-01-10", "2019-01-12", component="police"),
                  meeting(start="2019-01-10", end="2019-01-11")], end="2019-03-31"), []),
    # an operation that holds village meetings under its own cover is the brief visit
    "self-cover of 6 days": (
        targeted([guard("M1", "2019-01-01", "2019-01-06", engages_communities=True)],
                 end="2019-01-06"),
        [("CTX-BRIEF-PRESENCE", ["M1"])]),
    "brief providers listed once": (
        targeted([guard("S1", "2019-01-01", "2019-01-05"), guard("S2", "2019-01-03", "2019-01-09"),
                  meeting(start="2019-01-04", end="2019-01-05")], end="2019-01-09"),
        [("CTX-BRIEF-PRESENCE", ["C1", "S1", "S2"])]),
    # places: apostrophes, hyphens, punctuation, case, accents, and the gazetteer's names
    "apostrophe": (plan(activities=[guard("S1", "2019-01-01", "2019-03-31", location="Ntillit"),
                                    activity("C1", location="N'Tillit", requires_security=True)]),
                   []),
    "hyphen and case": (plan(activities=[guard("S1", "2019-01-01", "2019-03-31",
                                               location="tin essako"),
                                         activity("C1", location="Tin-Essako",
                                                  requires_security=True)]),
                        AREA),   # a whole cercle: SEQ-AREA (DOMAIN §12.2)
    "punctuation and spaces": (plan(activities=[guard("S1", "2019-01-01", "2019-03-31",
                                                      location="Gourma-Rharous."),
                                                activity("C1", location="  gourma   rharous",
                                                         requires_security=True)]), AREA),
    "other name in the gazetteer": (plan(activities=[
        guard("S1", "2019-01-01", "2019-03-31", location="Tombouctou"),
        activity("C1", location="Timbuktu", requires_security=True)]), AREA),
    "different places": (plan(activities=[
        guard("S1", "2019-01-01", "2019-03-31", location="Tombouctou"),
        activity("C1", location="Gao", requires_security=True)]),
        [("SEQ-COVER", ["C1"]), *AREA]),
    # an engaging provider that leaves with nobody after it is named once
    "vacuum refs once": (plan(activities=[guard("S1", "2019-01-01", "2019-01-20",
                                                engages_communities=True)],
                              engagements=[engagement(activity_id="S1")]),
                         [("SEQ-VACUUM", ["S1"])]),
    # contact details in any free text, and the numbers that are not contact details
    "contact details": (plan(threats=[threat(locations=["Koro, chef 66 00 11 22"],
                                             sources="Années 2017 2018; Résolutions 2295 2364 "
                                                     "2423; ML0504; 14.4929, -4.1980; "
                                                     "12 500 000 FCFA")],
                             activities=[activity("A1", location="Bankass (+223) 76123456")]),
                        [("DATA-PII", ["T1"]), ("DATA-PII", ["A1"])]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_boundary_plan_in_process(name):
    p, expected = CASES[name]
    assert [(a.code, list(a.refs)) for a in run_checks(p)] == expected


@pytest.mark.slow
def test_boundary_plans_through_the_command_line(tmp_path):
    for i, (name, (p, expected)) in enumerate(CASES.items()):
        path = tmp_path / f"boundary-{i}.pocplan.json"
        export_plan(p, path)
        result = run("check", "--json", str(path))
        found = [(a["code"], a["refs"]) for a in json.loads(result.stdout)["advisories"]]
        assert found == expected, name
        assert result.returncode == (1 if any(c == "SEQ-COVER" for c, _ in expected) else 0)
