"""Starting the desktop app."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from pocplanner import __version__
from pocplanner.storage import PlanStore, StorageError, open_database
from pocplanner.ui.main_window import MainWindow


def _install_error_dialog(app: QApplication) -> None:
    """An unexpected error in the app shows a plain message instead of a traceback;
    what was last saved stays as it was."""
    def show(kind, value, _tb) -> None:
        sys.__excepthook__(kind, value, _tb)      # keeps the details on stderr for support
        QMessageBox.critical(None, app.translate("app", "Something went wrong"),
                             app.translate("app", "pocplanner met an unexpected error (%1: %2). "
                                           "Your plan as last saved is unchanged; save your "
                                           "work, then restart the app.")
                             .replace("%1", kind.__name__).replace("%2", str(value)[:300]))
    sys.excepthook = show


def run_app(db_path: Path, lang: str = "en", exit_after_start: bool = False,
            open_plan: str | None = None, step: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("pocplanner")
    app.setApplicationVersion(__version__)
    _install_error_dialog(app)
    try:
        store = PlanStore(open_database(db_path, lang))
    except StorageError as exc:
        QMessageBox.critical(None, app.translate("app", "pocplanner cannot start"), str(exc))
        return 2
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
