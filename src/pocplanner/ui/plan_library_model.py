"""The plan library as a Qt table model (model/view: one model, no widget per row)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from pocplanner import reference
from pocplanner.storage import PlanSummary


class PlanLibraryModel(QAbstractTableModel):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, lang: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plans: list[PlanSummary] = []
        self._lang = lang
        self._headers = [self.tr("Title"), self.tr("Region"), self.tr("Period"),
                         self.tr("Status"), self.tr("Sensitivity"), self.tr("Last change")]

    def set_plans(self, plans: list[PlanSummary]) -> None:
        self.beginResetModel()
        self._plans = list(plans)
        self.endResetModel()

    def plan_at(self, row: int) -> PlanSummary:
        return self._plans[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._plans)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        plan = self._plans[index.row()]
        if role == self.ID_ROLE:
            return plan.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Plan id: %1").replace("%1", plan.id)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return plan.title
        if column == 1:
            return plan.region
        if column == 2:
            return plan.period(self._lang)
        if column == 3:
            return reference.label("statuses", plan.status, self._lang)
        if column == 4:
            return reference.label("sensitivities", plan.sensitivity, self._lang)
        return plan.updated_local(self._lang)
