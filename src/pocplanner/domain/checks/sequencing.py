"""Civil-military sequencing (docs/checks.md): SEQ-* and CTX-BRIEF-PRESENCE."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

from pocplanner.domain.checks.advisory import ERROR, WARNING, Advisory
from pocplanner.domain.checks.index import ONE_DAY, PlanIndex, valid_dates

VACUUM_DAYS = 7          # days after a deployment in which another must take over
BRIEF_PRESENCE_DAYS = 14  # a security presence shorter than this is "brief"


def _span(start: dt.date, end: dt.date) -> str:
    return start.isoformat() if start == end else f"{start.isoformat()} – {end.isoformat()}"


def check_period(ix: PlanIndex) -> Iterator[Advisory]:
    period = ix.plan.period
    for a in ix.plan.activities:
        if a.start < period.start or a.end > period.end:
            yield Advisory("SEQ-PERIOD", WARNING, (a.id,),
                           "Activity {id} ({span}) runs outside the plan period ({period}).",
                           {"id": a.id, "span": _span(a.start, a.end),
                            "period": _span(period.start, period.end)}, kind="activity")


def _cycles(graph: dict[str, list[str]]) -> list[list[str]]:
    """Strongly connected components that form a cycle (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(graph[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(graph[child])))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in graph[node]:
                    found.append(component)
    return found


def _cycle_path(component: list[str], graph: dict[str, list[str]]) -> list[str]:
    """One concrete cycle through the component, as a list of ids ending where it starts."""
    members = set(component)
    start = min(component)
    path = [start]
    seen = {start}
    node = start
    while True:
        nxt = next((c for c in graph[node] if c in members and (c == start or c not in seen)), None)
        if nxt is None:   # dead end inside the component: fall back to listing its members
            return sorted(component) + [sorted(component)[0]]
        path.append(nxt)
        if nxt == start:
            return path
        seen.add(nxt)
        node = nxt


def check_dependencies(ix: PlanIndex) -> Iterator[Advisory]:
    graph = {aid: [d for d in a.depends_on if d in ix.activities]
             for aid, a in ix.activities.items()}
    for component in _cycles(graph):
        path = _cycle_path(component, graph)
        yield Advisory("SEQ-CYCLE", ERROR, tuple(sorted(component)),
                       "Activities depend on each other in a circle: {cycle}.",
                       {"cycle": " → ".join(path)}, kind="activity")
    for a in ix.plan.activities:
        for dep_id in dict.fromkeys(a.depends_on):
            dep = ix.activities.get(dep_id)
            if dep is None or dep is a:
                continue
            if a.start <= dep.end:
                yield Advisory("SEQ-ORDER", ERROR, (a.id, dep_id),
                               "Activity {id} starts on {start}, but it depends on {dep}, "
                               "which runs until {dep_end}.",
                               {"id": a.id, "start": a.start.isoformat(), "dep": dep_id,
                                "dep_end": dep.end.isoformat()}, kind="activity")


def check_cover(ix: PlanIndex) -> Iterator[Advisory]:
    for a in ix.plan.activities:
        if not a.requires_security or not valid_dates(a):
            continue
        gaps = ix.coverage(ix.place[id(a)], excluding=a).gaps(a.start, a.end)
        if gaps:
            days = sum((e - s).days + 1 for s, e in gaps)
            yield Advisory("SEQ-COVER", ERROR, (a.id,),
                           "Activity {id} needs security cover in {place}, but {days} of its days "
                           "have none: {gaps}.",
                           {"id": a.id, "place": a.location, "days": str(days),
                            "gaps": ", ".join(_span(s, e) for s, e in gaps)}, kind="activity")


def check_vacuum(ix: PlanIndex) -> Iterator[Advisory]:
    period_end = ix.plan.period.end
    engagers: dict[str, list] = defaultdict(list)
    for a in ix.plan.activities:
        if a.engages_communities and valid_dates(a):
            engagers[ix.place[id(a)]].append(a)
    for place, providers in ix.providers.items():
        for p in providers:
            if p.end >= period_end:
                continue
            engaged = [e for e in engagers.get(place, ()) if e.start <= p.end]
            if not engaged:
                continue
            after_start, after_end = p.end + ONE_DAY, p.end + dt.timedelta(days=VACUUM_DAYS)
            # another provider there on any of those days: the same as the cover without p
            # touching the window, without merging the place's cover once per provider
            if any(q is not p and q.start <= after_end and q.end >= after_start
                   for q in providers):
                continue
            yield Advisory("SEQ-VACUUM", WARNING, (p.id, *[e.id for e in engaged]),
                           "Security presence {id} leaves {place} on {end} after community "
                           "engagement there ({engaged}), and no police, host-state or other "
                           "security presence takes over in the following {n} days.",
                           {"id": p.id, "place": p.location, "end": p.end.isoformat(),
                            "engaged": ", ".join(e.id for e in engaged), "n": str(VACUUM_DAYS)},
                           kind="activity")


def check_harm_and_hrddp(ix: PlanIndex) -> Iterator[Advisory]:
    for a in ix.plan.activities:
        if a.military_operation and not a.harm_mitigation.strip():
            yield Advisory("SEQ-HARM", ERROR, (a.id,),
                           "Military operation {id} has no measures to mitigate harm to "
                           "civilians before, during and after it.", {"id": a.id},
                           kind="activity")
        # SEQ-HRDDP (§12.4): domain/checks/due_diligence.py


def _brief_stretches(ix: PlanIndex, a) -> list[tuple[tuple, list]]:
    """The stretches of security cover at a's place that overlap a and last fewer than
    BRIEF_PRESENCE_DAYS, each with its providers. Cover is all the providers there merged
    (adjoining days continuous), a itself included when it provides security."""
    place = ix.place[id(a)]
    providers = ix.providers.get(place, ())
    found = []
    for s, e in ix.coverage(place).ranges:
        if e < a.start or s > a.end or (e - s).days + 1 >= BRIEF_PRESENCE_DAYS:
            continue
        found.append(((s, e), [p for p in providers if p.start <= e and s <= p.end]))
    return found


def check_brief_presence(ix: PlanIndex) -> Iterator[Advisory]:
    """CTX-BRIEF-PRESENCE: where the mission is a target, engaging communities inside a
    stretch of security cover shorter than 14 days (docs/checks.md)."""
    if not ix.plan.context.mission_targeted:
        return
    for a in ix.plan.activities:
        if not a.engages_communities or not valid_dates(a):
            continue
        stretches = _brief_stretches(ix, a)
        if not stretches:
            continue
        providers = [p.id for _span_, group in stretches for p in group]
        days = min((e - s).days + 1 for (s, e), _group in stretches)
        yield Advisory("CTX-BRIEF-PRESENCE", WARNING, (a.id, *providers),
                       "The mission is a target here, and community engagement {engaged} in "
                       "{place} falls in a security presence of only {days} days ({span}, "
                       "by {providers}): people met may be exposed once it leaves.",
                       {"engaged": a.id, "place": a.location, "days": str(days),
                        "span": ", ".join(_span(s, e) for (s, e), _g in stretches),
                        "providers": ", ".join(dict.fromkeys(providers))}, kind="activity")
