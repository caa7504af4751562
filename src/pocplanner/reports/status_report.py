"""The POC status report (DOMAIN §13): two to four pages for the POC working group, marked
with the plan's sensitivity on every page. What it says comes from domain/status_report.py;
this module only lays it out. The redacted edition leaves out the free texts (outcomes,
alert places, review decisions) and keeps dates, statuses and counts."""
from __future__ import annotations

import copy
import io
from dataclasses import replace

from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from pocplanner import __version__
from pocplanner.domain.checks import ERROR
from pocplanner.domain.follow_up import moment
from pocplanner.domain.status_report import StatusReport, ThreatLine
from pocplanner.i18n import format_datetime, tr
from pocplanner.reference import label
from pocplanner.reports.charts import heat_map
from pocplanner.reports.ctx import Ctx, _widths
from pocplanner.reports.styles import BOLD
from pocplanner.reports.template import ActionPlanDocument, PageTexts, numbered_canvas

FIRST_ADVISORIES = 12


def status_document(report: StatusReport, lang: str, redacted: bool = False) -> bytes:
    plan = report.plan
    marking = label("sensitivities", plan.sensitivity, lang).upper()
    if redacted:
        marking += " — " + tr("REDACTED", lang)
    x = Ctx(plan, lang, redacted, report.advisories)
    title = tr("POC status report", lang)
    texts = PageTexts(marking=marking,
                      header=" · ".join([title, plan.region,
                                         tr("as of {date}", lang, date=x.date(report.as_of))]),
                      page_of=tr("Page {page} of {pages}", lang))
    buffer = io.BytesIO()
    doc = ActionPlanDocument(buffer, texts, title=f"{title} — {plan.title}",
                             subject=f"{title} — {plan.region}",
                             creator=f"pocplanner {__version__}", author="", lang=lang)
    story: list = []
    for section in (_heading, _activities, _alerts, _threats, _incidents, _advisories):
        story += section(x, report)
    doc.build(story, canvasmaker=numbered_canvas(texts))
    return buffer.getvalue()


def _width() -> float:
    return ActionPlanDocument.frame_width("portrait")


def _heading(x: Ctx, r: StatusReport) -> list:
    plan = r.plan
    review = (x.t("{date} ({days} days before)", date=x.date(r.review.date),
                  days=r.days_since_review) if r.review is not None
              else x.t("none yet ({days} days since the period began)",
                       days=r.days_since_review))
    facts = [(x.t("Plan"), plan.title), (x.t("Region"), plan.region),
             (x.t("Period"), f"{x.date(plan.period.start)} – {x.date(plan.period.end)}"),
             (x.t("As of"), x.date(r.as_of)), (x.t("Latest review"), review),
             (x.t("Activities"), ", ".join(f"{x.label('activity_statuses', s)} {n}"
                                           for s, n in r.counts.items() if n) or "—"),
             (x.t("Late activities"), str(len(r.late))),
             (x.t("Slow alerts"), str(sum(1 for a in r.alerts if a.slow))),
             (x.t("Sensitivity"), x.label("sensitivities", plan.sensitivity))]
    return [x.p(x.t("POC status report"), "subtitle"), x.p(plan.title, "title"),
            x.table([x.t("About"), ""], [list(f) for f in facts], [45 * mm, 130 * mm])]


def _activities(x: Ctx, r: StatusReport) -> list:
    rows = []
    for line in r.activities:
        a = line.activity
        actual = "–".join(x.date(d) for d in (a.actual_start, a.actual_end) if d) or "—"
        rows.append([a.id, a.title, a.location, x.label("activity_statuses", line.status),
                     f"{x.date(a.start)} – {x.date(a.end)}", actual,
                     str(line.days_late) if line.days_late else "",
                     "—" if x.redacted else (a.outcome or "")])
    story = [x.p(x.t("1. Activities by status, the late ones first"), "h1")]
    if not rows:
        return story + [x.p(x.t("None."))]
    return story + [x.table([x.t("ID"), x.t("Activity"), x.t("Place"), x.t("Status"),
                             x.t("Planned"), x.t("Actual"), x.t("Days late"), x.t("Outcome")],
                            rows, _widths(_width(), [9, 22, 11, 10, 16, 11, 7, 14]))]


def _hours(value: float | None, lang: str = "en") -> str:
    if value is None:
        return "—"
    text = f"{value:.0f}" if value == int(value) else f"{value:.1f}"
    return text.replace(".", ",") if lang == "fr" else text


def _moment(x: Ctx, text: str | None) -> str:
    at = moment(text)
    return format_datetime(at, x.lang) if at else (text or "—")


def _alerts(x: Ctx, r: StatusReport) -> list:
    story = [x.p(x.t("2. Alerts and reaction times against the matrix"), "h1")]
    if not r.alerts:
        return story + [x.p(x.t("No alert recorded."))]
    rows = []
    for line in r.alerts:
        a = line.alert
        reaction = (x.t("{hours} h (promised {max_hours} h)", hours=_hours(line.hours, x.lang),
                        max_hours=line.max_hours) if line.max_hours is not None
                    else x.t("{hours} h (no promise)", hours=_hours(line.hours, x.lang)))
        if line.slow:
            reaction += " — " + x.t("too slow")
        rows.append([a.id, f"{a.indicator_id} {line.indicator}", x.label("ew_levels", a.level),
                     "—" if x.redacted else a.place or "—", _moment(x, a.raised), _moment(x, a.arrived), reaction,
                     "" if a.civilians_harmed is None else str(a.civilians_harmed),
                     "—" if x.redacted else a.outcome])
    return story + [x.table([x.t("ID"), x.t("Indicator"), x.t("Level"), x.t("Place"),
                             x.t("Raised"), x.t("Arrived"), x.t("Reaction time"),
                             x.t("Civilians harmed"), x.t("Outcome")],
                            rows, _widths(_width(), [10, 17, 8, 9, 11, 11, 13, 8, 13]))]


def _threats(x: Ctx, r: StatusReport) -> list:
    story = [x.p(x.t("3. Threat changes since the last review"), "h1")]
    if r.review is None:
        return story + [x.p(x.t("No review recorded yet."))]
    said = [x.t("Review of {date} by {body}.", date=x.date(r.review.date),
                body=r.review.by or "—")]
    if r.review.summary:
        said.append(r.review.summary)
    if r.review.decisions and not x.redacted:
        said.append(x.t("Decisions: {decisions}", decisions=r.review.decisions))
    story += [x.p(text) for text in said]
    if not r.threat_changes:
        return story + [x.p(x.t("The review changed no threat."))]
    rows = [[t.threat_id, t.title, _score(t.before), _score(t.after),
             x.t("applied to the register") if t.applied else x.t("not applied yet")]
            for t in r.threat_changes]
    story.append(x.table([x.t("Threat"), x.t("What happens"), x.t("Before (L×I)"),
                          x.t("After (L×I)"), x.t("Register")], rows,
                         _widths(_width(), [9, 45, 13, 13, 20])))
    return story + [Spacer(1, 4 * mm), _before_after(x, r)]


def _score(pair: tuple[int, int] | None) -> str:
    return f"{pair[0]}×{pair[1]} = {pair[0] * pair[1]}" if pair else "—"


def _moved(r: StatusReport, lines: list[ThreatLine], after: bool):
    """The plan's threats as they stood before or after the review's changes (threats
    without a recorded before are left where they are)."""
    plan = copy.copy(r.plan)
    by_id = {t.threat_id: t for t in lines}
    threats = []
    for t in r.plan.threats:
        line = by_id.get(t.id)
        pair = (line.after if after else line.before) if line else None
        threats.append(replace(t, likelihood=pair[0], impact=pair[1]) if pair else t)
    plan.threats = threats
    return plan


def _before_after(x: Ctx, r: StatusReport) -> Table:
    cell = 22
    maps = []
    for after, caption in ((False, x.t("Before the review")), (True, x.t("After the review"))):
        d = heat_map(_moved(r, r.threat_changes, after), x.t("Likelihood"), x.t("Impact"),
                     cell=cell)
        box = Drawing(d.width, d.height + 14)
        box.add(String(0, d.height + 4, x.prepared(caption), fontName=BOLD, fontSize=9))
        for shape in d.contents:
            box.add(shape)
        maps.append(box)
    return Table([[maps[0], x.p("→", "title"), maps[1]]], hAlign="LEFT")


def _incidents(x: Ctx, r: StatusReport) -> list:
    story = [x.p(x.t("4. Incidents in the plan's cercles"), "h1")]
    f = r.incidents
    if f is None:
        return story + [x.p(x.t("No incident data in this database for the period."))]
    rows = [[f"{x.date(f.since)} – {x.date(f.until)}", str(f.events)],
            [f"{x.date(f.before_start)} – {x.date(f.before_end)}", str(f.events_before)]]
    story.append(x.table([x.t("Days"), x.t("Events")], rows, [80 * mm, 30 * mm]))
    story.append(x.p(x.t("Counts only, every category, from the local incident store. "
                         "Sources: {sources}", sources="; ".join(f.sources) or "—"), "small"))
    return story


def _advisories(x: Ctx, r: StatusReport) -> list:
    story = [x.p(x.t("5. Open advisories"), "h1")]
    if not r.advisories:
        return story + [x.p(x.t("None: the plan passes every check."))]
    shown = r.advisories[:FIRST_ADVISORIES]
    rows = [[x.t("error") if a.severity == ERROR else x.t("warning"), a.code,
             a.message(x.lang)] for a in shown]
    story.append(x.table([x.t("Severity"), x.t("Code"), x.t("Advisory")], rows,
                         _widths(_width(), [13, 20, 67])))
    if len(r.advisories) > FIRST_ADVISORIES:
        story.append(x.p(x.t("… and {n} more: run the checks of the plan.",
                             n=len(r.advisories) - FIRST_ADVISORIES)))
    return story
