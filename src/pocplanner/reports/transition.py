"""The printed transition section: sites and closing dates, the handover register, the
departure view by cercle and the open TRN advisories. The redacted edition leaves out the
successors' names."""
from __future__ import annotations

from reportlab.platypus import NextPageTemplate, PageBreak

from pocplanner import reference
from pocplanner.domain.transition import departure_view
from pocplanner.reports.ctx import Ctx, _widths
from pocplanner.reports.template import ActionPlanDocument


def transition(c: Ctx) -> list:
    plan = c.plan
    t = plan.transition
    if not t.sites and not t.handovers:
        return []
    width = ActionPlanDocument.frame_width("landscape")
    story = [NextPageTemplate("landscape"), PageBreak(),
             c.p(c.t("Drawdown and transition"), "h1")]
    if t.sites:
        story += [c.p(c.t("Sites and closing dates"), "h2"),
                  c.table([c.t("Id"), c.t("Site"), c.t("Place"), c.t("Kind"), c.t("Closes")],
                          [[s.id, s.name, s.place, c.label("site_kinds", s.kind),
                            c.date(s.closes)] for s in sorted(t.sites, key=lambda s: s.closes)],
                          _widths(width, [8, 36, 24, 18, 14]))]
    if t.handovers:
        rows = []
        for h in t.handovers:
            to = c.label("successors", h.successor) if h.successor else "—"
            if h.successor_name and not c.redacted:
                to += f" ({h.successor_name})"
            rows.append([h.id, h.site_id, reference.tool_label(h.tool, c.lang), to,
                         c.date(h.date) if h.date else "—",
                         c.label("handover_statuses", h.status) if h.status else "—",
                         c.t("yes") if h.reprisal_follow_up else c.t("no")])
        story += [c.p(c.t("Handover register"), "h2"),
                  c.table([c.t("Id"), c.t("Site"), c.t("Handed over"), c.t("To"), c.t("By"),
                           c.t("Status"), c.t("Follow-up of people engaged")], rows,
                          _widths(width, [7, 8, 25, 25, 11, 10, 14]))]
    rows = []
    for r in departure_view(plan, c.advisories, c.places):
        rows.append([r.name, ", ".join(r.threats) or "—",
                     "\n".join(f"{s.name} ({c.date(s.closes)})" for s in r.sites) or "—",
                     c.date(r.last_security) if r.last_security else "—",
                     "\n".join(f"{reference.tool_label(h.tool, c.lang)} → "
                               f"{c.label('successors', h.successor) if h.successor else '—'}"
                               for h in r.handovers) or "—",
                     ", ".join(r.open_codes) or "—"])
    story += [c.p(c.t("Departure view by cercle"), "h2"),
              c.table([c.t("Cercle"), c.t("Priority threats"), c.t("Sites closing"),
                       c.t("Last security presence"), c.t("Handovers"), c.t("Open")], rows,
                      _widths(width, [13, 13, 20, 12, 30, 12]))]
    open_trn = [a for a in c.advisories if a.code.startswith("TRN-")]
    if open_trn:
        story += [c.p(c.t("Open transition advisories"), "h2"),
                  c.table([c.t("Code"), c.t("Advisory")],
                          [[a.code, a.message(c.lang)] for a in open_trn],
                          _widths(width, [16, 84]))]
    return story
