"""The ten situations of the review behind issue #30 (DOMAIN §12), each a small plan that a POC
adviser could have written, with the advisory §12 names for it. tests/test_review_situations.py
checks each through `pocplanner check --json`."""
from __future__ import annotations

from builders import activity, d, engagement, plan, response, threat
from pocplanner.domain.model import EngagementRisk, Mitigation, Site

SEVARE = [-4.0935, 14.5274]             # the town of Sévaré (cercle of Mopti)
KORO_TOWN = [-3.0741, 14.0667]


def _targeted(threats, responses, activities, engagements=(), **context):
    context.setdefault("mission_targeted", True)
    return plan(threats=threats, responses=responses, activities=activities,
                engagements=list(engagements), **context)


def meetings(id="C1", **kw):
    kw.setdefault("location", "Sévaré")
    kw.setdefault("coordinates", SEVARE)
    return activity(id, title="Meetings with community leaders", engages_communities=True,
                    requires_security=True, start=kw.pop("start", "2019-02-04"),
                    end=kw.pop("end", "2019-02-08"), **kw)


def force(id, tool, tier=2, **kw):
    kw.setdefault("location", "Sévaré")
    kw.setdefault("coordinates", SEVARE)
    return activity(id, title=kw.pop("title", f"{tool} {id}"),
                    component=kw.pop("component", "military"),
                    provides_security=True, response_id=kw.pop("response_id", "R1"),
                    start=kw.pop("start", "2019-02-01"), end=kw.pop("end", "2019-02-28"), **kw)


def _priority(**kw):
    return threat("T1", likelihood=4, impact=5, title="Attacks on villages", **kw)


def show_of_force():
    return _targeted([_priority()], [response("R1", tool="show_of_force", tier=2)],
                     [force("F1", "show_of_force"), meetings()],
                     [engagement(activity_id="C1")])


def quick_reaction_force():
    return _targeted([_priority()], [response("R1", tool="quick_reaction_force", tier=2)],
                     [force("F1", "quick_reaction_force"), meetings()],
                     [engagement(activity_id="C1")])


def one_day_patrols():
    patrols = [force(f"P{i}", "deterrent_patrols", start=f"2019-02-{i:02d}",
                     end=f"2019-02-{i:02d}") for i in range(1, 11)]
    return _targeted([_priority()], [response("R1", tool="deterrent_patrols", tier=2)],
                     [*patrols, meetings()], [engagement(activity_id="C1")])


def state_forces_as_successor():
    t = threat("T1", likelihood=5, impact=5, title="Summary executions by state forces",
               category="state_actor_abuse", perpetrator_type="state_forces",
               locations=["Mopti"])
    base = force("B1", "temporary_operating_base", start="2019-01-05", end="2019-02-15")
    fama = force("H1", "fama", component="host_state", start="2019-02-16", end="2019-03-31",
                 response_id=None)
    return _targeted([t], [response("R1", tool="temporary_operating_base", tier=2)],
                     [base, fama, meetings(start="2019-02-01", end="2019-02-05")],
                     [engagement(activity_id="C1")], mission_targeted=False)


def patrols_after_closure():
    p = plan(threats=[_priority(locations=["Douentza"])],
             responses=[response("R1", tool="long_range_patrols", tier=2)],
             activities=[force("P1", "long_range_patrols", location="Douentza",
                               coordinates=[-2.9498, 15.0016], start="2019-07-01",
                               end="2019-11-30")],
             start="2019-07-01", end="2019-12-31")
    p.transition.sites = [Site("ST1", "Douentza temporary base", "Douentza", "temporary_base",
                               d("2019-09-15"))]
    return p


def enablers():
    return plan(threats=[_priority()],
                responses=[response("R1", tool="deterrent_patrols", tier=2),
                           response("R2", tool="early_warning_analysis", tier=1,
                                    lead_component="civilian")],
                activities=[force("P1", "deterrent_patrols"),
                            activity("W1", title="Analysis cell", response_id="R2")])


def harm_mitigation_na():
    return plan(threats=[_priority()], responses=[response("R1", tool="robust_action", tier=2)],
                activities=[force("O1", "robust_action", military_operation=True,
                                  harm_mitigation="n/a")])


def wrong_mitigation():
    e = engagement(activity_id="C1", risks=((5, 5),), mitigations=("expectation_messaging",),
                   decision_rationale="The meetings are needed to rebuild trust")
    e.risks = [EngagementRisk("reprisals_against_interlocutors", 5, 5)]
    e.mitigations = [Mitigation("expectation_messaging")]
    c1 = meetings()
    c1.requires_security = False
    return plan(activities=[c1], engagements=[e])


def military_without_threat():
    return plan(threats=[threat("T1", likelihood=2, impact=2)],
                responses=[response("R1", tool="escorts", tier=2)],
                activities=[force("E1", "escorts", title="Escort of a convoy")])


def places_are_names():
    return plan(threats=[_priority()], responses=[response("R1", tool="deterrent_patrols",
                                                           tier=2)],
                activities=[force("P1", "deterrent_patrols", location="Koro", coordinates=None),
                            meetings(location="Koro", coordinates=None)],
                engagements=[engagement(activity_id="C1")])


SITUATIONS = {
    # name: (plan builder, the advisory §12 names for it)
    "meetings covered by a show of force": (show_of_force, "SEQ-COVER"),
    "meetings covered by a quick reaction force": (quick_reaction_force, "SEQ-COVER"),
    "meetings covered by one-day patrols": (one_day_patrols, "CTX-BRIEF-PRESENCE"),
    "state forces as successor": (state_forces_as_successor, "SEQ-PERPETRATOR"),
    "patrols after the base closed": (patrols_after_closure, "TRN-AFTERCLOSE"),
    "patrols and an early-warning cell": (enablers, "RSP-TIER2ONLY"),
    "n/a as harm mitigation": (harm_mitigation_na, "SEQ-HARM"),
    "messaging against reprisals": (wrong_mitigation, "ENG-NOMITIGATION"),
    "a military activity without a threat": (military_without_threat, "SEQ-NOTHREAT"),
    "places are names": (places_are_names, "SEQ-AREA"),
}
