"""The story of the printed plan, one function per section."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    LongTable,
    NextPageTemplate,
    PageBreak,
    Spacer,
    TableStyle,
)

from pocplanner import reference
from pocplanner.domain.checks import ERROR
from pocplanner.domain.scoring import band_for, bands, is_priority, threats_by_risk
from pocplanner.reports.charts import band_legend, gantt_pages, heat_map
from pocplanner.reports.closing import advisories, advisory_annex, signatures, text_annex
from pocplanner.reports.ctx import Ctx, Paragraph, _widths
from pocplanner.reports.due_diligence import due_diligence
from pocplanner.reports.early_warning import matrix, scenarios
from pocplanner.reports.evidence import evidence_table
from pocplanner.reports.template import ActionPlanDocument
from pocplanner.reports.transition import transition


def cover(c: Ctx) -> list:
    plan = c.plan
    facts = [
        (c.t("Region"), plan.region),
        (c.t("Areas"), ", ".join(plan.areas) or "—"),
        (c.t("Period"), f"{c.date(plan.period.start)} – {c.date(plan.period.end)}"),
        (c.t("Office"), plan.office or "—"),
        (c.t("Prepared by"), "—" if c.redacted else plan.prepared_by or "—"),
        (c.t("Version"), str(plan.version or 1)),
        (c.t("Date"), c.date(dt.date.today())),
        (c.t("Status"), c.label("statuses", plan.status or "draft")),
        (c.t("Sensitivity"), c.label("sensitivities", plan.sensitivity)),
    ]
    if plan.review_note:
        facts.append((c.t("Review note from HQ"), plan.review_note))
    story = [Spacer(1, 40 * mm), c.p(c.t("Regional POC action plan"), "subtitle"),
             c.p(plan.title, "title")]
    rows = [[c.p(k, "cellbold"), c.p(c.fit(v, 60), "body")] for k, v in facts]
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
    widths = _widths(width, [8, 60, 28, 5, 5, 9, 10])
    per_line = int((widths[1] - 6) / 4.3)

    def ty(text: str) -> str:
        return escape(c.prepared(c.fit(text, per_line, 120.0)))

    for t in threats_by_risk(plan):
        parts = [f"<b>{ty(t.title)}</b>"]
        if t.groups_at_risk:
            parts.append(ty(c.t("At risk: {groups}", groups="; ".join(t.groups_at_risk))))
        perpetrator = c.label("perpetrator_types", t.perpetrator_type)
        if t.perpetrator and not c.redacted:
            perpetrator += f" ({t.perpetrator})"
        parts.append(ty(c.t("Perpetrator: {who}", who=perpetrator)))
        if t.locations:
            parts.append(ty(c.t("Where: {places}", places=", ".join(t.locations))))
        if t.description and not c.redacted:
            parts.append(ty(t.description))
        if t.sources and not c.redacted:
            parts.append("<i>" + ty(c.t("Sources: {sources}", sources=t.sources)) + "</i>")
        cell = Paragraph("<br/>".join(parts), c.s["cell"])
        rows.append([t.id, cell, c.label("threat_categories", t.category), str(t.likelihood),
                     str(t.impact), str(t.score),
                     c.t("yes") if is_priority(t) else c.t("no")])
    story = [c.p(c.t("3. Threat assessment"), "h1"),
             c.table([c.t("Id"), c.t("Threat"), c.t("Category"), c.t("L"), c.t("I"),
                      c.t("Risk"), c.t("Priority")], rows, widths)]
    story += evidence_table(c)
    story += [CondPageBreak(110 * mm), c.p(c.t("Risk heat map (threats by id)"), "h2"),
              heat_map(plan, c.t("Likelihood"), c.t("Impact")),
              band_legend(c.lang, c.t("Risk bands (likelihood × impact)"))]
    return story + map_page(c)


def map_page(c: Ctx) -> list:
    """The region by cercle: highest threat risk, and the activities by component (in the
    redacted edition at their cercle's centre, never on a village)."""
    from pocplanner.domain.plan_map import plan_map
    from pocplanner.reports.map_drawing import map_drawing, map_texts
    pm = plan_map(c.plan, villages=not c.redacted, places=c.places)
    if c.incidents:
        pm = pm.with_incidents(*c.incidents)
    if not pm.areas:
        return []
    drawing = map_drawing(pm, ActionPlanDocument.frame_width("portrait"),
                          ActionPlanDocument.frame_height("portrait") - 60, map_texts(pm, c.lang),
                          lang=c.lang)
    return [PageBreak(), KeepTogether([
        c.p(c.t("Map: highest threat risk by cercle, the activities and the incidents") if
            pm.incidents else c.t("Map: highest threat risk by cercle, and the activities"),
            "h2"), drawing])]


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


def motion_legend(c: Ctx) -> dict[str, str]:
    """The plan in motion on the Gantt: actual dates and cancelled activities, when any."""
    acts = c.plan.activities
    return {"actual": c.t("actual dates") if any(a.actual_start for a in acts) else "",
            "cancelled": c.t("cancelled") if any(a.status == "cancelled" for a in acts)
            else ""}


def gantt(c: Ctx) -> list:
    story = [PageBreak(), c.p(c.t("6. Sequence of activities"), "h1")]
    if not c.plan.activities:
        return story + [c.p(c.t("No activities yet."))]
    pages = gantt_pages(c.plan, ActionPlanDocument.frame_width("landscape"),
                        ActionPlanDocument.frame_height("landscape") - 30, c.lang,
                        {"cover": c.t("security cover"), "continued": c.t("(continued)"),
                         "security": c.t("needs security cover")
                         if any(a.requires_security for a in c.plan.activities) else "",
                         "contingent": c.t("contingent on a scenario")
                         if any(a.contingent_on for a in c.plan.activities) else "",
                         "closed": c.t("runs from a site already closed"),
                         "within": c.t("runs while the other is in place"),
                         **motion_legend(c)})
    story[-1] = KeepTogether([story[-1], pages[0]])      # never a heading alone on a page
    for drawing in pages[1:]:
        story += [PageBreak(), drawing]
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


SECTIONS = (cover, summary, context, threats, responses, responsibilities, gantt, engagements,
            transition, due_diligence, advisories, matrix, scenarios, signatures, advisory_annex, text_annex)
