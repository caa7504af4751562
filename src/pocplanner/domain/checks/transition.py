"""Drawdown and transition (DOMAIN §11.6): TRN-NOSUCCESSOR, TRN-HOTSPOT, TRN-REPRISAL."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from pocplanner.domain.checks.advisory import ERROR, WARNING, Advisory
from pocplanner.domain.checks.index import PlanIndex
from pocplanner.domain.places import place_key
from pocplanner.domain.places_points import within_any
from pocplanner.domain.scoring import is_priority
from pocplanner.domain.transition import REPRISAL_WINDOW_DAYS, handovers_of, has_successor


def check_transition(ix: PlanIndex) -> Iterator[Advisory]:
    plan = ix.plan
    for h in plan.transition.handovers:
        if not has_successor(h):
            yield Advisory("TRN-NOSUCCESSOR", WARNING, (h.id, h.site_id),
                           "Handover {id} ({tool}) at site {site} has no successor: nobody "
                           "takes it over when the mission leaves.",
                           {"id": h.id, "tool": _tool(h.tool), "site": h.site_id},
                           kind="handover")
    hotspots: dict[str, list[str]] = {}
    for t in plan.threats:
        if is_priority(t):
            for name in t.locations:
                hotspots.setdefault(place_key(name), []).append(t.id)
    for site in plan.transition.sites:
        handovers = handovers_of(plan, site)
        threats = hotspots.get(place_key(site.place), [])
        state_abuse = _state_abuse_here(ix, site) if threats else False
        if threats and not any(has_successor(h) and h.date is not None and h.date <= site.closes
                               and not (state_abuse and h.successor == "host_state")
                               for h in handovers):
            yield Advisory("TRN-HOTSPOT", ERROR, (site.id, *threats),
                           "Site {id} ({name}) closes on {closes} at {place}, where priority "
                           "threats {threats} are, and nothing is handed over to a successor by "
                           "then.", {"id": site.id, "name": site.name,
                                     "closes": site.closes.isoformat(), "place": site.place,
                                     "threats": ", ".join(dict.fromkeys(threats))}, kind="site")
        yield from _reprisal(ix, site, handovers)


def _state_abuse_here(ix: PlanIndex, site) -> bool:
    """§12.3: the site's place is within the locations of a priority threat whose
    perpetrators are the state's forces: a handover to the host state is no successor."""
    here = ix.resolver.name(site.place)
    return any(within_any(here, places) for t, places in ix.perpetrators.get("host_state", ()))


def _reprisal(ix: PlanIndex, site, handovers) -> Iterator[Advisory]:
    if any(h.reprisal_follow_up for h in handovers):
        return
    first = site.closes - dt.timedelta(days=REPRISAL_WINDOW_DAYS - 1)
    key = place_key(site.place)
    engaging = [a.id for a in ix.plan.activities if a.engages_communities
                and ix.place[id(a)] == key and a.start <= site.closes and a.end >= first]
    if engaging:
        yield Advisory("TRN-REPRISAL", WARNING, (site.id, *engaging),
                       "Site {id} ({name}) closes on {closes}; {activities} engaged communities "
                       "at {place} in the 90 days before, and no handover follows up on the "
                       "people who talked to the mission.",
                       {"id": site.id, "name": site.name, "closes": site.closes.isoformat(),
                        "activities": ", ".join(engaging), "place": site.place}, kind="site")


def _tool(key: str):
    from pocplanner import reference
    tool = reference.catalogue().tools.get(key)
    return tool.label if tool else key.removeprefix("custom:")
