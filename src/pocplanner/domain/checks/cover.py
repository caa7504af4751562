"""Security cover by footprint (DOMAIN §9, §12.1–§12.3, §12.5, §12.11.3, §12.11.7):
SEQ-COVER, SEQ-VACUUM and CTX-BRIEF-PRESENCE. A security-providing activity covers another's
place when its footprint reaches it; presence `none` never covers, only static presence takes
over or makes a stay that is not brief, and nothing covers after its site has closed."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from pocplanner.domain.checks.advisory import ERROR, WARNING, Advisory, day_span
from pocplanner.domain.checks.index import ONE_DAY, PlanIndex, valid_dates
from pocplanner.domain.places_points import PlaceIndex, Where, covers
from pocplanner.i18n import N_

VACUUM_DAYS = 7          # days after a deployment in which another must take over
BRIEF_PRESENCE_DAYS = 14  # a security presence shorter than this is "brief"
STATIC, COUNTING = ("static",), ("static", "mobile")


def check_cover(ix: PlanIndex) -> Iterator[Advisory]:
    for a in ix.running:
        if not a.requires_security or not valid_dates(a):
            continue
        gaps = ix.footprint_coverage(a, COUNTING, excluding=a).gaps(a.start, a.end)
        if gaps:
            days = sum((e - s).days + 1 for s, e in gaps)
            yield Advisory("SEQ-COVER", ERROR, (a.id,),
                           "Activity {id} needs security cover in {place}, but {days} of its days "
                           "have none: {gaps}.",
                           {"id": a.id, "place": a.location, "days": str(days),
                            "gaps": ", ".join(day_span(s, e) for s, e in gaps)}, kind="activity")


def check_vacuum(ix: PlanIndex) -> Iterator[Advisory]:
    """A static presence ends (at its site's closure at the latest) after engaging
    communities at a place it covered, and no other static presence covers its own place in
    the 7 days after (§12.11.7). For the static presences among ix.running, in its order
    (the engagements and the presences taking over: all those of the plan)."""
    period_end = ix.plan.period.end
    checked = {id(a) for a in ix.running}
    statics = {key: [(s, ix.end_of_cover(s)) for s in group]
               for key, group in ix.provider_groups().items() if key[1] == "static"}
    if not any(id(s) in checked for group in statics.values() for s, _e in group):
        return
    engagers: dict[Where, list] = {}
    for a in ix.plan.activities:
        if a.engages_communities and valid_dates(a):
            engagers.setdefault(ix.where(a), []).append(a)
    places, engaged_at = list(engagers), list(engagers.values())
    static_keys, static_groups = list(statics), list(statics.values())
    engager_index = PlaceIndex(places)
    static_index = PlaceIndex([w for w, _k, _r in static_keys])
    reach = max((r for _w, _k, r in static_keys), default=0.0)
    found: dict[int, Advisory] = {}
    for (here, _kind, radius), group in statics.items():
        group = [(p, end) for p, end in group if id(p) in checked]
        if not group:
            continue
        near = [e for i in engager_index.candidates(here, radius)
                if covers(here, radius, places[i]) for e in engaged_at[i]]
        takers = [static_groups[i] for i in static_index.candidates(here, reach)
                  if covers(static_keys[i][0], static_keys[i][2], here)]
        for p, end in group:
            if end >= period_end or end < p.start:
                continue
            engaged = [e for e in near if e.start <= end]
            if not engaged:
                continue
            after_start, after_end = end + ONE_DAY, end + dt.timedelta(days=VACUUM_DAYS)
            if any(q is not p and q.start <= after_end and q_end >= after_start
                   for g in takers for q, q_end in g):
                continue
            found[id(p)] = _vacuum(p, end, engaged)
    if found:
        yield from (found[id(a)] for a in ix.running if id(a) in found)


def _vacuum(p, end: dt.date, engaged: list) -> Advisory:
    return Advisory("SEQ-VACUUM", WARNING, (p.id, *[e.id for e in engaged]),
                    "Security presence {id} leaves {place} on {end} after community "
                    "engagement there ({engaged}), and no police, host-state or other "
                    "security presence takes over in the following {n} days.",
                    {"id": p.id, "place": p.location, "end": end.isoformat(),
                     "engaged": ", ".join(e.id for e in engaged), "n": str(VACUUM_DAYS)},
                    kind="activity")


def _brief_days(ix: PlanIndex, a) -> tuple[list[tuple], list, int]:
    """The parts of a's days that lie in a static stretch under 14 days, or under mobile
    presence only (§12.11.3): (spans, providers, shortest static stretch or 0)."""
    static = ix.footprint_coverage(a, STATIC)
    spans, shortest = [], None
    for s, e in static.ranges:
        if e < a.start or s > a.end or (e - s).days + 1 >= BRIEF_PRESENCE_DAYS:
            continue
        spans.append((s, e))
        length = (e - s).days + 1
        shortest = length if shortest is None else min(shortest, length)
    providers = [p for p in ix.covering(a, STATIC)
                 if any(p.start <= e and s <= ix.end_of_cover(p) for s, e in spans)] \
        if spans else []
    mobile = ix.footprint_coverage(a, ("mobile",))
    for gs, ge in static.gaps(a.start, a.end):
        for s, e in mobile.ranges:
            s, e = max(s, gs), min(e, ge)
            if s <= e:
                spans.append((s, e))
                shortest = 0
                providers += [p for p in ix.covering(a, ("mobile",))
                              if p.start <= e and s <= ix.end_of_cover(p)]
    return sorted(spans), providers, shortest or 0


def check_brief_presence(ix: PlanIndex) -> Iterator[Advisory]:
    """CTX-BRIEF-PRESENCE: where the mission is a target, engaging communities on days of
    brief static presence or of patrols only (docs/checks.md)."""
    if not ix.plan.context.mission_targeted:
        return
    for a in ix.running:
        if not a.engages_communities or not valid_dates(a):
            continue
        spans, providers, days = _brief_days(ix, a)
        if not spans:
            continue
        ids = [p.id for p in providers]
        params = {"engaged": a.id, "place": a.location, "days": str(days),
                  "span": ", ".join(day_span(s, e) for s, e in spans),
                  "providers": ", ".join(dict.fromkeys(ids))}
        text = (N_("The mission is a target here, and community engagement {engaged} in "
                   "{place} falls in a security presence of only {days} days ({span}, "
                   "by {providers}): people met may be exposed once it leaves.") if days else
                N_("The mission is a target here, and community engagement {engaged} in "
                   "{place} is covered on {span} only by patrols or escorts passing through "
                   "({providers}): people met are exposed once they leave."))
        yield Advisory("CTX-BRIEF-PRESENCE", WARNING, (a.id, *ids), text, params,
                       kind="activity")
