"""Input widgets that never change a value behind the user's back.

- A combo box or spin box takes the mouse wheel only when it has the focus: scrolling a form
  over it scrolls the form (the usual Qt idiom: StrongFocus, and a wheel event ignored without
  focus goes on to the scroll area). Otherwise a planner scrolling the engagement form turns
  "Residual likelihood: not given" into 5, and autosave stores it.
- A date field takes a date typed as it is shown (2019-08-15, or 15/08/2019 in French; both
  forms are understood in either language) and changes the plan only when the whole date is
  typed. Text that is not a real date is refused visibly (red border, a message saying what
  is expected) and never turned into another date. A calendar button picks a date too.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QPainter
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QSplitterHandle,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from pocplanner.i18n import format_date
from pocplanner.ui.qt_text import qt_format


class Combo(QComboBox):
    """A combo box that leaves the wheel to the form it stands in, unless it has focus, and
    never widens its form to fit a long choice (the list that opens shows it whole)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)

    def wheelEvent(self, event) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class SpinBox(QSpinBox):
    """A spin box that leaves the wheel to the form it stands in, unless it has focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$", re.ASCII)
_DMY = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s*$", re.ASCII)


def parse_date(text: str) -> dt.date | None:
    """2019-08-15 or 15/08/2019 (also 15.08.2019); None if it is not a real date."""
    m = _ISO.match(text)
    parts = (m.group(1), m.group(2), m.group(3)) if m else None
    if parts is None:
        m = _DMY.match(text)
        parts = (m.group(3), m.group(2), m.group(1)) if m else None
    if parts is None:
        return None
    from pocplanner.domain.dates import in_date_range
    try:
        day = dt.date(*(int(p) for p in parts))
    except ValueError:
        return None
    return day if in_date_range(day) else None      # 9999-12-31 would break the arithmetic


class DateField(QLineEdit):
    """A date typed as shown, or picked from a calendar; `dateEdited` when a whole, real date
    was typed or picked."""

    dateEdited = Signal(object)  # dt.date

    INVALID_STYLE = "border: 2px solid #c62828;"

    def __init__(self, lang: str = "en", parent: QWidget | None = None,
                 optional: bool = False) -> None:
        super().__init__(parent)
        self.lang = lang
        self.optional = optional          # an empty field means "no date" (actual dates)
        self._date: dt.date | None = None
        self.setPlaceholderText(format_date(dt.date(2019, 8, 15), lang))
        self.setMaxLength(10)
        self.calendar_action = QAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
            self.tr("Pick a date in a calendar"),
            self,
        )
        self.calendar_action.setObjectName("calendarAction")
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.editingFinished.connect(self._commit)
        self.textEdited.connect(self._typing)
        self._popup: QWidget | None = None
        width = self.fontMetrics().horizontalAdvance("00/00/00000") + 40
        self.setMinimumWidth(width)

    def date(self) -> dt.date | None:
        return self._date

    def setDate(self, value: dt.date | None) -> None:
        self._date = value
        self.setText(format_date(value, self.lang) if value else "")
        self._mark_valid(True)

    @property
    def invalid(self) -> bool:
        return bool(self.property("invalidDate"))

    def _typing(self, text: str) -> None:
        if self.invalid and parse_date(text) is not None:
            self._mark_valid(True)

    def _commit(self) -> None:
        text = self.text().strip()
        if self._date is not None and text == format_date(self._date, self.lang):
            return
        if self.optional and not text:
            self._mark_valid(True)
            if self._date is not None:
                self._date = None
                self.dateEdited.emit(None)
            return
        value = parse_date(text)
        if value is None:
            self._mark_valid(False, text)
            return
        self._mark_valid(True)
        self._date = value
        self.setText(format_date(value, self.lang))
        self.dateEdited.emit(value)

    def _mark_valid(self, valid: bool, text: str = "") -> None:
        self.setProperty("invalidDate", not valid)
        self.setStyleSheet("" if valid else self.INVALID_STYLE)
        self.setToolTip(
            ""
            if valid
            else qt_format(
                self.tr("“%1” is not a date. Type it as %2 (or %3). The date was not changed."),
                text,
                format_date(dt.date(2019, 8, 15), self.lang),
                "2019-08-15" if self.lang == "fr" else "15/08/2019",
            )
        )

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.invalid:
            self.setDate(self._date)  # back to the date as it was
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> QCalendarWidget:
        popup = QWidget(self, Qt.WindowType.Popup)
        popup.setObjectName("datePopup")
        calendar = QCalendarWidget(popup)
        calendar.setObjectName("calendar")
        if self._date is not None:
            calendar.setSelectedDate(QDate(self._date.year, self._date.month, self._date.day))
        QVBoxLayout(popup).addWidget(calendar)
        popup.layout().setContentsMargins(0, 0, 0, 0)

        def picked(day: QDate) -> None:
            popup.close()
            self.setText(format_date(dt.date(day.year(), day.month(), day.day()), self.lang))
            self._commit()

        calendar.clicked.connect(picked)
        calendar.activated.connect(picked)
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        popup.show()
        calendar.setFocus()
        self._popup = popup
        return calendar


def refill(combo, items) -> None:
    """Replace a combo's choices (value, label) without signalling an edit; an editable
    combo keeps the text being typed."""
    combo.blockSignals(True)
    text = combo.currentText()
    combo.clear()
    for value, label in items:
        combo.addItem(label, value)
    if combo.isEditable():
        combo.setEditText(text)
    combo.blockSignals(False)


def form_scroll(form_widget):
    """A form in a vertical scroll area that is never narrower than the form's labels and
    fields (a divider cannot squeeze it; the form scrolls up and down, never sideways)."""
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtWidgets import QScrollArea

    class FormScroll(QScrollArea):
        def minimumSizeHint(self) -> QSize:
            inner = self.widget().minimumSizeHint() if self.widget() else QSize(0, 0)
            bar = self.verticalScrollBar().sizeHint().width()
            return QSize(max(inner.width(), 0) + bar + 2 * self.frameWidth(),
                         super().minimumSizeHint().height())

    from PySide6.QtWidgets import QFormLayout, QLineEdit
    for layout in [form_widget.layout(), *form_widget.findChildren(QFormLayout)]:
        if isinstance(layout, QFormLayout):   # narrow: a long label above its field
            layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    for line in form_widget.findChildren(QLineEdit):   # a text field goes below its label
        if not isinstance(line, DateField) and line.parent() is form_widget:  # rather than
            line.setMinimumWidth(max(line.minimumWidth(), 200))     # shrink to a few letters
    scroll = FormScroll()
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(form_widget)
    return scroll


class _Handle(QSplitterHandle):
    """A divider's handle that paints itself: grey, darker under the mouse."""

    def __init__(self, orientation, parent) -> None:
        super().__init__(orientation, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)        # repainted on enter and leave

    def paintEvent(self, event) -> None:
        QPainter(self).fillRect(self.rect(), QColor("#546e7a" if self.underMouse()
                                                    else "#b0bec5"))


class _Splitter(QSplitter):
    def createHandle(self) -> QSplitterHandle:
        return _Handle(self.orientation(), self)


def splitter(orientation, *widgets, stretch=()):
    """A divider the planner can see and drag; no pane can be collapsed out of sight. The
    handle paints itself: a style sheet on the splitter would style every widget of the
    page through Qt's style-sheet style, which made opening a plan window 2-3 times slower."""
    split = _Splitter(orientation)
    split.setChildrenCollapsible(False)
    split.setHandleWidth(7)
    for w in widgets:
        split.addWidget(w)
    for i, factor in enumerate(stretch):
        split.setStretchFactor(i, factor)
    return split


def form_beside(left, form_widget):
    """A list (left) and the form of its selected item in a scroll area (right), 3 : 2."""
    from PySide6.QtCore import Qt
    return splitter(Qt.Orientation.Horizontal, left, form_scroll(form_widget), stretch=(3, 2))


def in_documents(name: str) -> str:
    """A file name proposed in the user's Documents folder (not the program's folder)."""
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder or Path.home()) / name)
