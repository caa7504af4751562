"""The offline help as HTML, built from resources/help/help.json and the reference data, in
English or French. No Qt here: the app shows these pages (F1), and tests read them."""
from __future__ import annotations

from html import escape

from pocplanner import reference
from pocplanner.domain.checks import CODES
from pocplanner.domain.flow import STEP_TITLES, STEPS
from pocplanner.i18n import N_, tr

OVERVIEW, GLOSSARY, ADVISORIES = "overview", "glossary", "advisories"
TOPICS = [OVERVIEW, *STEPS, GLOSSARY, ADVISORIES]
TOPIC_TITLES = {OVERVIEW: N_("How pocplanner works"), GLOSSARY: N_("Glossary"),
                ADVISORIES: N_("Advisory codes: what to do"), **STEP_TITLES}

# the advisories the user meets, and fixes, at each step
CODES_BY_STEP = {
    "context": ["DATA-PII"],
    "threats": ["THR-UNANSWERED", "THR-EVIDENCE"],
    "responses": ["THR-UNANSWERED", "RSP-TIER2ONLY", "RSP-TIER", "THR-CRSV", "THR-CHILDREN"],
    "early_warning": ["THR-NOINDICATOR", "EW-NORESPONSE", "EW-UNANSWERED", "CTG-MISSING",
                      "CTG-NOTRIGGER", "CTG-NOACTIVITY"],
    "sequencing": ["DATE-ORDER", "SEQ-PERIOD", "SEQ-CYCLE", "SEQ-ORDER", "SEQ-COVER",
                   "SEQ-VACUUM", "SEQ-HARM", "SEQ-HRDDP", "CTX-BRIEF-PRESENCE",
                   "RSP-NOACTIVITY", "HRD-UNNAMED", "HRD-PERPETRATOR", "HRD-SUSPENDED",
                   "HRD-STALE"],
    "engagement": ["ENG-UNASSESSED", "ENG-NOMITIGATION", "ENG-RESIDUAL", "ENG-PENDING",
                   "ENG-NOGO-SCHEDULED", "DATA-PII"],
    "transition": ["TRN-NOSUCCESSOR", "TRN-HOTSPOT", "TRN-REPRISAL", "SEQ-COVER", "HRD-HANDOVER"],
    "review": ["REF-MISSING", "ID-DUPLICATE"],
}
SEVERITY = {"error": N_("error"), "warning": N_("warning")}


def _text(texts: dict[str, str], lang: str) -> str:
    return escape(reference.localized(texts, lang))


def _para(text: str, lang: str) -> str:
    return f"<p>{escape(tr(text, lang))}</p>"


def title(topic: str, lang: str) -> str:
    return tr(TOPIC_TITLES[topic], lang)


def _advisory_rows(codes: list[str], lang: str) -> str:
    help_ = reference.help_content()["advisories"]
    rows = "".join(f"<tr><td><b>{code}</b><br><i>{tr(SEVERITY[CODES[code]], lang)}</i></td>"
                   f"<td>{_text(help_[code], lang)}</td></tr>" for code in codes)
    return f"<table cellpadding='4' border='0'>{rows}</table>"


def with_step_count(text: str) -> str:
    """{steps} in a help text: the number of steps of domain/flow.py (one count everywhere)."""
    return text.replace("{steps}", str(len(STEPS)))


def _step(topic: str, lang: str) -> str:
    content = reference.help_content()["steps"][topic]
    parts = [f"<p>{escape(with_step_count(p))}</p>" for p in content.get(lang) or content["en"]]
    codes = CODES_BY_STEP.get(topic)
    if codes:
        parts.append(f"<h3>{escape(tr('Advisories you may meet here', lang))}</h3>")
        parts.append(_advisory_rows(codes, lang))
    return "".join(parts)


def _terms(vocabulary: str, explanations: dict, lang: str) -> str:
    rows = []
    for term in reference.vocabularies()[vocabulary]:
        text = explanations.get(term.key)
        rows.append(f"<tr><td><b>{escape(term.text(lang))}</b></td>"
                    f"<td>{_text(text, lang) if text else ''}</td></tr>")
    return f"<table cellpadding='4'>{''.join(rows)}</table>"


def _glossary(lang: str) -> str:
    glossary = reference.help_content()["glossary"]
    scales = reference.scales()
    bands = "".join(
        f"<tr><td style='background:{b['colour']}'><b>{_text(b['label'], lang)}</b></td>"
        f"<td>{b['min']}–{b['max']}</td><td>{_text(b['help'], lang) if b.get('help') else ''}"
        f"</td></tr>" for b in scales["bands"])
    scale_rows = "".join(
        f"<tr><td><b>{s['key']}</b></td><td>{_text(s['label'], lang)}</td>"
        f"<td>{_text(i['label'], lang)}</td></tr>"
        for s, i in zip(scales["likelihood"], scales["impact"]))
    return "".join([
        f"<h3>{escape(tr('Tiers of protection', lang))}</h3>",
        _terms("tiers", glossary["tiers"], lang),
        f"<h3>{escape(tr('Phases', lang))}</h3>", _terms("phases", glossary["phases"], lang),
        f"<h3>{escape(tr('Components', lang))}</h3>",
        _terms("components", glossary["components"], lang),
        f"<h3>{escape(tr('Likelihood and impact', lang))}</h3>",
        _para(N_("Each threat and each engagement risk is rated from 1 to 5 on both; the "
                 "risk is likelihood × impact."), lang),
        f"<table cellpadding='4'><tr><th></th><th>{escape(tr('Likelihood', lang))}</th>"
        f"<th>{escape(tr('Impact', lang))}</th></tr>{scale_rows}</table>",
        f"<h3>{escape(tr('Risk bands', lang))}</h3>",
        f"<table cellpadding='4'>{bands}</table>",
        _para(N_("Advisory codes are explained on their own page."), lang)])


def page_html(topic: str, lang: str = "en") -> str:
    """One help page: its title and its content."""
    if topic == GLOSSARY:
        body = _glossary(lang)
    elif topic == ADVISORIES:
        body = (_para(N_("Errors must be fixed before a plan can be final; warnings are for "
                         "the task force to weigh."), lang)
                + _advisory_rows(list(CODES), lang))
    else:
        body = _step(topic, lang)
    return f"<h2>{escape(title(topic, lang))}</h2>{body}"


def tour_pages(lang: str = "en") -> list[tuple[str, str, str]]:
    """The short tour: the overview, then the first paragraph of each step, each with the
    name of its screenshot in resources/help/tour/ (scripts/make_tour_images.py)."""
    steps = reference.help_content()["steps"]
    shot = "fr" if lang == "fr" else "en"
    return [(title(t, lang),
             with_step_count(reference.localized({k: v[0] for k, v in steps[t].items()}, lang)),
             f"{t}-{shot}.png") for t in [OVERVIEW, *STEPS]]
