"""How HQ tells plans apart (#28): by office, region, period and title — never by an id such
as "plan-38be4aba" alone — and which column a plan counts in when regions are compared: two
plans of one region for different periods are shown side by side, never added together."""
from __future__ import annotations

from pocplanner.domain.model import Plan
from pocplanner.domain.places import place_key
from pocplanner.messages import Message


def plan_name(plan: Plan) -> Message:
    """"Mopti office · Mopti · 01/08/2019 – 31/10/2019 · title", dates in the reader's form."""
    text = "{office} · {region} · {start} – {end} · {title}" if plan.office.strip() else \
        "{region} · {start} – {end} · {title}"
    return Message(text, office=plan.office.strip(), region=plan.region or "—",
                   start=plan.period.start.isoformat(), end=plan.period.end.isoformat(),
                   title=plan.title)


def _span(plan: Plan, by_year: bool) -> str:
    s, e = plan.period.start, plan.period.end
    if by_year:
        return str(s.year) if s.year == e.year else f"{s.year}–{e.year}"
    return f"{s.month:02d}/{s.year}–{e.month:02d}/{e.year}"


def region_columns(plans: list[tuple[str, Plan]]) -> dict[str, str]:
    """Plan key -> the column it counts in: its region, with its period when the same region
    comes with another period ("Mopti 2019", "Mopti 2020"); the same period, the same
    column (versions or forks of one plan)."""
    periods: dict[str, set] = {}
    for _key, plan in plans:
        periods.setdefault(place_key(plan.region), set()).add((plan.period.start, plan.period.end))
    columns = {}
    for key, plan in plans:
        spans = periods[place_key(plan.region)]
        if len(spans) == 1:
            columns[key] = plan.region
            continue
        years = [s.year for s, _e in spans]
        by_year = len(set(years)) == len(years)
        columns[key] = f"{plan.region} {_span(plan, by_year)}"
    return columns


def file_stem(plan: Plan, lang: str, redacted: bool = False) -> str:
    """A file name a person reads: "Plan PdC Mopti 2019-08 – 2019-10 (expurgé)", without
    the characters file systems refuse."""
    from pocplanner.i18n import tr
    s, e = plan.period.start, plan.period.end
    parts = [tr("POC plan", lang), plan.office.strip() or plan.region or plan.id,
             f"{s.year}-{s.month:02d} – {e.year}-{e.month:02d}"]
    if plan.office.strip() and plan.region:
        parts.insert(2, plan.region)
    name = " ".join(p for p in parts if p) + (f" ({tr('redacted', lang)})" if redacted else "")
    cleaned = "".join("-" if c in '/\\:*?"<>|' or ord(c) < 32 else c for c in name)
    return " ".join(cleaned.split())[:120]
