"""Importing incident data from the app: a file chosen, read in a worker thread behind a
progress bar with a Cancel button, the result said in words (what was placed how, which
rows were skipped and why). The work itself is services.incidents.import_into."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from pocplanner.ui.background import run_with_progress
from pocplanner.ui.qt_text import qt_format


class IncidentImporter(QObject):
    """Imports into the database of `store`; `imported` tells every view that shows counts."""

    imported = Signal()

    def __init__(self, parent: QWidget, store, lang: str) -> None:
        super().__init__(parent)
        self.window, self.store, self.lang = parent, store, lang
        self.show_box = QMessageBox.exec  # how a result is shown (tests read it)
        self.run_mapping = lambda dialog: dialog.exec()  # how the mapping dialog runs (tests)
        self.last_text = ""

    def _box(self, icon, title: str, text: str, details: list[str] = ()) -> None:
        self.last_text = text + ("\n" + "\n".join(details) if details else "")
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("incidentImportResult")
        if details:
            box.setDetailedText("\n".join(details))
        self.show_box(box)

    def import_file(self, path: str | None = None, layout=None):
        """Ask for a file (unless given), import it (another system's table through the
        column mapping dialog); the report, or None when nothing was imported (cancelled,
        refused, stopped)."""
        from pocplanner.domain.incidents import Cancelled, FileRefused
        from pocplanner.messages import UserError
        from pocplanner.services.incidents import import_into

        title = self.tr("Import incident data")
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self.window, title, "", self.tr("Incident files (*.csv *.txt);;All files (*)")
            )
            if not path:
                return None
        db = self.store.db
        try:
            report = run_with_progress(
                self.window,
                qt_format(self.tr("Reading %1…"), Path(path).name),
                lambda progress, cancelled: import_into(
                    db.path, db.passphrase, path, progress, cancelled, layout
                ),
                self.tr("Cancel"),
            )
        except Cancelled:
            self._box(
                QMessageBox.Icon.Information,
                title,
                self.tr("The import was stopped; nothing was imported."),
            )
            return None
        except FileRefused as exc:
            if exc.unknown_format and layout is None:
                return self._mapped(path)
            self._box(
                QMessageBox.Icon.Warning,
                title,
                exc.text(self.lang) + " " + self.tr("Nothing was imported."),
                exc.problem_texts(self.lang),
            )
            return None
        except UserError as exc:
            self._box(QMessageBox.Icon.Warning, title, exc.text(self.lang))
            return None
        self._box(
            QMessageBox.Icon.Information,
            title,
            self._summary(report),
            [
                qt_format(self.tr("line %1 skipped: %2"), str(s.line), s.message.render(self.lang))
                for s in report.skipped
            ],
        )
        self.imported.emit()
        return report

    def _mapped(self, path: str):
        """Another system's table: its columns mapped in the dialog, then imported."""
        from pocplanner.messages import UserError
        from pocplanner.ui.incidents.incident_mapping import MappingDialog

        try:
            dialog = MappingDialog(path, self.store, self.lang, self.window)
        except UserError as exc:
            self._box(QMessageBox.Icon.Warning, self.tr("Import incident data"),
                      exc.text(self.lang))
            return None
        if not self.run_mapping(dialog) or dialog.layout_chosen is None:
            return None
        return self.import_file(path, dialog.layout_chosen)

    def _summary(self, r) -> str:
        from pocplanner.services.incidents import format_name

        lines = [
            qt_format(
                self.tr("%1: %2 rows, %3 events, of which %4 were already stored."),
                format_name(r.format),
                str(r.rows),
                str(r.events),
                str(r.duplicates),
            ),
            qt_format(
                self.tr(
                    "Placed by their coordinates: %1 · by their cercle's name: %2 · in "
                    "a region only: %3 · not placed: %4"
                ),
                str(r.placed_by_coordinates),
                str(r.placed_by_name),
                str(r.region_only),
                str(r.not_placed),
            ),
        ]
        if r.skipped:
            lines.append(
                self.tr(
                    "%n row(s) could not be read and were skipped (see the details).",
                    "",
                    len(r.skipped),
                )
            )
        lines.append(
            self.tr(
                "Tools ▸ Incident sources shows the sources and how their event "
                "types count towards the threat categories."
            )
        )
        return "\n".join(lines)
