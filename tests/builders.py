"""Small plans built in code, for the tests of the checks: each test states only what matters."""
from __future__ import annotations

import datetime as dt

from pocplanner.domain.model import (Activity, Context, Engagement, EngagementRisk, Mitigation,
                                     Period, Plan, Response, Threat)


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


def activity(id="A1", start="2019-01-10", end="2019-01-20", location="Koro", **kw) -> Activity:
    return Activity(id=id, title=kw.pop("title", f"Activity {id}"),
                    component=kw.pop("component", "civilian"), location=location,
                    start=d(start), end=d(end), **kw)


def engagement(id="E1", activity_id="A1", risks=((2, 2),), mitigations=("informed_consent",),
               decision="go", **kw) -> Engagement:
    return Engagement(id=id, activity_id=activity_id, decision=decision,
                      risks=[EngagementRisk("reprisals_against_interlocutors", l, i)
                             for l, i in risks],
                      mitigations=[Mitigation(k) for k in mitigations], **kw)


def codes(advisories) -> list[str]:
    return [a.code for a in advisories]
