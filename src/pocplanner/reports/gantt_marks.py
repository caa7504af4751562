"""Marks on the printed Gantt (DOMAIN §12.5, §12.9b): the days an activity runs from a site
that has closed, crossed in red, and "runs while … is in place" drawn as dashed brackets from
the bar of the one in place to the bar that runs within it."""
from __future__ import annotations

import datetime as dt

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect
from reportlab.lib import colors

ROW = 13.0                 # the chart's row height (reports/charts.py)
CLOSED = colors.HexColor("#c62828")
WITHIN = colors.HexColor("#5d4037")


def _bar_centres(w) -> dict[int, float]:
    heights = w._heights()
    return {id(row.activity): w.top - sum(heights[:i]) - ROW / 2
            for i, row in enumerate(w.rows) if not row.is_group}


def draw_within_and_closed(d: Drawing, w, timeline) -> None:
    y_of = _bar_centres(w)
    for row in w.rows:
        a = row.activity
        closes = timeline.after_close.get(id(a)) if a is not None else None
        if closes is None or id(a) not in y_of:
            continue
        part = w.clip(max(a.start, closes + dt.timedelta(days=1)), a.end)
        if part:                    # runs on from a closed site: the overrun crossed in red
            x0, x1, y = w.x(part[0]), w.x(part[1] + dt.timedelta(days=1)), y_of[id(a)]
            d.add(Rect(x0, y - ROW / 2 + 2.5, x1 - x0, ROW - 5, fillColor=None,
                       strokeColor=CLOSED, strokeWidth=0.9))
            d.add(Line(x0, y - ROW / 2 + 2.5, x1, y + ROW / 2 - 2.5, strokeColor=CLOSED,
                       strokeWidth=0.9))
    for outer, inner in timeline.within:
        y0, y1 = y_of.get(id(outer)), y_of.get(id(inner))
        if y0 is None or y1 is None or outer.start > outer.end or inner.start > inner.end:
            continue
        for day in (outer.start, outer.end + dt.timedelta(days=1)):
            if w.start <= day <= w.end + dt.timedelta(days=1):
                x = w.x(day)
                d.add(PolyLine([x, y0, x, y1], strokeColor=WITHIN, strokeWidth=0.6,
                               strokeDashArray=[1.5, 1.5]))
