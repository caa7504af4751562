"""The printed action plan as every edge asks for it.

The language rule, in one place: a language asked for explicitly (`pdf --lang`, the print
dialog) wins; else the plan's own language (a plan written in French prints in French even
from an English app); else the language of the app or command line.
"""
from __future__ import annotations

from pathlib import Path

from pocplanner.domain.model import Plan
from pocplanner.i18n import LANGUAGES

__all__ = ["pdf_bytes", "print_language", "write_pdf"]


def print_language(plan: Plan, asked: str | None, fallback: str) -> str:
    for lang in (asked, plan.language, fallback):
        if lang in LANGUAGES:
            return lang
    return "en"


def write_pdf(plan: Plan, out: Path | str, lang: str, redacted: bool = False,
              places: tuple = (), db=None) -> Path:
    """The action plan written atomically to a file (OSError if it cannot be written).
    places: those the users added to the gazetteer (PlanStore.places()), for the map; db:
    the database whose incident counts the map shows (None: no incident layer)."""
    from pocplanner.reports import render_pdf
    return render_pdf(plan, Path(out), lang, redacted=redacted, places=places,
                      incidents=incident_layer(db, plan, lang))


def pdf_bytes(plan: Plan, lang: str, redacted: bool = False, places: tuple = (),
              db=None) -> bytes:
    """The same document as bytes, for the preview and the printer."""
    from pocplanner.reports import pdf_document
    return pdf_document(plan, lang, redacted, places, incident_layer(db, plan, lang))


def incident_layer(db, plan: Plan, lang: str) -> tuple[dict[str, int], str] | None:
    """Events per cercle in the year before the plan starts, and the note that says so and
    names the sources; None without a database or incident data."""
    if db is None:
        return None
    from pocplanner.domain.evidence import source_text
    from pocplanner.i18n import format_date, tr
    from pocplanner.services.incidents import cercle_counts
    counts, w, sources = cercle_counts(db, plan)
    if not counts:
        return None
    return counts, tr("Incidents by cercle, {start} – {end} (the year before the plan, every "
                      "category): {sources}", lang, start=format_date(w.start, lang),
                      end=format_date(w.end, lang),
                      sources="; ".join(source_text(s, lang) for s in sources))
