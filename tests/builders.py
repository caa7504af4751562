"""Small plans built in code, for the tests of the checks: each test states only what matters."""
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


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def plan(*, threats=(), responses=(), activities=(), engagements=(), start="2019-01-01",
         end="2019-03-31", **context) -> Plan:
    return Plan(id="P", title="Test plan", region="Mopti", period=Period(d(start), d(end)),
                context=Context(**context), threats=list(threats), responses=list(responses),
                activities=list(activities), engagements=list(engagements))


def threat(id="T1", likelihood=2, impact=2, priority=None, **kw) -> Threat:
    return Threat(id=id, title=kw.pop("title", f"Threat {id}"),
                  category=kw.pop("category", "intercommunal_violence"),
                  perpetrator_type=kw.pop("perpetrator_type", "unidentified"),
                  likelihood=likelihood, impact=impact, priority=priority, **kw)


def response(id="R1", threat_ids=("T1",), tool="local_mediation", tier=1, **kw) -> Response:
    return Response(id=id, threat_ids=list(threat_ids), tool=tool, tier=tier,
                    phase=kw.pop("phase", "prevention"),
                    lead_component=kw.pop("lead_component", "civilian"), **kw)


def activity(id="A1", start="2019-01-10", end="2019-01-20", location="Dinangourou", **kw) -> Activity:
    return Activity(id=id, title=kw.pop("title", f"Activity {id}"),
                    component=kw.pop("component", "civilian"), location=location,
                    start=d(start), end=d(end), **kw)


def engagement(id="E1", activity_id="A1", risks=((2, 2),), mitigations=("informed_consent",),
               decision="go", **kw) -> Engagement:
    return Engagement(id=id, activity_id=activity_id, decision=decision,
                      risks=[EngagementRisk("reprisals_against_interlocutors", lk, im)
                             for lk, im in risks],
                      mitigations=[Mitigation(k) for k in mitigations], **kw)


def codes(advisories) -> list[str]:
    return [a.code for a in advisories]


def large_plan(n_threats: int = 500, n_activities: int = 1000) -> Plan:
    """A deterministic big plan: every title unique and short enough not to wrap."""
    places = ["Koro", "Bankass", "Ténenkou", "Djenné", "Douentza"]
    threats = [threat(f"T{i}", likelihood=1 + i % 5, impact=1 + (i * 3) % 5,
                      title=f"Threat {i:04d}", locations=[places[i % 5]],
                      indicators=[f"Indicator {i:04d}"]) for i in range(n_threats)]
    responses = [response(f"R{i}", threat_ids=[f"T{i}"], tool="local_mediation", tier=1)
                 for i in range(n_threats)]
    start = dt.date(2019, 1, 1)
    activities = []
    for i in range(n_activities):
        s = start + dt.timedelta(days=i % 80)
        activities.append(activity(f"A{i}", start=s.isoformat(),
                                   end=(s + dt.timedelta(days=5 + i % 9)).isoformat(),
                                   location=places[i % 5], title=f"Activity {i:04d}",
                                   response_id=f"R{i % n_threats}",
                                   provides_security=i % 7 == 0))
    return plan(threats=threats, responses=responses, activities=activities)
