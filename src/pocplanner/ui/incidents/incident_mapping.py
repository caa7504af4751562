"""Another system's incident table mapped column by column: for each field (date, place,
coordinates, type, actors, fatalities, identifier…) the column that holds it, a preview of
the first rows with the problem each would meet, and the mapping saved under a name (the
layout), so that the next export of the same system imports in one step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pocplanner.ui.qt_text import qt_format

PREVIEW_ROWS = 8


class MappingDialog(QDialog):
    def __init__(self, path: str, store, lang: str, parent: QWidget | None = None) -> None:
        from pocplanner.services import incident_tables as tables

        super().__init__(parent)
        self.setObjectName("incidentMapping")
        self.setWindowTitle(self.tr("Map the columns of an incident table"))
        self.store, self.lang, self.tables = store, lang, tables
        self.file = tables.open_table(path)
        self.layout_chosen = None
        self.saved = tables.layouts(store.db)
        intro = QLabel(
            qt_format(
                self.tr(
                    "%1 is not an ACLED, UCDP GED or incident log file. Say which of its "
                    "columns holds what; the mapping is saved under its name for the next "
                    "export of the same system."
                ),
                Path(path).name,
            )
        )
        intro.setWordWrap(True)
        self.saved_choice = QComboBox()
        self.saved_choice.setObjectName("savedLayouts")
        self.saved_choice.addItem(self.tr("— a new layout —"), "")
        for lay in self.saved:
            self.saved_choice.addItem(lay.name, lay.name)
        self.name = QLineEdit()
        self.name.setObjectName("layoutName")
        self.name.setMaxLength(80)
        self.name.setPlaceholderText(self.tr("e.g. the mission's incident database"))
        top = QFormLayout()
        top.addRow(self.tr("Saved layouts"), self.saved_choice)
        top.addRow(self.tr("Layout name"), self.name)
        self.combos = self._field_combos()
        self.problems = QLabel()
        self.problems.setObjectName("mappingProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b71c1c;")
        self.preview = QTableWidget(0, len(self.file.raw_header) + 1)
        self.preview.setObjectName("mappingPreview")
        self.preview.setHorizontalHeaderLabels([self.tr("Problem")] + self.file.raw_header)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.setColumnWidth(0, 260)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Save and import"))
        self.import_button.setObjectName("mappingImport")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self._fields_box())
        layout.addWidget(self.problems)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 600)
        self._start()
        self.saved_choice.currentIndexChanged.connect(lambda _: self._load_saved())
        self.name.textChanged.connect(lambda _: self.update_preview())
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(lambda _: self.update_preview())

    def _field_labels(self) -> dict[str, str]:
        return {
            "date": self.tr("Date (required)"),
            "place": self.tr("Place name"),
            "latitude": self.tr("Latitude"),
            "longitude": self.tr("Longitude"),
            "type": self.tr("Type of event"),
            "actors": self.tr("Actors (several: a; b)"),
            "fatalities": self.tr("Fatalities"),
            "id": self.tr("Identifier"),
            "region": self.tr("Region"),
            "cercle": self.tr("Cercle"),
        }

    def _field_combos(self) -> dict[str, QComboBox]:
        combos = {}
        for field in self.tables.FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"map_{field}")
            combo.addItem(self.tr("— none —"), "")
            for raw, name in zip(self.file.raw_header, self.file.header):
                combo.addItem(raw, name)
            combos[field] = combo
        return combos

    def _fields_box(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        labels = self._field_labels()
        fields = list(self.tables.FIELDS)
        half = (len(fields) + 1) // 2
        for part in (fields[:half], fields[half:]):
            form = QFormLayout()
            for field in part:
                form.addRow(labels[field], self.combos[field])
            row.addLayout(form, 1)
        return box

    def _start(self) -> None:
        """A saved layout that fits the file's header, else a guess from the column names."""
        fitting = next((lay for lay in self.saved if not lay.problems(self.file.header)), None)
        if fitting is not None:
            self.saved_choice.setCurrentIndex(self.saved_choice.findData(fitting.name))
            self._apply(fitting.name, fitting.columns)
        else:
            self._apply("", self.tables.guess(self.file.raw_header))

    def _load_saved(self) -> None:
        name = self.saved_choice.currentData()
        found = next((lay for lay in self.saved if lay.name == name), None)
        if found is not None:
            self._apply(found.name, found.columns)

    def _apply(self, name: str, columns: dict[str, str]) -> None:
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(columns.get(field, "")), 0))
            combo.blockSignals(False)
        self.name.setText(name)
        self.update_preview()

    def current_layout(self):
        columns = {f: c.currentData() for f, c in self.combos.items() if c.currentData()}
        return self.tables.Layout(self.name.text().strip(), columns)

    def update_preview(self) -> None:
        layout = self.current_layout()
        problems = [p.render(self.lang) for p in layout.problems(self.file.header)]
        if not layout.name:
            problems.insert(0, self.tr("Give the layout a name."))
        self.problems.setText("\n".join(problems))
        rows = self.tables.preview(self.file, layout, PREVIEW_ROWS)
        self.preview.setRowCount(len(rows))
        self.preview.setVerticalHeaderLabels([str(r.line) for r in rows])
        for i, r in enumerate(rows):
            text = r.problem.render(self.lang) if r.problem else self.tr("reads")
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.preview.setItem(i, 0, item)
            for j, cell in enumerate(r.cells[: len(self.file.raw_header)]):
                self.preview.setItem(i, j + 1, QTableWidgetItem(cell))
        self.import_button.setEnabled(not problems)

    def accept(self) -> None:
        layout = self.current_layout()
        if not layout.name or layout.problems(self.file.header):
            return
        self.tables.save_layout(self.store.db, layout)
        self.layout_chosen = layout
        super().accept()
