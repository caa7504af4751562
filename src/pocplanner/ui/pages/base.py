"""What every step page shares: a heading, a short explanation, the session, choices."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from pocplanner import reference
from pocplanner.domain.removal import Removal, removal
from pocplanner.ui.plan.session import PlanSession
from pocplanner.ui.qt_text import qt_format


class Page(QWidget):
    step = ""

    def __init__(self, session: PlanSession, title: str, explanation: str) -> None:
        super().__init__()
        self.session = session
        self.setObjectName(f"page_{self.step}")
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(8, 4, 8, 4)
        heading = QLabel(f"<h2 style='margin:0'>{title}</h2>")
        heading.setWordWrap(True)  # long French titles wrap instead of widening
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

    def showEvent(self, event) -> None:
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

    @property
    def plan_lang(self) -> str:
        """The language the product writes into the plan (new items' titles)."""
        from pocplanner.domain.plan_language import writing_language
        return writing_language(self.plan, self.lang)

    def vocab(self, name: str, optional: bool = False) -> list[tuple[Any, str]]:
        choices = [(t.key, t.text(self.lang)) for t in reference.vocabularies()[name]]
        return ([(None, self.tr("— not stated —"))] if optional else []) + choices

    def scale(self, name: str, optional: bool = False) -> list[tuple[Any, str]]:
        choices = [
            (int(t["key"]), f"{t['key']} · {reference.localized(t['label'], self.lang)}")
            for t in reference.scales()[name]
        ]
        return ([(None, self.tr("— not given —"))] if optional else []) + choices

    def yes_no(self) -> list[tuple[Any, str]]:
        return [(None, self.tr("— not stated —")), (True, self.tr("Yes")), (False, self.tr("No"))]

    def remove_item(self, item: Any, undo_text: str, ask=None) -> bool:
        """Remove item with the references to it, as one undo step; when that changes other
        items, say which and ask first. ask: runs the question box (tests answer it)."""
        if item is None:
            return False
        change = removal(self.plan, item)
        if change.touches_others and not self._confirm_removal(item, change, ask):
            return False
        self.session.push(change.edit, undo_text)
        return True

    def _confirm_removal(self, item: Any, change: Removal, ask) -> bool:
        lines = [qt_format(self.tr("Removing %1 also changes other parts of the plan:"), item.id)]
        if change.removed:
            lines.append(
                "• "
                + qt_format(self.tr("removed with it: %1"), ", ".join(x.id for x in change.removed))
            )
        if change.unlinked:
            lines.append(
                "• "
                + qt_format(
                    self.tr("no longer linked to it: %1"), ", ".join(x.id for x in change.unlinked)
                )
            )
        lines += ["", self.tr("Edit ▸ Undo (Ctrl+Z) brings everything back.")]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            qt_format(self.tr("Remove %1?"), item.id),
            "\n".join(lines),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Remove"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        (ask or QMessageBox.exec)(box)
        return box.clickedButton() is box.button(QMessageBox.StandardButton.Ok)

    def focus_first(self) -> None:
        """Put the cursor in the page's first field, where a keyboard user starts."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit

        for widget in self.findChildren(QWidget):
            if (
                isinstance(widget, (QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView))
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                # not TabFocusReason: that selects the whole text, and one key would replace
                # the plan's title when the planner comes back to a step
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                if isinstance(widget, QLineEdit):
                    widget.deselect()
                    widget.setCursorPosition(0)
                return

    def select_item(self, obj: Any) -> None:
        """Show this item (used when the user follows an advisory to this page)."""
