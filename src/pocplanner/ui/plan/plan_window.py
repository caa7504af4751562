"""The window in which one plan is built, step by step."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pocplanner import logs
from pocplanner.domain.flow import STEP_TITLES, STEPS, Flow, skipped_steps, step_for_advisory
from pocplanner.i18n import tr as core_tr
from pocplanner.services.database import OperationalError, PlanChanged, StorageError
from pocplanner.ui.layout_memory import restore_splitters, save_splitters
from pocplanner.ui.library.help_menu import add_help_menu
from pocplanner.ui.pages.context_page import ContextPage
from pocplanner.ui.pages.early_warning_page import EarlyWarningPage
from pocplanner.ui.pages.engagement_page import EngagementPage
from pocplanner.ui.pages.responses_page import ResponsesPage
from pocplanner.ui.pages.review_page import ReviewPage
from pocplanner.ui.pages.sequencing_page import SequencingPage
from pocplanner.ui.pages.threats_page import ThreatsPage
from pocplanner.ui.pages.transition_page import TransitionPage
from pocplanner.ui.plan.advisory_panel import AdvisoryPanel
from pocplanner.ui.plan.follow_up_menu import add_follow_up_menu
from pocplanner.ui.plan.plan_outputs import PlanOutputs
from pocplanner.ui.plan.session import PlanSession
from pocplanner.ui.qt_text import qt_format

PAGES = {
    "context": ContextPage,
    "threats": ThreatsPage,
    "responses": ResponsesPage,
    "early_warning": EarlyWarningPage,
    "sequencing": SequencingPage,
    "engagement": EngagementPage,
    "transition": TransitionPage,
    "review": ReviewPage,
}


class PlanWindow(PlanOutputs, QMainWindow):
    saved = Signal(str)  # plan id
    closed = Signal(str)
    reopen = Signal(str)  # the user chose to reload the stored version

    def __init__(self, session: PlanSession) -> None:
        super().__init__()
        self.session = session
        session.setParent(self)  # the session lives and dies with its window
        self.flow = Flow()
        self.setObjectName("planWindow")
        screen = self.screen().availableGeometry()
        self.resize(min(1340, screen.width() - 20), min(900, screen.height() - 40))

        self.steps = QListWidget()
        self.steps.setObjectName("stepList")
        for step in STEPS:
            self.steps.addItem(core_tr(STEP_TITLES[step], session.lang))
        self.steps.setWordWrap(True)
        self.steps.setFixedWidth(160)       # room for the forms on a 1024-pixel screen
        self.stack = QStackedWidget()
        self.pages = {}
        for step in STEPS:
            page = PAGES[step](session)
            self.pages[step] = page
            self.stack.addWidget(page)
        review = self.pages["review"]
        review.follow.connect(self.follow_advisory)
        review.go_to.connect(self.go)
        review.export_pdf.connect(lambda: self.export_pdf(redacted=self.offer_redacted()))
        review.preview.connect(lambda: self.print_preview())
        review.export_file.connect(lambda: self.export_file())

        self.back_button = QPushButton(self.tr("◀ &Back"))
        self.back_button.setObjectName("backButton")
        self.back_button.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left))
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.next_button.setObjectName("nextButton")
        self.next_button.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right))
        self.back_button.setToolTip(self.tr("Previous step (Alt+Left)"))
        self.next_button.setToolTip(self.tr("Next step (Alt+Right)"))
        self.panel = AdvisoryPanel(session)
        self.panel.follow.connect(self.follow_advisory)
        nav = QHBoxLayout()
        nav.addWidget(self.panel, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        nav.addLayout(buttons)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.stack, 1)
        rv.addLayout(nav)
        central = QWidget()
        h = QHBoxLayout(central)
        h.setContentsMargins(4, 4, 4, 4)
        h.addWidget(self.steps)
        h.addWidget(right, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._laid_out: set[str] = set()  # pages whose dividers were put back
        self._update_title()  # the plan's title from the start
        self.steps.currentRowChanged.connect(self._step_clicked)
        self.back_button.clicked.connect(lambda: self.go(self.flow.back()))
        self.next_button.clicked.connect(lambda: self.go(self.flow.next()))
        session.changed.connect(self._update_title)
        # every save, autosaves too, tells the library (its list shows the title and region)
        session.saved.connect(lambda _revision: self.saved.emit(self.session.plan.id))
        # the status bar shows only while it has something to say ("Saved.")
        self.statusBar().messageChanged.connect(lambda m: self.statusBar().setVisible(bool(m)))
        self.statusBar().hide()
        session.undo_stack.cleanChanged.connect(lambda _c: self._update_title())
        self.go("context")

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setObjectName("saveAction")
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        self.pdf_action = QAction(self.tr("Export &PDF…"), self)
        self.pdf_action.setObjectName("exportPdfAction")
        self.pdf_action.triggered.connect(lambda: self.export_pdf(redacted=self.offer_redacted()))
        self.redacted_pdf_action = QAction(self.tr("Export &redacted PDF…"), self)
        self.redacted_pdf_action.setObjectName("exportRedactedPdfAction")
        self.redacted_pdf_action.triggered.connect(
            lambda: self.review_redacted() and self.export_pdf(redacted=True))
        self.preview_action = QAction(self.tr("Print pre&view…"), self)
        self.preview_action.setObjectName("printPreviewAction")
        self.preview_action.triggered.connect(lambda: self.print_preview())
        self.print_action = QAction(self.tr("&Print…"), self)
        self.print_action.setObjectName("printAction")
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(lambda: self.print_plan())
        for action in (
            self.pdf_action,
            self.redacted_pdf_action,
            self.preview_action,
            self.print_action,
        ):
            file_menu.addAction(action)
            self.addAction(action)
        file_menu.addSeparator()
        self.history_action = QAction(self.tr("&Versions…"), self)
        self.history_action.setObjectName("historyAction")
        self.history_action.triggered.connect(lambda: self.show_history())
        file_menu.addAction(self.history_action)
        file_menu.addSeparator()
        close_action = QAction(self.tr("&Close plan"), self)
        close_action.setShortcut(QKeySequence.StandardKey.Close)
        close_action.triggered.connect(self.close)
        file_menu.addAction(close_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        add_follow_up_menu(self)          # review, status report (#32)
        self.undo_action = self.session.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.session.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # each key once: StandardKey.Redo is Ctrl+Shift+Z on Linux, and a key given twice
        # is an "ambiguous shortcut" that never fires
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            edit_menu.addAction(action)
            self.addAction(action)
        self.addAction(self.save_action)
        # F1: help on the step shown
        self.help_actions = add_help_menu(self, self.session.lang, topic=lambda: self.flow.step)

    # -- navigation ------------------------------------------------------------------------
    def go(self, step: str) -> None:
        if self.flow.step != step or self.stack.currentWidget() is not self.pages[step]:
            self.session.autosave()  # autosave on every page change
        self.flow.skipped = skipped_steps(self.session.plan.context.drawdown)
        self.flow.go(step)
        self.stack.setCurrentWidget(self.pages[step])
        self.pages[step].focus_first()
        if step not in self._laid_out:  # once the page has its size: the dividers
            self._laid_out.add(step)
            restore_splitters(self.pages[step], f"plan.{step}")
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(self.flow.index)
        self.steps.blockSignals(False)
        self.back_button.setEnabled(self.flow.can_go_back())
        self.next_button.setEnabled(self.flow.can_go_next())

    def _step_clicked(self, row: int) -> None:
        if row >= 0:
            self.go(STEPS[row])

    def follow_advisory(self, advisory) -> None:
        step = step_for_advisory(advisory.code, advisory.kind)
        self.go(step)
        target = self._find(advisory)
        if target is not None:
            self.pages[step].select_item(target)

    def show_item(self, item_id: str) -> bool:
        """Go to the step that holds the item with this id, and select it."""
        from pocplanner.domain.flow import STEP_FOR_KIND
        from pocplanner.domain.model import ITEM_KINDS

        for kind in ITEM_KINDS:
            found = self.session.plan.item(kind, item_id)
            if found is not None and kind in STEP_FOR_KIND:
                self.go(STEP_FOR_KIND[kind])
                self.pages[STEP_FOR_KIND[kind]].select_item(found)
                return True
        return False

    def _find(self, advisory):
        return self.session.plan.item(advisory.kind, advisory.refs[0] if advisory.refs else None)

    # -- history ---------------------------------------------------------------------------
    def show_history(self, dialog_hook=None) -> int | None:
        """List the saved versions; restoring one saves it as a new version and reopens the
        plan in that state. Unsaved edits are saved first, so nothing is lost."""
        from pocplanner.ui.dialogs.history_dialog import HistoryDialog

        if self.session.dirty and not self.save():
            return None
        dialog = HistoryDialog(self.session.store, self.session.plan.id, self, self.session.lang)
        if dialog_hook:
            dialog_hook(dialog)
        else:
            dialog.exec()
        if dialog.restored is not None:
            self.close()
            self.reopen.emit(self.session.plan.id)
        return dialog.restored

    # -- saving ----------------------------------------------------------------------------
    def _update_title(self) -> None:
        try:
            mark = "*" if self.session.dirty else ""
        except RuntimeError:  # the undo stack is already gone: the app is closing
            return
        self.setWindowTitle(f"{mark}{self.session.plan.title} — pocplanner")

    def save(self) -> bool:
        try:
            self.session.save()
        except PlanChanged:
            return self._resolve_conflict()
        except StorageError as exc:  # a full disk, a read-only database
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                exc.text(self.session.lang) + "\n\n" + self.tr("Your changes are still here."),
            )
            return False
        except OperationalError as exc:  # locked for longer than the retry time
            logs.log_exception("save", exc)
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                qt_format(
                    self.tr(
                        "The plan could not be saved: the database is busy or cannot be written (%1). "
                        "Your changes are still here; try again in a moment."
                    ),
                    str(exc),
                ),
            )
            return False
        self.statusBar().showMessage(self.tr("Saved."), 4000)
        return True

    def _resolve_conflict(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Plan changed elsewhere"),
            self.tr(
                "This plan was changed in another window or by the command line since you opened "
                "it. Save your version as a copy, or reload the stored version (your changes in "
                "this window are then lost)?"
            ),
            parent=self,
        )
        copy_button = box.addButton(self.tr("Save as a copy"), QMessageBox.ButtonRole.AcceptRole)
        reload_button = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is copy_button:
            plan = self.session.plan
            plan.id = self.session.store.free_id(plan.id)
            self.session.notify()            # not an edit: every check runs again
            self.session.revision = None
            self.session.save()
            return True
        if box.clickedButton() is reload_button:
            self.session.undo_stack.setClean()
            self.close()
            self.reopen.emit(self.session.plan.id)
        return False

    def closeEvent(self, event) -> None:
        if self.session.dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                qt_format(
                    self.tr("Save the changes to “%1” before closing?"), self.session.plan.title
                ),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                event.ignore()
                return
        self.session.autosave_timer.stop()
        for step in self._laid_out:
            save_splitters(self.pages[step], f"plan.{step}")
        self.closed.emit(self.session.plan.id)
        event.accept()
