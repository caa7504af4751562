"""The POC status report as both edges ask for it (`pocplanner report`, the app's Plan menu):
the report's content from the plan (domain/status_report.py), the incident counts from the
local store when it has data (counts only, attributed), the PDF written atomically."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from pocplanner.domain.model import Plan
from pocplanner.domain.status_report import IncidentFigures, StatusReport, build_status_report


def plan_cercles(plan: Plan) -> frozenset[str]:
    """The cercles (P-codes) of the plan's areas; the region's when no area is a cercle."""
    from pocplanner.domain import geo
    from pocplanner.domain.plan_map import region_cercles
    found: set[str] = set()
    for name in plan.areas:
        cercle = geo.cercle_named(name)
        if cercle is not None:
            found.add(cercle.pcode)
        else:
            found |= region_cercles(name)
    return frozenset(found or region_cercles(plan.region))


def incident_figures(db, plan: Plan, as_of: dt.date) -> IncidentFigures | None:
    """Events in the plan's cercles from the period's start to as_of, and in the same number
    of days before the period; None without a database, incident data, or a period begun."""
    if db is None or as_of < plan.period.start:
        return None
    from pocplanner.domain.evidence import source_label
    from pocplanner.storage import incident_queries as q
    from pocplanner.storage import incidents as stored
    if not q.has_incidents(db):
        return None
    pcodes = plan_cercles(plan)
    start = plan.period.start
    days = (as_of - start).days + 1
    before_end = start - dt.timedelta(days=1)
    before_start = start - dt.timedelta(days=days)
    now = q.Where(pcodes, frozenset(), None, start.isoformat(), as_of.isoformat())
    before = q.Where(pcodes, frozenset(), None, before_start.isoformat(),
                     before_end.isoformat())
    used = set(q.by_source(db, now)) | set(q.by_source(db, before))
    names = [source_label(s.name, s.accessed()) for s in stored.sources(db) if s.id in used]
    return IncidentFigures(start, as_of, q.total(db, now).events or 0, before_start,
                           before_end, q.total(db, before).events or 0, names)


def saved_versions(db, plan: Plan, most: int = 60):
    """The plan's saved versions in the library, newest first (lazily; none without it)."""
    if db is None:
        return
    from pocplanner.storage.plans import PlanStore
    store = PlanStore(db)
    if not store.exists(plan.id):
        return
    for version in store.history(plan.id)[:most]:
        yield store.load_version(plan.id, version.revision)


def status_report(plan: Plan, as_of: dt.date | None = None, db=None) -> StatusReport:
    from pocplanner.storage.places import user_places
    places = tuple(user_places(db)) if db is not None else ()
    report = build_status_report(plan, as_of, saved_versions(db, plan), places)
    report.incidents = incident_figures(db, plan, report.as_of)
    return report


def status_pdf_bytes(plan: Plan, lang: str, as_of: dt.date | None = None,
                     redacted: bool = False, db=None) -> bytes:
    from pocplanner.reports.status_report import status_document
    return status_document(status_report(plan, as_of, db), lang, redacted)


def write_status_pdf(plan: Plan, out: Path | str, lang: str, as_of: dt.date | None = None,
                     redacted: bool = False, db=None) -> Path:
    """The status report written atomically (OSError if it cannot be written)."""
    from pocplanner.files import write_atomically
    out = Path(out)
    write_atomically(out, status_pdf_bytes(plan, lang, as_of, redacted, db))
    return out
