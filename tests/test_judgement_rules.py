"""The rules of DOMAIN §12.1–12.3, 12.5–12.7, 12.9, 12.9b: each fires, each has a twin that does
not, with the boundaries (a distance equal to the radius, 14 days, the closing day)."""
from __future__ import annotations

import math

import pytest

from builders import activity, codes, d, engagement, plan, response, threat
from pocplanner.domain.checks import run_checks
from pocplanner.domain.model import EngagementRisk, Mitigation, Site
from pocplanner.domain.places_points import Resolver, distance_km, within

BASE = [-3.0, 14.5]                         # a point in the cercle of Koro (Mopti)


def east(km: float) -> list[float]:
    """A point km east of BASE (along the parallel, by the great circle's own measure)."""
    return [BASE[0] + km / 107.6, BASE[1]]


def km_between(a, b) -> float:
    r = Resolver()
    return distance_km(r.activity(activity("X", coordinates=a, location="x")),
                       r.activity(activity("Y", coordinates=b, location="y")))


def guard(id="S1", start="2019-01-01", end="2019-03-31", **kw):
    kw.setdefault("component", "police")
    return activity(id, start=start, end=end, provides_security=True, **kw)


def only(code, p):
    return [(a.code, list(a.refs)) for a in run_checks(p) if a.code == code]


# -- §12.2 footprint: distance equal to the radius covers, farther does not ----------------
@pytest.mark.parametrize("extra_km, covered", [(0.0, True), (0.001, False)])
def test_the_footprint_reaches_exactly_its_radius(extra_km, covered):
    far = east(4.0)
    radius = km_between(BASE, far)
    p = plan(activities=[
        guard(location="Camp A", coordinates=BASE, radius_km=radius - extra_km),
        activity("C1", location="Village B", coordinates=far, requires_security=True)])
    assert (only("SEQ-COVER", p) == []) is covered


def test_the_catalogue_radius_counts_and_a_kind_alone_keeps_it():
    # a temporary base covers 20 km; a village 15 km away is covered, 25 km is not
    p = plan(threats=[threat()], responses=[response(tool="temporary_operating_base", tier=2)],
             activities=[guard(location="Camp", coordinates=BASE, response_id="R1",
                               presence="static"),
                         activity("C1", location="V1", coordinates=east(15),
                                  requires_security=True),
                         activity("C2", location="V2", coordinates=east(25),
                                  requires_security=True)])
    assert [r for _c, r in only("SEQ-COVER", p)] == [["C2"]]


def test_a_quick_reaction_force_is_no_presence_but_answers_alerts():
    p = plan(threats=[threat()], responses=[response(tool="quick_reaction_force", tier=2)],
             activities=[guard(location="Sévaré", response_id="R1"),
                         activity("C1", location="Sévaré", requires_security=True)])
    assert only("SEQ-COVER", p) == [("SEQ-COVER", ["C1"])]
    p.activities[0].presence = "mobile"            # overridden on the activity: it counts
    assert only("SEQ-COVER", p) == []


# -- §12.2 SEQ-AREA ----------------------------------------------------------------------------
def test_seq_area_fires_at_a_cercle_and_not_at_its_town_picked_with_coordinates():
    meeting = activity("C1", location="Koro", engages_communities=True)
    assert only("SEQ-AREA", plan(activities=[meeting])) == [("SEQ-AREA", ["C1"])]
    meeting.coordinates = [-3.0741, 14.0667]       # the town of Koro, picked on the map
    assert only("SEQ-AREA", plan(activities=[meeting])) == []
    assert only("SEQ-AREA", plan(activities=[activity("C2", location="Mopti",
                                                        requires_security=True)]))
    assert not only("SEQ-AREA", plan(activities=[activity("C3", location="Koro")]))


def test_ogossagou_as_the_reports_spell_it_is_a_village_of_bankass():
    """GeoNames writes it "Ogassagou-Peulh" / "-Dogon"; the gazetteer's aliases take the
    spelling of the reports, so the place is a point, not an unknown name."""
    meeting = activity("C1", location="Ogossagou", engages_communities=True)
    assert only("SEQ-AREA", plan(activities=[meeting])) == []
    for name in ("Ogossagou", "Ogossagou-Dogon", "ogossagou-peulh"):
        where = Resolver().name(name)
        assert where.is_point and where.cercles == {"ML0502"}                # Bankass


def test_within_reads_points_cercles_regions_and_ten_km():
    r = Resolver()
    village, cercle, region = r.name("Dinangourou"), r.name("Koro"), r.name("Mopti")
    assert within(village, cercle) and within(village, region) and within(cercle, region)
    assert not within(region, cercle) and not within(cercle, village)
    a = r.activity(activity("X", coordinates=BASE, location="x"))
    b = r.activity(activity("Y", coordinates=east(9.9), location="y"))
    c = r.activity(activity("Z", coordinates=east(10.1), location="z"))
    assert within(a, b) and not within(a, c)
    assert not within(r.name("Nowhere at all"), region)


# -- §12.3 perpetrators are not protectors --------------------------------------------------
def state_threat(**kw):
    return threat("T1", likelihood=4, impact=5, category="state_actor_abuse",
                  perpetrator_type="state_forces", locations=["Mopti"], **kw)


def test_state_forces_do_not_protect_where_they_are_the_threat():
    fama = guard("H1", component="host_state", location="Sévaré")
    meeting = activity("C1", location="Sévaré", requires_security=True,
                       start="2019-02-01", end="2019-02-05")
    p = plan(threats=[state_threat()], activities=[fama, meeting])
    found = run_checks(p)
    assert ("SEQ-PERPETRATOR", ("H1", "T1")) in [(a.code, a.refs) for a in found]
    assert "SEQ-COVER" in codes(found)
    p.threats[0].priority = False                  # not a priority: they count again
    assert {"SEQ-PERPETRATOR", "SEQ-COVER"}.isdisjoint(codes(run_checks(p)))


def test_partner_forces_elsewhere_still_count():
    p = plan(threats=[threat("T1", likelihood=5, impact=5, perpetrator_type="ct_partner_forces",
                             locations=["Gao"])],
             activities=[guard("P1", component="partner", location="Sévaré"),
                         activity("C1", location="Sévaré", requires_security=True)])
    assert {"SEQ-PERPETRATOR", "SEQ-COVER"}.isdisjoint(codes(run_checks(p)))


# -- §12.5 closed sites and the mandate -----------------------------------------------------
def closing_plan(end):
    p = plan(activities=[guard("A1", component="military", location="Douentza",
                               coordinates=[-2.95, 15.0], start="2019-01-01", end=end)],
             end="2019-12-31")
    p.transition.sites = [Site("ST1", "Camp Douentza", "Douentza", "temporary_base",
                               d("2019-09-15"))]
    return p


def test_trn_afterclose_fires_after_the_closing_day_and_not_on_it():
    assert only("TRN-AFTERCLOSE", closing_plan("2019-11-30")) == [
        ("TRN-AFTERCLOSE", ["A1", "ST1"])]
    assert only("TRN-AFTERCLOSE", closing_plan("2019-09-15")) == []


def test_trn_mandate_fires_for_the_mission_and_not_for_the_host_state():
    un = activity("A1", component="civilian", start="2019-03-01", end="2019-07-01")
    host = activity("A2", component="host_state", start="2019-03-01", end="2019-07-01")
    p = plan(activities=[un, host], end="2019-12-31", mandate_end=d("2019-06-30"))
    assert only("TRN-MANDATE", p) == [("TRN-MANDATE", ["A1"])]
    un.end = d("2019-06-30")
    assert only("TRN-MANDATE", p) == []


def test_seq_vacuum_reads_the_clipped_end_and_only_static_takeover():
    base = guard("B1", component="military", location="Douentza", end="2019-11-30")
    meeting = activity("C1", location="Douentza", engages_communities=True,
                       start="2019-08-01", end="2019-08-05")
    p = plan(activities=[base, meeting], engagements=[engagement(activity_id="C1")],
             end="2019-12-31")
    p.transition.sites = [Site("ST1", "Camp", "Douentza", "base", d("2019-09-15"))]
    [(_c, refs)] = only("SEQ-VACUUM", p)
    assert refs == ["B1", "C1"]
    [vacuum] = [a for a in run_checks(p) if a.code == "SEQ-VACUUM"]
    assert vacuum.params["end"] == "2019-09-15"
    patrols = guard("P1", location="Douentza", start="2019-09-16", end="2019-12-31",
                    presence="mobile", component="host_state")
    p.activities.append(patrols)
    assert only("SEQ-VACUUM", p)                    # patrols do not take over
    patrols.presence = "static"
    assert not only("SEQ-VACUUM", p)
    patrols.component = "police"                   # the mission's police: its site is closed
    assert only("SEQ-VACUUM", p)


# -- §12.1 CTX-BRIEF-PRESENCE: 13 days brief, 14 not; patrols only -------------------------
@pytest.mark.parametrize("days, brief", [(13, True), (14, False)])
def test_brief_static_presence_boundary(days, brief):
    end = f"2019-01-{days:02d}"
    p = plan(activities=[guard("S1", location="Sévaré", start="2019-01-01", end=end),
                         activity("C1", location="Sévaré", engages_communities=True,
                                  start="2019-01-02", end="2019-01-03")],
             engagements=[engagement(activity_id="C1")], end=end, mission_targeted=True)
    assert bool(only("CTX-BRIEF-PRESENCE", p)) is brief


def test_a_chain_of_patrols_is_brief_presence_and_a_static_one_is_not():
    p = plan(activities=[guard("S1", location="Sévaré", presence="mobile"),
                         activity("C1", location="Sévaré", engages_communities=True)],
             engagements=[engagement(activity_id="C1")], mission_targeted=True)
    assert only("CTX-BRIEF-PRESENCE", p) == [("CTX-BRIEF-PRESENCE", ["C1", "S1"])]
    p.activities[0].presence = "static"
    assert only("CTX-BRIEF-PRESENCE", p) == []


# -- §12.6 enablers, military without a threat ------------------------------------------------
def test_an_enabler_does_not_lift_tier2_only():
    t = threat(likelihood=4, impact=4)
    p = plan(threats=[t], responses=[response("R1", tool="deterrent_patrols", tier=2),
                                     response("R2", tool="early_warning_analysis", tier=2)])
    assert "RSP-TIER2ONLY" in codes(run_checks(p))
    p.responses[1] = response("R2", tool="local_mediation", tier=1)
    assert "RSP-TIER2ONLY" not in codes(run_checks(p))


def test_seq_nothreat_fires_for_a_military_activity_answering_no_priority_threat():
    p = plan(threats=[threat(likelihood=1, impact=1)], responses=[response()],
             activities=[guard("M1", component="military", location="Sévaré",
                               response_id="R1")])
    assert only("SEQ-NOTHREAT", p) == [("SEQ-NOTHREAT", ["M1"])]
    p.threats[0].priority = True
    assert only("SEQ-NOTHREAT", p) == []
    p.activities[0].component = "police"
    p.threats[0].priority = False
    assert only("SEQ-NOTHREAT", p) == []


# -- §12.7 the mitigation must answer the risk -------------------------------------------------
def test_messaging_does_not_mitigate_reprisals():
    a = activity("C1", location="Sévaré", engages_communities=True)
    e = engagement(risks=((5, 5),), mitigations=("expectation_messaging",),
                   decision_rationale="Agreed with the community")
    assert only("ENG-NOMITIGATION", plan(activities=[a], engagements=[e]))
    e.mitigations.append(Mitigation("follow_up_protection"))
    assert not only("ENG-NOMITIGATION", plan(activities=[a], engagements=[e]))
    e.risks = [EngagementRisk("reprisals_against_interlocutors", 3, 3)]   # 9: under 10
    e.mitigations = [Mitigation("expectation_messaging")]
    assert not only("ENG-NOMITIGATION", plan(activities=[a], engagements=[e]))


def test_eng_threat_omitted_within_the_threats_places_and_not_elsewhere():
    t = threat("T1", likelihood=4, impact=4, category="targeted_reprisals", locations=["Koro"])
    a = activity("C1", location="Dinangourou", engages_communities=True)
    e = engagement(activity_id="C1", risks=((2, 2),))
    e.risks[0].key = "raised_expectations"
    p = plan(threats=[t], activities=[a], engagements=[e])
    assert only("ENG-THREAT-OMITTED", p) == [("ENG-THREAT-OMITTED", ["E1", "C1", "T1"])]
    a.location = "Sévaré"                          # another cercle
    assert only("ENG-THREAT-OMITTED", p) == []
    a.location = "Dinangourou"
    e.risks.append(EngagementRisk("retaliation_after_departure", 2, 2))
    assert only("ENG-THREAT-OMITTED", p) == []


# -- §12.9 assets, §12.9b runs_within -------------------------------------------------------------
def test_asset_overcommit_on_the_first_day_two_need_the_one_helicopter():
    ops = [activity("O1", start="2019-02-01", end="2019-02-10", assets=["helicopter"]),
           activity("O2", start="2019-02-10", end="2019-02-12", assets=["helicopter"])]
    p = plan(activities=ops, assets_available={"helicopter": 1})
    [adv] = [a for a in run_checks(p) if a.code == "ASSET-OVERCOMMIT"]
    assert adv.refs == ("O1", "O2") and adv.params["day"] == "2019-02-10"
    ops[1].start = d("2019-02-11")                 # back to back: never two at once
    assert only("ASSET-OVERCOMMIT", p) == []
    p.context.assets_available = {}                # no number given: not judged
    ops[1].start = d("2019-02-10")
    assert only("ASSET-OVERCOMMIT", p) == []


def test_seq_within_on_the_edges():
    base = guard("B1", start="2019-02-05", end="2019-02-15")
    meetings = activity("C1", start="2019-02-05", end="2019-02-15", runs_within=["B1"])
    p = plan(activities=[base, meetings])
    assert only("SEQ-WITHIN", p) == []
    meetings.end = d("2019-02-16")
    assert only("SEQ-WITHIN", p) == [("SEQ-WITHIN", ["C1", "B1"])]
    meetings.end, meetings.start = d("2019-02-15"), d("2019-02-04")
    assert only("SEQ-WITHIN", p) == [("SEQ-WITHIN", ["C1", "B1"])]


# -- the state as successor (§12.3, TRN-HOTSPOT refined) ----------------------------------------
def test_the_state_is_no_successor_where_it_is_the_threat():
    from pocplanner.domain.model import Handover
    p = plan(threats=[state_threat()], end="2019-12-31")
    p.threats[0].locations = ["Mopti"]
    p.transition.sites = [Site("ST1", "Camp Mopti", "Mopti", "temporary_base", d("2019-09-15"))]
    p.transition.handovers = [Handover("H1", "ST1", "deterrent_patrols", successor="host_state",
                                       successor_name="FAMa", date=d("2019-09-01"))]
    assert "TRN-HOTSPOT" in codes(run_checks(p))
    p.transition.handovers[0].successor = "un_country_team"
    assert "TRN-HOTSPOT" not in codes(run_checks(p))


def test_the_place_index_finds_every_footprint_a_test_of_each_pair_finds():
    """The checks look a place's covering presences up through PlaceIndex (latitude bands)
    rather than testing every pair: the same presences, in the same order, at the edges too
    (a point exactly a radius north, the same key far away, places that are areas)."""
    import random

    from pocplanner.domain.places_points import PlaceIndex, Where, covers
    rng = random.Random(30)
    places = [Where(f"p{i}", "point", -4 + rng.random() * 2, 13.5 + rng.random() * 2)
              for i in range(300)]
    places += [Where("koro", "cercle"), Where("p7", "point", 1.0, 20.0)]   # a key seen twice
    north = Where("edge", "point", -3.0, 14.0 + math.degrees(12.5 / 6371.0))
    places.append(north)
    index = PlaceIndex(places)
    queries = places[:40] + [Where("edge-q", "point", -3.0, 14.0), Where("koro", "cercle")]
    for radius in (0.0, 5.0, 12.5, 40.0):
        for here in queries:
            indexed = [i for i in index.candidates(here, radius)
                       if covers(places[i], radius, here)]
            each = [i for i, w in enumerate(places) if covers(w, radius, here)]
            assert indexed == each
    edge = [i for i in index.candidates(Where("q", "point", -3.0, 14.0), 12.5)
            if covers(places[i], 12.5, Where("q", "point", -3.0, 14.0))]
    assert places.index(north) in edge                        # exactly 12.5 km north
