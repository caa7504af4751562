"""Civil-military sequencing (docs/checks.md): SEQ-PERIOD, SEQ-CYCLE, SEQ-ORDER, SEQ-HARM,
SEQ-HRDDP. Cover, vacuum and brief presence are in cover.py."""
from __future__ import annotations

from collections.abc import Iterator

from pocplanner.domain.checks.advisory import ERROR, WARNING, Advisory, day_span
from pocplanner.domain.checks.index import PlanIndex
from pocplanner.domain.empty_words import is_empty_text


def check_period(ix: PlanIndex) -> Iterator[Advisory]:
    period = ix.plan.period
    for a in ix.running:
        if a.start < period.start or a.end > period.end:
            yield Advisory("SEQ-PERIOD", WARNING, (a.id,),
                           "Activity {id} ({span}) runs outside the plan period ({period}).",
                           {"id": a.id, "span": day_span(a.start, a.end),
                            "period": day_span(period.start, period.end)}, kind="activity")


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


def check_cycles(ix: PlanIndex) -> Iterator[Advisory]:
    """SEQ-CYCLE: activities that depend on each other in a circle."""
    graph = {aid: [d for d in a.depends_on if d in ix.activities]
             for aid, a in ix.activities.items()}
    for component in _cycles(graph):
        path = _cycle_path(component, graph)
        yield Advisory("SEQ-CYCLE", ERROR, tuple(sorted(component)),
                       "Activities depend on each other in a circle: {cycle}.",
                       {"cycle": " → ".join(path)}, kind="activity")


def check_order(ix: PlanIndex) -> Iterator[Advisory]:
    """SEQ-ORDER: an activity starts before one it depends on has ended."""
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


def check_harm_and_hrddp(ix: PlanIndex) -> Iterator[Advisory]:
    for a in ix.running:
        if a.military_operation and is_empty_text(a.harm_mitigation):
            yield Advisory("SEQ-HARM", ERROR, (a.id,),
                           "Military operation {id} has no measures to mitigate harm to "
                           "civilians before, during and after it.", {"id": a.id},
                           kind="activity")
        # SEQ-HRDDP (§12.4): domain/checks/due_diligence.py
