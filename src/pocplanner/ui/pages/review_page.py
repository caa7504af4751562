"""Step 6, the plan's dashboard: is it ready to be marked final, where are its open
advisories (by step and by code), and the outputs (PDF, print preview, exchange file)."""

from __future__ import annotations

from collections import Counter, defaultdict

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
)

from pocplanner.domain.checks import ERROR, has_errors
from pocplanner.domain.edits import set_field
from pocplanner.domain.flow import STEP_TITLES, STEPS, step_for_advisory
from pocplanner.i18n import tr as core_tr
from pocplanner.ui.pages.base import Page
from pocplanner.ui.qt_text import qt_format

ADVISORY_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
OPEN_GROUP = 10      # a group of at most this many advisories is shown open


class ReviewPage(Page):
    step = "review"
    follow = Signal(object)  # an advisory the user wants to fix
    go_to = Signal(str)  # a step
    export_pdf = Signal()
    preview = Signal()
    export_file = Signal()

    def __init__(self, session) -> None:
        super().__init__(
            session,
            self.tr("Review"),
            self.tr(
                "The plan at a glance: whether it can be marked final, where its open advisories "
                "are, and its outputs. Errors must be fixed before the plan is final; warnings are "
                "for the task force to weigh. Double-click an advisory (or press Enter) to go to "
                "the item concerned."
            ),
        )
        top = QHBoxLayout()
        top.addWidget(self._readiness_box(), 1)
        top.addWidget(self._steps_box(), 1)
        top.addWidget(self._outputs_box())
        self.outer.addLayout(top)
        self.tree = QTreeWidget()
        self.tree.setObjectName("reviewTree")
        self.tree.setHeaderLabels([self.tr("Advisory"), self.tr("Concerns")])
        self.tree.setColumnWidth(0, 640)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.outer.addWidget(self.tree, 1)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemExpanded.connect(self._opened)
        self._closed: dict[str, list] = {}     # code -> advisories of a group not opened yet
        self.follow_changes(self.refresh)
        self.refresh()

    # -- building --------------------------------------------------------------------------
    def _readiness_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Readiness"))
        layout = QGridLayout(box)
        self.summary = QLabel()
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.final_button = QPushButton(self.tr("Mark as &final"))
        self.final_button.setObjectName("markFinal")
        self.draft_button = QPushButton(self.tr("Back to &draft"))
        self.draft_button.setObjectName("markDraft")
        layout.addWidget(self.summary, 0, 0, 1, 2)
        layout.addWidget(self.final_button, 1, 1)
        layout.addWidget(self.draft_button, 1, 1)
        self.final_button.clicked.connect(lambda: self.mark_final())
        self.draft_button.clicked.connect(self.mark_draft)
        return box

    def _steps_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Open advisories by step"))
        grid = QGridLayout(box)
        grid.setVerticalSpacing(1)
        self.step_buttons: dict[str, QPushButton] = {}
        for row, step in enumerate(STEPS[:-1]):
            button = QPushButton()
            button.setObjectName(f"reviewStep_{step}")
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 1px 4px;")
            button.clicked.connect(lambda _c=False, s=step: self.go_to.emit(s))
            grid.addWidget(button, row, 0)
            self.step_buttons[step] = button
        return box

    def _outputs_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Outputs"))
        layout = QGridLayout(box)
        for row, (name, text, signal) in enumerate(
            (
                ("reviewExportPdf", self.tr("Export &PDF…"), self.export_pdf),
                ("reviewPreview", self.tr("Print pre&view…"), self.preview),
                ("reviewExportFile", self.tr("Export &file…"), self.export_file),
            )
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, s=signal: s.emit())
            layout.addWidget(button, row, 0)
        return box

    # -- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        advisories = self.session.advisories
        errors = sum(a.severity == ERROR for a in advisories)
        warnings = len(advisories) - errors
        final = (self.plan.status or "draft") == "final"
        if final:
            text = self.tr("<b>Final.</b> Back to draft to change it.")
        elif errors:
            text = self.tr(
                "<b style=color:#b71c1c>Not ready to be final</b>: %n error(s) to fix.", "", errors
            )
        else:
            text = self.tr("<b style=color:#1b5e20>Ready to be marked final.</b>")
        self.summary.setText(text + " " + self.tr("%n warning(s) to weigh.", "", warnings))
        self.final_button.setVisible(not final)
        self.draft_button.setVisible(final)
        self._count_by_step(advisories)
        self._fill_tree(advisories)

    def _count_by_step(self, advisories) -> None:
        counts: dict[str, Counter] = defaultdict(Counter)
        for a in advisories:
            counts[step_for_advisory(a.code, a.kind)][a.severity] += 1
        for step, button in self.step_buttons.items():
            c = counts[step]
            title = core_tr(STEP_TITLES[step], self.lang)
            if not c:
                button.setText(qt_format(self.tr("%1: nothing open"), title))
                continue
            button.setText(
                qt_format(
                    self.tr("%1: %2 ▸"), title, self.counts(c[ERROR], sum(c.values()) - c[ERROR])
                )
            )

    def counts(self, errors: int, warnings: int) -> str:
        return self.tr("%n error(s)", "", errors) + ", " + self.tr("%n warning(s)", "", warnings)

    def _fill_tree(self, advisories) -> None:
        """Grouped by code: a large plan shows a few dozen groups, not thousands of lines. A
        large group starts closed and its lines are written when it is opened (plan L has
        1,000 SEQ-AREA lines: writing them all took a third of every edit)."""
        self.tree.clear()
        self._closed = {}
        by_code: dict[str, list] = defaultdict(list)
        for a in advisories:
            by_code[a.code].append(a)
        for code, group in by_code.items():
            mark = "✖" if group[0].severity == ERROR else "▲"
            top = QTreeWidgetItem([f"{mark} {code} ({len(group)})"])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            top.setData(0, CODE_ROLE, code)
            self.tree.addTopLevelItem(top)
            if len(group) <= OPEN_GROUP:
                self._add_lines(top, group)
                top.setExpanded(True)
            else:
                self._closed[code] = group
                top.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)

    def _opened(self, top: QTreeWidgetItem) -> None:
        group = self._closed.pop(top.data(0, CODE_ROLE) or "", None)
        if group is not None:
            self._add_lines(top, group)

    def _add_lines(self, top: QTreeWidgetItem, group: list) -> None:
        for a in group:
            text = a.message(self.lang)
            item = QTreeWidgetItem([text, ", ".join(a.refs)])
            item.setData(0, ADVISORY_ROLE, a)
            item.setToolTip(0, text)
            top.addChild(item)

    def _activated(self, item: QTreeWidgetItem) -> None:
        advisory = item.data(0, ADVISORY_ROLE)
        if advisory is not None:
            self.follow.emit(advisory)

    def mark_final(self, confirm: bool = True) -> bool:
        if has_errors(self.session.advisories):
            n = sum(a.severity == ERROR for a in self.session.advisories)
            QMessageBox.warning(
                self,
                self.tr("The plan cannot be final yet"),
                qt_format(
                    self.tr(
                        "The plan still has %1 error(s). Fix every error listed here, then mark it "
                        "final."
                    ),
                    str(n),
                ),
            )
            return False
        self.session.push(set_field(self.plan, "status", "final"), self.tr("Mark as final"))
        return True

    def mark_draft(self) -> None:
        self.session.push(set_field(self.plan, "status", "draft"), self.tr("Back to draft"))
