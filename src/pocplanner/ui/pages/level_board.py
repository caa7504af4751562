"""The level board of the early-warning step: every place named by an indicator with its
highest current level, as a list and on the map; the alert log under it (each alert's reaction
time against the matrix's promise) and the button that records an alert in one dialog."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pocplanner import reference
from pocplanner.domain.early_warning import level_board
from pocplanner.i18n import format_date
from pocplanner.ui.charts.map_panel import MapPanel
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
        self.record_button = QPushButton(self.tr("Record an alert…"))
        self.record_button.setObjectName("recordAlert")
        self.record_button.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.record_button.clicked.connect(self.record_alert)
        lv.addWidget(self.record_button)
        self.log = QTableWidget(0, 4)
        self.log.setObjectName("alertLog")
        self.log.setHorizontalHeaderLabels([self.tr("Alert"), self.tr("Level"),
                                            self.tr("Raised"), self.tr("Reaction / promised")])
        self.log.verticalHeader().setVisible(False)
        self.log.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.log.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.log.horizontalHeader().setSectionResizeMode(   # every column in view (#28)
            QHeaderView.ResizeMode.Stretch)
        self.log.setWordWrap(True)
        lv.addWidget(QLabel(self.tr("Alert log")))
        lv.addWidget(self.log, 1)
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
        self.record_button.setEnabled(bool(plan.early_warning))
        self._fill_log()

    def _fill_log(self) -> None:
        from pocplanner.domain.follow_up import moment, reaction, slow
        from pocplanner.i18n import format_datetime
        plan = self.session.plan
        self.log.setRowCount(len(plan.alerts))
        for i, alert in enumerate(plan.alerts):
            r = reaction(plan, alert)
            at = moment(alert.raised)
            late = bool(r and slow(r, plan.context.as_of))
            hours = r.hours_text() if r and r.hours is not None else "—"
            if self.lang == "fr":
                hours = hours.replace(".", ",")
            promised = f"{r.max_hours}" if r and r.max_hours is not None else "—"
            cells = [f"{alert.id} · {alert.indicator_id}",
                     reference.label("ew_levels", alert.level, self.lang),
                     format_datetime(at, self.lang) if at else "—",
                     f"{hours} h / {promised} h"]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if late and j == 3:
                    item.setBackground(QColor("#f4b6b6"))
                    item.setToolTip(self.tr("Slower than the matrix promises (EW-SLOW)"))
                self.log.setItem(i, j, item)

    def record_alert(self) -> None:
        """One dialog, preset with the indicator and place of the selected row."""
        from pocplanner.ui.pages.alert_dialog import record_alert
        indicator_id, place = None, ""
        row = self.table.currentRow()
        rows = level_board(self.session.plan)
        if 0 <= row < len(rows):
            place = rows[row].place
            indicator_id = next((i.id for i in self.session.plan.early_warning
                                 if place in i.places), None)
        record_alert(self.session, indicator_id, place, self)
