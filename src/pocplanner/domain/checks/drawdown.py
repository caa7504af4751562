"""Nothing runs from a closed site, nothing after the mandate (DOMAIN §12.5, §12.11.1):
TRN-AFTERCLOSE, TRN-MANDATE."""
from __future__ import annotations

from collections.abc import Iterator

from pocplanner.domain.checks.advisory import ERROR, Advisory
from pocplanner.domain.checks.index import PlanIndex
from pocplanner.domain.places import place_key
from pocplanner.domain.transition import SECURITY_SITES, closed_before

UN_COMPONENTS = ("military", "police", "civilian")     # host-state and partners may go on


def check_after_close(ix: PlanIndex) -> Iterator[Advisory]:
    """TRN-AFTERCLOSE: a military or police activity at a place whose security sites have
    all closed ends after the last closure (its recorded end)."""
    if not ix.closures:
        return
    sites: dict[str, list[str]] = {}
    for s in ix.plan.transition.sites:
        if s.kind in SECURITY_SITES:
            sites.setdefault(place_key(s.place), []).append(s.id)
    for a in ix.running:
        closes = closed_before(a, ix.closures)
        if closes is not None:
            yield Advisory("TRN-AFTERCLOSE", ERROR, (a.id, *sites[ix.place[id(a)]]),
                           "Activity {id} runs from {place} until {end}, but the mission's "
                           "last security site there closes on {closes}: nothing runs from a "
                           "closed site.", {"id": a.id, "place": a.location,
                                             "end": a.end.isoformat(),
                                             "closes": closes.isoformat()}, kind="activity")


def check_mandate(ix: PlanIndex) -> Iterator[Advisory]:
    """TRN-MANDATE: a military, police or civilian activity ends after the mandate."""
    mandate_end = ix.plan.context.mandate_end
    if mandate_end is None:
        return
    for a in ix.running:
        if a.component in UN_COMPONENTS and a.end > mandate_end:
            yield Advisory("TRN-MANDATE", ERROR, (a.id,),
                           "Activity {id} ends on {end}, after the mission's mandate ends "
                           "({mandate_end}); hand it over or end it by then.",
                           {"id": a.id, "end": a.end.isoformat(),
                            "mandate_end": mandate_end.isoformat()}, kind="activity")
