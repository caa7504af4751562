"""The incident evidence behind the likelihoods, as the printed plan shows it: the counts the
planner took as evidence for each threat (plan.evidence), their period and cercles, the
period before, the source named and its attribution. Counts only, never incidents."""
from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from pocplanner.domain import geo
from pocplanner.domain.evidence import entry_source_text
from pocplanner.domain.incidents.formats import FORMATS
from pocplanner.reports.ctx import Ctx, _widths
from pocplanner.reports.template import ActionPlanDocument

# how each source asks to be credited wherever its counts are shown
ATTRIBUTIONS = {f.name: f.attribution for f in FORMATS if f.key != "log"}


def _date(c: Ctx, text: str | None) -> str:
    try:
        return c.date(dt.date.fromisoformat(text)) if text else "—"
    except ValueError:
        return text or "—"


def _change(events: int, previous: int | None) -> str:
    if previous is None:
        return "—"
    if previous == 0:
        return "+" + str(events) if events else "0"
    change = round(100 * (events - previous) / previous)
    return f"{change:+d} %"


def evidence_table(c: Ctx) -> list:
    plan = c.plan
    entries = [e for e in plan.evidence if plan.threat(e.get("threat_id", ""))]
    if not entries:
        return []
    names = {ce.pcode: ce.name for ce in geo.cercles()}
    rows = []
    for e in entries:
        t = plan.threat(e["threat_id"])
        assert t is not None                    # entries were kept for existing threats
        cercles = [names.get(p, p) for p in e.get("pcodes", [])]
        where = ", ".join(cercles[:6]) + (f" (+{len(cercles) - 6})" if len(cercles) > 6 else "")
        previous = e.get("previous_events")
        rows.append([f"{t.id} ({c.t('L')}{t.likelihood})", entry_source_text(e, c.lang),
                     f"{_date(c, e.get('period_start'))} – {_date(c, e.get('period_end'))}",
                     where or "—", str(e.get("events", 0)), str(e.get("fatalities", "—")),
                     "—" if previous is None else str(previous),
                     _change(int(e.get("events", 0)), previous)])
    width = ActionPlanDocument.frame_width("portrait")
    story = [c.p(c.t("Incident evidence behind the likelihoods"), "h2"),
             c.p(c.t("Events of the threat's category in its cercles, as the planner took them "
                     "as evidence; the period before is of the same length. The likelihood "
                     "remains the planner's judgement."), "small"),
             c.table([c.t("Threat"), c.t("Source"), c.t("Period"), c.t("Cercles"),
                      c.t("Events"), c.t("Fatalities"), c.t("Period before"), c.t("Change")],
                     rows, _widths(width, [9, 19, 18, 19, 8, 11, 9, 7]))]
    credited = sorted({name for name in ATTRIBUTIONS for e in entries
                       if str(e.get("source", "")).startswith(name)})
    if credited:
        story.append(c.p(c.t("Sources: {list}. Only counts are printed; the events stay in "
                             "the local database.", list="; ".join(ATTRIBUTIONS[n]
                                                                  for n in credited)), "small"))
    return story + [Spacer(1, 4 * mm)]
