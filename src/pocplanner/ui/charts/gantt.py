"""The Gantt chart's body: rows grouped by place or component (groups can be collapsed), bars
coloured by component, security cover under each place, dependency arrows, the plan period.
Bars can be dragged to move an activity in time. The month header and the legend live outside
the scrolled area (gantt_view.py) so that they stay visible.

The layout comes from the one timeline model (domain/timeline.py) that the printed Gantt and
the checks use. Painting touches only the rows in the exposed part of the view: a plan of
1,000 activities scrolls as smoothly as one of ten.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from pocplanner import reference
from pocplanner.domain.timeline import Row, Timeline, actual_span, build_timeline, is_cancelled
from pocplanner.ui.charts.gantt_marks import paint_within_and_closed
from pocplanner.ui.qt_text import qt_format

ROW_H, LABEL_W = 22, 230
MANY_LINKS = 50  # above this many activities, arrows only for the selected one
ZOOMS = {"month": 4.0, "week": 16.0}  # pixels per day; "fit" fits the period to the width


def cover_colour() -> QColor:
    colours = reference.timeline_colours()
    colour = QColor(colours["cover"])
    colour.setAlphaF(colours["cover_alpha"])
    return colour


class GanttChart(QWidget):
    moved = Signal(object, int)  # activity, days (positive: later)
    clicked = Signal(object)  # activity
    laid_out = Signal()  # rows, span or scale changed (the header follows)

    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gantt")
        self.lang = lang
        self.plan = None
        self.group_by = "location"
        self.zoom = "fit"
        self.day_px = 6.0
        self.fit_width = 800  # the width "fit" fills (the viewport's, set by the view)
        self.timeline: Timeline | None = None
        self.rows: list[Row] = []  # the rows shown (collapsed groups keep only their heading)
        self.collapsed: set[str] = set()
        self.keep: Callable[[object], bool] = lambda _a: True  # the filter
        self.all_links = False
        self._row_of: dict[int, int] = {}
        self.start = dt.date.today()
        self.days = 1
        self._drag: tuple[object, float] | None = None
        self._drag_days = 0
        self.selected = None

    # -- layout ----------------------------------------------------------------------------
    def set_plan(self, plan) -> None:
        self.plan = plan
        self.relayout()

    def set_group_by(self, group_by: str) -> None:
        self.group_by = group_by
        self.collapsed.clear()
        self.relayout()

    def set_zoom(self, zoom: str) -> None:
        self.zoom = zoom
        self.relayout()

    def zoom_by(self, factor: float) -> None:
        """Ctrl+wheel: a free zoom around the current scale."""
        self.zoom = "free"
        self.day_px = min(max(self.day_px * factor, 0.5), 60.0)
        self.relayout()

    def set_filter(self, keep: Callable[[object], bool]) -> None:
        self.keep = keep
        self.relayout()

    def toggle_group(self, group: str) -> None:
        self.collapsed ^= {group}
        self.relayout()

    def relayout(self) -> None:
        if self.plan is None:
            return
        self.timeline = build_timeline(
            self.plan, self.group_by, lambda key: reference.label("components", key, self.lang)
        )
        self.start, self.days = self.timeline.start, self.timeline.days
        self.rows = self._visible_rows(self.timeline.rows)
        self._row_of = {id(row.activity): i for i, row in enumerate(self.rows) if not row.is_group}
        if self.zoom == "fit":
            self.day_px = max((self.fit_width - LABEL_W - 12) / self.days, 0.5)
        elif self.zoom in ZOOMS:
            self.day_px = ZOOMS[self.zoom]
        self.setMinimumSize(self.sizeHint())
        self.resize(self.sizeHint())
        self.updateGeometry()
        self.update()
        self.laid_out.emit()

    def _visible_rows(self, rows: list[Row]) -> list[Row]:
        kept = [r for r in rows if r.is_group or self.keep(r.activity)]
        with_bars = {r.group for r in kept if not r.is_group}
        return [
            r
            for r in kept
            if (r.is_group and r.group in with_bars)
            or (not r.is_group and r.group not in self.collapsed)
        ]

    def sizeHint(self) -> QSize:
        return QSize(
            int(LABEL_W + self.days * self.day_px + 12), max(len(self.rows), 1) * ROW_H + 4
        )

    def x_of(self, day: dt.date) -> float:
        return LABEL_W + (day - self.start).days * self.day_px

    def bar_rect(self, activity) -> QRectF | None:
        i = self._row_of.get(id(activity)) if activity is not None else None
        if i is None:
            return None
        shift = self._drag_days if self._drag and self._drag[0] is activity else 0
        x0 = self.x_of(activity.start) + shift * self.day_px
        width = max(((activity.end - activity.start).days + 1) * self.day_px, 3)
        return QRectF(x0, i * ROW_H + 4, width, ROW_H - 8)

    def row_at(self, y: float) -> Row | None:
        i = int(y // ROW_H)
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def activity_at(self, pos: QPointF):
        row = self.row_at(pos.y())
        if row is not None and not row.is_group:
            rect = self.bar_rect(row.activity)
            if rect is not None and rect.adjusted(-3, -3, 3, 3).contains(pos):
                return row.activity
        return None

    # -- mouse: click selects, drag moves, a click on a group folds it ------------------------
    def mousePressEvent(self, event) -> None:
        row = self.row_at(event.position().y())
        if row is not None and row.is_group and event.position().x() < LABEL_W:
            self.toggle_group(row.group)
            return
        activity = self.activity_at(event.position())
        if activity is not None:
            self._drag = (activity, event.position().x())
            self._drag_days = 0
            self.selected = activity
            self.clicked.emit(activity)
            self.update()

    def mouseMoveEvent(self, event) -> None:
        if self._drag:
            self._drag_days = round((event.position().x() - self._drag[1]) / self.day_px)
            self.update()

    def mouseReleaseEvent(self, event) -> None:
        if self._drag:
            activity, days = self._drag[0], self._drag_days
            self._drag, self._drag_days = None, 0
            if days:
                self.moved.emit(activity, days)
            self.update()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.25 if event.angleDelta().y() > 0 else 0.8)
            event.accept()
        else:
            event.ignore()  # the scroll area scrolls

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        if self.plan is None or self.timeline is None:
            return
        exposed = event.rect()
        first = max(int(exposed.top() // ROW_H) - 1, 0)
        last = min(int(exposed.bottom() // ROW_H) + 1, len(self.rows) - 1)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        height = len(self.rows) * ROW_H
        self._paint_calendar(p, height)
        for i in range(first, last + 1):
            self._paint_row(p, i)
        self._paint_links(p, first, last)
        paint_within_and_closed(self, p)
        p.end()

    def _paint_calendar(self, p: QPainter, height: float) -> None:
        """The plan period shaded, a line at each month, the period's edges."""
        period = QRectF(
            self.x_of(self.plan.period.start), 0, self.plan.period.days() * self.day_px, height
        )
        p.fillRect(period, QColor(reference.timeline_colours()["period"]))
        if self.day_px >= 10:          # weeks readable: a faint line at each Monday
            p.setPen(QPen(QColor(225, 225, 225), 1, Qt.PenStyle.DotLine))
            for day in mondays(self.start, self.days):
                p.drawLine(QPointF(self.x_of(day), 0), QPointF(self.x_of(day), height))
        p.setPen(QPen(QColor(200, 200, 200)))
        for day in months(self.start, self.days):
            x = self.x_of(day)
            p.drawLine(QPointF(x, 0), QPointF(x, height))
        p.setPen(QPen(QColor(40, 90, 200), 2))
        for edge in (self.plan.period.start, self.plan.period.end + dt.timedelta(days=1)):
            p.drawLine(QPointF(self.x_of(edge), 0), QPointF(self.x_of(edge), height))

    def _paint_row(self, p: QPainter, i: int) -> None:
        row = self.rows[i]
        y = i * ROW_H
        p.setPen(self.palette().windowText().color())
        if row.is_group:
            self._paint_group(p, row, y)
            return
        a = row.activity
        p.drawText(
            QRectF(14, y, LABEL_W - 18, ROW_H),
            Qt.AlignmentFlag.AlignVCenter,
            p.fontMetrics().elidedText(
                f"{a.id} {a.title}", Qt.TextElideMode.ElideRight, LABEL_W - 18
            ),
        )
        rect = self.bar_rect(a)
        colour = QColor(reference.component_colour(a.component))
        if is_cancelled(a):  # greyed: it no longer runs
            colour = QColor(reference.timeline_colours()["cancelled"])
        if a.contingent_on:  # starts only if its scenario happens: hatched, dashed
            p.fillRect(rect, colour.lighter(175))
            p.fillRect(rect, QBrush(colour, Qt.BrushStyle.BDiagPattern))
            p.setPen(QPen(colour.darker(130), 1.2, Qt.PenStyle.DashLine))
            p.drawRect(rect)
        else:
            p.fillRect(rect, colour)
        if a.requires_security or a.engages_communities:
            p.setPen(QPen(Qt.GlobalColor.white, 1))
            marks = ("◆" if a.requires_security else "") + ("●" if a.engages_communities else "")
            p.drawText(rect.adjusted(3, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, marks)
        actual = actual_span(a, self.plan.context.as_of)
        if actual is not None:  # the actual dates: a dark band along the bar's foot
            x0 = self.x_of(actual[0])
            x1 = self.x_of(actual[1] + dt.timedelta(days=1))
            p.fillRect(QRectF(x0, rect.bottom() - 3, max(x1 - x0, 3), 4),
                       QColor(reference.timeline_colours()["actual"]))
        if a is self.selected:
            p.setPen(QPen(Qt.GlobalColor.black, 2))
            p.drawRect(rect)
        if a.assets:  # the scarce assets it needs, after its bar
            p.setPen(self.palette().windowText().color())
            p.drawText(
                QRectF(rect.right() + 4, y, 300, ROW_H),
                Qt.AlignmentFlag.AlignVCenter,
                ", ".join(reference.label("assets", k, self.lang) for k in a.assets),
            )

    def _paint_group(self, p: QPainter, row: Row, y: float) -> None:
        p.fillRect(
            QRectF(0, y, self.width(), ROW_H), QColor(reference.timeline_colours()["group_row"])
        )
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        sign = "▸ " if row.group in self.collapsed else "▾ "
        p.drawText(
            QRectF(2, y, LABEL_W - 6, ROW_H),
            Qt.AlignmentFlag.AlignVCenter,
            p.fontMetrics().elidedText(sign + row.name, Qt.TextElideMode.ElideRight, LABEL_W - 6),
        )
        font.setBold(False)
        p.setFont(font)
        for s, e in self.timeline.cover_of(row):
            p.fillRect(
                QRectF(self.x_of(s), y + ROW_H - 6, ((e - s).days + 1) * self.day_px, 5),
                cover_colour(),
            )
        for name, day in self.timeline.milestones_of(row):  # a site closes
            x = self.x_of(day + dt.timedelta(days=1))
            p.setPen(QPen(QColor("#212121"), 1))
            p.setBrush(QColor("#212121"))
            p.drawPolygon(
                QPolygonF(
                    [
                        QPointF(x, y + 3),
                        QPointF(x + 5, y + ROW_H / 2),
                        QPointF(x, y + ROW_H - 3),
                        QPointF(x - 5, y + ROW_H / 2),
                    ]
                )
            )
            p.drawText(
                QRectF(x + 7, y, 260, ROW_H),
                Qt.AlignmentFlag.AlignVCenter,
                qt_format(self.tr("%1 closes"), name),
            )

    def shown_links(self) -> list[tuple[object, object]]:
        """All dependency arrows on a small plan; on a big one only the selected activity's,
        unless the planner asked for all."""
        links = self.timeline.links if self.timeline else []
        if self.all_links or len(self.plan.activities) <= MANY_LINKS:
            return links
        return [
            (a, b)
            for a, b in links
            if self.selected is not None and (a is self.selected or b is self.selected)
        ]

    def _paint_links(self, p: QPainter, first: int, last: int) -> None:
        """An arrow from each prerequisite's end to its dependent's start."""
        p.setPen(QPen(QColor(reference.timeline_colours()["link"]), 1.2))
        for before, after in self.shown_links():
            source, target = self.bar_rect(before), self.bar_rect(after)
            if source is None or target is None:
                continue
            rows = sorted((source.top() // ROW_H, target.top() // ROW_H))
            if rows[1] < first or rows[0] > last:
                continue  # entirely outside the exposed rows
            start = QPointF(source.right(), source.center().y())
            end = QPointF(target.left(), target.center().y())
            path = QPainterPath(start)
            path.cubicTo(start + QPointF(12, 0), end - QPointF(12, 0), end)
            p.drawPath(path)
            p.drawLine(end, end + QPointF(-5, -3))
            p.drawLine(end, end + QPointF(-5, 3))


def months(start: dt.date, days: int) -> list[dt.date]:
    """The first day of each month that begins within the span."""
    found = []
    day = start.replace(day=1)
    end = start + dt.timedelta(days=days)
    while day <= end:
        if day >= start:
            found.append(day)
        day = (day + dt.timedelta(days=32)).replace(day=1)
    return found


def mondays(start: dt.date, days: int) -> list[dt.date]:
    """The Mondays in the shown days (week ticks of the "Weeks" zoom)."""
    first = start + dt.timedelta(days=(7 - start.weekday()) % 7)
    return [first + dt.timedelta(days=d) for d in range(0, max(days - (first - start).days, 0), 7)]
