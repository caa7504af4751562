"""The redacted edition of a plan, for wider distribution (README, "The printed action plan").

Leaves out what could expose people: threat descriptions, perpetrator names and sources,
the communities engaged, every note, the names of who prepared or decided (engagements,
early-warning levels), the successors' names of the handovers, and the due-diligence
register's unit names, grounds, mitigations and conditions (its statuses stay, §12.4); also
HQ's review note (an internal exchange between HQ and the region), the engagements' decision
rationales (they say why it is safe to meet whom) and the scenarios' narratives (who might do
what, where); the decisions, the scenarios' kinds, horizons and triggers stay (issue #29).
"""
from __future__ import annotations

import copy

from pocplanner.domain.model import Plan


def redacted_copy(plan: Plan) -> Plan:
    out = copy.deepcopy(plan)
    out.prepared_by = ""
    out.review_note = ""
    for s in out.scenarios:
        s.narrative = ""
    for t in out.threats:
        t.description = ""
        t.perpetrator = ""
        t.sources = ""
    for a in out.activities:
        a.notes = ""
        a.outcome = ""                  # the plan in motion (§13): what happened, where
    for alert in out.alerts:
        alert.place = ""
        alert.outcome = ""
    for h in out.transition.handovers:
        h.successor_name = ""
    for assessment in out.hrddp:
        assessment.entity, assessment.grounds = "", ""
        assessment.mitigations, assessment.conditions = [], ""
    for level in (lv for ind in out.early_warning for lv in ind.levels):
        level.decides = ""
    for e in out.engagements:
        e.communities = []
        e.decided_by = ""
        e.decision_rationale = ""
        for r in e.risks:
            r.notes = ""
        for m in e.mitigations:
            m.notes = ""
            m.owner = ""
    return out
