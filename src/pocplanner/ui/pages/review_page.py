"""Step 6: every open advisory in one list, and marking the plan final."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMessageBox, QPushButton, QTreeWidget,
                               QTreeWidgetItem)

from pocplanner.domain.checks import ERROR, has_errors
from pocplanner.domain.edits import set_field
from pocplanner.ui.pages.base import Page

ADVISORY_ROLE = Qt.ItemDataRole.UserRole + 1


class ReviewPage(Page):
    step = "review"
    follow = Signal(object)   # an advisory the user wants to fix

    def __init__(self, session) -> None:
        super().__init__(session, self.tr("Review"), self.tr(
            "All open advisories of the plan. Errors must be fixed before the plan can be "
            "marked final; warnings are for the task force to weigh. Double-click an advisory "
            "(or press Enter) to go to the item concerned."))
        self.summary = QLabel()
        self.summary.setObjectName("reviewSummary")
        self.tree = QTreeWidget()
        self.tree.setObjectName("reviewTree")
        self.tree.setHeaderLabels([self.tr("Advisory"), self.tr("Code"), self.tr("Concerns")])
        self.tree.setColumnWidth(0, 820)
        self.tree.setColumnWidth(1, 170)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.final_button = QPushButton(self.tr("Mark as &final"))
        self.final_button.setObjectName("markFinal")
        self.draft_button = QPushButton(self.tr("Back to &draft"))
        self.draft_button.setObjectName("markDraft")
        self.outer.addWidget(self.summary)
        self.outer.addWidget(self.tree, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.draft_button)
        row.addWidget(self.final_button)
        self.outer.addLayout(row)
        self.tree.itemActivated.connect(self._activated)
        self.final_button.clicked.connect(lambda: self.mark_final())
        self.draft_button.clicked.connect(self.mark_draft)
        self.follow_changes(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        advisories = self.session.advisories
        errors = [a for a in advisories if a.severity == ERROR]
        warnings = [a for a in advisories if a.severity != ERROR]
        status = self.plan.status or "draft"
        self.summary.setText(self.tr("Status: <b>%1</b> — %2 error(s), %3 warning(s).")
                             .replace("%1", self.tr("final") if status == "final" else self.tr("draft"))
                             .replace("%2", str(len(errors))).replace("%3", str(len(warnings))))
        self.tree.clear()
        for title, group in ((self.tr("Errors"), errors), (self.tr("Warnings"), warnings)):
            top = QTreeWidgetItem([f"{title} ({len(group)})"])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for a in group:
                item = QTreeWidgetItem([a.message(self.lang), a.code, ", ".join(a.refs)])
                item.setData(0, ADVISORY_ROLE, a)
                item.setToolTip(0, a.message(self.lang))
                top.addChild(item)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        self.final_button.setVisible(status != "final")
        self.draft_button.setVisible(status == "final")

    def _activated(self, item: QTreeWidgetItem) -> None:
        advisory = item.data(0, ADVISORY_ROLE)
        if advisory is not None:
            self.follow.emit(advisory)

    def mark_final(self, confirm: bool = True) -> bool:
        if has_errors(self.session.advisories):
            n = sum(a.severity == ERROR for a in self.session.advisories)
            QMessageBox.warning(self, self.tr("The plan cannot be final yet"), self.tr(
                "The plan still has %1 error(s). Fix every error listed here, then mark it "
                "final.").replace("%1", str(n)))
            return False
        self.session.push(set_field(self.plan, "status", "final"), self.tr("Mark as final"))
        return True

    def mark_draft(self) -> None:
        self.session.push(set_field(self.plan, "status", "draft"), self.tr("Back to draft"))
