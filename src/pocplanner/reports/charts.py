"""Vector charts of the printed plan: the 5×5 heat map and the Gantt chart."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from pocplanner import reference
from pocplanner.domain.checks.index import merge
from pocplanner.domain.model import Plan
from pocplanner.domain.places import place_key
from pocplanner.domain.scoring import band_for
from pocplanner.i18n import format_month
from pocplanner.reports.styles import BOLD, FONT

COMPONENT_COLOURS = {"military": "#4f79b5", "police": "#7e57c2", "civilian": "#3f9a48",
                     "host_state": "#8d6e63", "partner": "#d99a00"}
COVER_COLOUR = colors.Color(0, 0.5, 0.5, 0.7)


def heat_map(plan: Plan, likelihood_label: str, impact_label: str, cell: float = 46) -> Drawing:
    counts = Counter((t.likelihood, t.impact) for t in plan.threats)
    left, bottom = 40, 34
    d = Drawing(left + 5 * cell + 10, bottom + 5 * cell + 10)
    for likelihood in range(1, 6):
        for impact in range(1, 6):
            x = left + (impact - 1) * cell
            y = bottom + (likelihood - 1) * cell
            colour = colors.HexColor(band_for(likelihood * impact).colour)
            d.add(Rect(x, y, cell, cell, fillColor=colour, strokeColor=colors.white,
                       strokeWidth=1.5))
            n = counts.get((likelihood, impact), 0)
            if n:
                d.add(String(x + cell / 2, y + cell / 2 - 5, str(n), fontName=BOLD,
                             fontSize=13, textAnchor="middle"))
        d.add(String(left - 8, bottom + (likelihood - 0.5) * cell - 3, str(likelihood),
                     fontName=FONT, fontSize=9, textAnchor="end"))
    for impact in range(1, 6):
        d.add(String(left + (impact - 0.5) * cell, bottom - 13, str(impact), fontName=FONT,
                     fontSize=9, textAnchor="middle"))
    d.add(String(left + 2.5 * cell, bottom - 28, impact_label + " →", fontName=FONT,
                 fontSize=9, textAnchor="middle"))
    label = String(0, 0, likelihood_label + " →", fontName=FONT, fontSize=9,
                   textAnchor="middle")
    from reportlab.graphics.shapes import Group
    g = Group(label)
    g.translate(12, bottom + 2.5 * cell)
    g.rotate(90)
    d.add(g)
    return d


MIN_DAY_WIDTH = 2.2     # points per day: below this, the chart is split across pages in time
ROW = 13.0
LABEL_WIDTH = 190.0
AXIS = 26.0


def _rows(plan: Plan, lang: str) -> list[tuple[str, object]]:
    groups: dict[str, list] = defaultdict(list)
    names: dict[str, str] = {}
    for a in plan.activities:
        key = place_key(a.location)
        names.setdefault(key, a.location)
        groups[key].append(a)
    rows: list[tuple[str, object]] = []
    for key in sorted(groups, key=lambda k: names[k].casefold()):
        rows.append(("group", (key, names[key])))
        rows += [("activity", a) for a in sorted(groups[key], key=lambda a: (a.start, a.id))]
    return rows


def gantt_pages(plan: Plan, width: float, height: float, lang: str,
                legend: dict[str, str]) -> list[Drawing]:
    """The chart cut into page-sized drawings: rows by place, bars by component, the plan
    period shaded, security cover under each place; long periods are split in time."""
    valid = [a for a in plan.activities if a.start <= a.end]
    start = min([a.start for a in valid] + [plan.period.start])
    end = max([a.end for a in valid] + [plan.period.end])
    days_total = (end - start).days + 1
    chart_width = width - LABEL_WIDTH - 6
    days_per_page = max(int(chart_width // MIN_DAY_WIDTH), 28)
    rows = _rows(plan, lang)
    rows_per_page = max(int((height - AXIS - 30) // ROW), 5)
    providers = defaultdict(list)
    for a in valid:
        if a.provides_security:
            providers[place_key(a.location)].append((a.start, a.end))
    cover = {k: merge(v) for k, v in providers.items()}

    pages = []
    for offset in range(0, days_total, days_per_page):
        window_start = start + dt.timedelta(days=offset)
        window_days = min(days_per_page, days_total - offset)
        day_w = chart_width / window_days
        window_end = window_start + dt.timedelta(days=window_days - 1)

        def x(day: dt.date) -> float:
            return LABEL_WIDTH + (day - window_start).days * day_w

        def clip(s: dt.date, e: dt.date):
            s, e = max(s, window_start), min(e, window_end)
            return (s, e) if s <= e else None

        for first in range(0, max(len(rows), 1), rows_per_page):
            chunk = rows[first:first + rows_per_page]
            h = AXIS + len(chunk) * ROW + 26
            d = Drawing(width, h)
            top = h - AXIS
            span = clip(plan.period.start, plan.period.end)
            if span:
                d.add(Rect(x(span[0]), top - len(chunk) * ROW, (span[1] - span[0]).days * day_w
                           + day_w, len(chunk) * ROW, fillColor=colors.HexColor("#eaf1fb"),
                           strokeColor=None))
            month = window_start.replace(day=1)
            while month <= window_end:
                if month >= window_start:
                    d.add(Line(x(month), top + 12, x(month), top - len(chunk) * ROW,
                               strokeColor=colors.HexColor("#bbbbbb"), strokeWidth=0.5))
                    d.add(String(x(month) + 2, top + 4, format_month(month, lang), fontName=FONT,
                                 fontSize=7.5))
                month = (month + dt.timedelta(days=32)).replace(day=1)
            for i, (kind, obj) in enumerate(chunk):
                y = top - (i + 1) * ROW
                if kind == "group":
                    key, name = obj
                    d.add(Rect(0, y, width, ROW, fillColor=colors.HexColor("#eeeeee"),
                               strokeColor=None))
                    d.add(String(2, y + 3.5, name[:40], fontName=BOLD, fontSize=8))
                    for s, e in cover.get(key, []):
                        part = clip(s, e)
                        if part:
                            d.add(Rect(x(part[0]), y + 1, ((part[1] - part[0]).days + 1) * day_w,
                                       3, fillColor=COVER_COLOUR, strokeColor=None))
                    continue
                a = obj
                label = f"{a.id} {a.title}"
                d.add(String(8, y + 3.5, label if len(label) <= 42 else label[:41] + "…",
                             fontName=FONT, fontSize=7.5))
                part = clip(a.start, a.end) if a.start <= a.end else None
                if part:
                    d.add(Rect(x(part[0]), y + 2.5, max(((part[1] - part[0]).days + 1) * day_w, 1.5),
                               ROW - 5, fillColor=colors.HexColor(
                                   COMPONENT_COLOURS.get(a.component, "#999999")),
                               strokeColor=None))
            # legend
            lx = 0.0
            for key, colour in COMPONENT_COLOURS.items():
                d.add(Rect(lx, 6, 9, 7, fillColor=colors.HexColor(colour), strokeColor=None))
                text = reference.label("components", key, lang)
                d.add(String(lx + 12, 6.5, text, fontName=FONT, fontSize=7.5))
                lx += 20 + len(text) * 4.2
            d.add(Rect(lx, 8, 14, 3, fillColor=COVER_COLOUR, strokeColor=None))
            d.add(String(lx + 17, 6.5, legend["cover"], fontName=FONT, fontSize=7.5))
            pages.append(d)
    return pages
