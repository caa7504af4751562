"""The Gantt chart as the sequencing step shows it: controls (rows by place or component,
zoom, filter, arrows), a month header that stays visible while scrolling, the scrolled chart,
and a legend that is always visible below it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pocplanner import reference
from pocplanner.domain.places import place_key
from pocplanner.i18n import format_month
from pocplanner.ui.button_row import button_row
from pocplanner.ui.charts.gantt import LABEL_W, MANY_LINKS, GanttChart, mondays, months
from pocplanner.ui.qt_text import qt_format
from pocplanner.ui.widgets import Combo

HEADER_H = 20


class _Scroll(QScrollArea):
    resized = Signal()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class GanttHeader(QWidget):
    """The months above the chart, following its horizontal scroll."""

    def __init__(self, chart: GanttChart, scroll: QScrollArea, caption: str) -> None:
        super().__init__()
        self.chart, self.scroll, self.caption = chart, scroll, caption
        self.setFixedHeight(HEADER_H)
        scroll.horizontalScrollBar().valueChanged.connect(lambda _v: self.update())
        chart.laid_out.connect(self.update)

    def paintEvent(self, event) -> None:
        if self.chart.plan is None:
            return
        p = QPainter(self)
        offset = self.scroll.horizontalScrollBar().value()
        p.setPen(self.palette().windowText().color())
        p.setClipRect(QRectF(LABEL_W, 0, self.width(), HEADER_H))
        if self.chart.day_px >= 10:              # the "Weeks" zoom: a tick at each Monday
            for day in mondays(self.chart.start, self.chart.days):
                x = self.chart.x_of(day) - offset
                p.drawLine(QPointF(x, HEADER_H - 5), QPointF(x, HEADER_H))
        firsts = months(self.chart.start, self.chart.days)
        ends = [self.chart.x_of(d) - offset for d in firsts[1:]]
        ends.append(self.chart.x_of(self.chart.start + dt.timedelta(days=self.chart.days))
                    - offset)
        metrics = p.fontMetrics()
        for day, end in zip(firsts, ends):
            x = self.chart.x_of(day) - offset
            p.drawLine(QPointF(x, 4), QPointF(x, HEADER_H))
            room = end - x - 5                   # a narrow month: its name alone, or nothing
            for text in (format_month(day, self.chart.lang),
                         format_month(day, self.chart.lang, year=False), ""):
                if metrics.horizontalAdvance(text) <= room:
                    break
            p.drawText(QRectF(x + 3, 0, max(room, 0), HEADER_H),
                       Qt.AlignmentFlag.AlignVCenter, text)
        p.setClipping(False)
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        p.drawText(QRectF(4, 0, LABEL_W - 8, HEADER_H), Qt.AlignmentFlag.AlignVCenter, self.caption)
        p.end()


class GanttView(QWidget):
    def __init__(
        self, lang: str, advisory_ids: Callable[[], set[str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.advisory_ids = advisory_ids
        self.chart = GanttChart(lang)
        self.scroll = _Scroll()
        self.scroll.setObjectName("ganttScroll")
        self.scroll.setWidget(self.chart)
        self.scroll.setWidgetResizable(False)
        self.scroll.resized.connect(self._fit)
        self.header = GanttHeader(self.chart, self.scroll, self.tr("Place / activity"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._controls())
        layout.addWidget(self.header)
        layout.addWidget(self.scroll, 1)
        self.legend = QLabel(self._legend_html())
        self.legend.setObjectName("ganttLegend")
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)

    def _controls(self) -> QWidget:
        caption = QLabel(
            self.tr("<b>Timeline</b> — drag a bar to move an activity; click a place to fold it")
        )
        caption.setWordWrap(True)
        by_place = QRadioButton(self.tr("Rows by place"))
        by_place.setObjectName("ganttByPlace")
        by_component = QRadioButton(self.tr("Rows by component"))
        by_component.setObjectName("ganttByComponent")
        by_place.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(by_place)
        group.addButton(by_component)
        by_component.toggled.connect(
            lambda on: self.chart.set_group_by("component" if on else "location")
        )
        self.zoom = Combo()
        self.zoom.setObjectName("ganttZoom")
        for key, text in (
            ("fit", self.tr("Whole period")),
            ("month", self.tr("Months")),
            ("week", self.tr("Weeks")),
        ):
            self.zoom.addItem(text, key)
        self.zoom.setToolTip(self.tr("Zoom (also Ctrl + mouse wheel on the chart)"))
        self.zoom.activated.connect(lambda _i: self.chart.set_zoom(self.zoom.currentData()))
        self.filter = Combo()
        self.filter.setObjectName("ganttFilter")
        self.filter.activated.connect(lambda _i: self._apply_filter())
        self.arrows = QCheckBox(self.tr("All arrows"))
        self.arrows.setObjectName("ganttAllArrows")
        self.arrows.setToolTip(
            self.tr(
                "On a large plan only the selected activity's "
                "dependency arrows are drawn; tick to see them all"
            )
        )
        self.arrows.toggled.connect(self._all_arrows)
        box = QWidget()            # the controls go on a second line when the pane is narrow
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(caption)
        column.addWidget(button_row(by_place, by_component, self.zoom, self.filter, self.arrows))
        return box

    def _legend_html(self, plan=None) -> str:
        """The legend: what every chart has, then the marks this plan's chart shows (all of
        them before a plan is set), as the printed Gantt does."""
        acts = plan.activities if plan is not None else None
        timeline = self.chart.timeline if plan is not None else None

        def has(found) -> bool:
            return acts is None or bool(found)
        parts = []
        for key in reference.timeline_colours()["components"]:
            colour = reference.component_colour(key)
            parts.append(
                f"<span style='color:{colour}'>■</span>&nbsp;"
                + reference.label("components", key, self.lang)
            )
        cover = reference.timeline_colours()["cover"]
        parts.append(f"<span style='color:{cover}'>▬</span>&nbsp;" + self.tr("security cover"))
        parts.append("◆&nbsp;" + self.tr("needs security cover"))
        parts.append("●&nbsp;" + self.tr("engages communities"))
        if has(acts and any(a.contingent_on for a in acts)):
            parts.append(
                "<span style='color:#555'>▨</span>&nbsp;" + self.tr("contingent on a scenario")
            )
        colours = reference.timeline_colours()
        if has(acts and any(a.status == "cancelled" for a in acts)):
            parts.append(f"<span style='color:{colours['cancelled']}'>■</span>&nbsp;"
                         + self.tr("cancelled"))
        if has(acts and any(a.actual_start for a in acts)):
            parts.append(f"<span style='color:{colours['actual']}'>▁</span>&nbsp;"
                         + self.tr("actual dates"))
        # the marks of gantt_marks.py: days run from a closed site, "runs while … in place"
        if has(timeline is not None and timeline.after_close):
            parts.append("<span style='color:#c62828'>⊠</span>&nbsp;"
                         + self.tr("runs from a site already closed"))
        if has(timeline is not None and timeline.within):
            parts.append("<span style='color:#5d4037'>┊</span>&nbsp;"
                         + self.tr("runs while the other is in place"))
        return " &nbsp; ".join(parts)

    # -- plan ------------------------------------------------------------------------------
    def set_plan(self, plan) -> None:
        self.chart.plan = plan
        self._fill_filter(plan)
        self.arrows.setVisible(len(plan.activities) > MANY_LINKS)
        self._apply_filter()
        legend = self._legend_html(plan)
        if legend != self.legend.text():
            self.legend.setText(legend)

    def _fill_filter(self, plan) -> None:
        entries = [
            (self.tr("All activities"), None),
            (self.tr("Only activities with advisories"), ("advisories", "")),
        ]
        for key in reference.timeline_colours()["components"]:
            entries.append(
                (
                    qt_format(
                        self.tr("Component: %1"), reference.label("components", key, self.lang)
                    ),
                    ("component", key),
                )
            )
        places = {}
        for a in plan.activities:
            places.setdefault(place_key(a.location), a.location)
        for key, name in sorted(places.items(), key=lambda kv: kv[1].casefold()):
            entries.append((qt_format(self.tr("Place: %1"), name), ("place", key)))
        for r in plan.responses:
            entries.append(
                (
                    qt_format(
                        self.tr("Response: %1"),
                        f"{r.id} · {reference.tool_label(r.tool, self.lang)}",
                    ),
                    ("response", r.id),
                )
            )
        if entries == getattr(self, "_entries", None):
            return  # most edits change none of them: keep the list as it is
        self._entries = entries
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        for text, data in entries:
            self.filter.addItem(text, data)
        self.filter.setCurrentIndex(max(self.filter.findData(current), 0))
        self.filter.blockSignals(False)

    def _apply_filter(self) -> None:
        chosen = self.filter.currentData()
        if chosen is None:
            keep = lambda _a: True  # noqa: E731
        elif chosen[0] == "advisories":
            ids = self.advisory_ids()
            keep = lambda a: a.id in ids  # noqa: E731
        elif chosen[0] == "component":
            keep = lambda a: a.component == chosen[1]  # noqa: E731
        elif chosen[0] == "place":
            keep = lambda a: place_key(a.location) == chosen[1]  # noqa: E731
        else:
            keep = lambda a: a.response_id == chosen[1]  # noqa: E731
        self.chart.set_filter(keep)

    def _all_arrows(self, on: bool) -> None:
        self.chart.all_links = on
        self.chart.update()

    def _fit(self) -> None:
        self.chart.fit_width = self.scroll.viewport().width()
        if self.chart.zoom == "fit" and self.chart.plan is not None:
            self.chart.relayout()
