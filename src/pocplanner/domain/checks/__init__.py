"""The plan checks of docs/checks.md: one place that the GUI, the command line and the
printed plan all call.
"""
from __future__ import annotations

from pocplanner.domain.checks.advisory import ERROR, WARNING, Advisory
from pocplanner.domain.checks.checker import Checker
from pocplanner.domain.model import Plan
from pocplanner.reference import Catalogue

__all__ = ["CODES", "ERROR", "WARNING", "Advisory", "Checker", "has_errors", "run_checks"]

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
    places: the places the user added (geo.UserPlace), which resolve before the gazetteer.
    The checks and their order: what_checks_read.SPECS; an open plan keeps a Checker."""
    return Checker(plan, catalogue, places, remember=False).run()


def has_errors(advisories: list[Advisory]) -> bool:
    return any(a.severity == ERROR for a in advisories)
