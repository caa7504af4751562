"""The live advisories shown under every page: a count and a list that follows each edit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from pocplanner.domain.checks import ERROR
from pocplanner.ui.plan.session import PlanSession
from pocplanner.ui.qt_text import qt_format

ADVISORY_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN = 50  # the panel lists the first ones; the review step lists them all


class AdvisoryPanel(QWidget):
    follow = Signal(object)

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("advisoryPanel")
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.count = QLabel()
        self.count.setObjectName("advisoryCount")
        self.count.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("advisoryList")
        self.list.setMaximumHeight(96)
        self.list.setMinimumHeight(40)      # two lines on a 600-pixel-high screen
        self.list.setWordWrap(True)
        layout.addWidget(self.count)
        layout.addWidget(self.list)
        self.list.itemActivated.connect(self._activated)
        session.changed.connect(self.refresh)
        self.refresh()

    def counts(self, errors: int, warnings: int) -> str:
        """ "1 error, 3 warnings", with the plural forms of the language."""
        return self.tr("%n error(s)", "", errors) + ", " + self.tr("%n warning(s)", "", warnings)

    def refresh(self) -> None:
        advisories = self.session.advisories
        errors = sum(a.severity == ERROR for a in advisories)
        warnings = len(advisories) - errors
        if advisories:
            self.count.setText(
                qt_format(
                    self.tr("<b>Advisories:</b> %1 — double-click one to go to it"),
                    self.counts(errors, warnings),
                )
            )
        else:
            from pocplanner.domain.completeness import still_missing
            gap = still_missing(self.session.plan)
            self.count.setText(self.tr("<b>Advisories:</b> none — the plan passes every check")
                               if gap is None else self.tr("<b>Advisories:</b> %1")
                               .replace("%1", gap.render(self.session.lang)))
        self.list.clear()
        for a in advisories[:SHOWN]:
            marker = "✖" if a.severity == ERROR else "▲"
            # %1: an advisory code such as SEQ-COVER, %2: its message
            text = qt_format(self.tr("%1: %2"), a.code, a.message(self.session.lang))
            item = QListWidgetItem(f"{marker} {text}")
            item.setData(ADVISORY_ROLE, a)
            item.setForeground(QColor("#b71c1c") if a.severity == ERROR else QColor("#8a6d00"))
            self.list.addItem(item)
        self.list.setVisible(bool(advisories))

    def _activated(self, item: QListWidgetItem) -> None:
        self.follow.emit(item.data(ADVISORY_ROLE))
