"""The closing sections of the printed plan: open advisories (grouped by code on a large
plan, the full list in an annex), early-warning indicators, signatures."""
from __future__ import annotations

from collections import defaultdict

from reportlab.lib import colors
from reportlab.platypus import KeepTogether, NextPageTemplate, PageBreak, TableStyle

from pocplanner.domain.checks import ERROR
from pocplanner.domain.completeness import still_missing
from pocplanner.reports.ctx import Ctx, _widths
from pocplanner.reports.template import ActionPlanDocument

GROUP_FROM = 30        # more open advisories than this: grouped by code, the list in an annex
FIRST_ITEMS = 3


def advisories(c: Ctx) -> list:
    width = ActionPlanDocument.frame_width("portrait")
    story = [NextPageTemplate("portrait"), PageBreak(), c.p(c.t("8. Open advisories"), "h1")]
    if not c.advisories:
        gap = still_missing(c.plan)
        return story + [c.p(gap.render(c.lang) if gap else c.t("None: the plan passes every "
                                                                "check."))]
    if len(c.advisories) <= GROUP_FROM:
        return story + [_advisory_table(c, width)]
    by_code: dict[str, list] = defaultdict(list)
    for a in c.advisories:
        by_code[a.code].append(a)
    rows = []
    for code, group in by_code.items():
        first = "\n".join("• " + a.message(c.lang) for a in group[:FIRST_ITEMS])
        more = len(group) - FIRST_ITEMS
        if more > 0:
            first += "\n" + c.t("… and {n} more (annex).", n=more)
        rows.append([_severity(c, group[0]), code, str(len(group)), first])
    story.append(c.p(c.t("{n} open advisories, by code; every one is listed in the annex.",
                         n=len(c.advisories))))
    return story + [c.table([c.t("Severity"), c.t("Code"), c.t("Count"), c.t("First items")],
                            rows, _widths(width, [12, 18, 8, 62]))]


def advisory_annex(c: Ctx) -> list:
    """The full list of open advisories, when section 8 only summarises them."""
    if len(c.advisories) <= GROUP_FROM:
        return []
    width = ActionPlanDocument.frame_width("portrait")
    return [PageBreak(), c.p(c.t("Annex: every open advisory"), "h1"), _advisory_table(c, width)]


def _severity(c: Ctx, advisory) -> str:
    return c.t("error") if advisory.severity == ERROR else c.t("warning")


def _advisory_table(c: Ctx, width: float):
    rows = [[_severity(c, a), a.code, a.message(c.lang)] for a in c.advisories]
    return c.table([c.t("Severity"), c.t("Code"), c.t("Advisory")], rows,
                   _widths(width, [13, 20, 67]))


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
    return [NextPageTemplate("portrait"), KeepTogether([c.p(c.t("11. Signatures"), "h1"),
                                                        table])]


def text_annex(c: Ctx) -> list:
    """Texts too long for their table cell, printed whole (they may run over pages)."""
    if not c.annex:
        return []
    story = [NextPageTemplate("portrait"), PageBreak(),
             c.p(c.t("Annex: texts too long for their table"), "h1")]
    for n, text in enumerate(c.annex, start=1):
        story.append(c.p(c.t("Text {n}", n=n), "h2"))
        story += [c.p(part) for part in text.split("\n") if part.strip()]
    return story
