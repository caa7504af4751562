"""The printed due-diligence annex (DOMAIN §12.4): each supported force with its kind, risk,
status, mitigations, conditions, review date and the activities that rely on it.

The redacted edition, made for wider distribution, prints only how many assessments hold
each status and how many activities rely on them: unit names and grounds (allegations of
violations) could point to the victims and witnesses who reported them and would strain the
relation with the forces concerned; mitigations and conditions describe the same units."""
from __future__ import annotations

from reportlab.platypus import NextPageTemplate, PageBreak

from pocplanner.domain.due_diligence import activities_relying_on
from pocplanner.domain.model import ASSESSMENT_STATUSES
from pocplanner.reports.ctx import Ctx, _widths
from pocplanner.reports.template import ActionPlanDocument


def due_diligence(c: Ctx) -> list:
    register = c.plan.hrddp
    if not register:
        return []
    width = ActionPlanDocument.frame_width("landscape")
    story = [NextPageTemplate("landscape"), PageBreak(),
             c.p(c.t("Human rights due diligence on support to non-UN security forces"), "h1")]
    if c.redacted:
        rows = []
        for status in ASSESSMENT_STATUSES:
            held = [s for s in register if s.status == status]
            relying = {a.id for s in held for a in activities_relying_on(c.plan, s.id)}
            rows.append([c.label("hrddp_statuses", status), str(len(held)), str(len(relying))])
        story += [c.p(c.t("This edition gives only the number of assessments by status: unit "
                          "names, grounds, mitigations and conditions are in the full plan."),
                      "body"),
                  c.table([c.t("Status"), c.t("Assessments"), c.t("Activities relying on them")],
                          rows, _widths(width, [40, 30, 30]))]
        return story
    rows = []
    for s in register:
        users = activities_relying_on(c.plan, s.id)
        entity = s.entity + (f"\n{s.grounds}" if s.grounds else "")
        rows.append([s.id, entity, c.label("perpetrator_types", s.force_kind),
                     c.label("hrddp_risks", s.risk), c.label("hrddp_statuses", s.status),
                     "\n".join(f"• {m}" for m in s.mitigations) or "—", s.conditions or "—",
                     c.date(s.reviewed) if s.reviewed else "—",
                     "\n".join(f"{a.id} {a.title}" for a in users) or "—"])
    story.append(c.table([c.t("Id"), c.t("Force supported (and grounds)"), c.t("Kind"),
                          c.t("Risk"), c.t("Status"), c.t("Mitigations"), c.t("Conditions"),
                          c.t("Reviewed"), c.t("Activities relying on it")], rows,
                         _widths(width, [5, 20, 10, 6, 9, 17, 14, 8, 14])))
    return story


def mission_due_diligence(x: Ctx, c) -> list:
    """The consolidated mission PDF: each force's status in each plan side by side; the
    redacted edition, the number of assessments of each status by plan."""
    from pocplanner.domain.consolidation_hrddp import force_rows
    keys = [s.key for s in c.plans if s.plan.hrddp]
    if not keys:
        return []
    width = ActionPlanDocument.frame_width("landscape")
    region = {s.key: s.plan.region for s in c.plans}
    story = [NextPageTemplate("landscape"), PageBreak(),
             x.p(x.t("Due diligence across the regions"), "h1")]
    if x.redacted:
        rows = [[f"{k} ({region[k]})"] + [str(sum(a.status == status for s in c.plans
                                                   if s.key == k for a in s.plan.hrddp))
                                          for status in ASSESSMENT_STATUSES] for k in keys]
        return story + [x.table([x.t("Plan")] + [x.label("hrddp_statuses", st)
                                                 for st in ASSESSMENT_STATUSES],
                                rows, _widths(width, [40, 20, 20, 20]))]
    rows = [[r.entity, x.label("perpetrator_types", r.force_kind)]
            + [x.label("hrddp_statuses", r.statuses[k]) if k in r.statuses else "—"
               for k in keys] for r in force_rows(c.plans)]
    share = [30, 15] + [55 / len(keys)] * len(keys)
    return story + [x.table([x.t("Force supported"), x.t("Kind")]
                            + [f"{region[k]} ({k})" for k in keys], rows,
                            _widths(width, share))]
