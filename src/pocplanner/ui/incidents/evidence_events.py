"""The Evidence tab's list of a threat's events (date, place, cercle, type, actors,
fatalities, source), sortable; an event opens on the map, and the place name of an event the
gazetteer could not place is offered as a new place (name and coordinates), so that the
gazetteer grows from the data. Shown on this computer only."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pocplanner.domain.incidents import categories as cats
from pocplanner.ui.qt_text import qt_format

PLACE_COLUMN = 1


class _Number(QTableWidgetItem):
    """A cell that sorts by its number."""

    def __lt__(self, other) -> bool:
        return int(self.text() or 0) < int(other.text() or 0)


class EventsTable(QWidget):
    show_on_map = Signal(str)        # a cercle's P-code
    place_added = Signal()

    def __init__(self, store, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.lang = store, lang
        self.events: list = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("evidenceEvents")
        self.table.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Place"), self.tr("Cercle"), self.tr("Type"),
            self.tr("Actors"), self.tr("Fatalities"), self.tr("Source")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.note = QLabel()
        self.note.setObjectName("evidenceEventsNote")
        self.note.setWordWrap(True)
        self.map_button = QPushButton(self.tr("Show on the map"))
        self.map_button.setObjectName("showEventOnMap")
        self.place_button = QPushButton(self.tr("Add its place…"))
        self.place_button.setObjectName("addEventPlace")
        self.place_button.setToolTip(self.tr("Add the place of an event the gazetteer could "
                                             "not place, with its coordinates when known"))
        row.addWidget(self.note, 1)
        row.addWidget(self.map_button)
        row.addWidget(self.place_button)
        layout.addLayout(row)
        self.map_button.clicked.connect(self._show_on_map)
        self.place_button.clicked.connect(lambda: self.add_place())
        self.table.cellDoubleClicked.connect(lambda r, c: self._show_on_map())
        self.table.cellClicked.connect(self._clicked)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def set_events(self, events: list, cercle_names: dict[str, str], sources: dict[int, str],
                   limited: bool) -> None:
        self.events = events
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(events))
        for i, e in enumerate(events):
            kind = cats.event_type_label(e.event_type, self.lang) + (
                f" · {e.sub_event_type}" if e.sub_event_type else "")
            cells = [QTableWidgetItem(e.date), QTableWidgetItem(e.place or "—"),
                     QTableWidgetItem(cercle_names.get(e.pcode, "") or self._unplaced(e)),
                     QTableWidgetItem(kind), QTableWidgetItem("; ".join(e.actors) or "—"),
                     _Number(str(e.fatalities)), QTableWidgetItem(sources.get(e.source_id, ""))]
            cells[0].setData(Qt.ItemDataRole.UserRole, i)
            for j in (1, 3, 4):
                cells[j].setToolTip(cells[j].text())
            for j, cell in enumerate(cells):
                self.table.setItem(i, j, cell)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        self.note.setText(
            qt_format(self.tr("%1 events, newest first (the first %1 only)"), str(len(events)))
            if limited else self.tr("%n event(s)", "", len(events)))
        self._selection_changed()

    def _unplaced(self, e) -> str:
        return e.region + " " + self.tr("(region only)") if e.region else self.tr("not placed")

    def selected(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        index = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return self.events[index]

    def _selection_changed(self) -> None:
        e = self.selected()
        self.map_button.setEnabled(e is not None and bool(e.pcode))
        self.place_button.setEnabled(e is not None and self.can_add_place(e))

    @staticmethod
    def can_add_place(e) -> bool:
        return bool(e.place) and e.placed_by in ("region", "none")

    def _clicked(self, row: int, column: int) -> None:
        self.table.selectRow(row)
        e = self.selected()
        if column == PLACE_COLUMN and e is not None and self.can_add_place(e):
            self.add_place()

    def _show_on_map(self) -> None:
        e = self.selected()
        if e is not None and e.pcode:
            self.show_on_map.emit(e.pcode)

    def add_place(self, dialog_exec=None) -> bool:
        """The place dialog with the event's place name and coordinates; once saved, the
        stored events of that place are placed again."""
        from pocplanner.ui.dialogs.place_dialog import PlaceDialog

        e = self.selected()
        if e is None or not self.can_add_place(e):
            return False
        dialog = PlaceDialog([e.place], self)
        dialog.setObjectName("eventPlaceDialog")
        if e.lon is not None and e.lat is not None:
            dialog.lon.setText(f"{e.lon:.5f}")
            dialog.lat.setText(f"{e.lat:.5f}")
        if not (dialog_exec or PlaceDialog.exec)(dialog) or dialog.place is None:
            return False
        from pocplanner.services.incident_events import place_again

        self.store.add_place(dialog.place)
        place_again(self.store.db, dialog.place.name, tuple(self.store.places()))
        self.place_added.emit()
        return True
