"""THR-EVIDENCE: a likelihood that the plan's own incident evidence contradicts."""
from __future__ import annotations

from collections.abc import Iterator

from pocplanner.domain.checks.advisory import WARNING, Advisory
from pocplanner.domain.checks.index import PlanIndex
from pocplanner.domain.evidence import (
    MANY_EVENTS,
    contradiction,
    entry_source_text,
    evidence_of,
)


def check_evidence(ix: PlanIndex) -> Iterator[Advisory]:
    plan = ix.plan
    if not plan.evidence:
        return
    for t in plan.threats:
        entries = evidence_of(plan, t.id)
        found = contradiction(t.likelihood, entries)
        if found is None:
            continue
        refs = (t.id, *[e["id"] for e in entries if e.get("id")])
        most = max(entries, key=lambda e: int(e.get("events", 0)))
        if found == "many":
            yield Advisory("THR-EVIDENCE", WARNING, refs,
                           "Threat {id} ({title}) is rated likelihood {likelihood}, but its "
                           "evidence counts {events} events ({source}); {many} or more call "
                           "for a likelihood of 3 or more, or a note on why not.",
                           {"id": t.id, "title": t.title, "likelihood": str(t.likelihood),
                            "events": str(most.get("events", 0)),
                            "source": entry_source_text(most, "en"),
                            "many": str(MANY_EVENTS)}, kind="threat")
        else:
            yield Advisory("THR-EVIDENCE", WARNING, refs,
                           "Threat {id} ({title}) is rated almost certain (5), but its evidence "
                           "counts no event ({source}); check the likelihood or the evidence.",
                           {"id": t.id, "title": t.title,
                            "source": "; ".join(entry_source_text(e, "en") for e in entries)},
                           kind="threat")
