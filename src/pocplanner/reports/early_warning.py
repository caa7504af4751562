"""The printed early-warning and response matrix (landscape, the levels coloured) and the
contingency scenarios (one block each: kind, horizon, narrative, triggers, threats worsened,
places, contingent activities). The redacted edition keeps the matrix but not where the
community networks and liaison assistants are, nor who decides."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import KeepTogether, NextPageTemplate, PageBreak, TableStyle

from pocplanner import reference
from pocplanner.domain.early_warning import contingent_activities
from pocplanner.domain.model import LEVELS
from pocplanner.domain.scoring import threats_by_risk
from pocplanner.reports.ctx import Ctx, _widths
from pocplanner.reports.template import ActionPlanDocument

PEOPLE_SOURCES = ("community_alert_network", "community_liaison")   # places not printed redacted


def _level_cell(c: Ctx, ind, name: str) -> str:
    level = ind.level(name)
    if level is None:
        return "—"
    parts = []
    if level.threshold:
        parts.append(level.threshold)
    if level.response_ids:
        parts.append(c.t("Responses: {ids}", ids=", ".join(
            f"{rid} {reference.tool_label(r.tool, c.lang)}" if (r := c.plan.item("response", rid))
            else rid for rid in level.response_ids)))
    if level.activity_ids:
        parts.append(c.t("Activities: {ids}", ids=", ".join(level.activity_ids)))
    if level.decides and not c.redacted:
        parts.append(c.t("Decides: {who}", who=level.decides))
    if level.max_hours is not None:
        parts.append(c.t("Within {hours} h", hours=level.max_hours))
    return "\n".join(parts) or c.t("nothing agreed")


def matrix(c: Ctx) -> list:
    plan = c.plan
    if not plan.early_warning:
        return _threat_indicators(c)
    width = ActionPlanDocument.frame_width("landscape")
    rows = []
    for ind in plan.early_warning:
        about = [ind.indicator, c.t("Warns of: {ids}", ids=", ".join(ind.threat_ids) or "—"),
                 c.t("Source: {source}", source=c.label("ew_sources", ind.source))]
        if ind.places and not (c.redacted and ind.source in PEOPLE_SOURCES):
            about.append(c.t("Where: {places}", places=", ".join(ind.places)))
        level = c.label("ew_levels", ind.current_level or "normal")
        if ind.reviewed:
            level += "\n" + c.t("reviewed {date}", date=c.date(ind.reviewed))
        rows.append([ind.id, "\n".join(about), level,
                     *[_level_cell(c, ind, name) for name in LEVELS]])
    table = c.table([c.t("Id"), c.t("Indicator"), c.t("Now"),
                     *[c.label("ew_levels", name) for name in LEVELS]], rows,
                    _widths(width, [5, 27, 10, 19, 20, 19]))
    colours = reference.map_style()["levels"]
    style = [("BACKGROUND", (3 + i, 0), (3 + i, 0), colors.HexColor(colours[name]))
             for i, name in enumerate(LEVELS)]
    for r, ind in enumerate(plan.early_warning, start=1):
        style.append(("BACKGROUND", (2, r), (2, r),
                      colors.HexColor(colours[ind.current_level or "normal"])))
    table.setStyle(TableStyle(style))
    return [NextPageTemplate("landscape"), PageBreak(),
            KeepTogether([c.p(c.t("9. Early-warning and response matrix"), "h1"), table])]


def _threat_indicators(c: Ctx) -> list:
    """A plan without a matrix: the indicators written in the threats, as before."""
    width = ActionPlanDocument.frame_width("portrait")
    rows = [[t.id, t.title, "\n".join(f"• {i}" for i in t.indicators) or "—",
             "\n".join(f"• {x}" for x in t.triggers) or "—"]
            for t in threats_by_risk(c.plan) if t.indicators or t.triggers]
    story = [c.p(c.t("9. Early-warning indicators to monitor"), "h1")]
    if not rows:
        return story + [c.p(c.t("No indicators recorded."))]
    return story + [c.table([c.t("Id"), c.t("Threat"), c.t("Indicators"), c.t("Triggers")], rows,
                            _widths(width, [7, 33, 30, 30]))]


def scenarios(c: Ctx) -> list:
    plan = c.plan
    if not plan.scenarios:
        return []
    width = ActionPlanDocument.frame_width("portrait")
    story = [NextPageTemplate("portrait"), PageBreak(),
             c.p(c.t("10. Contingency scenarios"), "h1")]
    for s in plan.scenarios:
        facts = [[c.t("Kind"), c.label("scenario_kinds", s.kind)],
                 [c.t("Horizon"), c.t("{n} days", n=s.horizon_days) if s.horizon_days else "—"],
                 [c.t("Triggered by"), "\n".join(
                     f"{i} — {ind.indicator}" if (ind := plan.item("indicator", i)) else i
                     for i in s.trigger_ids) or "—"],
                 [c.t("Threats it worsens"), "\n".join(_adjusted(c, a) for a in
                                                      s.threat_adjustments) or "—"],
                 [c.t("Places"), ", ".join(s.places) or "—"],
                 [c.t("Contingent activities"), "\n".join(
                     f"{a.id} {a.title} ({c.date(a.start)} – {c.date(a.end)}, {a.location})"
                     for a in contingent_activities(plan, s.id)) or "—"]]
        block = [c.p(f"{s.id} — {s.title}", "h2")]
        if s.narrative:
            block.append(c.p(c.fit(s.narrative, 110)))
        block.append(c.table([c.t("Scenario"), ""], facts, _widths(width, [22, 78])))
        story.append(KeepTogether(block))
    return story


def _adjusted(c: Ctx, adj) -> str:
    t = c.plan.threat(adj.threat_id)
    if t is None:
        return adj.threat_id
    likelihood, impact = adj.likelihood or t.likelihood, adj.impact or t.impact
    return c.t("{id} {title}: risk {old} → {new} (L{l} × I{i})", id=t.id, title=t.title,
               old=t.score, new=likelihood * impact, l=likelihood, i=impact)
