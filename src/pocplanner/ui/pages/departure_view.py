"""The departure view of the transition step: for each cercle, the priority threats, the sites
and their closing dates, the last day of security presence, the handovers in place and the
open TRN advisories — beside the map with the sites."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pocplanner import reference
from pocplanner.domain.transition import departure_view, has_successor
from pocplanner.i18n import format_date
from pocplanner.ui.charts.map_panel import MapPanel
from pocplanner.ui.widgets import splitter


class DepartureView(QWidget):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.lang = session, session.lang
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("departureView")
        self.table.setHorizontalHeaderLabels([
            self.tr("Cercle"), self.tr("Priority threats"), self.tr("Sites closing"),
            self.tr("Last security"), self.tr("Handovers"), self.tr("Open")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 4):          # long texts share the width and wrap: all six
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)   # in view
        self.map = MapPanel(self.lang, with_dates=False, store=session.store)
        split = splitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.map)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def refresh(self) -> None:
        plan = self.session.plan
        rows = departure_view(plan, self.session.advisories, tuple(self.session.store.places()))
        self.table.setRowCount(len(rows))
        lang = self.lang
        for i, r in enumerate(rows):
            handovers = "\n".join(
                f"{reference.tool_label(h.tool, lang)} → "
                + (reference.label("successors", h.successor, lang) if h.successor else "—")
                + (f" ({h.successor_name})" if h.successor_name else "")
                + (f", {format_date(h.date, lang)}" if h.date else "")
                for h in r.handovers) or "—"
            cells = [r.name, ", ".join(r.threats) or "—",
                     "\n".join(f"{s.name} ({format_date(s.closes, lang)})" for s in r.sites) or "—",
                     format_date(r.last_security, lang) if r.last_security else "—",
                     handovers, ", ".join(r.open_codes) or "—"]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 5 and r.open_codes:
                    item.setBackground(QColor("#ffcdd2"))
                if j == 4 and r.handovers and all(has_successor(h) for h in r.handovers):
                    item.setBackground(QColor("#e8f5e9"))
                self.table.setItem(i, j, item)
        self.table.resizeRowsToContents()
        self.map.set_plan(plan)
