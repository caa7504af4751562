"""The plan checks of docs/checks.md: one place that the GUI, the command line and the
printed plan all call.
"""
from __future__ import annotations

from pocplanner.domain.checks.advisory import ERROR, WARNING, Advisory
from pocplanner.domain.checks.early_warning import check_indicators, check_scenarios
from pocplanner.domain.checks.engagement import check_engagements
from pocplanner.domain.checks.evidence import check_evidence
from pocplanner.domain.checks.index import PlanIndex
from pocplanner.domain.checks.integrity import check_dates, check_duplicates, check_references
from pocplanner.domain.checks.monitoring import check_monitoring
from pocplanner.domain.checks.personal import check_personal_data
from pocplanner.domain.checks.responses import check_responses, check_threats
from pocplanner.domain.checks.sequencing import (
    check_brief_presence,
    check_cover,
    check_dependencies,
    check_harm_and_hrddp,
    check_period,
    check_vacuum,
)
from pocplanner.domain.checks.transition import check_transition
from pocplanner.domain.model import Plan
from pocplanner.domain.timeline import in_effect, is_cancelled
from pocplanner.reference import Catalogue
from pocplanner.reference import catalogue as default_catalogue

__all__ = ["CODES", "ERROR", "WARNING", "Advisory", "has_errors", "run_checks"]

CODES = {
    "REF-MISSING": ERROR, "ID-DUPLICATE": ERROR, "DATE-ORDER": ERROR, "SEQ-PERIOD": WARNING,
    "SEQ-CYCLE": ERROR, "SEQ-ORDER": ERROR, "SEQ-COVER": ERROR, "SEQ-VACUUM": WARNING,
    "SEQ-HARM": ERROR, "SEQ-HRDDP": ERROR, "CTX-BRIEF-PRESENCE": WARNING,
    "THR-UNANSWERED": ERROR, "RSP-NOACTIVITY": WARNING, "RSP-TIER2ONLY": WARNING,
    "RSP-TIER": WARNING, "ENG-UNASSESSED": ERROR, "ENG-NOMITIGATION": ERROR,
    "ENG-RESIDUAL": ERROR, "ENG-PENDING": WARNING, "ENG-NOGO-SCHEDULED": WARNING,
    "DATA-PII": WARNING, "THR-EVIDENCE": WARNING, "THR-NOINDICATOR": WARNING,
    "EW-NORESPONSE": ERROR, "EW-UNANSWERED": WARNING, "CTG-MISSING": WARNING,
    "CTG-NOTRIGGER": WARNING, "CTG-NOACTIVITY": WARNING, "TRN-NOSUCCESSOR": WARNING,
    "TRN-HOTSPOT": ERROR, "TRN-REPRISAL": WARNING,
    "MON-LATE": WARNING, "MON-REVIEW": WARNING, "EW-SLOW": WARNING,
}


def run_checks(plan: Plan, catalogue: Catalogue | None = None) -> list[Advisory]:
    """Every advisory for the plan: errors first, then warnings, each in plan order."""
    found: list[Advisory] = []
    written = PlanIndex(plan)
    for check in (check_duplicates, check_references):
        found.extend(check(written))
    ix = PlanIndex(in_effect(plan))     # §13: effective dates, cancelled activities left out
    ix.cancelled = {a.id for a in plan.activities if is_cancelled(a)}
    for check in (check_dates, check_period,
                  check_dependencies, check_cover, check_vacuum, check_harm_and_hrddp,
                  check_brief_presence, check_threats, check_evidence, check_indicators,
                  check_scenarios, check_transition, check_engagements, check_personal_data,
                  check_monitoring):
        found.extend(check(ix))
    found.extend(check_responses(ix, catalogue or default_catalogue()))
    return sorted(found, key=lambda a: a.severity != ERROR)


def has_errors(advisories: list[Advisory]) -> bool:
    return any(a.severity == ERROR for a in advisories)
