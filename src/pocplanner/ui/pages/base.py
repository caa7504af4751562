"""What every step page shares: a heading, a short explanation, the session, choices."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pocplanner import reference
from pocplanner.ui.session import PlanSession


class Page(QWidget):
    step = ""

    def __init__(self, session: PlanSession, title: str, explanation: str) -> None:
        super().__init__()
        self.session = session
        self.setObjectName(f"page_{self.step}")
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(8, 4, 8, 4)
        heading = QLabel(f"<h2 style='margin:0'>{title}</h2>")
        self.outer.addWidget(heading)
        about = QLabel(explanation)
        about.setWordWrap(True)
        about.setObjectName("explanation")
        about.setStyleSheet("color: palette(window-text); padding-bottom: 4px;")
        self.outer.addWidget(about)

    def follow_changes(self, refresh) -> None:
        """Refresh after every edit while the page is shown; a hidden page refreshes when it
        is next shown (on a plan with 1,000 activities, refreshing every page at each key
        press would make typing lag)."""
        self._refresh = refresh
        self._stale = False
        self.session.changed.connect(self._changed)

    def _changed(self) -> None:
        if self.isVisible():
            self._refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if getattr(self, "_stale", False):
            self._stale = False
            self._refresh()
        super().showEvent(event)

    @property
    def plan(self):
        return self.session.plan

    @property
    def lang(self) -> str:
        return self.session.lang

    def vocab(self, name: str, optional: bool = False) -> list[tuple[Any, str]]:
        choices = [(t.key, t.text(self.lang)) for t in reference.vocabularies()[name]]
        return ([(None, self.tr("— not stated —"))] if optional else []) + choices

    def scale(self, name: str, optional: bool = False) -> list[tuple[Any, str]]:
        choices = [(int(t["key"]), f"{t['key']} · {reference.localized(t['label'], self.lang)}")
                   for t in reference.scales()[name]]
        return ([(None, self.tr("— not given —"))] if optional else []) + choices

    def yes_no(self) -> list[tuple[Any, str]]:
        return [(None, self.tr("— not stated —")), (True, self.tr("Yes")), (False, self.tr("No"))]

    def select_item(self, obj: Any) -> None:
        """Show this item (used when the user follows an advisory to this page)."""
