"""The consolidated mission PDF (mission view): a cover with the highest sensitivity of its
inputs, the status table, the priority threats of every region ranked, the threat category ×
region matrix, the map of all regions, the asset clashes, the cross-plan advisories and one
page per region. Counts only for engagements; the redacted edition names no one."""
from __future__ import annotations

import datetime as dt
import io
from collections import Counter

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, NextPageTemplate, PageBreak, Spacer

from pocplanner import __version__, reference
from pocplanner.domain.consolidation import Consolidation, mission_map, only_tier2
from pocplanner.domain.plan_names import plan_name
from pocplanner.domain.scoring import band_for, is_priority
from pocplanner.i18n import format_date, tr
from pocplanner.reports.ctx import Ctx, _widths
from pocplanner.reports.due_diligence import mission_due_diligence
from pocplanner.reports.template import ActionPlanDocument, PageTexts, numbered_canvas

SENSITIVITY_ORDER = ("unclassified", "confidential", "strictly_confidential")


def highest_sensitivity(c: Consolidation) -> str:
    return max((s.plan.sensitivity for s in c.plans),
               key=lambda k: SENSITIVITY_ORDER.index(k) if k in SENSITIVITY_ORDER else 1,
               default="confidential")


def consolidated_document(c: Consolidation, lang: str, redacted: bool = False,
                          places: tuple = ()) -> bytes:
    marking = reference.label("sensitivities", highest_sensitivity(c), lang).upper()
    if redacted:
        marking += " — " + tr("REDACTED", lang)
    title = tr("Mission view: regional POC plans together", lang)
    texts = PageTexts(marking=marking, header=title + " · " + format_date(dt.date.today(), lang),
                      page_of=tr("Page {page} of {pages}", lang))
    buffer = io.BytesIO()
    doc = ActionPlanDocument(buffer, texts, title=title, subject=title, author="",
                             creator=f"pocplanner {__version__}", lang=lang)
    ctx = Ctx(c.plans[0].plan, lang, redacted, [])
    ctx.places = places
    story = []
    for section in (_cover, _status, _threats, _matrix, _map, _assets, mission_due_diligence,
                    _advisories, _regions):
        story += section(ctx, c)
    doc.build(story, canvasmaker=numbered_canvas(texts))
    return buffer.getvalue()


def _cover(x: Ctx, c: Consolidation) -> list:
    facts = [(x.t("Plans"), str(len(c.plans))), (x.t("Regions"), ", ".join(c.regions())),
             (x.t("Date"), x.date(dt.date.today())),
             (x.t("Sensitivity"), x.label("sensitivities", highest_sensitivity(c)))]
    return [Spacer(1, 40 * mm), x.p(x.t("Mission view"), "subtitle"),
            x.p(x.t("Regional POC plans together"), "title"),
            x.table([x.t("About"), ""], [list(f) for f in facts], [45 * mm, 120 * mm]),
            PageBreak()]


def _status(x: Ctx, c: Consolidation) -> list:
    width = ActionPlanDocument.frame_width("portrait")
    rows = [[plan_name(s.plan).render(x.lang), s.plan.region, f"{x.date(s.plan.period.start)} – {x.date(s.plan.period.end)}",
             str(s.plan.version or 1), x.label("statuses", s.plan.status or "draft"),
             str(s.errors), str(s.warnings),
             (s.plan.review_note[:200] or "—") if not x.redacted else "—"]
            for s in c.plans]
    return [x.p(x.t("1. Plans and their status"), "h1"),
            x.table([x.t("Plan"), x.t("Region"), x.t("Period"), x.t("Version"), x.t("Status"),
                     x.t("Errors"), x.t("Warnings"), x.t("Review note")], rows,
                    _widths(width, [17, 11, 22, 7, 9, 7, 9, 18]))] + _in_motion(x, c)


def _in_motion(x: Ctx, c: Consolidation) -> list:
    """The plans in motion (DOMAIN §13): as of when, how many late activities and slow
    alerts, days since the last review."""
    from pocplanner.domain.follow_up import motion
    rows = []
    for s in c.plans:
        m = motion(s.plan)
        if m.as_of is not None:
            rows.append([plan_name(s.plan).render(x.lang), x.date(m.as_of), str(m.late),
                         str(m.slow), str(m.days_since_review)])
    if not rows:
        return []
    return [x.p(x.t("Plans in motion"), "h2"),
            x.table([x.t("Plan"), x.t("As of"), x.t("Late activities"), x.t("Slow alerts"),
                     x.t("Days since the last review")], rows,
                    _widths(ActionPlanDocument.frame_width("portrait"), [40, 15, 15, 15, 15]))]


def _threats(x: Ctx, c: Consolidation) -> list:
    width = ActionPlanDocument.frame_width("portrait")
    names = {s.key: s.plan for s in c.plans}
    rows = [[f"{t.ref.partition(':')[2]} — {plan_name(names[t.ref.partition(':')[0]]).render(x.lang)}",
             t.region, t.title, x.label("threat_categories", t.category),
             f"{t.likelihood}×{t.impact}", str(t.risk)] for t in c.priority_threats]
    return [x.p(x.t("2. Priority threats of every region, highest risk first"), "h1"),
            x.table([x.t("Threat"), x.t("Region"), x.t("What happens"), x.t("Category"),
                     x.t("L×I"), x.t("Risk")], rows, _widths(width, [16, 11, 37, 22, 7, 7]))
            if rows else x.p(x.t("None."))]


def _matrix(x: Ctx, c: Consolidation) -> list:
    regions = c.regions()
    width = ActionPlanDocument.frame_width("portrait")
    rows = [[x.label("threat_categories", key)] + [str(c.categories.get(key, {}).get(r, 0) or "")
                                                   for r in regions]
            for key in reference.vocabulary_keys("threat_categories")]
    tiers = [[x.t("Tier {n}", n=n)] + [str(c.tiers.get(r, {}).get(n, 0)) for r in regions]
             for n in (1, 2, 3)]
    share = [30] + [70 / max(len(regions), 1)] * len(regions)
    story = [CondPageBreak(80 * mm),
             x.p(x.t("3. Priority threats by category and region"), "h1"),
             x.table([x.t("Category")] + regions, rows, _widths(width, share)),
             x.p(x.t("Responses by tier and region"), "h2"),
             x.table([x.t("Tier")] + regions, tiers, _widths(width, share))]
    alone = only_tier2(c)
    if alone:
        story.append(x.p(x.t("Only physical protection (tier 2) in: {regions}. Dialogue and a "
                             "protective environment last when the force cannot.",
                             regions=", ".join(alone))))
    return story


def _map(x: Ctx, c: Consolidation) -> list:
    from pocplanner.reports.map_drawing import map_drawing, map_texts
    pm = mission_map(c, x.places)
    drawing = map_drawing(pm, ActionPlanDocument.frame_width("portrait"),
                          ActionPlanDocument.frame_height("portrait") - 60,
                          map_texts(pm, x.lang), ("risk",), x.lang)
    return [PageBreak(), KeepTogether([
        x.p(x.t("4. Highest threat risk by cercle, every region"), "h1"), drawing])]


def _assets(x: Ctx, c: Consolidation) -> list:
    width = ActionPlanDocument.frame_width("landscape")
    rows = []
    for asset, uses in sorted(c.assets.items()):
        for u in uses:
            clash = any(u in pair for pair in c.clashes)
            rows.append([x.label("assets", asset), f"{u.plan_key}:{u.activity_id}", u.region,
                         f"{x.date(u.start)} – {x.date(u.end)}",
                         x.t("contingent") if u.contingent else x.t("committed"),
                         x.t("CLASH") if clash else ""])
    story = [NextPageTemplate("landscape"), PageBreak(),
             x.p(x.t("5. Scarce assets: who needs them when"), "h1")]
    if not rows:
        return story + [x.p(x.t("No activity names a scarce asset."))]
    return story + [x.table([x.t("Asset"), x.t("Activity"), x.t("Region"), x.t("Days"),
                             x.t("Committed?"), x.t("Clash")], rows,
                            _widths(width, [18, 24, 14, 22, 12, 10]))]


def _advisories(x: Ctx, c: Consolidation) -> list:
    width = ActionPlanDocument.frame_width("landscape")
    story = [x.p(x.t("6. Advisories across the plans"), "h1")]
    if not c.advisories:
        return story + [x.p(x.t("None."))]
    return story + [x.table([x.t("Code"), x.t("Advisory"), x.t("Items")],
                            [[a.code, a.message(x.lang), ", ".join(a.refs)] for a in c.advisories],
                            _widths(width, [14, 62, 24]))]


def _regions(x: Ctx, c: Consolidation) -> list:
    width = ActionPlanDocument.frame_width("portrait")
    story = []
    for s in c.plans:
        p = s.plan
        bands = Counter(band_for(t.score).key for t in p.threats)
        facts = [[x.t("Plan"), plan_name(p).render(x.lang)], [x.t("Region"), p.region],
                 [x.t("Period"), f"{x.date(p.period.start)} – {x.date(p.period.end)}"],
                 [x.t("Status"), x.label("statuses", p.status or "draft")],
                 [x.t("Threats by risk band"), ", ".join(
                     f"{reference.localized(b.label, x.lang)} {bands.get(b.key, 0)}"
                     for b in reversed(reference_bands()))],
                 [x.t("Priority threats"), "\n".join(
                     f"{t.id} {t.title} ({t.score})" for t in p.threats if is_priority(t)) or "—"],
                 [x.t("Responses by tier"), ", ".join(
                     f"{x.t('Tier {n}', n=n)}: {sum(r.tier == n for r in p.responses)}"
                     for n in (1, 2, 3))],
                 [x.t("Activities"), str(len(p.activities))],
                 [x.t("Engagement assessments"), str(len(p.engagements))],
                 [x.t("Open advisories"), x.t("{e} errors, {w} warnings", e=s.errors,
                                              w=s.warnings)]]
        story += [NextPageTemplate("portrait"), PageBreak(),
                  x.p(x.t("Region: {region} ({id})", region=p.region,
                          id=f"{x.date(p.period.start)} – {x.date(p.period.end)}"), "h1"),
                  x.table([x.t("Summary"), ""], facts, _widths(width, [28, 72]))]
    return story


def reference_bands():
    from pocplanner.domain.scoring import bands
    return bands()
