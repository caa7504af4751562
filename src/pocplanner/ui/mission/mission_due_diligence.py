"""The mission view's due-diligence tab (DOMAIN §12.4): one row per supported force, one
column per plan, each cell the status that plan gives the force; a force with different
statuses is shaded (CONS-HRDDP)."""
from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from pocplanner import reference
from pocplanner.domain.consolidation_hrddp import force_rows

STATUS_COLOURS = {"support": "#c8e6c9", "conditional": "#fff3c4", "suspended": "#ffcdd2"}


class MissionDueDiligence(QTableWidget):
    def __init__(self, lang: str) -> None:
        super().__init__(0, 0)
        self.lang = lang
        self.setObjectName("missionDueDiligence")
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def set_plans(self, plans) -> None:
        lang = self.lang
        rows = force_rows(plans)
        keys = [s.key for s in plans if s.plan.hrddp]
        region = {s.key: s.plan.region for s in plans}
        self.setColumnCount(2 + len(keys))
        self.setHorizontalHeaderLabels([self.tr("Force supported"), self.tr("Kind")]
                                       + [f"{region[k]}\n{k}" for k in keys])
        self.setRowCount(len(rows))
        for i, row in enumerate(rows):
            self.setItem(i, 0, QTableWidgetItem(row.entity))
            self.setItem(i, 1, QTableWidgetItem(
                reference.label("perpetrator_types", row.force_kind, lang)))
            differs = len(set(row.statuses.values())) > 1
            for j, key in enumerate(keys, 2):
                status = row.statuses.get(key)
                item = QTableWidgetItem(
                    reference.label("hrddp_statuses", status, lang) if status else "—")
                if status:
                    item.setBackground(QColor(STATUS_COLOURS[status]))
                self.setItem(i, j, item)
            if differs:
                self.item(i, 0).setToolTip(self.tr("Different statuses across the plans "
                                                   "(CONS-HRDDP)"))
                font = self.item(i, 0).font()
                font.setBold(True)
                self.item(i, 0).setFont(font)
