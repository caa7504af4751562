"""Human rights due diligence as a register (DOMAIN §12.4, §12.11.10): SEQ-HRDDP (refined),
HRD-UNNAMED, HRD-PERPETRATOR, HRD-SUSPENDED, HRD-STALE, HRD-HANDOVER."""
from __future__ import annotations

from collections.abc import Iterator

from pocplanner.domain.checks.advisory import ERROR, WARNING, Advisory
from pocplanner.domain.checks.index import PlanIndex
from pocplanner.domain.due_diligence import (
    assessment_is_safeguarded,
    responses_by_id,
    supports_non_un_forces,
)
from pocplanner.domain.model import Activity, Assessment, Plan, Threat
from pocplanner.domain.places_points import within_any
from pocplanner.domain.scoring import is_priority

STALE_DAYS = 180      # an assessment reviewed more than this before the activity starts


def check_due_diligence(ix: PlanIndex) -> Iterator[Advisory]:
    plan = ix.plan
    register = {a.id: a for a in plan.hrddp}
    responses = responses_by_id(plan)
    for a in plan.activities:
        if supports_non_un_forces(a, plan, responses) and not a.supports and not a.hrddp_assessed:
            yield Advisory("SEQ-HRDDP", ERROR, (a.id,),
                           "Activity {id} supports non-UN security forces but names no "
                           "due-diligence assessment it relies on.", {"id": a.id},
                           kind="activity")
        if a.hrddp_assessed and not a.supports:
            yield Advisory("HRD-UNNAMED", WARNING, (a.id,),
                           "Activity {id} is marked as assessed under the due diligence policy "
                           "but names no assessment of the register: a tick box is not an "
                           "assessment.", {"id": a.id}, kind="activity")
        for sid in dict.fromkeys(a.supports):
            if sid in register:
                yield from _relied_on(ix, a, register[sid])
    yield from _handover(plan)


def _relied_on(ix: PlanIndex, a: Activity, s: Assessment) -> Iterator[Advisory]:
    params = {"id": a.id, "assessment": s.id}   # no unit name: messages reach the redacted edition
    if s.status == "suspended":
        yield Advisory("HRD-SUSPENDED", ERROR, (a.id, s.id),
                       "Activity {id} relies on assessment {assessment}, whose support is "
                       "suspended.", params, kind="activity")
    if s.reviewed is None or (a.start - s.reviewed).days > STALE_DAYS:
        yield Advisory("HRD-STALE", WARNING, (a.id, s.id),
                       "Assessment {assessment}, which activity {id} relies on, "
                       "was not reviewed in the {n} days before the activity starts.",
                       {**params, "n": str(STALE_DAYS)}, kind="activity")
    threats = [t for t in ix.plan.threats if _perpetrator_here(ix, t, s, a)]
    if threats and not assessment_is_safeguarded(s):
        yield Advisory("HRD-PERPETRATOR", ERROR, (a.id, s.id, *[t.id for t in threats]),
                       "Activity {id} supports a force (assessment {assessment}) where that kind "
                       "of force is a priority threat ({threats}); support there needs a "
                       "high-risk, conditional assessment with real mitigations.",
                       {**params, "threats": ", ".join(t.id for t in threats)},
                       kind="activity")


def _perpetrator_here(ix: PlanIndex, t: Threat, s: Assessment, a: Activity) -> bool:
    kinds = {t.perpetrator_type}
    if t.category == "state_actor_abuse":
        kinds.add("state_forces")
    return (is_priority(t) and s.force_kind in kinds
            and within_any(ix.where(a), [ix.resolver.name(n) for n in t.locations]))


def _handover(plan: Plan) -> Iterator[Advisory]:
    if not plan.context.drawdown:
        return
    live = [s for s in plan.hrddp if s.status in ("support", "conditional")]
    if not live:
        return
    if any(h.tool == "hrddp_assessment" and h.successor and h.successor != "none"
           for h in plan.transition.handovers):
        return
    yield Advisory("HRD-HANDOVER", WARNING, tuple(s.id for s in live),
                   "The mission is drawing down and still supports forces under the due "
                   "diligence policy ({ids}), but no handover passes the due-diligence "
                   "assessments to a successor.", {"ids": ", ".join(s.id for s in live)},
                   kind="assessment")
