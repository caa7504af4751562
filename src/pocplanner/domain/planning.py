"""Planning helpers the plan window uses: new plans and items, defaults from the catalogue,
the cautions that apply in a plan's context, tier balance. Plain Python."""
from __future__ import annotations

import copy
import datetime as dt
import itertools
import re
import uuid
from collections import Counter
from collections.abc import Iterator

from pocplanner.domain.model import Activity, Engagement, Period, Plan, Response, Threat
from pocplanner.i18n import tr
from pocplanner.reference import Caution, Tool, catalogue, localized

REPRISALS_LIKELY_FROM = 3   # likelihood of a targeted-reprisals threat that makes them "likely"


def new_plan(region: str = "", today: dt.date | None = None,
             language: str | None = None) -> Plan:
    """A blank plan: the region is the planner's to choose (no preset), the language is the
    one the planner works in, the period the next three months."""
    today = today or dt.date.today()
    start = today.replace(day=1)
    end = (start + dt.timedelta(days=92)).replace(day=1) - dt.timedelta(days=1)
    return Plan(id=f"plan-{uuid.uuid4().hex[:8]}", title="New POC plan", region=region,
                period=Period(start, end), sensitivity="confidential", status="draft",
                version=1, language=language)


def next_id(prefix: str, existing: list[str]) -> str:
    """prefix + the smallest number above every number already used with that prefix."""
    return next(next_ids(prefix, existing))


def next_ids(prefix: str, existing: list[str]) -> Iterator[str]:
    """next_id, then the numbers after it, for several new items at once (reading the
    existing identifiers once, not once per new item)."""
    pattern = re.compile(rf"{prefix}(\d+)")
    used = [int(m.group(1)) for i in existing if (m := pattern.fullmatch(i))]
    return (f"{prefix}{n}" for n in itertools.count(max(used, default=0) + 1))


def new_threat(plan: Plan, lang: str = "en") -> Threat:
    return Threat(id=next_id("T", [t.id for t in plan.threats]), title=tr("New threat", lang),
                  category="", perpetrator_type="unidentified",        # category: to choose
                  likelihood=3, impact=3)


def duplicate_threat(plan: Plan, threat: Threat) -> Threat:
    copy_ = copy.deepcopy(threat)
    copy_.id = next_id("T", [t.id for t in plan.threats])
    return copy_


def new_response(plan: Plan, threat_id: str, tool_key: str) -> Response:
    tool = catalogue().tools.get(tool_key)
    return Response(id=next_id("R", [r.id for r in plan.responses]), threat_ids=[threat_id],
                    tool=tool_key, tier=tool.tier if tool else 1,
                    phase=tool.phases[0] if tool else "prevention",
                    lead_component=tool.lead[0] if tool else "civilian")


def activity_for_response(plan: Plan, response: Response, lang: str = "en") -> Activity:
    """An activity pre-filled from the response and the catalogue's default flags, titled
    with the tool's name in the plan's language (lang)."""
    tool = catalogue().tools.get(response.tool)
    threat = plan.threat(response.threat_ids[0]) if response.threat_ids else None
    location = (threat.locations[0] if threat and threat.locations
                else (plan.areas[0] if plan.areas else plan.region))
    title = localized(tool.label, lang) if tool else response.tool.removeprefix("custom:")
    activity = Activity(id=next_id("A", [a.id for a in plan.activities]), title=title,
                        component=response.lead_component, location=location,
                        start=plan.period.start, end=plan.period.end, response_id=response.id,
                        lead_section=response.lead_section)
    for flag, value in (tool.flags.items() if tool else ()):
        setattr(activity, flag, value)
    if response.tool == "protection_handover" and "host_state" not in (
            [response.lead_component, *response.supporting]):
        activity.supports_non_un_forces = False    # §12.4: a handover to the host state only
    return activity


def new_activity(plan: Plan, lang: str = "en") -> Activity:
    return Activity(id=next_id("A", [a.id for a in plan.activities]),
                    title=tr("New activity", lang),
                    component="civilian", location=plan.areas[0] if plan.areas else plan.region,
                    start=plan.period.start, end=plan.period.end)


def new_engagement(plan: Plan, activity_id: str) -> Engagement:
    return Engagement(id=next_id("E", [e.id for e in plan.engagements]), activity_id=activity_id)


RAINY_MONTHS = range(6, 11)        # June to October: floods cut roads and tracks


def _in_rainy_season(plan: Plan) -> bool:
    start, end = plan.period.start, plan.period.end
    if end < start:
        return False
    if (end - start).days >= 366:
        return True
    month, year = start.month, start.year
    while (year, month) <= (end.year, end.month):
        if month in RAINY_MONTHS:
            return True
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
    return False


def _threat_conditions(plan: Plan) -> set[str]:
    found = set()
    for t in plan.threats:
        if t.category == "targeted_reprisals" and t.likelihood >= REPRISALS_LIKELY_FROM:
            found.add("reprisals_likely")
        if t.impact >= 5:
            found.add("atrocity_risk")
        if t.perpetrator_type == "community_militia" or t.category == "proxy_militia_abuse":
            found.add("militia_threat")
        if (t.category == "state_actor_abuse"
                or t.perpetrator_type in ("state_forces", "ct_partner_forces")):
            found.add("state_abuse_threat")
        if t.category == "armed_banditry_crime" or t.perpetrator_type == "criminal_group":
            found.add("trafficking_threat")
    return found


def context_conditions(plan: Plan) -> set[str]:
    """The catalogue's caution conditions that hold for this plan (resources/catalogue/
    tools.json, "conditions"): context facts, what the threat register holds, what the
    activities do, and the season of the plan period."""
    c = plan.context
    found = {name for name in ("mission_targeted", "ct_forces_present", "drawdown")
             if getattr(c, name)}
    for name in ("state_presence", "access", "host_state_consent"):
        value = getattr(c, name)
        if value:
            found.add(f"{name}:{value}")
    found |= _threat_conditions(plan)
    if any(a.supports_non_un_forces for a in plan.activities):
        found.add("supports_non_un_forces")
    if _in_rainy_season(plan):
        found.add("rainy_season")
    return found


def applicable_cautions(plan: Plan, tool: Tool) -> list[tuple[Caution, bool]]:
    """Each caution of the tool, with whether it applies in this plan's context
    (cautions without a condition always apply)."""
    holds = context_conditions(plan)
    return [(c, not c.when or any(w in holds for w in c.when)) for c in tool.cautions]


def tier_balance(plan: Plan, threat_id: str) -> dict[int, int]:
    counts = Counter(r.tier for r in plan.responses if threat_id in r.threat_ids)
    return {tier: counts.get(tier, 0) for tier in (1, 2, 3)}

