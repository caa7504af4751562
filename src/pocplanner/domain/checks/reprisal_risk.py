"""ENG-THREAT-OMITTED (DOMAIN §12.7, §12.11.12): engaging communities where a priority threat
of targeted reprisals is, with an assessment that lists neither reprisals against
interlocutors nor retaliation after departure."""
from __future__ import annotations

from collections.abc import Iterator

from pocplanner.domain.checks.advisory import WARNING, Advisory
from pocplanner.domain.checks.index import PlanIndex
from pocplanner.domain.places_points import within_any
from pocplanner.domain.scoring import is_priority

REPRISAL_RISKS = frozenset({"reprisals_against_interlocutors", "retaliation_after_departure"})


def check_threat_omitted(ix: PlanIndex) -> Iterator[Advisory]:
    threats = [(t, [ix.resolver.name(n) for n in t.locations]) for t in ix.plan.threats
               if t.category == "targeted_reprisals" and is_priority(t)]
    if not threats:
        return
    assessments: dict[str, list] = {}
    for e in ix.plan.engagements:
        assessments.setdefault(e.activity_id, []).append(e)
    for a in ix.running:
        found = assessments.get(a.id)
        if not a.engages_communities or not found:
            continue
        if any(r.key in REPRISAL_RISKS for e in found for r in e.risks):
            continue
        here = ix.where(a)
        near = [t.id for t, places in threats if within_any(here, places)]
        if near:
            yield Advisory("ENG-THREAT-OMITTED", WARNING, (found[0].id, a.id, *near),
                           "Activity {activity} engages communities where priority threat "
                           "{threats} (targeted reprisals) is, but its engagement assessment "
                           "lists neither reprisals against interlocutors nor retaliation "
                           "after departure.",
                           {"activity": f"{a.id} ({a.title})", "threats": ", ".join(near)},
                           kind="engagement")
