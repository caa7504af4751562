"""Drawdown and transition in the core: TRN-HOTSPOT fixed by a handover with a successor dated
before the closure, TRN-REPRISAL after engagement in the 90 days before a closure,
TRN-NOSUCCESSOR; cover ends with the sites (SEQ-COVER); the departure view; the drawdown
example round-trips; redaction leaves out successors' names."""
from __future__ import annotations

import datetime as dt

import pytest

from builders import activity, codes, d, engagement, plan, response, threat
from pocplanner.domain.checks import run_checks
from pocplanner.domain.model import Handover, Site
from pocplanner.domain.transition import departure_view


def _plan():
    p = plan(threats=[threat("T1", likelihood=2, impact=2, priority=True, locations=["Koro"])],
             responses=[response("R1")],
             activities=[activity("A1", response_id="R1", location="Bankass")])
    p.transition.sites = [Site("S1", "Koro base", "Koro", "base", d("2019-03-15"))]
    return p


def trn(p) -> list[str]:
    return [c for c in codes(run_checks(p)) if c.startswith("TRN-")]


def test_a_hotspot_closing_without_a_successor_then_fixed_by_a_dated_handover():
    p = _plan()
    assert trn(p) == ["TRN-HOTSPOT"]
    [hot] = [a for a in run_checks(p) if a.code == "TRN-HOTSPOT"]
    assert hot.severity == "error" and hot.refs == ("S1", "T1") and "2019-03-15" in hot.message()
    p.transition.handovers = [Handover("H1", "S1", "deterrent_patrols", successor="host_state",
                                       date=d("2019-03-20"))]
    assert trn(p) == ["TRN-HOTSPOT"]                    # dated after the closure
    p.transition.handovers[0].date = d("2019-03-15")
    assert trn(p) == []
    p.transition.handovers[0].successor = "none"
    assert trn(p) == ["TRN-HOTSPOT", "TRN-NOSUCCESSOR"]          # errors first


def test_engagement_in_the_90_days_before_a_closure_needs_a_follow_up():
    p = _plan()
    p.threats[0].priority = False
    p.activities.append(activity("A2", location="KORO", start="2018-12-16", end="2018-12-20",
                                 engages_communities=True))
    p.engagements.append(engagement("E1", activity_id="A2"))
    assert trn(p) == ["TRN-REPRISAL"]                   # 16 Dec is day 90 before 15 Mar
    p.activities[1].start = p.activities[1].end = d("2018-12-15")
    assert trn(p) == []                                 # day 91: outside the window
    p.activities[1].end = d("2019-01-10")
    p.transition.handovers = [Handover("H1", "S1", "human_rights_monitoring",
                                       successor="un_country_team", reprisal_follow_up=True)]
    assert trn(p) == []


def test_security_ends_with_the_last_site_at_a_place():
    p = _plan()
    p.threats[0].priority = False
    p.activities += [activity("A2", location="Koro", component="military", start="2019-01-01",
                              end="2019-03-31", provides_security=True, military_operation=True,
                              harm_mitigation="Civilian harm cell"),
                     activity("A3", location="Koro", start="2019-03-20", end="2019-03-25",
                              requires_security=True)]
    [cover] = [a for a in run_checks(p) if a.code == "SEQ-COVER"]
    assert cover.refs[0] == "A3"
    p.activities.append(activity("A4", location="Koro", component="host_state",
                                 start="2019-03-16", end="2019-03-31", provides_security=True))
    assert "SEQ-COVER" not in codes(run_checks(p))      # the host state stays


def test_the_departure_view_by_cercle():
    p = _plan()
    p.activities.append(activity("A2", location="Koro", component="military", start="2019-01-01",
                                 end="2019-03-31", provides_security=True))
    p.transition.handovers = [Handover("H1", "S1", "deterrent_patrols", successor="host_state",
                                       date=d("2019-03-01"))]
    [row] = [r for r in departure_view(p, run_checks(p)) if r.sites]
    assert (row.name, row.threats, row.last_security) == ("Koro", ("T1",), dt.date(2019, 3, 15))
    assert [h.id for h in row.handovers] == ["H1"]
    assert row.open_codes == ("TRN-AFTERCLOSE",)     # A2 runs on after the site closes


def test_the_drawdown_example_round_trips_and_redaction_leaves_out_successor_names(tmp_path):
    from pocplanner import reference
    from pocplanner.domain.redaction import redacted_copy
    from pocplanner.exchange import export_plan, load_document, load_file
    p = load_document(reference.demo_plan_bytes("fr", "retrait")).plan
    assert p.context.drawdown and len(p.transition.sites) == 3 and "EXEMPLE" in p.title
    assert [a.code for a in run_checks(p)] == ["TRN-NOSUCCESSOR"]
    out = tmp_path / "retrait.json"
    export_plan(p, out)
    assert load_file(out).plan.to_dict() == p.to_dict()
    assert all(not h.successor_name for h in redacted_copy(p).transition.handovers)
    assert any(h.successor_name for h in p.transition.handovers)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_printed_transition_section(tmp_path, lang):
    import subprocess

    from pocplanner import reference
    from pocplanner.exchange import load_document
    from pocplanner.reports import render_pdf
    p = load_document(reference.demo_plan_bytes("fr", "retrait")).plan
    for redacted in (False, True):
        out = render_pdf(p, tmp_path / f"r{redacted}.pdf", lang, redacted=redacted)
        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                              text=True, check=True).stdout
        heading = "Retrait et transition" if lang == "fr" else "Drawdown and transition"
        assert heading in text and "Douentza" in text and "TRN-NOSUCCESSOR" in text
        assert ("Gouvernorat de région" in text) is not redacted


def test_drawdown_cautions_apply_only_when_the_mission_draws_down():
    from pocplanner.domain.planning import applicable_cautions
    from pocplanner.reference import catalogue
    tools = [t for t in catalogue().tools.values()
             if any("drawdown" in c.when for c in t.cautions)]
    assert tools
    for flag in (False, True):
        p = _plan()
        p.context.drawdown = flag
        for tool in tools:
            marked = [applies for c, applies in applicable_cautions(p, tool)
                      if "drawdown" in c.when]
            assert marked and all(m is flag for m in marked), tool.key
