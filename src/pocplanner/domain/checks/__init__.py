"""The plan checks of docs/checks.md: one place that the GUI, the command line and the
printed plan all call.
"""
from __future__ import annotations

from pocplanner.domain.checks.advisory import ERROR, WARNING, Advisory
from pocplanner.domain.checks.assets import check_assets, check_runs_within
from pocplanner.domain.checks.cover import check_brief_presence, check_cover, check_vacuum
from pocplanner.domain.checks.crsv_children import check_crsv_and_children
from pocplanner.domain.checks.drawdown import check_after_close, check_mandate
from pocplanner.domain.checks.due_diligence import check_due_diligence
from pocplanner.domain.checks.early_warning import check_indicators, check_scenarios
from pocplanner.domain.checks.engagement import check_engagements
from pocplanner.domain.checks.evidence import check_evidence
from pocplanner.domain.checks.index import PlanIndex
from pocplanner.domain.checks.integrity import check_dates, check_duplicates, check_references
from pocplanner.domain.checks.monitoring import check_monitoring
from pocplanner.domain.checks.personal import check_personal_data
from pocplanner.domain.checks.presence_rules import (
    check_areas,
    check_military_without_threat,
    check_perpetrators,
)
from pocplanner.domain.checks.reprisal_risk import check_threat_omitted
from pocplanner.domain.checks.responses import check_responses, check_threats
from pocplanner.domain.checks.sequencing import (
    check_dependencies,
    check_harm_and_hrddp,
    check_period,
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
    # #30 (DOMAIN §12.1–12.3, 12.5–12.7, 12.9, 12.9b)
    "SEQ-AREA": WARNING, "SEQ-PERPETRATOR": WARNING, "TRN-AFTERCLOSE": ERROR,
    "TRN-MANDATE": ERROR, "SEQ-NOTHREAT": WARNING, "ENG-THREAT-OMITTED": WARNING,
    "ASSET-OVERCOMMIT": WARNING, "SEQ-WITHIN": ERROR,
    # §12.4 due diligence, §12.8 sexual violence and children (#31)
    "HRD-UNNAMED": WARNING, "HRD-PERPETRATOR": ERROR, "HRD-SUSPENDED": ERROR,
    "HRD-STALE": WARNING, "HRD-HANDOVER": WARNING, "THR-CRSV": WARNING, "THR-CHILDREN": WARNING,
}


def run_checks(plan: Plan, catalogue: Catalogue | None = None,
               places: tuple = ()) -> list[Advisory]:
    """Every advisory for the plan: errors first, then warnings, each in plan order.
    places: the places the user added (geo.UserPlace), which resolve before the gazetteer."""
    found: list[Advisory] = [*check_duplicates(plan), *check_references(plan)]  # as written
    ix = PlanIndex(in_effect(plan), places)     # §13: effective dates, cancelled activities left out
    ix.cancelled = {a.id for a in plan.activities if is_cancelled(a)}
    for check in (check_dates, check_period,
                  check_dependencies, check_cover, check_vacuum, check_harm_and_hrddp,
                  check_brief_presence, check_threats, check_evidence, check_indicators,
                  check_scenarios, check_transition, check_engagements, check_personal_data,
                  check_monitoring, check_due_diligence, check_crsv_and_children,
                  # #30
                  check_runs_within, check_after_close, check_mandate, check_perpetrators,
                  check_areas, check_military_without_threat, check_threat_omitted,
                  check_assets):
        found.extend(check(ix))
    found.extend(check_responses(ix, catalogue or default_catalogue()))
    return sorted(found, key=lambda a: a.severity != ERROR)


def has_errors(advisories: list[Advisory]) -> bool:
    return any(a.severity == ERROR for a in advisories)
