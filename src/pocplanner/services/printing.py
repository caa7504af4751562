"""The printed action plan as every edge asks for it.

The language rule, in one place: a language asked for explicitly (`pdf --lang`, the print
dialog) wins; else the plan's own language (a plan written in French prints in French even
from an English app); else the language of the app or command line.
"""
from __future__ import annotations

from pathlib import Path

from pocplanner.domain.model import Plan
from pocplanner.i18n import LANGUAGES

__all__ = ["print_language", "write_pdf", "pdf_bytes"]


def print_language(plan: Plan, asked: str | None, fallback: str) -> str:
    for lang in (asked, plan.language, fallback):
        if lang in LANGUAGES:
            return lang
    return "en"


def write_pdf(plan: Plan, out: Path | str, lang: str, redacted: bool = False,
              places: tuple = ()) -> Path:
    """The action plan written atomically to a file (OSError if it cannot be written).
    places: those the users added to the gazetteer (PlanStore.places()), for the map."""
    from pocplanner.reports import render_pdf
    return render_pdf(plan, Path(out), lang, redacted=redacted, places=places)


def pdf_bytes(plan: Plan, lang: str, redacted: bool = False, places: tuple = ()) -> bytes:
    """The same document as bytes, for the preview and the printer."""
    from pocplanner.reports import pdf_document
    return pdf_document(plan, lang, redacted, places)
