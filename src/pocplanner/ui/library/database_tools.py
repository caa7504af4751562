"""The library's Tools menu: what acts on the whole database rather than on one plan —
restoring a backup, the passphrase (encryption at rest), locking, the log folder, settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from pocplanner.logs import log_dir
from pocplanner.services.database import BackupError, StorageError, change_passphrase, restore
from pocplanner.services.library import open_library
from pocplanner.settings import Settings
from pocplanner.ui.actions import add_action
from pocplanner.ui.locking import AppLock
from pocplanner.ui.qt_text import qt_format


class DatabaseTools(QObject):
    def __init__(self, library, settings: Settings) -> None:
        super().__init__(library)
        self.library = library
        self.settings = settings
        self.app_lock = AppLock(library, settings.lock_minutes, self)
        menu = library.menuBar().addMenu(self.tr("&Tools"))
        self.passphrase_action = self._add(
            menu, "", self.change_passphrase, None, "passphraseAction"
        )
        self.lock_action = self._add(
            menu, self.tr("&Lock now"), self.app_lock.lock, "Ctrl+L", "lockAction"
        )
        menu.addSeparator()
        self.restore_action = self._add(
            menu,
            self.tr("&Restore a backup…"),
            lambda: self.restore_backup(),
            None,
            "restoreAction",
        )
        self.logs_action = self._add(
            menu, self.tr("Open &log folder"), self.open_log_folder, None, "logFolderAction"
        )
        menu.addSeparator()
        self.incident_import_action = self._add(
            menu,
            self.tr("&Import incident data…"),
            lambda: self.incident_importer().import_file(),
            None,
            "importIncidentsAction",
        )
        self.incident_sources_action = self._add(
            menu,
            self.tr("Incident &sources…"),
            self.show_incident_sources,
            None,
            "incidentSourcesAction",
        )
        self.network_action = self._add(
            menu, self.tr("Mission &network…"), self.show_network, None, "missionNetworkAction"
        )
        menu.addSeparator()
        self.settings_action = self._add(
            menu, self.tr("&Settings…"), self.edit_settings, None, "settingsAction"
        )
        self.update_actions()

    def incident_importer(self):
        """Imports incident data into the library's database (ACLED, UCDP GED, the log)."""
        from pocplanner.ui.incidents.incident_import import IncidentImporter

        return IncidentImporter(self.library, self.library.store, self.library.lang)

    def show_incident_sources(self, show: bool = True):
        from pocplanner.ui.incidents.incident_sources import IncidentSourcesDialog

        dialog = IncidentSourcesDialog(
            self.library.store, self.library.lang, self.incident_importer(), self.library
        )
        if show:
            dialog.exec()
        return dialog

    def show_network(self, show: bool = True):
        """Tools ▸ Mission network; what it receives appears in the library at once."""
        from pocplanner.ui.dialogs.network_dialog import NetworkDialog

        dialog = NetworkDialog(self.library.plans, self.library.lang, self.library)
        dialog.received.connect(self.library.refresh)
        if show:
            dialog.exec()
        return dialog

    def _add(self, menu, text: str, slot, shortcut, name: str) -> QAction:
        return add_action(self.library, text, slot, shortcut, name, menu)

    @property
    def db(self):
        return self.library.store.db

    def update_actions(self) -> None:
        encrypted = self.db.encrypted
        self.passphrase_action.setText(
            self.tr("Change the &passphrase…")
            if encrypted
            else self.tr("Protect with a &passphrase…")
        )
        self.lock_action.setEnabled(encrypted)

    def _busy_with_plans(self, title: str) -> bool:
        if self.library.plan_windows:
            QMessageBox.information(self.library, title, self.tr("Close every open plan first."))
            return True
        return False

    def _reopen(self, passphrase: str | None) -> None:
        self.library.plans = open_library(self.library.db_path, passphrase=passphrase)
        self.update_actions()
        self.app_lock.set_minutes(self.settings.lock_minutes)  # armed once encrypted
        self.library.refresh()

    # -- encryption at rest -----------------------------------------------------------------
    def change_passphrase(self, current: str | None = None, new: str | None = None) -> bool:
        """Encrypt the database (and its backups) with a passphrase, or change it."""
        title = self.tr("Passphrase")
        if self._busy_with_plans(title):
            return False
        encrypted = self.db.encrypted
        if new is None:
            intro = (
                self.tr("The database and its backups will be encrypted with the new passphrase.")
                if encrypted
                else self.tr(
                    "Encrypt the database and its backups, so that a lost or seized "
                    "laptop reveals no plan. pocplanner will ask for the passphrase "
                    "at every start. Without it the plans cannot be recovered: keep "
                    "it safe, away from the laptop."
                )
            )
            from pocplanner.ui.dialogs.security import NewPassphraseDialog

            dialog = NewPassphraseDialog(
                intro, self.library.lang, self.library, ask_current=encrypted
            )
            if dialog.exec() != NewPassphraseDialog.DialogCode.Accepted:
                return False
            current, new = dialog.current_passphrase, dialog.passphrase
        old = self.db.passphrase
        if encrypted and current != old:
            QMessageBox.warning(
                self.library,
                title,
                self.tr("The current passphrase is not right. Nothing was changed."),
            )
            return False
        from pocplanner.services.database import outside_copies

        elsewhere = outside_copies(self.db)
        self.db.close()
        from pocplanner.ui.background import run_with_progress

        path = self.library.db_path
        try:
            left = run_with_progress(
                self.library,
                self.tr("Encrypting the database and its backups…"),
                lambda progress: change_passphrase(path, old, new, progress),
            )
        except StorageError as exc:
            self._reopen(old)
            QMessageBox.warning(self.library, title, exc.text(self.library.lang))
            return False
        self._reopen(new)
        text = self.tr("The database and its backups are now encrypted.")
        if left:
            text += " " + self.tr(
                "%n backup(s) could not be re-encrypted and were left as they were.", "", len(left)
            )
        self.library.statusBar().showMessage(text, 10000)
        if elsewhere:
            QMessageBox.information(
                self.library,
                title,
                self.tr(
                    "These copies made outside the backups folder are not encrypted by this "
                    "change; delete them or keep them safe:"
                )
                + "\n\n"
                + "\n".join(str(p) for p in elsewhere),
            )
        return True

    # -- backups, logs, settings --------------------------------------------------------------
    def restore_backup(self, path: str | None = None) -> bool:
        """Replace the whole library by a backup; the current one is backed up first."""
        if self._busy_with_plans(self.tr("Close the plans first")):
            return False
        db_path = self.library.db_path
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self.library,
                self.tr("Restore a backup"),
                str(db_path.parent / "backups"),
                self.tr("pocplanner backups (*.db)"),
            )
            if not path:
                return False
            answer = QMessageBox.question(
                self.library,
                self.tr("Restore the backup?"),
                qt_format(
                    self.tr(
                        "Replace every plan by the content of %1? The library as it is now is backed "
                        "up first."
                    ),
                    Path(path).name,
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        passphrase = self.db.passphrase
        try:
            self.db.close()
            restore(Path(path), db_path, passphrase=passphrase)
        except BackupError as exc:
            QMessageBox.warning(self.library, self.tr("Not restored"), exc.text(self.library.lang))
            return False
        finally:
            self._reopen(passphrase)
        self.library.statusBar().showMessage(
            qt_format(self.tr("Restored %1."), Path(path).name), 8000
        )
        return True

    def open_log_folder(self) -> Path:
        folder = log_dir(self.library.db_path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        return folder

    def edit_settings(self) -> bool:
        from pocplanner.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.library)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return False
        self.settings.save()
        self.app_lock.set_minutes(self.settings.lock_minutes)
        return True
