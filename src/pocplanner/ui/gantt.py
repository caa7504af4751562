"""The Gantt chart of the activities: rows grouped by place or component, bars coloured by
component, dependency arrows, security cover per place, the plan period; bars can be dragged
to move an activity in time."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from pocplanner import reference
from pocplanner.domain.timeline import Timeline, build_timeline
from pocplanner.i18n import format_month

ROW_H, LABEL_W, TOP = 22, 230, 34


class GanttChart(QWidget):
    moved = Signal(object, int)      # activity, days (positive: later)
    clicked = Signal(object)         # activity

    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gantt")
        self.lang = lang
        self.plan = None
        self.group_by = "location"
        self.day_px = 6.0
        self.timeline: Timeline | None = None
        self._row_of: dict[int, int] = {}
        self.start = dt.date.today()
        self.days = 1
        self._drag: tuple[object, float] | None = None
        self._drag_days = 0
        self.selected = None
        self.setMouseTracking(False)

    # -- layout ----------------------------------------------------------------------------
    def set_plan(self, plan) -> None:
        self.plan = plan
        self.relayout()

    def set_group_by(self, group_by: str) -> None:
        self.group_by = group_by
        self.relayout()

    def relayout(self) -> None:
        plan = self.plan
        if plan is None:
            return
        self.timeline = build_timeline(
            plan, self.group_by, lambda key: reference.label("components", key, self.lang))
        self.start, self.days = self.timeline.start, self.timeline.days
        self._row_of = {id(row.activity): i for i, row in enumerate(self.rows)
                        if not row.is_group}
        self.setMinimumSize(self.sizeHint())
        self.updateGeometry()
        self.update()

    @property
    def rows(self):
        return self.timeline.rows if self.timeline is not None else []

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(int(LABEL_W + self.days * self.day_px + 20),
                     TOP + max(len(self.rows), 1) * ROW_H + 40)

    def x_of(self, day: dt.date) -> float:
        return LABEL_W + (day - self.start).days * self.day_px

    def bar_rect(self, activity) -> QRectF | None:
        i = self._row_of.get(id(activity)) if activity is not None else None
        if i is None:
            return None
        shift = self._drag_days if self._drag and self._drag[0] is activity else 0
        x0 = self.x_of(activity.start) + shift * self.day_px
        width = max(((activity.end - activity.start).days + 1) * self.day_px, 3)
        return QRectF(x0, TOP + i * ROW_H + 4, width, ROW_H - 8)

    def activity_at(self, pos: QPointF):
        row = int((pos.y() - TOP) // ROW_H)
        if 0 <= row < len(self.rows) and not self.rows[row].is_group:
            activity = self.rows[row].activity
            rect = self.bar_rect(activity)
            if rect is not None and rect.adjusted(-3, -3, 3, 3).contains(pos):
                return activity
        return None

    # -- mouse: click selects, drag moves ----------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802
        activity = self.activity_at(event.position())
        if activity is not None:
            self._drag = (activity, event.position().x())
            self._drag_days = 0
            self.selected = activity
            self.clicked.emit(activity)
            self.update()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._drag:
            self._drag_days = round((event.position().x() - self._drag[1]) / self.day_px)
            self.update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self._drag:
            activity, days = self._drag[0], self._drag_days
            self._drag, self._drag_days = None, 0
            if days:
                self.moved.emit(activity, days)
            self.update()

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        if self.plan is None or self.timeline is None:
            return
        exposed = event.rect()
        first_row = max(int((exposed.top() - TOP) // ROW_H) - 1, 0)
        last_row = int((exposed.bottom() - TOP) // ROW_H) + 1
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        height = TOP + len(self.rows) * ROW_H
        self._paint_calendar(p, height)
        for i in range(first_row, min(last_row, len(self.rows) - 1) + 1):
            self._paint_row(p, i)
        self._paint_links(p)
        self._paint_legend(p, height + 10)
        p.end()

    def _paint_calendar(self, p: QPainter, height: float) -> None:
        """The plan period shaded, a line and a name for each month, the period's edges."""
        colours = reference.timeline_colours()
        text_colour = self.palette().windowText().color()
        period = QRectF(self.x_of(self.plan.period.start), TOP - 6,
                        (self.plan.period.days()) * self.day_px, height - TOP + 6)
        p.fillRect(period, QColor(colours["period"]))
        p.setPen(QPen(QColor(200, 200, 200)))
        day = self.start.replace(day=1)
        while day <= self.start + dt.timedelta(days=self.days):
            if day >= self.start:
                x = self.x_of(day)
                p.drawLine(QPointF(x, TOP - 16), QPointF(x, height))
                p.setPen(text_colour)
                p.drawText(QRectF(x + 3, 2, 90, 16), Qt.AlignmentFlag.AlignLeft,
                           format_month(day, self.lang))
                p.setPen(QPen(QColor(200, 200, 200)))
            day = (day + dt.timedelta(days=32)).replace(day=1)
        p.setPen(QPen(QColor(40, 90, 200), 2))
        for edge in (self.plan.period.start, self.plan.period.end + dt.timedelta(days=1)):
            p.drawLine(QPointF(self.x_of(edge), TOP - 16), QPointF(self.x_of(edge), height))

    def _paint_row(self, p: QPainter, i: int) -> None:
        row = self.rows[i]
        y = TOP + i * ROW_H
        text_colour = self.palette().windowText().color()
        p.setPen(text_colour)
        if row.is_group:
            p.fillRect(QRectF(0, y, self.width(), ROW_H),
                       QColor(reference.timeline_colours()["group_row"]))
            font = p.font()
            font.setBold(True)
            p.setFont(font)
            p.drawText(QRectF(4, y, LABEL_W - 8, ROW_H), Qt.AlignmentFlag.AlignVCenter,
                       p.fontMetrics().elidedText(row.name, Qt.TextElideMode.ElideRight,
                                                  LABEL_W - 8))
            font.setBold(False)
            p.setFont(font)
            for s, e in self.timeline.cover_of(row):
                cover = QRectF(self.x_of(s), y + ROW_H - 6, ((e - s).days + 1) * self.day_px, 5)
                p.fillRect(cover, _cover_colour())
            return
        a = row.activity
        p.drawText(QRectF(12, y, LABEL_W - 16, ROW_H), Qt.AlignmentFlag.AlignVCenter,
                   p.fontMetrics().elidedText(f"{a.id} {a.title}",
                                              Qt.TextElideMode.ElideRight, LABEL_W - 16))
        rect = self.bar_rect(a)
        p.fillRect(rect, QColor(reference.component_colour(a.component)))
        if a.requires_security or a.engages_communities:
            p.setPen(QPen(Qt.GlobalColor.white, 1))
            marks = ("◆" if a.requires_security else "") + ("●" if a.engages_communities else "")
            p.drawText(rect.adjusted(3, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, marks)
        if a is self.selected:
            p.setPen(QPen(Qt.GlobalColor.black, 2))
            p.drawRect(rect)

    def _paint_links(self, p: QPainter) -> None:
        """An arrow from each prerequisite's end to its dependent's start."""
        p.setPen(QPen(QColor(reference.timeline_colours()["link"]), 1.2))
        for before, after in self.timeline.links:
            source, target = self.bar_rect(before), self.bar_rect(after)
            if source is None or target is None:
                continue
            start = QPointF(source.right(), source.center().y())
            end = QPointF(target.left(), target.center().y())
            path = QPainterPath(start)
            path.cubicTo(start + QPointF(12, 0), end - QPointF(12, 0), end)
            p.drawPath(path)
            p.drawLine(end, end + QPointF(-5, -3))
            p.drawLine(end, end + QPointF(-5, 3))

    def _paint_legend(self, p: QPainter, y: float) -> None:
        text_colour = self.palette().windowText().color()
        x = 4.0
        for key in reference.timeline_colours()["components"]:
            p.fillRect(QRectF(x, y + 3, 12, 10), QColor(reference.component_colour(key)))
            label = reference.label("components", key, self.lang)
            p.setPen(text_colour)
            p.drawText(QPointF(x + 16, y + 12), label)
            x += 24 + p.fontMetrics().horizontalAdvance(label)
        p.fillRect(QRectF(x, y + 6, 18, 5), _cover_colour())
        p.drawText(QPointF(x + 22, y + 12), self.tr("security cover") + "    ◆ " +
                   self.tr("needs security cover") + "    ● " + self.tr("engages communities"))


def _cover_colour() -> QColor:
    colours = reference.timeline_colours()
    colour = QColor(colours["cover"])
    colour.setAlphaF(colours["cover_alpha"])
    return colour
