"""Forms bound to one item of the plan: each widget edits one field through undoable edits.

The binder shows the values of the bound object, turns what the user types or picks into
SetField edits pushed on the session, and refreshes its widgets after any change (undo,
redo, another page) without stealing the cursor from the field being typed in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from pocplanner.domain.edits import set_field
from pocplanner.domain.personal_data import contact_details
from pocplanner.ui.plan.session import PlanSession
from pocplanner.ui.qt_text import qt_format
from pocplanner.ui.widgets import Combo, DateField

ID_ROLE = Qt.ItemDataRole.UserRole + 7
CHECKLIST_ROWS = 8        # a ticked list shows at least this many items without scrolling


class Field:
    def __init__(
        self,
        name: str,
        widget: QWidget,
        read: Callable[[], Any],
        write: Callable[[Any], None],
        stale: Callable[[], bool] = lambda: False,
    ) -> None:
        self.name, self.widget, self.read, self.write = name, widget, read, write
        self.stale = stale  # the widget must be redrawn although the value is the same


class FormBinder(QObject):
    def __init__(
        self, session: PlanSession, layout: QFormLayout, target: Callable[[], Any] | None = None
    ) -> None:
        super().__init__(layout)
        self.session = session
        self.layout = layout
        self.fields: list[Field] = []
        self.obj: Any = None
        self._target = target  # for forms bound to a sub-object (plan.context, plan.period)
        self._loading = False
        session.changed.connect(self.refresh)

    # -- binding ---------------------------------------------------------------------------
    def bind(self, obj: Any) -> None:
        self.obj = obj
        for f in self.fields:
            f.widget.setEnabled(obj is not None)
        self.refresh()

    def target(self, name: str) -> Any:
        return self._target(name) if self._target else self.obj

    def refresh(self) -> None:
        if self.obj is None:
            return
        self._loading = True
        try:
            for f in self.fields:
                value = getattr(self.target(f.name), f.name)
                if f.read() != value or f.stale():
                    f.write(value)
                self._flag_personal_data(f.widget, value)
        finally:
            self._loading = False
        self._flag_date_order()

    def _flag_date_order(self) -> None:
        """An end before its start is shown where it is typed: the End field turns red."""
        fields = {f.name: f for f in self.fields}
        if "start" not in fields or "end" not in fields:
            return
        start, end = fields["start"].read(), fields["end"].read()
        wrong = start is not None and end is not None and end < start
        widget = fields["end"].widget
        if bool(widget.property("beforeStart")) != wrong:
            widget.setProperty("beforeStart", wrong)
            widget.setStyleSheet("border: 2px solid #c62828;" if wrong else "")
            widget.setToolTip(self.tr("The end is before the start.") if wrong else "")

    def _flag_personal_data(self, widget: QWidget, value: Any) -> None:
        """Show, where it is typed, what the DATA-PII check will flag: a phone number or an
        e-mail address in free text."""
        if not isinstance(widget, (QLineEdit, QPlainTextEdit)):
            return
        texts = value if isinstance(value, list) else [value]
        found = [d for t in texts if isinstance(t, str) for d in contact_details(t)]
        flagged = bool(widget.property("personalData"))
        if not found and not flagged:
            return
        widget.setProperty("personalData", bool(found))
        if found:
            if not flagged:
                widget.setStyleSheet("border: 2px solid #c62828;")
            widget.setToolTip(
                qt_format(
                    self.tr(
                        "This looks like personal contact details (%1). Record "
                        "groups and roles, never a person's phone number or "
                        "e-mail address."
                    ),
                    ", ".join(found),
                )
            )
        else:
            widget.setStyleSheet("")
            widget.setToolTip("")

    def _changed(self, name: str, value: Any, label: str) -> None:
        if self._loading or self.obj is None:
            return
        target = self.target(name)
        field = next((f for f in self.fields if f.name == name), None)
        if field is not None:
            self._flag_personal_data(field.widget, value)
        if getattr(target, name) != value:
            self.session.push(set_field(target, name, value), qt_format(self.tr("Edit %1"), label))
        if name in ("start", "end"):
            self._flag_date_order()

    def _add(
        self, name: str, label: str | None, widget: QWidget, read, write, stale=lambda: False
    ) -> QWidget:
        widget.setObjectName(f"field_{name}")
        if label is None:  # the widget shows its own label (check boxes)
            self.layout.addRow(widget)
        else:
            caption = QLabel(label)
            caption.setBuddy(widget)
            # one-line fields keep their caption on one line: a wrapped caption beside a
            # one-line field gets clipped by QFormLayout (seen with the longer French texts)
            caption.setWordWrap(isinstance(widget, QPlainTextEdit))
            if isinstance(widget, QListWidget):   # a list to tick: its caption above it, the
                self.layout.addRow(caption)       # whole width for its items (a long caption
                self.layout.addRow(widget)        # no longer narrows every field)
            else:
                self.layout.addRow(caption, widget)
        self.fields.append(Field(name, widget, read, write, stale))
        widget.setEnabled(False)
        return widget

    # -- field kinds -----------------------------------------------------------------------
    def line(
        self, name: str, label: str, placeholder: str = "", max_length: int = 300
    ) -> QLineEdit:
        w = QLineEdit()
        w.setMaxLength(max_length)
        w.setPlaceholderText(placeholder)
        w.textEdited.connect(lambda text: self._changed(name, text, label))
        return self._add(name, label, w, w.text, lambda v: _show_from_start(w, v or ""))

    def text(
        self, name: str, label: str, placeholder: str = "", lines: int = 3, grow: bool = False
    ) -> QPlainTextEdit:
        """grow: at least `lines` high, and taking the form's spare height (else exactly)."""
        w = QPlainTextEdit()
        w.setPlaceholderText(placeholder)
        w.setTabChangesFocus(True)
        height = w.fontMetrics().lineSpacing() * lines + 12
        if grow:
            w.setMinimumHeight(height)
            w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        else:
            w.setFixedHeight(height)
        w.textChanged.connect(lambda: self._changed(name, w.toPlainText(), label))
        return self._add(name, label, w, w.toPlainText, lambda v: w.setPlainText(v or ""))

    def lines(self, name: str, label: str, placeholder: str = "") -> QPlainTextEdit:
        """A list of short texts, one per line."""
        w = QPlainTextEdit()
        w.setPlaceholderText(placeholder)
        w.setTabChangesFocus(True)
        w.setFixedHeight(w.fontMetrics().lineSpacing() * 3 + 12)

        def parse() -> list[str]:
            return [line.strip() for line in w.toPlainText().splitlines() if line.strip()]

        def show(values) -> None:
            w.setPlainText("\n".join(values or []))

        w.textChanged.connect(lambda: self._changed(name, parse(), label))
        return self._add(name, label, w, parse, show)

    def combo(
        self, name: str, label: str, choices: list[tuple[Any, str]], editable: bool = False
    ) -> QComboBox:
        """Choices as (value, label); value None stands for "not stated"."""
        w = Combo()
        w.setEditable(editable)
        for value, text in choices:
            w.addItem(text, value)

        def read():
            return w.currentText().strip() if editable else w.currentData()

        def write(value):
            index = w.findData(value)
            if index >= 0:
                w.setCurrentIndex(index)
            elif editable:
                w.setEditText(value or "")

        w.activated.connect(lambda _i: self._changed(name, read(), label))
        if editable:
            w.lineEdit().textEdited.connect(lambda _t: self._changed(name, read(), label))
        return self._add(name, label, w, read, write)

    def checklist(
        self, name: str, label: str, choices: Callable[[], list[tuple[str, str]]]
    ) -> QListWidget:
        """Ids picked by ticking the items they name ("T3 · IEDs on the Mopti–Douentza axis"),
        never typed. An id the plan holds that names nothing (a file from elsewhere) stays
        listed, ticked and marked, until the planner unticks it."""
        w = QListWidget()
        w.setFixedHeight(max(w.fontMetrics().lineSpacing(), 20) * CHECKLIST_ROWS + 6)
        w.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        w.setTextElideMode(Qt.TextElideMode.ElideRight)       # whole text in the tooltip
        shown: dict[str, list] = {"choices": [], "ids": []}
        missing = self.tr("(no such item)")

        def read() -> list[str]:
            return list(shown["ids"])  # kept up to date: no walk over the items

        def write(values) -> None:
            values = list(values or [])
            options = shown.pop("fresh", None) or choices()
            shown["choices"], shown["ids"] = options, values
            known = {key for key, _text in options}
            rows = options + [(v, f"{v} · {missing}") for v in values if v not in known]
            w.blockSignals(True)
            same_ids = w.count() == len(rows) and all(
                w.item(i).data(ID_ROLE) == key for i, (key, _t) in enumerate(rows)
            )
            if not same_ids:  # on a big plan, renaming one item must not rebuild all
                w.clear()
                for key, _text in rows:
                    item = QListWidgetItem()
                    item.setData(ID_ROLE, key)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)  # shows the box
                    w.addItem(item)
            for i, (key, text) in enumerate(rows):
                item = w.item(i)
                if item.text() != text:
                    item.setText(text)
                    item.setToolTip(text)
                state = Qt.CheckState.Checked if key in values else Qt.CheckState.Unchecked
                if item.checkState() != state:
                    item.setCheckState(state)
            w.blockSignals(False)

        def changed(item) -> None:
            key, on = item.data(ID_ROLE), item.checkState() == Qt.CheckState.Checked
            ids = [i for i in shown["ids"] if i != key] + ([key] if on else [])
            shown["ids"] = ids
            self._changed(name, list(ids), label)

        def stale() -> bool:
            fresh = choices()
            if fresh == shown["choices"]:
                return False
            shown["fresh"] = fresh  # write() uses it rather than computing it again
            return True

        w.itemChanged.connect(changed)
        return self._add(name, label, w, read, write, stale=stale)

    def check(self, name: str, label: str) -> QCheckBox:
        w = QCheckBox(label)
        w.toggled.connect(lambda on: self._changed(name, on, label))
        return self._add(name, None, w, w.isChecked, lambda v: w.setChecked(bool(v)))

    def number(self, name: str, label: str, maximum: int, suffix: str = "") -> QWidget:
        """A whole number from 0 to maximum, or not given (shown as "—", below 0)."""
        from pocplanner.ui.widgets import SpinBox

        w = SpinBox()
        w.setRange(-1, maximum)
        w.setSpecialValueText("—")
        if suffix:
            w.setSuffix(suffix)
        w.valueChanged.connect(lambda v: self._changed(name, None if v < 0 else v, label))
        return self._add(
            name,
            label,
            w,
            lambda: None if w.value() < 0 else w.value(),
            lambda v: w.setValue(-1 if v is None else int(v)),
        )

    def date(self, name: str, label: str, optional: bool = False) -> DateField:
        """A date typed as shown or picked from a calendar; the plan changes only when a
        whole, real date is given (see widgets.DateField), or, optional, when it is emptied."""
        w = DateField(self.session.lang, optional=optional)
        w.dateEdited.connect(lambda day: self._changed(name, day, label))
        return self._add(name, label, w, w.date, w.setDate)


def _show_from_start(w: QLineEdit, text: str) -> None:
    """A long text shown from its beginning (setText leaves the cursor, and the view, at its end)."""
    w.setText(text)
    w.setCursorPosition(0)
