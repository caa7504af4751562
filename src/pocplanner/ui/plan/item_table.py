"""A table over one list of the plan (threats, responses, activities…), by object identity."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from pocplanner.ui.widgets import DateField

Column = tuple[str, Callable[[Any], Any]]   # header, value of an item


class ItemTableModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], items: Callable[[], list],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._items_fn = items
        self._items: list = list(items())
        self.colour: Callable[[Any, int], Any] | None = None
        # column -> field name, for date columns the user can edit in place
        self.editable_dates: dict[int, str] = {}
        self.on_edit: Callable[[Any, str, Any], None] | None = None

    def refresh(self) -> None:
        items = list(self._items_fn())
        if len(items) != len(self._items) or any(a is not b for a, b in zip(items, self._items)):
            self.beginResetModel()
            self._items = items
            self.endResetModel()
        elif items:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(items) - 1, len(self.columns) - 1))

    def item(self, row: int) -> Any:
        return self._items[row]

    def row_of(self, obj: Any) -> int:
        return next((i for i, x in enumerate(self._items) if x is obj), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][0]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() in self.editable_dates and self.on_edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        name = self.editable_dates.get(index.column())
        if name is None or role != Qt.ItemDataRole.EditRole or self.on_edit is None:
            return False
        new = dt.date(value.year(), value.month(), value.day())
        item = self._items[index.row()]
        if getattr(item, name) != new:
            self.on_edit(item, name, new)
        return True

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.EditRole and index.column() in self.editable_dates:
            day = getattr(item, self.editable_dates[index.column()])
            return QDate(day.year, day.month, day.day)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.columns[index.column()][1](item)   # tooltip: the text of a narrowed
            return "" if value is None else str(value)      # column, whole
        if role == Qt.ItemDataRole.BackgroundRole and self.colour:
            return self.colour(item, index.column())
        return None


class DateDelegate(QStyledItemDelegate):
    """Dates edited in place as they are shown (2019-08-15, 15/08/2019 in French): the same
    date field as the forms, so a date typed whole is that date and anything else is refused
    visibly, the plan unchanged."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def createEditor(self, parent, option, index):
        return DateField(self.lang, parent)

    def setEditorData(self, editor, index) -> None:
        day = index.data(Qt.ItemDataRole.EditRole)
        editor.setDate(dt.date(day.year(), day.month(), day.day()) if day else None)
        editor.selectAll()

    def setModelData(self, editor, model, index) -> None:
        editor._commit()
        day = editor.date()
        if day is not None and not editor.invalid:
            model.setData(index, QDate(day.year, day.month, day.day), Qt.ItemDataRole.EditRole)


class ItemTable(QTableView):
    """Single-selection table that reports the selected object (or None)."""
    selected = Signal(object)

    def __init__(self, model: ItemTableModel, parent: QWidget | None = None,
                 lang: str = "en") -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(DateDelegate(lang, self))
        self.item_model = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked |
                             QAbstractItemView.EditTrigger.EditKeyPressed)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(20)   # the visible rows and 20 more, not all 1,000
        header.setStretchLastSection(False)
        self._current: Any = None
        self.selectionModel().selectionChanged.connect(self._on_selection)
        model.modelReset.connect(self._restore)

    def sizeHintForColumn(self, column: int) -> int:
        """A column sized to its contents takes at most its share of the width (long place
        names elided, whole in the tooltip), so that every column stays in view."""
        share = max(90, self.viewport().width() // (self.model().columnCount() + 1))
        return min(super().sizeHintForColumn(column), share)

    def stretch(self, column: int) -> None:
        self.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def fixed(self, column: int, width: int) -> None:
        """A column of long labels that would crowd out the others: fixed width, elided."""
        self.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(column, width)

    def select_first(self) -> None:
        if self._current is None and self.item_model.rowCount() > 0:
            self.selectRow(0)

    def current(self) -> Any:
        return self._current

    def select(self, obj: Any) -> None:
        row = self.item_model.row_of(obj)
        if row >= 0:
            self.selectRow(row)
            self.scrollTo(self.item_model.index(row, 0))
        else:
            self.clearSelection()

    def _on_selection(self) -> None:
        rows = self.selectionModel().selectedRows()
        obj = self.item_model.item(rows[0].row()) if rows else None
        if rows:
            self._row = rows[0].row()           # where to stay if this item goes away
        if obj is not self._current:
            self._current = obj
            self.selected.emit(obj)

    def _restore(self) -> None:
        """After the list changed, keep the same object selected if it is still there."""
        previous = self._current
        self._current = None
        if previous is not None and self.item_model.row_of(previous) >= 0:
            self.select(previous)
        elif previous is not None and self.item_model.rowCount() > 0:   # removed: its
            row = min(getattr(self, "_row", 0), self.item_model.rowCount() - 1)  # neighbour,
            self.selected.emit(None)                                     # in view
            self.select(self.item_model.item(row))
        else:
            self.selected.emit(None)
            self.select_first()
