"""The yardstick for the printed plan's speed: the same plan laid out by reportlab as plain
tables (one per list, every cell a wrapping paragraph, no charts, no sections, no styling).
Issue #17 asks the real action plan to take at most 2.5 times this."""
from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate

from pocplanner.domain.checks import run_checks
from pocplanner.reports.styles import FONT, register_fonts


def baseline_pdf(plan) -> bytes:
    register_fonts()
    style = ParagraphStyle("cell", fontName=FONT, fontSize=8, leading=9.8)

    def table(rows: list[list[str]]) -> LongTable:
        return LongTable([[Paragraph(escape(str(c)), style) for c in row] for row in rows],
                         repeatRows=1, splitByRow=True)

    story = [
        table([["id", "title", "category", "L", "I", "places"]] +
              [[t.id, t.title, t.category, t.likelihood, t.impact, ", ".join(t.locations)]
               for t in plan.threats]),
        table([["id", "tool", "threats", "tier", "phase", "lead"]] +
              [[r.id, r.tool, ", ".join(r.threat_ids), r.tier, r.phase, r.lead_component]
               for r in plan.responses]),
        table([["id", "title", "component", "place", "start", "end", "after"]] +
              [[a.id, a.title, a.component, a.location, a.start, a.end, ", ".join(a.depends_on)]
               for a in plan.activities]),
        table([["id", "activity", "risks", "decision"]] +
              [[e.id, e.activity_id, ", ".join(r.key for r in e.risks), e.decision]
               for e in plan.engagements]),
        table([["code", "advisory"]] + [[a.code, a.message("en")] for a in run_checks(plan)]),
    ]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()
