"""Deterministic synthetic plans for the benchmark: S, M and L."""
from __future__ import annotations

import datetime as dt

from pocplanner.domain.model import (
    Activity,
    Context,
    Engagement,
    EngagementRisk,
    Mitigation,
    Period,
    Plan,
    Response,
    Threat,
)

SIZES = {  # threats, responses, activities, engagement assessments
    "S": (10, 10, 20, 5),
    "M": (50, 60, 150, 30),
    "L": (500, 300, 1000, 200),
}
PLACES = ["Koro", "Bankass", "Bandiagara", "Douentza", "Djenné", "Ténenkou", "Mopti", "Youwarou"]
CATEGORIES = ["intercommunal_violence", "armed_banditry_crime", "asymmetric_attacks",
              "targeted_reprisals", "state_actor_abuse"]
TOOLS = [("local_mediation", 1), ("deterrent_patrols", 2), ("human_rights_monitoring", 3),
         ("community_alert_network", 1), ("fpu_patrols", 2), ("mine_action", 3)]


def make_plan(size: str) -> Plan:
    n_threats, n_responses, n_activities, n_engagements = SIZES[size]
    start = dt.date(2019, 1, 1)
    threats = [Threat(id=f"T{i}", title=f"Threat {i} in {PLACES[i % 8]}",
                      category=CATEGORIES[i % 5], perpetrator_type="unidentified",
                      likelihood=1 + i % 5, impact=1 + (i * 2) % 5, locations=[PLACES[i % 8]],
                      groups_at_risk=[f"Group {i}"], indicators=[f"Indicator {i}"],
                      description=f"What happens in case {i}. " * 3)
               for i in range(n_threats)]
    responses = [Response(id=f"R{i}", threat_ids=[f"T{i % n_threats}"], tool=TOOLS[i % 6][0],
                          tier=TOOLS[i % 6][1], phase="prevention", lead_component="civilian",
                          rationale=f"Rationale {i}") for i in range(n_responses)]
    activities = []
    for i in range(n_activities):
        s = start + dt.timedelta(days=(i * 7) % 80)
        activities.append(Activity(
            id=f"A{i}", title=f"Activity {i}", component=["military", "police", "civilian"][i % 3],
            location=PLACES[i % 8], start=s, end=s + dt.timedelta(days=3 + i % 20),
            response_id=f"R{i % n_responses}", provides_security=i % 3 == 0,
            requires_security=i % 5 == 1, engages_communities=i < n_engagements,
            depends_on=[f"A{i - 1}"] if i % 10 == 9 else []))
    engagements = [Engagement(id=f"E{i}", activity_id=f"A{i}", decision="go",
                              risks=[EngagementRisk("reprisals_against_interlocutors", 3, 4)],
                              mitigations=[Mitigation("informed_consent")])
                   for i in range(n_engagements)]
    return Plan(id=f"bench-{size}", title=f"Benchmark plan {size}", region="Mopti",
                areas=PLACES, period=Period(start, dt.date(2019, 4, 30)),
                context=Context(mission_targeted=True), threats=threats, responses=responses,
                activities=activities, engagements=engagements, version=1, status="draft")
