"""The plan window's Follow-up menu (DOMAIN §13): record the task force's review, and export
the POC status report — the same document as `pocplanner report`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from pocplanner.ui.qt_text import qt_format


def add_follow_up_menu(window) -> None:
    menu = window.menuBar().addMenu(QCoreApplication.translate("FollowUpMenu", "Fo&llow-up"))
    window.review_action = QAction(
        QCoreApplication.translate("FollowUpMenu", "Record a task force &review…"), window
    )
    window.review_action.setObjectName("recordReviewAction")
    window.review_action.triggered.connect(lambda: record(window))
    window.status_report_action = QAction(
        QCoreApplication.translate("FollowUpMenu", "Export the POC &status report…"), window
    )
    window.status_report_action.setObjectName("statusReportAction")
    window.status_report_action.triggered.connect(lambda: export_status_report(window))
    window.apply_review_action = QAction(
        QCoreApplication.translate("FollowUpMenu", "&Apply the latest review's threat changes"),
        window,
    )
    window.apply_review_action.setObjectName("applyReviewAction")
    window.apply_review_action.triggered.connect(lambda: apply_latest_review(window))
    for action in (
        window.review_action,
        window.apply_review_action,
        window.status_report_action,
    ):
        menu.addAction(action)


def apply_latest_review(window) -> int:
    """The latest review's threat changes the register does not hold yet, applied as one
    undoable edit; how many threats changed."""
    from pocplanner.domain.edits import Batch, set_field
    from pocplanner.domain.follow_up import pending_changes

    pending = pending_changes(window.session.plan)
    if not pending:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "FollowUpMenu", "The register already holds the latest review's changes."
            ),
            6000,
        )
        return 0
    edits = []
    for threat, likelihood, impact in pending:
        edits += [set_field(threat, "likelihood", likelihood), set_field(threat, "impact", impact)]
    window.session.push(
        Batch(edits),
        QCoreApplication.translate("FollowUpMenu", "Apply the review's threat changes"),
    )
    return len(pending)


def record(window):
    from pocplanner.ui.dialogs.review_dialog import record_review

    return record_review(window.session, window)


def export_status_report(window, path: str | None = None, redacted: bool | None = None) -> bool:
    from pocplanner.services.printing import print_language
    from pocplanner.services.status_report import write_status_pdf

    session = window.session
    plan = session.plan
    if redacted is None:
        redacted = window.offer_redacted()
    if not path:
        path, _ = QFileDialog.getSaveFileName(
            window,
            QCoreApplication.translate("FollowUpMenu", "Export the POC status report"),
            qt_format(QCoreApplication.translate("FollowUpMenu", "%1-status.pdf"), plan.id),
            QCoreApplication.translate("FollowUpMenu", "PDF documents (*.pdf)"),
        )
        if not path:
            return False
    from pocplanner.ui.plan.plan_outputs import output_refused
    if output_refused(window, path, session.store.db.path, session.lang):    # the output rule
        return False
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write_status_pdf(
            plan,
            path,
            print_language(plan, None, session.lang),
            redacted=redacted,
            db=session.store.db,
        )
    except OSError as exc:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("FollowUpMenu", "The PDF was not written"),
            qt_format(
                QCoreApplication.translate("FollowUpMenu", "%1 cannot be written: %2"),
                path,
                exc.strerror or str(exc),
            ),
        )
        return False
    finally:
        QApplication.restoreOverrideCursor()
    window.statusBar().showMessage(
        qt_format(QCoreApplication.translate("FollowUpMenu", "Wrote %1."), path), 6000
    )
    return True
