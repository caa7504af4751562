"""What the plan window makes of the plan: the PDF (full or redacted), the print preview and
the printout (the same document), and the exchange file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from pocplanner.domain.plan_names import file_stem
from pocplanner.ui.qt_text import qt_format
from pocplanner.ui.widgets import in_documents

PLAN_FILES = "pocplanner plans (*.pocplan.json *.json);;All files (*)"


def output_refused(parent, path: str, db_path, lang: str) -> bool:
    """The one output rule (services/outputs.py) said in a message box: True if refused."""
    from pocplanner.services.outputs import UnsafeOutput, check_output
    try:
        check_output(path, db_path=db_path)
    except UnsafeOutput as exc:
        QMessageBox.warning(parent, QApplication.translate("PlanOutputs", "Nothing was written"),
                            exc.text(lang))
        return True
    return False


class PlanOutputs:
    """Mixed into PlanWindow: uses its session, status bar and tr()."""

    def _print_language(self) -> str:
        from pocplanner.services.printing import print_language

        return print_language(self.session.plan, None, self.session.lang)

    def offer_redacted(self, ask=None) -> bool:
        """For a strictly confidential plan, the redacted edition is offered first."""
        if self.session.plan.sensitivity != "strictly_confidential":
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Which edition?"),
            self.tr(
                "This plan is strictly confidential. The redacted edition leaves out threat "
                "descriptions, perpetrators, sources, the communities engaged, notes and names; "
                "it is the one to share beyond the task force."
            ),
            parent=self,
        )
        redacted = box.addButton(self.tr("Redacted edition"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Full edition"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(redacted)
        box.setInformativeText(self._kept_texts())
        (ask or QMessageBox.exec)(box)
        return box.clickedButton() is redacted

    def _kept_texts(self) -> str:
        """What the redacted edition still prints as typed (the planner decides)."""
        from pocplanner.domain.redaction_review import kept_texts_lines
        kept = kept_texts_lines(self.session.plan, self.session.lang, limit=12)
        return "" if not kept else self.tr(
            "The redacted edition keeps these texts as you typed them. If one names a "
            "person, an armed group or a village, shorten it before printing:") + \
            "\n• " + "\n• ".join(kept)

    def review_redacted(self, ask=None) -> bool:
        """Before the redacted edition: the texts it keeps; True to print it."""
        kept = self._kept_texts()
        if not kept:
            return True
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Redacted edition"), kept,
                          parent=self)
        go = box.addButton(self.tr("Print the redacted edition"),
                           QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Go back and shorten"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go)
        (ask or QMessageBox.exec)(box)
        return box.clickedButton() is go

    def export_pdf(self, path: str | None = None, redacted: bool = False) -> bool:
        from pocplanner.services.printing import write_pdf

        plan = self.session.plan
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the action plan"),
                in_documents(file_stem(plan, self._print_language(), redacted) + ".pdf"),
                self.tr("PDF documents (*.pdf)"),
            )
            if not path:
                return False
        if output_refused(self, path, self.session.store.db.path, self.session.lang):
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_pdf(
                plan,
                path,
                self._print_language(),
                redacted=redacted,
                places=self.session.store.places(),
                db=self.session.store.db,
            )
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("The PDF was not written"),
                qt_format(self.tr("%1 cannot be written: %2"), path, exc.strerror or str(exc)),
            )
            return False
        except Exception as exc:
            from pocplanner import logs

            logs.log_exception("pdf", exc)
            QMessageBox.warning(
                self,
                self.tr("The PDF was not written"),
                qt_format(
                    self.tr(
                        "The action plan could not be laid out (%1). Your plan is unchanged; the "
                        "support log holds the details."
                    ),
                    type(exc).__name__,
                ),
            )
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.statusBar().showMessage(qt_format(self.tr("Wrote %1."), path), 6000)
        return True

    def _pages(self, redacted: bool = False):
        from pocplanner.services.printing import pdf_bytes
        from pocplanner.ui.plan.printing import page_images

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return page_images(
                pdf_bytes(
                    self.session.plan,
                    self._print_language(),
                    redacted,
                    self.session.store.places(),
                    self.session.store.db,
                )
            )
        finally:
            QApplication.restoreOverrideCursor()

    def print_preview(self, show: bool = True):
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from pocplanner.ui.plan.printing import paint_pages

        images = self._pages()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.printer_ref = printer  # the dialog does not own its printer: keep it alive
        dialog.setObjectName("printPreview")
        screen = self.screen().availableGeometry()  # large enough to read a page
        dialog.resize(int(screen.width() * 0.9), int(screen.height() * 0.9))
        dialog.paintRequested.connect(lambda p: paint_pages(images, p))
        if show:
            dialog.exec()
        return dialog

    def print_plan(self, printer=None) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from pocplanner.ui.plan.printing import paint_pages

        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
                return False
        paint_pages(self._pages(), printer)
        return True

    def export_file(self, path: str | None = None) -> bool:
        """The plan as an exchange file (saved first, so the file is the plan as stored)."""
        from pocplanner.exchange import ExchangeError
        from pocplanner.services.library import Library

        plan = self.session.plan
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the plan"),
                in_documents(file_stem(plan, self.session.lang) + ".pocplan.json"),
                self.tr(PLAN_FILES)
            )
            if not path:
                return False
        if output_refused(self, path, self.session.store.db.path, self.session.lang):
            return False
        if self.session.dirty and not self.save():
            return False
        store = self.session.store
        try:
            Library(store, store.db.path).export(plan.id, Path(path))
        except (ExchangeError, OSError) as exc:
            problems = (
                exc.problem_texts(self.session.lang)
                if isinstance(exc, ExchangeError)
                else [exc.strerror or str(exc)]
            )
            QMessageBox.warning(
                self, self.tr("The plan was not exported"), "\n".join(problems[:20])
            )
            return False
        self.statusBar().showMessage(qt_format(self.tr("Exported to %1."), path), 6000)
        return True
