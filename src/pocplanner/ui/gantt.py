"""The Gantt chart of the activities: rows grouped by place or component, bars coloured by
component, dependency arrows, security cover per place, the plan period; bars can be dragged
to move an activity in time."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from pocplanner.i18n import format_month
from pocplanner import reference
from pocplanner.domain.checks.index import merge
from pocplanner.domain.places import place_key

COMPONENT_COLOURS = {"military": "#4f79b5", "police": "#7e57c2", "civilian": "#3f9a48",
                     "host_state": "#8d6e63", "partner": "#d99a00"}
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
        self.rows: list[tuple[str, object]] = []   # ("group", name) or ("activity", activity)
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
        valid = [a for a in plan.activities if a.start <= a.end]
        starts = [a.start for a in valid] + [plan.period.start]
        ends = [a.end for a in valid] + [plan.period.end]
        self.start = min(starts)
        self.days = max((max(ends) - self.start).days + 1, 1)
        groups: dict[str, list] = defaultdict(list)
        names: dict[str, str] = {}
        for a in plan.activities:
            key = place_key(a.location) if self.group_by == "location" else a.component
            names.setdefault(key, a.location if self.group_by == "location"
                             else reference.label("components", a.component, self.lang))
            groups[key].append(a)
        self.rows = []
        for key in sorted(groups, key=lambda k: names[k].casefold()):
            self.rows.append(("group", (key, names[key])))
            for a in sorted(groups[key], key=lambda a: (a.start, a.id)):
                self.rows.append(("activity", a))
        self._row_of = {id(obj): i for i, (kind, obj) in enumerate(self.rows)
                        if kind == "activity"}
        self.setMinimumSize(self.sizeHint())
        self.updateGeometry()
        self.update()

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
        if 0 <= row < len(self.rows) and self.rows[row][0] == "activity":
            activity = self.rows[row][1]
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
        if self.plan is None:
            return
        exposed = event.rect()
        first_row = max(int((exposed.top() - TOP) // ROW_H) - 1, 0)
        last_row = int((exposed.bottom() - TOP) // ROW_H) + 1
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        height = TOP + len(self.rows) * ROW_H
        text_colour = self.palette().windowText().color()
        # plan period
        period = QRectF(self.x_of(self.plan.period.start), TOP - 6,
                        (self.plan.period.days()) * self.day_px, height - TOP + 6)
        p.fillRect(period, QColor(230, 240, 255))
        # months
        p.setPen(QPen(QColor(200, 200, 200)))
        day = self.start.replace(day=1)
        while day <= self.start + dt.timedelta(days=self.days):
            if day >= self.start:
                x = self.x_of(day)
                p.drawLine(QPointF(x, TOP - 16), QPointF(x, height))
                p.setPen(text_colour)
                p.drawText(QRectF(x + 3, 2, 90, 16), Qt.AlignmentFlag.AlignLeft, format_month(day, self.lang))
                p.setPen(QPen(QColor(200, 200, 200)))
            day = (day + dt.timedelta(days=32)).replace(day=1)
        p.setPen(QPen(QColor(40, 90, 200), 2))
        for edge in (self.plan.period.start, self.plan.period.end + dt.timedelta(days=1)):
            p.drawLine(QPointF(self.x_of(edge), TOP - 16), QPointF(self.x_of(edge), height))
        # rows
        providers = defaultdict(list)
        for a in self.plan.activities:
            if a.provides_security and a.start <= a.end:
                providers[place_key(a.location)].append((a.start, a.end))
        for i, (kind, obj) in enumerate(self.rows):
            if i < first_row or i > last_row:      # outside the exposed part of the chart
                continue
            y = TOP + i * ROW_H
            if kind == "group":
                key, name = obj
                p.fillRect(QRectF(0, y, self.width(), ROW_H), QColor(238, 238, 238))
                p.setPen(text_colour)
                font = p.font()
                font.setBold(True)
                p.setFont(font)
                p.drawText(QRectF(4, y, LABEL_W - 8, ROW_H), Qt.AlignmentFlag.AlignVCenter, name)
                font.setBold(False)
                p.setFont(font)
                if self.group_by == "location":
                    for s, e in merge(providers.get(key, [])):
                        cover = QRectF(self.x_of(s), y + ROW_H - 6,
                                       ((e - s).days + 1) * self.day_px, 5)
                        p.fillRect(cover, QColor(0, 128, 128, 170))
                continue
            a = obj
            p.setPen(text_colour)
            p.drawText(QRectF(12, y, LABEL_W - 16, ROW_H), Qt.AlignmentFlag.AlignVCenter,
                       p.fontMetrics().elidedText(f"{a.id} {a.title}",
                                                  Qt.TextElideMode.ElideRight, LABEL_W - 16))
            rect = self.bar_rect(a)
            colour = QColor(COMPONENT_COLOURS.get(a.component, "#999999"))
            p.fillRect(rect, colour)
            if a.requires_security or a.engages_communities:
                p.setPen(QPen(Qt.GlobalColor.white, 1))
                marks = ("◆" if a.requires_security else "") + ("●" if a.engages_communities else "")
                p.drawText(rect.adjusted(3, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, marks)
            if a is self.selected:
                p.setPen(QPen(Qt.GlobalColor.black, 2))
                p.drawRect(rect)
        # dependencies
        p.setPen(QPen(QColor(60, 60, 60), 1.2))
        by_id = {a.id: a for a in self.plan.activities}
        for a in self.plan.activities:
            target = self.bar_rect(a)
            for dep_id in a.depends_on:
                dep = by_id.get(dep_id)
                source = self.bar_rect(dep) if dep else None
                if source is None or target is None:
                    continue
                start = QPointF(source.right(), source.center().y())
                end = QPointF(target.left(), target.center().y())
                path = QPainterPath(start)
                path.cubicTo(start + QPointF(12, 0), end - QPointF(12, 0), end)
                p.drawPath(path)
                p.drawLine(end, end + QPointF(-5, -3))
                p.drawLine(end, end + QPointF(-5, 3))
        # legend
        y = height + 10
        x = 4.0
        for key, colour in COMPONENT_COLOURS.items():
            p.fillRect(QRectF(x, y + 3, 12, 10), QColor(colour))
            label = reference.label("components", key, self.lang)
            p.setPen(text_colour)
            p.drawText(QPointF(x + 16, y + 12), label)
            x += 24 + p.fontMetrics().horizontalAdvance(label)
        p.fillRect(QRectF(x, y + 6, 18, 5), QColor(0, 128, 128, 170))
        p.drawText(QPointF(x + 22, y + 12), self.tr("security cover") + "    ◆ " +
                   self.tr("needs security cover") + "    ● " + self.tr("engages communities"))
        p.end()
