"""The level board of the early-warning step: every place named by an indicator with its
highest current level, as a list and on the map."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pocplanner import reference
from pocplanner.domain.early_warning import level_board
from pocplanner.i18n import format_date
from pocplanner.ui.map_panel import MapPanel
from pocplanner.ui.widgets import splitter


class LevelBoard(QWidget):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.lang = session, session.lang
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("levelBoard")
        self.table.setHorizontalHeaderLabels([self.tr("Place"), self.tr("Highest level"),
                                              self.tr("Indicators"), self.tr("Oldest review")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        from PySide6.QtWidgets import QHeaderView
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.map = MapPanel(self.lang, with_dates=False, store=session.store)
        self.map.show_levels = True
        self.empty = QLabel(self.tr("No indicator names a place yet."))
        split = splitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.empty)
        lv.addWidget(self.table, 1)
        split.addWidget(left)
        split.addWidget(self.map)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def refresh(self) -> None:
        plan = self.session.plan
        rows = level_board(plan)
        self.empty.setVisible(not rows)
        self.table.setRowCount(len(rows))
        colours = reference.map_style()["levels"]
        for i, row in enumerate(rows):
            cells = [row.place, reference.label("ew_levels", row.level, self.lang),
                     ", ".join(row.indicator_ids),
                     format_date(row.reviewed, self.lang) if row.reviewed else "—"]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 1:
                    item.setBackground(QColor(colours[row.level]))
                self.table.setItem(i, j, item)
        self.map.set_plan(plan)
