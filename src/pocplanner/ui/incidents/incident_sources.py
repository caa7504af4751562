"""Tools ▸ Incident sources: the imported sources (name, file, date imported, period,
attribution, how their events were placed) and, for the selected one, how each kind of event
counts towards the threat categories — the planner may change it for that source."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pocplanner import reference
from pocplanner.domain.incidents import categories as cats
from pocplanner.services import incidents as stored
from pocplanner.ui.qt_text import qt_format
from pocplanner.ui.widgets import splitter


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class IncidentSourcesDialog(QDialog):
    changed = Signal()

    def __init__(self, store, lang: str, importer=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.lang, self.importer = store, lang, importer
        self.setObjectName("incidentSources")
        self.setWindowTitle(self.tr("Incident sources"))
        self.resize(980, 580)
        layout = QVBoxLayout(self)
        about = QLabel(cats.about(lang))
        about.setWordWrap(True)
        layout.addWidget(about)
        self.sources = _table(
            [
                self.tr("Id"),
                self.tr("Source"),
                self.tr("File"),
                self.tr("Imported"),
                self.tr("Events from"),
                self.tr("to"),
                self.tr("Events"),
                self.tr("Placed"),
            ],
            "sourceTable",
        )
        self.attribution = QLabel()
        self.attribution.setWordWrap(True)
        self.kinds = _table(
            [
                self.tr("Event type"),
                self.tr("Sub-event type"),
                self.tr("Actor"),
                self.tr("Events"),
                self.tr("Counts as"),
            ],
            "kindTable",
        )
        split = splitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.sources, 1)
        top_layout.addWidget(self.attribution)
        split.addWidget(top)
        split.addWidget(self.kinds)
        layout.addWidget(split, 1)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import incident data…"))
        self.import_button.setObjectName("importIncidents")
        self.import_button.setEnabled(importer is not None)
        self.delete_button = QPushButton(self.tr("&Delete this source"))
        self.delete_button.setObjectName("deleteSource")
        row.addWidget(self.import_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.sources.itemSelectionChanged.connect(self._show_kinds)
        self.import_button.clicked.connect(self._import)
        self.delete_button.clicked.connect(self.delete_selected)
        self.confirm = QMessageBox.exec
        self.refresh()

    def selected(self) -> stored.Source | None:
        rows = self.sources.selectionModel().selectedRows()
        if not rows:
            return None
        return stored.source(self.store.db, int(self.sources.item(rows[0].row(), 0).text()))

    def refresh(self) -> None:
        found = stored.sources(self.store.db)
        self.sources.setRowCount(len(found))
        for i, s in enumerate(found):
            placed = qt_format(
                self.tr("%1 by coordinates, %2 by name, %3 region only, %4 not placed"),
                str(s.placed_by_coordinates),
                str(s.placed_by_name),
                str(s.region_only),
                str(s.not_placed),
            )
            for j, text in enumerate(
                [
                    str(s.id),
                    s.name,
                    s.file_name,
                    s.accessed(),
                    s.date_from,
                    s.date_to,
                    str(s.events),
                    placed,
                ]
            ):
                self.sources.setItem(i, j, QTableWidgetItem(text))
        self.delete_button.setEnabled(bool(found))
        if found:
            self.sources.selectRow(len(found) - 1)
        else:
            self.kinds.setRowCount(0)
            self.attribution.setText(
                self.tr(
                    "No incident data yet: import an ACLED export, a "
                    "UCDP GED file or the mission's incident log."
                )
            )

    def _show_kinds(self) -> None:
        source = self.selected()
        if source is None:
            return
        self.attribution.setText(qt_format(self.tr("Attribution: %1"), source.attribution))
        kinds = stored.event_kinds(self.store.db, source.id)
        self.kinds.setRowCount(len(kinds))
        choices = [("", self.tr("— no threat category —"))] + [
            (t.key, t.text(self.lang)) for t in reference.vocabularies()["threat_categories"]
        ]
        for i, (kind, count, category) in enumerate(kinds):
            for j, text in enumerate(
                [
                    cats.event_type_label(kind.event_type, self.lang),
                    kind.sub_event_type
                    + (self.tr(" (civilians harmed)") if kind.civilian else ""),
                    cats.actor_label(kind.actor_type, self.lang),
                    str(count),
                ]
            ):
                self.kinds.setItem(i, j, QTableWidgetItem(text))
            combo = QComboBox()
            combo.setObjectName(f"category_{i}")
            for key, text in choices:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(combo.findData(category), 0))
            combo.currentIndexChanged.connect(
                lambda _i, k=kind, c=combo, s=source.id: self._set_category(s, k, c.currentData())
            )
            self.kinds.setCellWidget(i, 4, combo)

    def _set_category(self, source_id: int, kind, category: str) -> None:
        stored.set_categories(self.store.db, source_id, {kind.key(): category})
        self.changed.emit()

    def _import(self) -> None:
        if self.importer.import_file():
            self.refresh()
            self.changed.emit()

    def delete_selected(self) -> bool:
        source = self.selected()
        if source is None:
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete the source?"),
            qt_format(
                self.tr(
                    "Delete %1 (%2) and its %3 events from the database? Evidence "
                    "already taken into plans keeps its counts."
                ),
                source.name,
                source.file_name,
                str(source.events),
            ),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm(box)
        if box.clickedButton() is not box.button(QMessageBox.StandardButton.Ok):
            return False
        stored.delete_source(self.store.db, source.id)
        self.refresh()
        self.changed.emit()
        return True
