"""Marks on the screen Gantt (DOMAIN §12.5, §12.9b), as on paper (reports/gantt_marks.py):
the days an activity runs from a closed site crossed in red; "runs while … is in place" as
dashed lines at the start and end of the one in place, down to the bar that runs within it."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen


def paint_within_and_closed(chart, p: QPainter) -> None:
    timeline = chart.timeline
    if timeline is None:
        return
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(QColor("#c62828"), 1.4))
    for a in chart.plan.activities:
        closes = timeline.after_close.get(id(a))
        bar = chart.bar_rect(a) if closes is not None else None
        if bar is None:
            continue
        start = max(a.start, closes + dt.timedelta(days=1))
        x0 = chart.x_of(start)
        x1 = chart.x_of(a.end + dt.timedelta(days=1))
        if x1 > x0:
            box = QRectF(x0, bar.top(), x1 - x0, bar.height())
            p.drawRect(box)
            p.drawLine(box.topLeft(), box.bottomRight())
    p.setPen(QPen(QColor("#5d4037"), 1.0, Qt.PenStyle.DashLine))
    for outer, inner in timeline.within:
        a, b = chart.bar_rect(outer), chart.bar_rect(inner)
        if a is None or b is None:
            continue
        for x in (a.left(), a.right()):
            p.drawLine(QPointF(x, a.center().y()), QPointF(x, b.center().y()))
