"""A plan's saved versions: who saved when, what changed, and restoring an older one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pocplanner.domain.diff import LISTS, diff_plans
from pocplanner.services.database import PlanStore
from pocplanner.ui.qt_text import qt_format


class HistoryDialog(QDialog):
    def __init__(
        self, store: PlanStore, plan_id: str, parent: QWidget | None = None, lang: str = "en"
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Versions of the plan"))
        self.resize(760, 520)
        self.store, self.plan_id = store, plan_id
        self.restored: int | None = None
        self.versions = store.history(plan_id)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Every save keeps a version. Select one to see what it "
                    "changed, or restore it (it becomes a new version)."
                )
            )
        )
        self.table = QTableWidget(len(self.versions), 4)
        self.table.setObjectName("versionTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Version"),
                self.tr("Saved"),
                self.tr("Computer account"),
                self.tr("Prepared by"),
            ]
        )
        for row, v in enumerate(self.versions):
            for col, value in enumerate(
                (str(v.revision), v.saved_local(lang), v.os_user, v.prepared_by)
            ):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 2)
        self.changes = QPlainTextEdit()
        self.changes.setObjectName("versionChanges")
        self.changes.setReadOnly(True)
        layout.addWidget(self.changes, 1)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("&Restore this version"))
        self.restore_button.setObjectName("restoreVersion")
        row.addWidget(self.restore_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.table.itemSelectionChanged.connect(self._show_changes)
        self.restore_button.clicked.connect(self.restore_selected)
        if self.versions:
            self.table.selectRow(0)

    def selected_revision(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.versions[rows[0].row()].revision if rows else None

    def _show_changes(self) -> None:
        revision = self.selected_revision()
        self.restore_button.setEnabled(
            revision is not None and revision != self.versions[0].revision
        )
        if revision is None:
            return
        older = [v.revision for v in self.versions if v.revision < revision]
        if not older:
            self.changes.setPlainText(self.tr("The first saved version."))
            return
        diff = diff_plans(
            self.store.load_version(self.plan_id, older[0]),
            self.store.load_version(self.plan_id, revision),
        )
        lines = [qt_format(self.tr("Changes from version %1:"), str(older[0]))]
        if diff.fields:
            lines.append(qt_format(self.tr("Plan fields: %1"), ", ".join(diff.fields)))
        names = {
            "threats": self.tr("Threats"),
            "responses": self.tr("Responses"),
            "activities": self.tr("Activities"),
            "engagements": self.tr("Engagements"),
        }
        for name in LISTS:
            c = diff.lists[name]
            for label, ids in (
                (self.tr("added"), c.added),
                (self.tr("removed"), c.removed),
                (self.tr("changed"), c.changed),
            ):
                if ids:
                    lines.append(f"{names[name]} {label}: {', '.join(ids)}")
        if diff.is_empty():
            lines.append(self.tr("No difference."))
        self.changes.setPlainText("\n".join(lines))

    def restore_selected(self) -> None:
        revision = self.selected_revision()
        if revision is not None:
            self.restored = self.store.restore_version(self.plan_id, revision)
            self.accept()
