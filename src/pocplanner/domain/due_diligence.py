"""Human rights due diligence (DOMAIN §12.4): which activities support non-UN forces, and why;
which assessments they rely on; which activities a suspended assessment stops. One place for
the checks, the activity form, the register view and the printed annex."""
from __future__ import annotations

from pocplanner.domain.empty_words import has_text
from pocplanner.domain.model import Activity, Assessment, Plan, Response

JOINT_COMPONENTS = ("military", "police")


def real_mitigations(assessment: Assessment) -> list[str]:
    return [m for m in assessment.mitigations if has_text(m)]    # empty words (§12.6)


def support_reasons(activity: Activity, plan: Plan,
                    responses: dict[str, Response] | None = None) -> list[str]:
    """Why an activity counts as support to non-UN forces (empty: it does not): "flag"
    (marked so), "named" (it names assessments it relies on), "joint" (a military or police
    activity whose response has the host state among its supporting components)."""
    reasons = []
    if activity.supports_non_un_forces:
        reasons.append("flag")
    if activity.supports:
        reasons.append("named")
    if activity.component in JOINT_COMPONENTS and activity.response_id:
        response = (responses.get(activity.response_id) if responses is not None else
                    next((r for r in plan.responses if r.id == activity.response_id), None))
        if response is not None and "host_state" in response.supporting:
            reasons.append("joint")
    return reasons


def supports_non_un_forces(activity: Activity, plan: Plan,
                           responses: dict[str, Response] | None = None) -> bool:
    """responses: the plan's responses by id, for a caller asking about every activity."""
    return bool(support_reasons(activity, plan, responses))


def responses_by_id(plan: Plan) -> dict[str, Response]:
    """The first response of each id (as the lookup by id finds it)."""
    found: dict[str, Response] = {}
    for r in plan.responses:
        found.setdefault(r.id, r)
    return found


def activities_relying_on(plan: Plan, assessment_id: str) -> list[Activity]:
    """The activities that name the assessment in `supports` (those a suspension stops)."""
    return [a for a in plan.activities if assessment_id in a.supports]


def assessment_is_safeguarded(assessment: Assessment) -> bool:
    """High risk known, support conditional, and at least one real mitigation (§12.4)."""
    return (assessment.risk == "high" and assessment.status == "conditional"
            and bool(real_mitigations(assessment)))


def new_assessment(plan: Plan) -> Assessment:
    from pocplanner.domain.planning import next_id
    return Assessment(id=next_id("HR", [s.id for s in plan.hrddp]), entity="",
                      force_kind="state_forces", risk="high", status="conditional")
