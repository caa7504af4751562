"""Community-engagement risk assessment (docs/checks.md): ENG-*."""
from __future__ import annotations

from collections.abc import Iterator

from pocplanner.domain.checks.advisory import ERROR, WARNING, Advisory
from pocplanner.domain.checks.index import PlanIndex

MITIGATION_NEEDED_FROM = 10   # a risk scoring this or more needs mitigation
TOP_BAND_FROM = 15            # residual risk in the top band needs a recorded rationale


def check_engagements(ix: PlanIndex) -> Iterator[Advisory]:
    for a in ix.plan.activities:
        if a.engages_communities and a.id not in ix.engaged_activity_ids:
            yield Advisory("ENG-UNASSESSED", ERROR, (a.id,),
                           "Activity {id} engages communities but has no engagement risk "
                           "assessment.", {"id": a.id}, kind="activity")
    for e in ix.plan.engagements:
        worst = max(e.risks, key=lambda r: r.score, default=None)
        if worst is not None and worst.score >= MITIGATION_NEEDED_FROM and not e.mitigations:
            yield Advisory("ENG-NOMITIGATION", ERROR, (e.id,),
                           "Engagement assessment {id} rates a risk at {score} ({risk}) but "
                           "lists no mitigation.",
                           {"id": e.id, "score": str(worst.score), "risk": worst.key},
                           kind="engagement")
        residual = e.residual_score()
        if (residual >= TOP_BAND_FROM and e.decision in ("go", "conditional")
                and not e.decision_rationale.strip()):
            yield Advisory("ENG-RESIDUAL", ERROR, (e.id,),
                           "Engagement assessment {id} goes ahead with a residual risk of "
                           "{score} (top band) and no recorded rationale for the decision.",
                           {"id": e.id, "score": str(residual)}, kind="engagement")
        if e.decision == "pending":
            yield Advisory("ENG-PENDING", WARNING, (e.id,),
                           "The decision on engagement assessment {id} is still pending.",
                           {"id": e.id}, kind="engagement")
        elif e.decision == "no_go" and e.activity_id in ix.activities:
            yield Advisory("ENG-NOGO-SCHEDULED", WARNING, (e.id, e.activity_id),
                           "Engagement assessment {id} decided no-go, but activity {activity} "
                           "is still in the plan.", {"id": e.id, "activity": e.activity_id},
                           kind="engagement")
