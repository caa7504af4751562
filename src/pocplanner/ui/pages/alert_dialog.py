"""Recording an alert from the level board in one dialog (DOMAIN §13): indicator, level, place,
raised / decided / arrived, the responses and activities it set off (the level's pre-agreed
ones ticked), outcome, civilians harmed; the indicator's current level follows the alert
unless the planner unticks it. One undoable edit."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pocplanner import reference
from pocplanner.domain.edits import Batch, Insert, set_field
from pocplanner.domain.follow_up import new_alert_id
from pocplanner.domain.model import Alert, Plan
from pocplanner.ui.qt_text import qt_format

MOMENT = "yyyy-MM-ddTHH:mm"


def shown_moment(lang: str) -> str:
    """Date and time as the language writes them (dates as in the rest of the app)."""
    from pocplanner.i18n import date_pattern
    return date_pattern(lang) + " HH:mm"


class OptionalMoment(QWidget):
    """A date-time that may be left unknown (a tick box in front of it)."""

    def __init__(self, name: str, label: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(label)
        self.known.setObjectName(f"known_{name}")
        self.edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.edit.setObjectName(f"field_{name}")
        self.edit.setDisplayFormat(shown_moment(lang))
        self.edit.setEnabled(False)
        self.known.toggled.connect(self.edit.setEnabled)
        from PySide6.QtWidgets import QHBoxLayout
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.known)
        row.addWidget(self.edit, 1)

    def value(self) -> str | None:
        return self.edit.dateTime().toString(MOMENT) if self.known.isChecked() else None


class AlertDialog(QDialog):
    def __init__(self, plan: Plan, lang: str, indicator_id: str | None = None,
                 place: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertDialog")
        self.setWindowTitle(self.tr("Record an alert"))
        self.plan, self.lang = plan, lang
        self.indicator = QComboBox()
        self.indicator.setObjectName("field_indicator_id")
        for ind in plan.early_warning:
            self.indicator.addItem(f"{ind.id} · {ind.indicator}", ind.id)
        if indicator_id is not None:
            self.indicator.setCurrentIndex(max(self.indicator.findData(indicator_id), 0))
        self.level = QComboBox()
        self.level.setObjectName("field_level")
        self.place = QLineEdit(place)
        self.place.setObjectName("field_place")
        self.raised = QDateTimeEdit(QDateTime.currentDateTime())
        self.raised.setObjectName("field_raised")
        self.raised.setDisplayFormat(shown_moment(lang))
        self.decided = OptionalMoment("decided", self.tr("Known"), lang)
        self.arrived = OptionalMoment("arrived", self.tr("Known"), lang)
        self.set_off = QListWidget()
        self.set_off.setObjectName("field_set_off")
        self.set_off.setMaximumHeight(110)
        self.outcome = QLineEdit()
        self.outcome.setObjectName("field_outcome")
        self.harmed = QSpinBox()
        self.harmed.setObjectName("field_civilians_harmed")
        self.harmed.setRange(-1, 100000)
        self.harmed.setValue(-1)
        self.harmed.setSpecialValueText(self.tr("not known"))
        self.follow = QCheckBox(self.tr("The indicator's current level becomes this level"))
        self.follow.setObjectName("field_follow")
        self.follow.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Indicator"), self.indicator)
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Raised"), self.raised)
        form.addRow(self.tr("Decided"), self.decided)
        form.addRow(self.tr("Arrived"), self.arrived)
        form.addRow(self.tr("Set off"), self.set_off)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Civilians harmed"), self.harmed)
        form.addRow("", self.follow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.indicator.currentIndexChanged.connect(self._fill_levels)
        self.level.currentIndexChanged.connect(self._fill_set_off)
        self._fill_levels()

    def _current(self):
        return self.plan.item("indicator", self.indicator.currentData())

    def _fill_levels(self) -> None:
        ind = self._current()
        self.level.blockSignals(True)
        self.level.clear()
        for lv in (ind.levels if ind else []):
            self.level.addItem(reference.label("ew_levels", lv.level, self.lang), lv.level)
        # the alert level when the matrix has it: what an alert most often is
        self.level.setCurrentIndex(max(self.level.findData("alert"), 0))
        self.level.blockSignals(False)
        if ind is not None and not self.place.text() and ind.places:
            self.place.setText(ind.places[0])
        self._fill_set_off()

    def _fill_set_off(self) -> None:
        self.set_off.clear()
        ind = self._current()
        level = ind.level(self.level.currentData()) if ind else None
        if level is None:
            return
        for kind, ids in (("response", level.response_ids), ("activity", level.activity_ids)):
            for item_id in ids:
                item = self.plan.item(kind, item_id)
                text = ("" if item is None else item.title if kind == "activity"
                        else reference.tool_label(item.tool, self.lang))
                entry = QListWidgetItem(f"{item_id} · {text}" if text else item_id)
                entry.setData(Qt.ItemDataRole.UserRole, (kind, item_id))
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Checked)
                self.set_off.addItem(entry)

    def alert(self) -> Alert:
        ticked: dict[str, list[str]] = {"response": [], "activity": []}
        for i in range(self.set_off.count()):
            entry = self.set_off.item(i)
            if entry.checkState() == Qt.CheckState.Checked:
                kind, item_id = entry.data(Qt.ItemDataRole.UserRole)
                ticked[kind].append(item_id)
        return Alert(id=new_alert_id(self.plan), indicator_id=self.indicator.currentData(),
                     level=self.level.currentData(), raised=self.raised.dateTime().toString(MOMENT),
                     place=self.place.text().strip(), decided=self.decided.value(),
                     arrived=self.arrived.value(), response_ids=ticked["response"],
                     activity_ids=ticked["activity"], outcome=self.outcome.text().strip(),
                     civilians_harmed=None if self.harmed.value() < 0 else self.harmed.value())


def record_alert(session, indicator_id: str | None = None, place: str = "",
                 parent: QWidget | None = None) -> Alert | None:
    """Ask for the alert in one dialog and record it as one undoable edit."""
    plan = session.plan
    if not plan.early_warning:
        return None
    dialog = AlertDialog(plan, session.lang, indicator_id, place, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.level.currentData() is None:
        return None
    alert = dialog.alert()
    edits = [Insert(plan.alerts, len(plan.alerts), alert)]
    indicator = plan.item("indicator", alert.indicator_id)
    if dialog.follow.isChecked() and indicator is not None:
        edits.append(set_field(indicator, "current_level", alert.level))
    session.push(Batch(edits), qt_format(QCoreApplication.translate("AlertDialog", "Record alert %1"), alert.id))
    return alert

