"""The plan in motion in the sequencing step (DOMAIN §13): the activity form's small group of
status fields, and the compact status view of all activities — status editable in place,
sortable by how late each is — with the plan's as-of date, set when the planner brings the
status up to date."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pocplanner import reference
from pocplanner.domain.edits import set_field
from pocplanner.domain.follow_up import STATUSES, days_late, status_of
from pocplanner.i18n import format_date
from pocplanner.ui.qt_text import qt_format
from pocplanner.ui.widgets import DateField

STATUS_COLUMN, LATE_COLUMN = 3, 7
ID_ROLE = Qt.ItemDataRole.UserRole + 11


def status_choices(lang: str) -> list[tuple[str | None, str]]:
    """None stands for planned (the default, not written to the file)."""
    return [(None if s == "planned" else s, reference.label("activity_statuses", s, lang))
            for s in STATUSES]


def add_status_fields(b) -> None:
    """Status, actual start and end (empty: not known), outcome — on the activity form."""
    lang = b.session.lang
    b.combo("status", QCoreApplication.translate("StatusView", "Status"), status_choices(lang))
    b.date("actual_start", QCoreApplication.translate("StatusView", "Actually started"),
           optional=True)
    b.date("actual_end", QCoreApplication.translate("StatusView", "Actually ended"),
           optional=True)
    b.line("outcome", QCoreApplication.translate("StatusView", "Outcome"))


class _Number(QTableWidgetItem):
    def __lt__(self, other: QTableWidgetItem) -> bool:
        return (self.data(Qt.ItemDataRole.UserRole) or 0) < (
            other.data(Qt.ItemDataRole.UserRole) or 0)


class _StatusDelegate(QStyledItemDelegate):
    """The status cell edited with a list of the five statuses."""

    def __init__(self, view: "StatusView") -> None:
        super().__init__(view)
        self.view = view

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for value, text in status_choices(self.view.session.lang):
            combo.addItem(text, value)
        return combo

    def eventFilter(self, editor, event) -> bool:
        """Enter chooses the status shown (a closed list would otherwise keep the key)."""
        if (event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and isinstance(editor, QComboBox)):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor)
            return True
        return super().eventFilter(editor, event)

    def setEditorData(self, editor, index) -> None:
        a = self.view.activity_at(index.row())
        editor.setCurrentIndex(max(editor.findData(a.status if a else None), 0))

    def setModelData(self, editor, model, index) -> None:
        a = self.view.activity_at(index.row())
        value = editor.currentData()
        if a is not None and (a.status or None) != value:
            self.view.session.push(set_field(a, "status", value),
                                   self.view.tr("Edit status"))


class StatusView(QWidget):
    chosen = Signal(str)        # an activity id, to show in the form

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        lang = session.lang
        self.as_of = DateField(lang, optional=True)
        self.as_of.setObjectName("field_as_of")
        self.as_of.dateEdited.connect(self._set_as_of)
        self.today = QPushButton(self.tr("Status brought up to &date today"))
        self.today.setObjectName("asOfToday")
        self.today.clicked.connect(lambda: self._set_as_of(dt.date.today()))
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Status as of")))
        top.addWidget(self.as_of)
        top.addWidget(self.today)
        top.addWidget(self.summary, 1)
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("statusTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Id"), self.tr("Activity"), self.tr("Place"), self.tr("Status"),
            self.tr("Start"), self.tr("End"), self.tr("Actual dates"), self.tr("Days late")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.DoubleClicked
                                   | QTableWidget.EditTrigger.EditKeyPressed
                                   | QTableWidget.EditTrigger.SelectedClicked)
        self.table.setItemDelegateForColumn(STATUS_COLUMN, _StatusDelegate(self))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(LATE_COLUMN, Qt.SortOrder.DescendingOrder)
        self.table.itemActivated.connect(lambda item: self._choose(item.row()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def _set_as_of(self, day: dt.date | None) -> None:
        context = self.session.plan.context
        if context.as_of != day:
            self.session.push(set_field(context, "as_of", day), self.tr("Edit status date"))

    def _choose(self, row: int) -> None:
        a = self.activity_at(row)
        if a is not None:
            self.chosen.emit(a.id)

    def activity_at(self, row: int):
        item = self.table.item(row, 0)
        if item is None:
            return None
        ref = item.data(ID_ROLE)
        return next((a for a in self.session.plan.activities if id(a) == ref), None)

    def refresh(self) -> None:
        plan, lang = self.session.plan, self.session.lang
        as_of = plan.context.as_of
        if self.as_of.date() != as_of:
            self.as_of.setDate(as_of)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(plan.activities))
        late_count = 0
        for i, a in enumerate(plan.activities):
            late = days_late(a, as_of)
            late_count += late > 0
            actual = " – ".join(format_date(d, lang) if d else "…"
                                for d in (a.actual_start, a.actual_end)) \
                if (a.actual_start or a.actual_end) else ""
            cells = [a.id, a.title, a.location,
                     reference.label("activity_statuses", status_of(a), lang),
                     format_date(a.start, lang), format_date(a.end, lang), actual]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j != STATUS_COLUMN:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if status_of(a) == "cancelled":
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(i, j, item)
            self.table.item(i, 0).setData(ID_ROLE, id(a))
            number = _Number(str(late) if late else "")
            number.setData(Qt.ItemDataRole.UserRole, late)
            number.setFlags(number.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if late:
                number.setBackground(Qt.GlobalColor.yellow)
            self.table.setItem(i, LATE_COLUMN, number)
        self.table.setSortingEnabled(True)
        self.summary.setText(qt_format(self.tr("Late activities: %1"), late_count) if as_of
                             else self.tr("Give the as-of date to see what is late."))
