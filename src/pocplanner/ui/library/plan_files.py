"""The library's file actions: import a plan file, export one (plain or encrypted for a USB
stick), delete a plan. A controller beside the main window (which only lays out the library
and delegates its menu actions here)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from pocplanner import reference
from pocplanner.ui.qt_text import qt_format

PLAN_FILES = "pocplanner plans (*.pocplan.json *.json);;All files (*)"


class PlanFiles(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def import_file(self, path: str | None = None) -> str | None:
        """Import a plan file; returns the stored id, or None if refused or cancelled."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import a plan file"), "",
                                                  self.tr(PLAN_FILES))
            if not path:
                return None
        from pocplanner.exchange import ExchangeError, PassphraseNeeded
        from pocplanner.ui.dialogs.problem_dialog import ProblemDialog
        try:
            try:
                imported = self.window.plans.import_file(path)
            except PassphraseNeeded:
                passphrase = self.ask_passphrase(qt_format(self.tr("%1 is encrypted. Its passphrase:"), Path(path).name))
                if passphrase is None:
                    return None
                imported = self.window.plans.import_file(path, passphrase)
        except ExchangeError as exc:
            ProblemDialog(self.tr("The file was not imported"),
                          qt_format(self.tr("%1 was refused. Nothing was changed in your plans. "
                                  "The problems found:"), Path(path).name),
                          exc.problem_texts(self.window.lang), self.window).exec()
            return None
        plan = imported.plan
        self.window.refresh()
        self.window.select_plan(plan.id)
        note = qt_format(self.tr("Imported “%1”."), plan.title)
        if imported.renamed:
            note += " " + qt_format(self.tr("Stored under the id %1 (the file's id %2 was already used "
                                  "or not a safe name)."), plan.id, imported.wanted_id)
        self.window.statusBar().showMessage(note, 12000)
        return plan.id

    def ask_passphrase(self, prompt: str) -> str | None:
        """The passphrase of an encrypted file; None if the user cancels."""
        text, ok = QInputDialog.getText(self.window, self.tr("Passphrase"), prompt,
                                        QLineEdit.EchoMode.Password)
        from pocplanner.crypto import normalize_passphrase
        return normalize_passphrase(text) if ok and text else None

    def export_encrypted(self, path: str | None = None, passphrase: str | None = None) -> bool:
        """Export… with a passphrase, for carrying the plan on a USB stick."""
        if self.window.selected_plan_id() is None:
            return False
        if passphrase is None:
            first = self.ask_passphrase(self.tr("Passphrase to protect the file (tell it to the "
                                                "recipient by another way than the stick):"))
            if first is None:
                return False
            from pocplanner.crypto import passphrase_problem
            weak = passphrase_problem(first)
            if weak:                        # the same minimum as the database's
                QMessageBox.warning(self.window, self.tr("Not exported"), weak.render(self.window.lang))
                return False
            if self.ask_passphrase(self.tr("The same passphrase again:")) != first:
                QMessageBox.warning(self.window, self.tr("Not exported"),
                                    self.tr("The two passphrases differ."))
                return False
            passphrase = first
        return self.export_selected(path, passphrase=passphrase)

    def export_selected(self, path: str | None = None, passphrase: str | None = None) -> bool:
        plan_id = self.window.selected_plan_id()
        if plan_id is None:
            return False
        plan = self.window.store.load(plan_id)
        if not path:
            # here, not at the top: the plan model and the widgets would load before the
            # library window shows (start-up, issue #27)
            from pocplanner.domain.plan_names import file_stem
            from pocplanner.ui.widgets import in_documents
            path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export the plan"),
                                                  in_documents(file_stem(plan, self.window.lang)
                                                               + ".pocplan.json"),
                                                  self.tr(PLAN_FILES))
            if not path:
                return False
        from pocplanner.exchange import ExchangeError
        from pocplanner.messages import UserError
        from pocplanner.ui.dialogs.problem_dialog import ProblemDialog
        from pocplanner.ui.plan.plan_outputs import output_refused
        if output_refused(self.window, path, self.window.store.db.path, self.window.lang):
            return False
        try:
            self.window.plans.export(plan_id, path, passphrase=passphrase)
        except UserError as exc:
            QMessageBox.warning(self.window, self.tr("Not exported"), exc.text(self.window.lang))
            return False
        except ExchangeError as exc:
            ProblemDialog(self.tr("The plan was not exported"),
                          self.tr("The plan cannot be written as an exchange file yet:"),
                          exc.problem_texts(self.window.lang), self.window).exec()
            return False
        self.window.statusBar().showMessage(
            qt_format(self.tr("Exported to %1 (sensitivity: %2%3)."), path, reference.label("sensitivities", plan.sensitivity, self.window.lang), self.tr(", encrypted") if passphrase else ""), 8000)
        return True

    def delete_selected(self) -> bool:
        plan_id = self.window.selected_plan_id()
        if plan_id is None:
            return False
        plan = self.window.store.load(plan_id)
        answer = QMessageBox.question(
            self.window, self.tr("Delete the plan?"),
            qt_format(self.tr("Delete “%1”? This cannot be undone."), plan.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        window = self.window.plan_windows.pop(plan_id, None)
        if window is not None:
            window.session.undo_stack.setClean()
            window.close()
        self.window.plans.delete(plan_id)
        self.window.refresh()
        return True
