"""The printed regional POC action plan (PDF, reportlab).

    render_pdf(plan, "plan.pdf", lang="fr", redacted=True)

reportlab is imported only when a report is made, so that starting the app stays quick.
"""
from __future__ import annotations

import io
from pathlib import Path

from pocplanner import __version__
from pocplanner.domain.checks import run_checks
from pocplanner.domain.model import Plan
from pocplanner.domain.plan_language import in_language
from pocplanner.domain.redaction import redacted_copy
from pocplanner.i18n import format_date, tr
from pocplanner.reference import label


def render_pdf(plan: Plan, out: Path | str, lang: str = "en", redacted: bool = False,
               places: tuple = (), incidents: tuple[dict[str, int], str] | None = None) -> Path:
    """Write the action plan to a file (atomically). places: those the users added to the
    gazetteer, for the map page; incidents: events per cercle and their note, for the map's
    incident layer (counts only)."""
    from pocplanner.files import write_atomically
    out = Path(out)
    write_atomically(out, pdf_document(plan, lang, redacted, places, incidents))
    return out


def pdf_document(plan: Plan, lang: str = "en", redacted: bool = False,
                 places: tuple = (), incidents: tuple[dict[str, int], str] | None = None) -> bytes:
    """The action plan as PDF bytes (the same bytes for a file, a preview or a printer)."""
    from pocplanner.reports.sections import SECTIONS, Ctx
    from pocplanner.reports.template import ActionPlanDocument, PageTexts, numbered_canvas

    plan = in_language(plan, lang)         # catalogue and default titles in the edition's
    # on the full plan (redaction must not hide problems), the places the users added
    # resolving as they do in the app and in `pocplanner check`
    advisories = run_checks(plan, places=places)
    shown = redacted_copy(plan) if redacted else plan
    marking = label("sensitivities", plan.sensitivity, lang).upper()
    if redacted:
        marking += " — " + tr("REDACTED", lang)
    period = f"{format_date(plan.period.start, lang)} – {format_date(plan.period.end, lang)}"
    texts = PageTexts(
        marking=marking,
        header=" · ".join([plan.title, plan.region, period,
                           tr("version {n}", lang, n=plan.version or 1)]),
        page_of=tr("Page {page} of {pages}", lang),
        watermark="" if plan.status == "final" else tr("DRAFT", lang))
    buffer = io.BytesIO()
    doc = ActionPlanDocument(buffer, texts, title=plan.title,
                             subject=tr("Regional POC action plan", lang) + f" — {plan.region}",
                             creator=f"pocplanner {__version__}", author="",
                             lang=lang)
    ctx = Ctx(shown, lang, redacted, advisories)
    ctx.places = places
    ctx.incidents = incidents
    story = []
    for section in SECTIONS:
        story += section(ctx)
    doc.build(story, canvasmaker=numbered_canvas(texts))
    return buffer.getvalue()
