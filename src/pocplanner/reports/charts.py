"""Vector charts of the printed plan: the 5×5 heat map and the Gantt chart."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from pocplanner import reference
from pocplanner.domain.model import Plan
from pocplanner.domain.scoring import band_for, bands
from pocplanner.domain.timeline import Row, Timeline, actual_span, build_timeline, is_cancelled
from pocplanner.i18n import MONTHS, format_month
from pocplanner.reports.gantt_marks import CLOSED, WITHIN, draw_within_and_closed
from pocplanner.reports.shaping import shaped
from pocplanner.reports.styles import BOLD, FONT


def heat_map(plan: Plan, likelihood_label: str, impact_label: str, cell: float = 50) -> Drawing:
    """The 5×5 matrix, each cell in its band's colour with the ids of its threats (the first
    few, then "+n")."""
    ids: dict[tuple[int, int], list[str]] = defaultdict(list)
    for t in plan.threats:
        ids[(t.likelihood, t.impact)].append(t.id)
    left, bottom = 40, 34
    d = Drawing(left + 5 * cell + 10, bottom + 5 * cell + 10)
    for likelihood in range(1, 6):
        for impact in range(1, 6):
            x = left + (impact - 1) * cell
            y = bottom + (likelihood - 1) * cell
            colour = colors.HexColor(band_for(likelihood * impact).colour)
            d.add(Rect(x, y, cell, cell, fillColor=colour, strokeColor=colors.white,
                       strokeWidth=1.5))
            for i, line in enumerate(_cell_lines(ids.get((likelihood, impact), []))):
                d.add(String(x + cell / 2, y + cell - 12 - i * 10, line, fontName=BOLD,
                             fontSize=8, textAnchor="middle"))
        d.add(String(left - 8, bottom + (likelihood - 0.5) * cell - 3, str(likelihood),
                     fontName=FONT, fontSize=9, textAnchor="end"))
    for impact in range(1, 6):
        d.add(String(left + (impact - 0.5) * cell, bottom - 13, str(impact), fontName=FONT,
                     fontSize=9, textAnchor="middle"))
    d.add(String(left + 2.5 * cell, bottom - 28, impact_label + " →", fontName=FONT,
                 fontSize=9, textAnchor="middle"))
    g = Group(String(0, 0, likelihood_label + " →", fontName=FONT, fontSize=9,
                     textAnchor="middle"))
    g.translate(12, bottom + 2.5 * cell)
    g.rotate(90)
    d.add(g)
    return d


def _cell_lines(ids: list[str], per_line: int = 2, lines: int = 4) -> list[str]:
    """Threat ids two by two; what does not fit is counted ("+7")."""
    shown = ids[:per_line * lines]
    rows = [" ".join(shown[i:i + per_line]) for i in range(0, len(shown), per_line)]
    if len(ids) > len(shown):
        rows[-1] = f"{rows[-1]} +{len(ids) - len(shown)}"
    return rows


def band_legend(lang: str, title: str) -> Drawing:
    """The risk bands with their colour and their scores."""
    d = Drawing(420, 34)
    d.add(String(0, 22, title, fontName=BOLD, fontSize=8))
    x = 0.0
    for band in bands():
        d.add(Rect(x, 4, 10, 10, fillColor=colors.HexColor(band.colour), strokeColor=None))
        text = f"{reference.localized(band.label, lang)} {band.min}–{band.max}"
        d.add(String(x + 14, 6, text, fontName=FONT, fontSize=8))
        x += 24 + len(text) * 4.4
    return d


MIN_DAY_WIDTH = 2.2     # points per day: below this, the chart is split across pages in time
ROW = 13.0
LABEL_WIDTH = 215.0
LABEL_TEXT_WIDTH = LABEL_WIDTH - 62      # the dates take the right end of the label column
AXIS = 26.0


def short_date(day: dt.date, lang: str) -> str:
    """6 Jan / 6 janv.: the day in a Gantt's label (the year is in the header)."""
    return f"{day.day} {MONTHS.get(lang, MONTHS['en'])[day.month - 1]}"


def _colour(hex_colour: str, alpha: float = 1.0) -> colors.Color:
    c = colors.HexColor(hex_colour)
    return colors.Color(c.red, c.green, c.blue, alpha)


@dataclass
class _Window:
    """One page of the chart: a stretch of days and a run of rows."""
    start: dt.date
    days: int
    left: float
    day_w: float
    top: float
    rows: list[Row]
    lang: str = "en"
    as_of: dt.date | None = None          # an activity under way is drawn up to this day
    heights: list[float] | None = None      # per row: an activity's title may wrap

    def y(self, i: int) -> float:
        """The bottom of row i."""
        return self.top - sum(self._heights()[:i + 1])

    @property
    def bottom(self) -> float:
        return self.top - sum(self._heights())

    def _heights(self) -> list[float]:
        return self.heights or [ROW] * len(self.rows)

    @property
    def end(self) -> dt.date:
        return self.start + dt.timedelta(days=self.days - 1)

    def x(self, day: dt.date) -> float:
        return self.left + (day - self.start).days * self.day_w

    def clip(self, s: dt.date, e: dt.date) -> tuple[dt.date, dt.date] | None:
        s, e = max(s, self.start), min(e, self.end)
        return (s, e) if s <= e else None

    def width_of(self, span: tuple[dt.date, dt.date]) -> float:
        return ((span[1] - span[0]).days + 1) * self.day_w


def gantt_pages(plan: Plan, width: float, height: float, lang: str,
                legend: dict[str, str]) -> list[Drawing]:
    """The chart cut into page-sized drawings: rows by place, bars by component, the plan
    period shaded, security cover under each place, dependency arrows; long periods are
    split in time (the same timeline model as the screen's Gantt)."""
    timeline = build_timeline(plan, "location")
    legend = dict(legend, closed=legend.get("closed", "") if timeline.after_close else "",
                  within=legend.get("within", "") if timeline.within else "")
    chart_width = width - LABEL_WIDTH - 6
    lines = _legend_lines(lang, legend, width)
    days_per_page = max(int(chart_width // MIN_DAY_WIDTH), 28)
    room = height - AXIS - 30 - LEGEND_LINE * (lines - 1)
    pages = []
    for offset in range(0, timeline.days, days_per_page):
        days = min(days_per_page, timeline.days - offset)
        for chunk in _row_chunks(timeline.rows, room, legend["continued"]):
            heights = [ROW * len(_label_lines(row)) for row in chunk]
            h = AXIS + sum(heights) + 26 + LEGEND_LINE * (lines - 1)
            window = _Window(timeline.start + dt.timedelta(days=offset), days, LABEL_WIDTH,
                             chart_width / days, h - AXIS, chunk, lang, plan.context.as_of,
                             heights)
            d = Drawing(width, h)
            _draw_calendar(d, window, plan, lang)
            for i, row in enumerate(chunk):
                _draw_row(d, window, timeline, row, window.y(i), width, heights[i])
            _draw_links(d, window, timeline)
            draw_within_and_closed(d, window, timeline)
            _draw_legend(d, lang, legend, lines)
            pages.append(d)
    return pages


def _label_lines(row: Row) -> list[str]:
    """An activity's "id title" in lines of the label column (at most three, the whole
    title in the responsibilities table); a place's row is one line."""
    if row.is_group or row.activity is None:
        return [row.name]
    words, lines = f"{row.activity.id} {row.activity.title}".split(), [""]
    for word in words:
        candidate = f"{lines[-1]} {word}".strip()
        if stringWidth(candidate, FONT, 7.5) <= LABEL_TEXT_WIDTH or not lines[-1]:
            lines[-1] = candidate
        elif len(lines) == 3:
            lines[-1] = lines[-1] + " …"
            break
        else:
            lines.append(word)
    return lines


def _row_chunks(rows: list[Row], room: float, continued: str) -> list[list[Row]]:
    """The rows cut into pages by height; a place continued on a new page is named again."""
    chunks: list[list[Row]] = [[]]
    used = 0.0
    for row in rows:
        h = ROW * len(_label_lines(row))
        if chunks[-1] and used + h > room:
            chunks.append([] if row.is_group else [Row(row.group, f"{row.name} {continued}")])
            used = ROW * len(chunks[-1])
        chunks[-1].append(row)
        used += h
    return chunks


def _draw_calendar(d: Drawing, w: _Window, plan: Plan, lang: str) -> None:
    bottom = w.bottom
    span = w.clip(plan.period.start, plan.period.end)
    if span:
        d.add(Rect(w.x(span[0]), bottom, w.width_of(span), w.top - bottom,
                   fillColor=_colour(reference.timeline_colours()["period"]), strokeColor=None))
    month = w.start.replace(day=1)
    while month <= w.end:
        if month >= w.start:
            d.add(Line(w.x(month), w.top + 12, w.x(month), bottom,
                       strokeColor=colors.HexColor("#bbbbbb"), strokeWidth=0.5))
            d.add(String(w.x(month) + 2, w.top + 4, format_month(month, lang), fontName=FONT,
                         fontSize=7.5))
        month = (month + dt.timedelta(days=32)).replace(day=1)


def _draw_row(d: Drawing, w: _Window, timeline: Timeline, row: Row, y: float,
              width: float, height: float = ROW) -> None:
    colours = reference.timeline_colours()
    if row.is_group:
        d.add(Rect(0, y, width, ROW, fillColor=_colour(colours["group_row"]), strokeColor=None))
        d.add(String(2, y + 3.5, shaped(row.name[:40]), fontName=BOLD, fontSize=8))
        for s, e in timeline.cover_of(row):
            part = w.clip(s, e)
            if part:
                d.add(Rect(w.x(part[0]), y + 1, w.width_of(part), 3, strokeColor=None,
                           fillColor=_colour(colours["cover"], colours["cover_alpha"])))
        for name, day in timeline.milestones_of(row):           # a site closes
            if w.clip(day, day):
                x = w.x(day + dt.timedelta(days=1))
                d.add(Polygon([x, y + 1, x + 4, y + ROW / 2, x, y + ROW - 1, x - 4, y + ROW / 2],
                              fillColor=colors.black, strokeColor=None))
                label = shaped(f"{name} ({short_date(day, w.lang)})")
                if x + 6 + stringWidth(label, FONT, 7) <= width:
                    d.add(String(x + 6, y + 3.5, label, fontName=FONT, fontSize=7))
                else:                     # near the page's right edge: left of the mark
                    d.add(String(x - 6, y + 3.5, label, fontName=FONT, fontSize=7,
                                 textAnchor="end"))
        return
    a = row.activity
    assert a is not None                  # a row that is not a milestone shows an activity
    lines = _label_lines(row)
    for n, line in enumerate(lines):           # the whole title, wrapped
        d.add(String(8, y + height - ROW * (n + 1) + 3.5, shaped(line), fontName=FONT,
                     fontSize=7.5))
    y = y + height - ROW                       # dates and bar on the first line
    d.add(String(LABEL_WIDTH - 4, y + 3.5, f"{short_date(a.start, w.lang)}–"
                 f"{short_date(a.end, w.lang)}", fontName=FONT, fontSize=6.5,
                 textAnchor="end", fillColor=colors.HexColor("#444444")))
    part = w.clip(a.start, a.end) if a.start <= a.end else None
    if part:
        colour = reference.component_colour(a.component)
        if is_cancelled(a):            # greyed: it no longer runs
            colour = colours["cancelled"]
        if a.contingent_on:      # only if its scenario happens: pale, dashed outline
            d.add(Rect(w.x(part[0]), y + 2.5, max(w.width_of(part), 1.5), ROW - 5,
                       fillColor=_colour(colour, 0.25), strokeColor=_colour(colour),
                       strokeWidth=0.8, strokeDashArray=[2, 1.5]))
        else:
            d.add(Rect(w.x(part[0]), y + 2.5, max(w.width_of(part), 1.5), ROW - 5,
                       fillColor=_colour(colour), strokeColor=None))
        if a.requires_security:       # needs security: a diamond at the bar's start
            x0 = w.x(part[0]) + 4
            d.add(Polygon([x0 - 3, y + ROW / 2, x0, y + ROW / 2 + 3, x0 + 3, y + ROW / 2,
                           x0, y + ROW / 2 - 3], fillColor=colors.white,
                          strokeColor=colors.black, strokeWidth=0.6))
        _draw_actual(d, w, a, y)
        if a.assets:                  # the scarce assets it needs, after its bar
            text = shaped(", ".join(reference.label("assets", k, w.lang) for k in a.assets))
            end = w.x(part[1] + dt.timedelta(days=1))
            inside = end + 3 + len(text) * 3.4 > w.x(w.end + dt.timedelta(days=1))
            d.add(String(end - 3 if inside else end + 3, y + 3.5, text, fontName=FONT,
                         fontSize=6.5, textAnchor="end" if inside else "start",
                         fillColor=colors.HexColor("#333333")))


def _draw_actual(d: Drawing, w: _Window, a, y: float) -> None:
    """The actual dates: a dark band along the foot of the planned bar."""
    actual = actual_span(a, w.as_of)
    part = w.clip(*actual) if actual else None
    if part:
        d.add(Rect(w.x(part[0]), y + 1.5, max(w.width_of(part), 1.5), 2.2, strokeColor=None,
                   fillColor=_colour(reference.timeline_colours()["actual"])))


def _draw_links(d: Drawing, w: _Window, timeline: Timeline) -> None:
    """Dependency arrows between bars on this page: from the prerequisite's last day to the
    dependent's first day (an arrow from outside the page's days starts at its edge)."""
    heights = w._heights()
    y_of = {id(row.activity): w.top - sum(heights[:i]) - ROW / 2
            for i, row in enumerate(w.rows) if not row.is_group}
    colour = _colour(reference.timeline_colours()["link"])
    for before, after in timeline.links:
        y0, y1 = y_of.get(id(before)), y_of.get(id(after))
        if y0 is None or y1 is None or before.start > before.end or after.start > after.end:
            continue
        x0 = w.x(min(max(before.end + dt.timedelta(days=1), w.start), w.end))
        x1 = w.x(min(max(after.start, w.start), w.end))
        mid = max(x0 + 3, x1 - 3)
        d.add(PolyLine([x0, y0, mid, y0, mid, y1, x1, y1], strokeColor=colour,
                       strokeWidth=0.6))
        d.add(Polygon([x1, y1, x1 - 3, y1 + 1.8, x1 - 3, y1 - 1.8], fillColor=colour,
                      strokeColor=None))


def _legend_item(swatch: list, text: str, gap: float, after: float = 7) -> tuple[Group, float]:
    """One entry of the legend drawn from x = 0 (its swatch, then its text), and its width."""
    text = shaped(text)
    group = Group(*swatch, String(gap, 6.5, text, fontName=FONT, fontSize=7.5))
    return group, gap + after + stringWidth(text, FONT, 7.5)


LEGEND_LINE = 11.0


def _legend_lines(lang: str, legend: dict[str, str], width: float) -> int:
    """1, or 2 when the legend is wider than the page."""
    return 2 if sum(w for _g, w in _legend_items(lang, legend)) > width else 1


def _legend_items(lang: str, legend: dict[str, str]) -> list[tuple[Group, float]]:
    """The entries: components, cover, security mark, contingent, cancelled, actual dates,
    and the marks of gantt_marks.py, each when the chart has it."""
    colours = reference.timeline_colours()
    items = [_legend_item([Rect(0, 6, 9, 7, fillColor=_colour(reference.component_colour(key)),
                                strokeColor=None)],
                          reference.label("components", key, lang), 12, after=8)
             for key in colours["components"]]
    items.append(_legend_item([Rect(0, 8, 14, 3, strokeColor=None, fillColor=_colour(
        colours["cover"], colours["cover_alpha"]))], legend["cover"], 17))
    if legend.get("security"):
        items.append(_legend_item([Polygon([4, 9.5, 7, 12.5, 10, 9.5, 7, 6.5],
                                           fillColor=colors.white, strokeColor=colors.black,
                                           strokeWidth=0.6)], legend["security"], 13))
    if legend.get("contingent"):
        items.append(_legend_item([Rect(0, 6, 14, 7, fillColor=_colour("#777777", 0.25),
                                        strokeColor=_colour("#555555"), strokeWidth=0.8,
                                        strokeDashArray=[2, 1.5])], legend["contingent"], 17))
    if legend.get("cancelled"):
        items.append(_legend_item([Rect(0, 6, 14, 7, fillColor=_colour(colours["cancelled"]),
                                        strokeColor=None)], legend["cancelled"], 17))
    if legend.get("actual"):
        items.append(_legend_item([Rect(0, 7.5, 14, 2.2, fillColor=_colour(colours["actual"]),
                                        strokeColor=None)], legend["actual"], 17))
    if legend.get("closed"):                 # gantt_marks: the days run from a closed site
        items.append(_legend_item([Rect(0, 6, 14, 7, fillColor=None, strokeColor=CLOSED,
                                        strokeWidth=0.9),
                                   Line(0, 6, 14, 13, strokeColor=CLOSED, strokeWidth=0.9)],
                                  legend["closed"], 17))
    if legend.get("within"):                 # gantt_marks: "runs while … is in place"
        items.append(_legend_item([Line(7, 4, 7, 15, strokeColor=WITHIN, strokeWidth=0.6,
                                        strokeDashArray=[1.5, 1.5])], legend["within"], 12))
    return items


def _draw_legend(d: Drawing, lang: str, legend: dict[str, str], lines: int) -> None:
    """The legend under the chart, on one line, or on two when it is wider than the page."""
    x, dy = 0.0, LEGEND_LINE * (lines - 1)
    for group, width in _legend_items(lang, legend):
        if dy and x + width > d.width:
            x, dy = 0.0, 0.0                      # the rest on the second line
        group.transform = (1, 0, 0, 1, x, dy)
        d.add(group)
        x += width
