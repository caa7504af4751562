"""Starting the desktop app."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from pocplanner import __version__, logs
from pocplanner.i18n import system_language
from pocplanner.services.database import (
    BackupError,
    DatabaseError,
    DiskFull,
    NotWritable,
    PassphraseRequired,
    StorageError,
    WrongPassphrase,
    daily_backup,
    database_exists,
    newest_good_backup,
    restore,
)
from pocplanner.services.library import Library, open_library
from pocplanner.settings import Settings
from pocplanner.ui.library.main_window import MainWindow
from pocplanner.ui.qt_text import qt_format
from pocplanner.ui.translation import install_translators


def _install_error_dialog(app: QApplication) -> None:
    """An unexpected error in the app shows a plain message instead of a traceback;
    what was last saved stays as it was."""

    def show(kind, value, _tb) -> None:
        sys.__excepthook__(kind, value, _tb)  # keeps the details on stderr for support
        logs.log_exception("app", value)
        translate = QCoreApplication.translate
        QMessageBox.critical(
            None,
            translate("app", "Something went wrong"),
            qt_format(
                translate(
                    "app",
                    "pocplanner met an unexpected error (%1: %2). "
                    "Your plan as last saved is unchanged; save your "
                    "work, then restart the app.",
                ),
                kind.__name__,
                str(value)[:300],
            ),
        )

    sys.excepthook = show


def _offer_restore(
    app: QApplication, db_path: Path, problem: str, lang: str, passphrase: str | None = None
):
    """The database cannot be opened: say so plainly and offer the newest good backup.
    Never start silently with an empty library."""
    _set_icon(app)
    newest = newest_good_backup(db_path, passphrase)
    title = QCoreApplication.translate("app", "The plan database cannot be opened")
    if newest is None:
        QMessageBox.critical(
            None,
            title,
            problem
            + "\n\n"
            + qt_format(
                QCoreApplication.translate(
                    "app", "No backup was found in %1. The file was left as it is."
                ),
                str(db_path.parent / "backups"),
            ),
        )
        return None
    answer = QMessageBox.question(
        None,
        title,
        problem
        + "\n\n"
        + qt_format(
            QCoreApplication.translate(
                "app", "Restore the newest good backup (%1)? The damaged file is kept beside it."
            ),
            newest.name,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        restore(newest, db_path, passphrase=passphrase)
        return open_library(db_path, passphrase=passphrase)
    except (BackupError, StorageError) as exc:
        QMessageBox.critical(None, title, exc.text(lang))
        return None


def keep_qt_settings_private() -> str:
    """Qt's file dialogs remember the last folders and file names in their own settings file
    (QtProject.conf), in clear, outside our data folder: a USB stick's folder name, a plan's
    file name. Those settings go to a temporary folder removed when the app ends."""
    import atexit
    import shutil
    import tempfile

    from PySide6.QtCore import QSettings

    _remove_orphan_qt_folders(Path(tempfile.gettempdir()))
    folder = tempfile.mkdtemp(prefix=f"pocplanner-qt-{os.getpid()}-")
    atexit.register(shutil.rmtree, folder, True)
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, folder)
    return folder


def _remove_orphan_qt_folders(tmp: Path) -> None:
    """The folders of apps that were killed (atexit never ran): their process is gone."""
    import shutil
    for folder in tmp.glob("pocplanner-qt-*"):
        pid = folder.name.split("-")[2]
        try:
            if not pid.isdigit() or folder.stat().st_uid != os.getuid():
                continue
            os.kill(int(pid), 0)             # alive (or not ours to signal): kept
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            pass


def _set_icon(app: QApplication) -> None:
    """The app's icon, for every window and dialog (set once, when first needed)."""
    if not app.windowIcon().isNull():
        return
    from importlib import resources

    from PySide6.QtGui import QIcon

    icon = resources.files("pocplanner.resources").joinpath("icons", "pocplanner.png")
    app.setWindowIcon(QIcon(str(icon)))


def _ask_new_passphrase(app: QApplication, lang: str) -> str | None:
    """At the creation of the database: protect it with a passphrase (opt-in)?"""
    _set_icon(app)
    from pocplanner.ui.dialogs.security import NewPassphraseDialog

    translate = QCoreApplication.translate
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("app", "Protect the plans?"),
        translate(
            "app",
            "Plans name communities at risk and the places the "
            "mission will go. Encrypt them on this laptop with a "
            "passphrase, so that a lost or seized laptop reveals "
            "nothing? pocplanner then asks for the passphrase at every "
            "start. You can also do it later (Tools menu).",
        ),
    )
    protect = box.addButton(
        translate("app", "Protect with a passphrase…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("app", "Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(protect)
    box.exec()
    if box.clickedButton() is not protect:
        return None
    dialog = NewPassphraseDialog(
        translate(
            "app",
            "Choose the passphrase of the plan database. "
            "Without it the plans cannot be recovered: keep it "
            "safe, away from the laptop.",
        ),
        lang,
    )
    return dialog.passphrase if dialog.exec() == NewPassphraseDialog.DialogCode.Accepted else None


def _unlock_at_start(
    app: QApplication, db_path: Path, lang: str, error: str | None
) -> Library | None:
    """Ask for the passphrase of an encrypted database until it opens, or the user quits.
    A right passphrase on a damaged database leads to the offer of its newest good backup."""
    _set_icon(app)
    from pocplanner.ui.dialogs.security import UnlockDialog

    opened: list[Library] = []
    damaged: list[tuple[str, StorageError]] = []

    def attempt(passphrase: str) -> None:
        try:
            opened.append(open_library(db_path, passphrase=passphrase))
        except (PassphraseRequired, WrongPassphrase):
            raise
        except StorageError as exc:  # the key is right, the file is damaged
            damaged.append((passphrase, exc))

    translate = QCoreApplication.translate
    dialog = UnlockDialog(
        attempt,
        qt_format(
            translate("app", "The plan database %1 is encrypted. Give its passphrase to open it."),
            str(db_path),
        ),
        lang,
    )
    dialog.setWindowTitle(translate("app", "pocplanner — passphrase"))
    if error:
        dialog.show_error(error)
    if dialog.exec() != UnlockDialog.DialogCode.Accepted:
        return None
    if damaged:
        passphrase, exc = damaged[-1]
        return _offer_restore(app, db_path, exc.text(lang), lang, passphrase)
    return opened[-1] if opened else None


def open_library_at_start(
    app: QApplication, db_path: Path, lang: str, passphrase: str | None, interactive: bool
) -> Library | None:
    """The plan library at start: unlocked, created (encrypted if the user wants), or
    restored from a backup if damaged. None: the app cannot start (the user was told)."""
    if interactive and passphrase is None and not database_exists(db_path):
        passphrase = _ask_new_passphrase(app, lang)
    try:
        return open_library(db_path, passphrase=passphrase)
    except (PassphraseRequired, WrongPassphrase) as exc:
        if not interactive:
            print(f"pocplanner: {exc.text(lang)}", file=sys.stderr)
            return None
        return _unlock_at_start(
            app, db_path, lang, exc.text(lang) if isinstance(exc, WrongPassphrase) else None
        )
    except (DiskFull, NotWritable) as exc:  # not damage: no backup to offer
        if interactive:
            QMessageBox.critical(
                None,
                QCoreApplication.translate("app", "The plan database cannot be opened"),
                exc.text(lang),
            )
        else:
            print(f"pocplanner: {exc.text(lang)}", file=sys.stderr)
        return None
    except StorageError as exc:
        return _offer_restore(app, db_path, exc.text(lang), lang, passphrase)


def run_app(
    db_path: Path,
    lang: str = "en",
    exit_after_start: bool = False,
    open_plan: str | None = None,
    step: str | None = None,
    passphrase: str | None = None,
) -> int:
    keep_qt_settings_private()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("pocplanner")
    app.setApplicationVersion(__version__)
    settings = Settings.load()
    if settings.language is None:  # first start: the system's language from now on
        settings.language = system_language()
        try:
            settings.save()
        except OSError:
            pass
    install_translators(app, lang)
    _install_error_dialog(app)
    library = open_library_at_start(
        app, db_path, lang, passphrase, interactive=not exit_after_start
    )
    if library is None:
        return 2
    store = library.store
    try:
        if not store.db.readonly:  # a read-only medium: the plans can be read, no backup
            daily_backup(store.db)
    except (OSError, DatabaseError) as exc:  # a full disk must not stop the planner working
        QMessageBox.warning(
            None,
            QCoreApplication.translate("app", "No backup today"),
            qt_format(
                QCoreApplication.translate("app", "The daily backup could not be written: %1"),
                str(exc),
            ),
        )
    window = MainWindow(store, db_path, lang, settings)
    if exit_after_start:
        window.shown.connect(lambda: QTimer.singleShot(0, app.quit))
    window.show()
    QTimer.singleShot(0, lambda: _set_icon(app))  # just after the library appears
    if open_plan:
        if not store.exists(open_plan):
            QMessageBox.warning(
                window,
                QCoreApplication.translate("app", "No such plan"),
                qt_format(
                    QCoreApplication.translate("app", "There is no plan with the id %1."), open_plan
                ),
            )
        else:
            plan_window = window.open_plan(open_plan)
            if step:
                plan_window.go(step)
    return app.exec()
