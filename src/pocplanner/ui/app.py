"""Starting the desktop app."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from pocplanner import __version__, logs
from pocplanner.storage import PlanStore, StorageError, daily_backup, list_backups, open_database
from pocplanner.ui.main_window import MainWindow


def _install_error_dialog(app: QApplication) -> None:
    """An unexpected error in the app shows a plain message instead of a traceback;
    what was last saved stays as it was."""
    def show(kind, value, _tb) -> None:
        sys.__excepthook__(kind, value, _tb)      # keeps the details on stderr for support
        logs.log_exception("app", value)
        QMessageBox.critical(None, app.translate("app", "Something went wrong"),
                             app.translate("app", "pocplanner met an unexpected error (%1: %2). "
                                           "Your plan as last saved is unchanged; save your "
                                           "work, then restart the app.")
                             .replace("%1", kind.__name__).replace("%2", str(value)[:300]))
    sys.excepthook = show


def _offer_restore(app: QApplication, db_path: Path, problem: str, lang: str):
    """The database cannot be opened: say so plainly and offer the newest good backup.
    Never start silently with an empty library."""
    from pocplanner.storage.backups import BackupError, check_backup, restore_backup
    good = []
    for candidate in list_backups(db_path):
        try:
            check_backup(candidate)
            good.append(candidate)
        except BackupError:
            continue
    title = app.translate("app", "The plan database cannot be opened")
    if not good:
        QMessageBox.critical(None, title, problem + "\n\n" + app.translate(
            "app", "No backup was found in %1. The file was left as it is.")
            .replace("%1", str(db_path.parent / "backups")))
        return None
    newest = good[0]
    answer = QMessageBox.question(None, title, problem + "\n\n" + app.translate(
        "app", "Restore the newest good backup (%1)? The damaged file is kept beside it.")
        .replace("%1", newest.name), QMessageBox.StandardButton.Yes |
        QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        restore_backup(newest, db_path, lang)
        return PlanStore(open_database(db_path, lang))
    except (BackupError, StorageError) as exc:
        QMessageBox.critical(None, title, str(exc))
        return None


def run_app(db_path: Path, lang: str = "en", exit_after_start: bool = False,
            open_plan: str | None = None, step: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("pocplanner")
    app.setApplicationVersion(__version__)
    _install_error_dialog(app)
    try:
        store = PlanStore(open_database(db_path, lang))
    except StorageError as exc:
        store = _offer_restore(app, db_path, str(exc), lang)
        if store is None:
            return 2
    try:
        daily_backup(store.db.conn, db_path)
    except (OSError, sqlite3.Error) as exc:   # a full disk must not stop the planner working
        QMessageBox.warning(None, app.translate("app", "No backup today"),
                            app.translate("app", "The daily backup could not be written: %1")
                            .replace("%1", str(exc)))
    window = MainWindow(store, db_path, lang)
    if exit_after_start:
        window.shown.connect(lambda: QTimer.singleShot(0, app.quit))
    window.show()
    if open_plan:
        if not store.exists(open_plan):
            QMessageBox.warning(window, app.translate("app", "No such plan"),
                                app.translate("app", "There is no plan with the id %1.")
                                .replace("%1", open_plan))
        else:
            plan_window = window.open_plan(open_plan)
            if step:
                plan_window.go(step)
    return app.exec()
