"""Translation of the texts the core, the command line and the reports show.

The Qt windows use Qt's own tr() with .ts/.qm files; everything outside Qt uses this module,
in the same spirit as gettext: the English text is the message id, and
resources/i18n/<lang>.json maps it to the translation. A text with no translation is shown
in English rather than not at all.
"""
from __future__ import annotations

import json
import os
import re
from functools import cache

LANGUAGES = ("en", "fr")


@cache
def _catalogue(lang: str) -> dict[str, str]:
    if lang == "en":
        return {}
    from importlib import resources
    path = resources.files("pocplanner.resources").joinpath("i18n", f"{lang}.json")
    return json.loads(path.read_text(encoding="utf-8"))


def N_(text: str) -> str:
    """Mark a text for translation where it is defined; tr() translates it where it is shown."""
    return text


def tr(text: str, lang: str = "en", /, **params: object) -> str:
    """The text in the language, with {placeholders} filled in."""
    translated = _catalogue(lang).get(text, text) if lang in LANGUAGES else text
    return translated.format(**params) if params else translated


def default_language(preferred: str | None = None) -> str:
    """POCPLANNER_LANG if set, else the language chosen in the app's settings (preferred),
    else the system locale's language if we have it, else English."""
    chosen = os.environ.get("POCPLANNER_LANG", "")
    if chosen in LANGUAGES:
        return chosen
    if preferred in LANGUAGES:
        return preferred
    return system_language()


def system_language() -> str:
    """The system locale's language if we have it, else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    import locale
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "fr" if code.lower().startswith("fr") else "en"


MONTHS = {"en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                 "Dec"),
          "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                 "oct.", "nov.", "déc.")}


def format_date(day, lang: str = "en") -> str:
    """A date as each language writes it: 2018-07-12 (ISO, unambiguous across English
    usages) or 12/07/2018."""
    return day.strftime("%d/%m/%Y") if lang == "fr" else day.isoformat()


def format_datetime(moment, lang: str = "en") -> str:
    return f"{format_date(moment.date(), lang)} {moment.strftime('%H:%M')}"


def format_month(day, lang: str = "en", year: bool = True) -> str:
    """The month of a timeline axis: Jul 2018 / juil. 2018 (without the year: Jul / juil.)."""
    name = MONTHS.get(lang, MONTHS["en"])[day.month - 1]
    return f"{name} {day.year}" if year else name


def date_pattern(lang: str = "en") -> str:
    """The same date format for Qt's date editors."""
    return "dd/MM/yyyy" if lang == "fr" else "yyyy-MM-dd"


NBSP, NNBSP = "\u00a0", "\u202f"
_BEFORE_COLON = re.compile(r"[ \u00a0\u202f]+:(?=\s|$|<)")
_BEFORE_MARK = re.compile(r"[ \u00a0\u202f]*([;?!])(?=\s|$|<|\))")


def french_typography(text: str) -> str:
    """No-break spaces where French typography wants them: before « : » (a full no-break
    space), before « ; ? ! » (a narrow one), and inside « guillemets »."""
    text = _BEFORE_COLON.sub(NBSP + ":", text)
    text = _BEFORE_MARK.sub(NNBSP + r"\1", text)
    text = re.sub(r"«[ \u00a0]*", "«" + NBSP, text)
    return re.sub(r"[ \u00a0]*»", NBSP + "»", text)


def typography(text: str, lang: str) -> str:
    """The text as the language sets it (French: no-break spaces before « : ; ? ! »)."""
    return french_typography(text) if lang == "fr" else text
