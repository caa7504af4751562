"""Human rights due diligence (DOMAIN §12.4): which activities support non-UN forces, and why;
which assessments they rely on; which activities a suspended assessment stops. One place for
the checks, the activity form, the register view and the printed annex."""
from __future__ import annotations

import math

from pocplanner.domain.empty_words import has_text
from pocplanner.domain.model import Activity, Assessment, Plan

JOINT_COMPONENTS = ("military", "police")


# -- empty words (§12.6): the shared helper of domain/empty_words.py
def says_something(text: str | None) -> bool:
    return has_text(text)


def real_mitigations(assessment: Assessment) -> list[str]:
    return [m for m in assessment.mitigations if says_something(m)]


def support_reasons(activity: Activity, plan: Plan) -> list[str]:
    """Why an activity counts as support to non-UN forces (empty: it does not): "flag"
    (marked so), "named" (it names assessments it relies on), "joint" (a military or police
    activity whose response has the host state among its supporting components)."""
    reasons = []
    if activity.supports_non_un_forces:
        reasons.append("flag")
    if activity.supports:
        reasons.append("named")
    if activity.component in JOINT_COMPONENTS and activity.response_id:
        response = next((r for r in plan.responses if r.id == activity.response_id), None)
        if response is not None and "host_state" in response.supporting:
            reasons.append("joint")
    return reasons


def supports_non_un_forces(activity: Activity, plan: Plan) -> bool:
    return bool(support_reasons(activity, plan))


def activities_relying_on(plan: Plan, assessment_id: str) -> list[Activity]:
    """The activities that name the assessment in `supports` (those a suspension stops)."""
    return [a for a in plan.activities if assessment_id in a.supports]


def assessment_is_safeguarded(assessment: Assessment) -> bool:
    """High risk known, support conditional, and at least one real mitigation (§12.4)."""
    return (assessment.risk == "high" and assessment.status == "conditional"
            and bool(real_mitigations(assessment)))


# -- *within* (§12.2). i30 owns the full relation (places as points or areas); this is the
# minimum HRD-PERPETRATOR needs until it lands in main: same key, a place inside a cercle or
# region named, a cercle of a region named, or two points at most 10 km apart.
WITHIN_KM = 10.0


def _where(name: str, plan: Plan, activity: Activity | None = None):
    from pocplanner import reference
    from pocplanner.domain import geo
    from pocplanner.domain.places import place_key
    region = reference.gazetteer().find(name, level=1)
    if region is not None:
        return ("region", region.pcode, None)
    if activity is not None and activity.coordinates and len(activity.coordinates) == 2:
        lon, lat = activity.coordinates
        cercle = geo.cercle_at(lon, lat)
        return ("point", cercle.pcode if cercle else "", (lon, lat))
    home = reference.gazetteer().find(plan.region, level=1)
    found = geo.locate(name, home.pcode if home else "")
    if found is None:
        return ("unresolved", place_key(name), None)
    cercle, point = found
    if point is None:
        return ("cercle", cercle.pcode, None)
    return ("point", cercle.pcode, (point.lon, point.lat))


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lon1, lat1, lon2, lat2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def within_minimal(activity: Activity, place: str, plan: Plan) -> bool:
    """Is the activity's place within `place` (a threat's location)?"""
    from pocplanner.domain.places import place_key
    if place_key(activity.location) == place_key(place):
        return True
    kind_p, code_p, pt_p = _where(activity.location, plan, activity)
    kind_q, code_q, pt_q = _where(place, plan)
    if "unresolved" in (kind_p, kind_q) or not code_p:
        return False
    if kind_q == "region":
        return kind_p != "region" and code_p.startswith(code_q)
    if kind_q == "cercle":
        return kind_p in ("cercle", "point") and code_p == code_q
    return kind_p == "point" and pt_p is not None and pt_q is not None \
        and _km(pt_p, pt_q) <= WITHIN_KM


def new_assessment(plan: Plan) -> Assessment:
    from pocplanner.domain.planning import next_id
    return Assessment(id=next_id("HR", [s.id for s in plan.hrddp]), entity="",
                      force_kind="state_forces", risk="high", status="conditional")
