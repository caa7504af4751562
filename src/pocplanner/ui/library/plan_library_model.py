"""The plan library as a Qt item model: one row per stored plan.

A QStandardItemModel filled from the plan summaries rather than a Python model answering
Qt's calls: it is shown at start-up, and a Python model's callbacks make PySide6 build its
whole Qt namespace (~20 ms, a tenth of the start-up); the library holds tens of plans, so
filling the items is instant.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel

from pocplanner import reference
from pocplanner.services.database import PlanSummary
from pocplanner.ui.qt_text import qt_format

TOOLTIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole (a value fixed by Qt's API)


class PlanLibraryModel(QStandardItemModel):
    def __init__(self, lang: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plans: list[PlanSummary] = []
        self._lang = lang
        self._marks: dict[str, str] = {}    # the mission network: received, new version
        self.setHorizontalHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Region"),
                self.tr("Period"),
                self.tr("Status"),
                self.tr("Sensitivity"),
                self.tr("Last change"),
            ]
        )

    def set_plans(self, plans: list[PlanSummary], marks: dict[str, str] | None = None) -> None:
        self._plans = list(plans)
        self._marks = marks or {}
        self.setRowCount(0)
        for plan in self._plans:
            self.appendRow([self._item(text, plan) for text in self._cells(plan)])

    def _cells(self, plan: PlanSummary) -> list[str]:
        status = reference.label("statuses", plan.status, self._lang)
        if plan.review_note:
            status += " · " + self.tr("HQ note")
        mark = self._marks.get(plan.id)
        if mark:
            status += " · " + (self.tr("new version received") if mark == "new_version"
                               else self.tr("from the network"))
        return [
            plan.title,
            plan.region,
            plan.period(self._lang),
            status,
            reference.label("sensitivities", plan.sensitivity, self._lang),
            plan.updated_local(self._lang),
        ]

    def _item(self, text: str, plan: PlanSummary) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        tip = qt_format(self.tr("Plan id: %1"), plan.id)
        if plan.review_note:
            tip += "\n" + qt_format(self.tr("Review note from HQ: %1"), plan.review_note[:500])
        item.setData(tip, TOOLTIP_ROLE)
        return item

    def plan_at(self, row: int) -> PlanSummary:
        return self._plans[row]
