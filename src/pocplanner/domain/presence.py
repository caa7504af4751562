"""Presence: what counts as security (DOMAIN §12.1, §12.3, §12.11.4, §12.11.9).

Each security-providing activity has a presence kind — static (stays at its place), mobile
(passes through), none (reacts or shows force) — and a footprint radius: the catalogue's
default for its response's tool (resources/reference/presence.json), overridden per activity
by `presence` and `radius_km`. Host-state or partner forces that are a priority threat at a
place count for nothing there (perpetrators are not protectors)."""
from __future__ import annotations

from typing import NamedTuple

from pocplanner import reference
from pocplanner.domain.model import Activity, Plan, Threat
from pocplanner.domain.places_points import Resolver, Where, within
from pocplanner.domain.scoring import is_priority

STATIC, MOBILE, NONE = "static", "mobile", "none"


class Presence(NamedTuple):
    kind: str           # static | mobile | none
    radius_km: float


def presence_of(activity: Activity, tool: str | None) -> Presence:
    """The activity's presence: its own kind and radius where given, else its tool's
    default (a kind given alone keeps the tool's default radius)."""
    default = reference.presence_default(tool)
    return Presence(activity.presence or default.presence,
                    default.radius_km if activity.radius_km is None
                    else float(activity.radius_km))


def tool_of(activity: Activity, plan: Plan) -> str | None:
    """The tool of the activity's response (None without one), as tools_of_activities reads
    it (of two responses sharing an id, the later)."""
    tools = [r.tool for r in plan.responses if r.id == activity.response_id] \
        if activity.response_id else []
    return tools[-1] if tools else None


def tools_of_activities(plan: Plan) -> dict[str, str]:
    """Activity id -> the tool of its response (activities without a response left out)."""
    tool = {r.id: r.tool for r in plan.responses}
    return {a.id: tool[a.response_id] for a in plan.activities
            if a.response_id and a.response_id in tool}


# §12.3: which component a priority threat makes "not count" at its places.
def perpetrator_component(threat: Threat) -> str | None:
    if threat.perpetrator_type == "state_forces" or threat.category == "state_actor_abuse":
        return "host_state"
    if threat.perpetrator_type == "ct_partner_forces" or threat.category == "proxy_militia_abuse":
        return "partner"
    return None


def perpetrator_threats(plan: Plan, resolver: Resolver
                        ) -> dict[str, list[tuple[Threat, list[Where]]]]:
    """Component -> the priority threats whose perpetrators it is, with their places."""
    out: dict[str, list[tuple[Threat, list[Where]]]] = {}
    for t in plan.threats:
        component = perpetrator_component(t)
        if component and is_priority(t):
            out.setdefault(component, []).append((t, [resolver.name(n) for n in t.locations]))
    return out


def relied_on_perpetrators(activities, where_of, by_component) -> dict[int, list[str]]:
    """id(activity) -> the ids of the threats whose perpetrators it is, for every
    security-providing host-state or partner activity placed within their locations: it
    counts for nothing there (§12.3, §12.11.9)."""
    out: dict[int, list[str]] = {}
    for a in activities:
        threats = by_component.get(a.component)
        if not threats or not a.provides_security:
            continue
        here = where_of(a)
        found = [t.id for t, places in threats if any(within(here, q) for q in places)]
        if found:
            out[id(a)] = found
    return out
