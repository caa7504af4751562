"""The story of the printed plan, one function per section."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (CondPageBreak, Flowable, KeepTogether, LongTable, NextPageTemplate,
                                PageBreak, Paragraph, Spacer, TableStyle)

from pocplanner import reference
from pocplanner.domain.checks import ERROR, Advisory
from pocplanner.domain.model import Plan
from pocplanner.domain.scoring import band_for, bands, is_priority, threats_by_risk
from pocplanner.i18n import format_date, tr
from pocplanner.reports.charts import gantt_pages, heat_map
from pocplanner.reports.styles import HEADER_BG, styles
from pocplanner.reports.template import ActionPlanDocument


class Ctx:
    """What every section needs: the plan, the language, the edition."""

    def __init__(self, plan: Plan, lang: str, redacted: bool, advisories: list[Advisory]):
        self.plan, self.lang, self.redacted, self.advisories = plan, lang, redacted, advisories
        self.s = styles()

    def t(self, text: str, **params) -> str:
        return tr(text, self.lang, **params)

    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text), self.s[style])

    def label(self, vocabulary: str, key) -> str:
        return reference.label(vocabulary, str(key), self.lang) if key is not None else "—"

    def date(self, day: dt.date) -> str:
        return format_date(day, self.lang)

    def table(self, header: list[str], rows: list[list], widths: list[float]) -> LongTable:
        cell = self.s["cell"]
        data = [[Paragraph(escape(h), self.s["cellbold"]) for h in header]]
        for row in rows:
            data.append([c if isinstance(c, Flowable)
                         else Paragraph(escape(str(c)).replace("\n", "<br/>"), cell)
                         for c in row])
        table = LongTable(data, colWidths=widths, repeatRows=1, splitByRow=True, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))
        return table


def _widths(total: float, parts: list[float]) -> list[float]:
    scale = total / sum(parts)
    return [p * scale for p in parts]


def cover(c: Ctx) -> list:
    plan = c.plan
    facts = [
        (c.t("Region"), plan.region),
        (c.t("Areas"), ", ".join(plan.areas) or "—"),
        (c.t("Period"), f"{c.date(plan.period.start)} – {c.date(plan.period.end)}"),
        (c.t("Office"), plan.office or "—"),
        (c.t("Version"), str(plan.version or 1)),
        (c.t("Date"), c.date(dt.date.today())),
        (c.t("Status"), c.label("statuses", plan.status or "draft")),
        (c.t("Sensitivity"), c.label("sensitivities", plan.sensitivity)),
    ]
    story = [Spacer(1, 40 * mm), c.p(c.t("Regional POC action plan"), "subtitle"),
             c.p(plan.title, "title")]
    rows = [[c.p(k, "cellbold"), c.p(v, "body")] for k, v in facts]
    table = LongTable(rows, colWidths=[45 * mm, 120 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#cccccc"))]))
    story += [table, PageBreak()]
    return story


def summary(c: Ctx) -> list:
    plan = c.plan
    story = [c.p(c.t("1. Summary"), "h1")]
    by_band = Counter(band_for(t.score).key for t in plan.threats)
    rows = [[reference.localized(b.label, c.lang), str(by_band.get(b.key, 0))] for b in reversed(bands())]
    story += [c.p(c.t("Threats by risk band"), "h2"),
              c.table([c.t("Risk band"), c.t("Threats")], rows, [60 * mm, 25 * mm])]
    priority = [t for t in threats_by_risk(plan) if is_priority(t)]
    story.append(c.p(c.t("Priority threats"), "h2"))
    story += [c.p(f"• {t.id} — {t.title} ({c.t('risk')} {t.score})") for t in priority] or \
        [c.p(c.t("None."))]
    tiers = Counter(r.tier for r in plan.responses)
    components = Counter(a.component for a in plan.activities)
    story += [c.p(c.t("Responses by tier"), "h2"),
              c.table([c.t("Tier"), c.t("Responses")],
                      [[c.label("tiers", t), str(tiers.get(t, 0))] for t in (1, 2, 3)],
                      [110 * mm, 25 * mm]),
              c.p(c.t("Activities by component"), "h2"),
              c.table([c.t("Component"), c.t("Activities")],
                      [[c.label("components", k), str(components.get(k, 0))]
                       for k in ("military", "police", "civilian", "host_state", "partner")],
                      [60 * mm, 25 * mm])]
    errors = sum(a.severity == ERROR for a in c.advisories)
    story.append(c.p(c.t("Open advisories: {errors} error(s), {warnings} warning(s).",
                         errors=errors, warnings=len(c.advisories) - errors), "h2"))
    return story


def context(c: Ctx) -> list:
    ctx = c.plan.context
    yes_no = {True: c.t("Yes"), False: c.t("No"), None: "—"}
    rows = [
        [c.t("Mission targeted by asymmetric attacks"), yes_no[ctx.mission_targeted]],
        [c.t("Counter-terrorism forces operating"), yes_no[ctx.ct_forces_present]],
        [c.t("State presence"), c.label("state_presence", ctx.state_presence)],
        [c.t("Access"), c.label("access", ctx.access)],
        [c.t("Host-state consent"), c.label("host_state_consent", ctx.host_state_consent)],
        [c.t("Mission drawing down"), yes_no[ctx.drawdown]],
    ]
    story = [c.p(c.t("2. Context"), "h1"), c.table([c.t("Fact"), c.t("Assessment")], rows,
                                                   [90 * mm, 60 * mm])]
    if ctx.summary:
        story += [c.p(c.t("Summary"), "h2"), c.p(ctx.summary)]
    if ctx.mandate_notes:
        story += [c.p(c.t("Mandate language"), "h2"), c.p(ctx.mandate_notes)]
    return story


def threats(c: Ctx) -> list:
    plan = c.plan
    width = ActionPlanDocument.frame_width("portrait")
    rows = []
    for t in threats_by_risk(plan):
        parts = [f"<b>{escape(t.title)}</b>"]
        if t.groups_at_risk:
            parts.append(escape(c.t("At risk: {groups}", groups="; ".join(t.groups_at_risk))))
        perpetrator = c.label("perpetrator_types", t.perpetrator_type)
        if t.perpetrator and not c.redacted:
            perpetrator += f" ({t.perpetrator})"
        parts.append(escape(c.t("Perpetrator: {who}", who=perpetrator)))
        if t.locations:
            parts.append(escape(c.t("Where: {places}", places=", ".join(t.locations))))
        if t.description and not c.redacted:
            parts.append(escape(t.description))
        if t.sources and not c.redacted:
            parts.append("<i>" + escape(c.t("Sources: {sources}", sources=t.sources)) + "</i>")
        cell = Paragraph("<br/>".join(parts), c.s["cell"])
        rows.append([t.id, cell, c.label("threat_categories", t.category), str(t.likelihood),
                     str(t.impact), str(t.score),
                     c.t("yes") if is_priority(t) else c.t("no")])
    story = [c.p(c.t("3. Threat assessment"), "h1"),
             c.table([c.t("Id"), c.t("Threat"), c.t("Category"), c.t("L"), c.t("I"),
                      c.t("Risk"), c.t("Priority")], rows,
                     _widths(width, [8, 60, 28, 5, 5, 9, 10]))]
    story += [CondPageBreak(95 * mm), c.p(c.t("Risk heat map (number of threats per cell)"), "h2"),
              heat_map(plan, c.t("Likelihood"), c.t("Impact"))]
    return story


def responses(c: Ctx) -> list:
    plan = c.plan
    width = ActionPlanDocument.frame_width("portrait")
    story = [c.p(c.t("4. Responses to the priority threats"), "h1")]
    for t in threats_by_risk(plan):
        if not is_priority(t):
            continue
        answers = sorted((r for r in plan.responses if t.id in r.threat_ids),
                         key=lambda r: r.tier)
        heading = c.p(f"{t.id} — {t.title}", "h2")
        if not answers:
            story += [heading, c.p(c.t("No response yet."))]
            continue
        rows = []
        for r in answers:
            name = reference.tool_label(r.tool, c.lang)
            lead = c.label("components", r.lead_component) + (f" — {r.lead_section}" if r.lead_section else "")
            rows.append([c.label("tiers", r.tier).split(" — ")[0], name,
                         c.label("phases", r.phase), lead, r.rationale or "—", r.indicator or "—"])
        story += [heading, c.table([c.t("Tier"), c.t("Tool"), c.t("Phase"), c.t("Lead"),
                                    c.t("Rationale"), c.t("Indicator")], rows,
                                   _widths(width, [9, 22, 12, 18, 22, 17]))]
    return story + _cautions(c)


def _cautions(c: Ctx) -> list:
    """The catalogue's cautions that apply in this plan's context, for each tool the plan
    uses (the same ones the responses step highlights)."""
    from pocplanner.domain.planning import applicable_cautions
    catalogue = reference.catalogue()
    story = []
    for key in dict.fromkeys(r.tool for r in c.plan.responses):
        tool = catalogue.tools.get(key)
        applying = [cn for cn, applies in applicable_cautions(c.plan, tool) if applies] \
            if tool else []
        if applying:
            story.append(c.p(reference.tool_label(key, c.lang), "h3"))
            story += [c.p("• " + reference.localized(cn.text, c.lang)) for cn in applying]
    if story:
        story.insert(0, c.p(c.t("Cautions for the tools chosen, in this context"), "h2"))
    return story


def responsibilities(c: Ctx) -> list:
    plan = c.plan
    width = ActionPlanDocument.frame_width("landscape")
    rows = [[a.id, a.title + ("" if c.redacted or not a.notes else f"\n{a.notes}"),
             c.label("components", a.component), a.lead_section or "—", a.location,
             c.date(a.start), c.date(a.end), ", ".join(a.depends_on) or "—"]
            for a in sorted(plan.activities, key=lambda a: (a.start, a.id))]
    return [NextPageTemplate("landscape"), PageBreak(),
            c.p(c.t("5. Responsibilities: who does what, where and when"), "h1"),
            c.table([c.t("Id"), c.t("Activity"), c.t("Component"), c.t("Section"), c.t("Place"),
                     c.t("Start"), c.t("End"), c.t("Depends on")], rows,
                    _widths(width, [6, 40, 11, 15, 12, 9, 9, 10]))]


def gantt(c: Ctx) -> list:
    story = [PageBreak(), c.p(c.t("6. Sequence of activities"), "h1")]
    if not c.plan.activities:
        return story + [c.p(c.t("No activities yet."))]
    pages = gantt_pages(c.plan, ActionPlanDocument.frame_width("landscape"),
                        ActionPlanDocument.frame_height("landscape") - 30, c.lang,
                        {"cover": c.t("security cover")})
    for i, drawing in enumerate(pages):
        if i:
            story.append(PageBreak())
        story.append(drawing)
    return story


def engagements(c: Ctx) -> list:
    plan = c.plan
    width = ActionPlanDocument.frame_width("landscape")
    risk_names = {t.key: t.text(c.lang) for t in reference.engagement_terms()["risks"]}
    mitigation_names = {t.key: t.text(c.lang) for t in reference.engagement_terms()["mitigations"]}
    rows = []
    for e in plan.engagements:
        activity = plan.activity(e.activity_id)
        what = f"{e.activity_id} — {activity.title}" if activity else e.activity_id
        if e.communities and not c.redacted:
            what += "\n" + c.t("With: {groups}", groups="; ".join(e.communities))
        risks = "\n".join(f"{risk_names.get(r.key, r.key)}: {r.likelihood}×{r.impact} = {r.score}"
                          for r in e.risks) or "—"
        mitigations = "\n".join(mitigation_names.get(m.key, m.key.removeprefix("custom:"))
                                for m in e.mitigations) or "—"
        residual = (f"{e.residual_likelihood}×{e.residual_impact} = {e.residual_score()}"
                    if e.residual_likelihood and e.residual_impact else str(e.residual_score()))
        decision = c.label("decisions", e.decision)
        if e.decided_by and not c.redacted:
            decision += "\n" + c.t("by {who}", who=e.decided_by)
        rows.append([what, risks, mitigations, residual, decision, e.decision_rationale or "—"])
    story = [PageBreak(), c.p(c.t("7. Community-engagement risk register"), "h1")]
    if not rows:
        return story + [c.p(c.t("No activity engages communities."))]
    return story + [c.table([c.t("Activity"), c.t("Risks (before mitigation)"), c.t("Mitigations"),
                             c.t("Residual risk"), c.t("Decision"), c.t("Rationale")], rows,
                            _widths(width, [22, 24, 22, 8, 10, 20]))]


def advisories(c: Ctx) -> list:
    width = ActionPlanDocument.frame_width("portrait")
    story = [NextPageTemplate("portrait"), PageBreak(), c.p(c.t("8. Open advisories"), "h1")]
    if not c.advisories:
        return story + [c.p(c.t("None: the plan passes every check."))]
    rows = [[c.t("error") if a.severity == ERROR else c.t("warning"), a.code, a.message(c.lang)]
            for a in c.advisories]
    return story + [c.table([c.t("Severity"), c.t("Code"), c.t("Advisory")], rows,
                            _widths(width, [13, 20, 67]))]


def indicators(c: Ctx) -> list:
    width = ActionPlanDocument.frame_width("portrait")
    rows = [[t.id, t.title, "\n".join(f"• {i}" for i in t.indicators) or "—",
             "\n".join(f"• {x}" for x in t.triggers) or "—"]
            for t in threats_by_risk(c.plan) if t.indicators or t.triggers]
    story = [c.p(c.t("9. Early-warning indicators to monitor"), "h1")]
    if not rows:
        return story + [c.p(c.t("No indicators recorded."))]
    return story + [c.table([c.t("Id"), c.t("Threat"), c.t("Indicators"), c.t("Triggers")], rows,
                            _widths(width, [7, 33, 30, 30]))]


def signatures(c: Ctx) -> list:
    width = ActionPlanDocument.frame_width("portrait")
    prepared = "" if c.redacted else c.plan.prepared_by
    rows = [[c.t("Prepared by"), prepared, "", ""], [c.t("Reviewed by"), "", "", ""],
            [c.t("Approved by"), "", "", ""]]
    table = c.table([c.t("Role"), c.t("Name"), c.t("Date"), c.t("Signature")], rows,
                    _widths(width, [20, 35, 15, 30]))
    table.setStyle(TableStyle([("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white]),
                               ("TOPPADDING", (0, 1), (-1, -1), 14),
                               ("BOTTOMPADDING", (0, 1), (-1, -1), 14)]))
    return [KeepTogether([c.p(c.t("10. Signatures"), "h1"), table])]


SECTIONS = (cover, summary, context, threats, responses, responsibilities, gantt, engagements,
            advisories, indicators, signatures)
