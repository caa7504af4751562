"""Auto-lock of an encrypted database after idle time (Settings.lock_minutes, default 15)."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from pocplanner.storage import lock, unlock
from pocplanner.ui.security import IdleWatcher, UnlockDialog


class AppLock(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, library, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library            # the MainWindow: its store, lang and plan windows
        self.hidden: list[QWidget] = []
        self.dialog: UnlockDialog | None = None
        self.watcher = IdleWatcher(minutes or 1, self)
        self.watcher.idle.connect(self.lock)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        self.minutes = minutes
        if minutes > 0:
            self.watcher.set_minutes(minutes)
        else:
            self.watcher.pause()

    @property
    def db(self):
        return self.library.store.db

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def lock(self) -> bool:
        """Save every open plan, hide every window, close the database. Only for an encrypted
        database: a plain one has nothing to lock on disk."""
        if not self.db.encrypted or self.is_locked:
            return False
        for window in list(self.library.plan_windows.values()):
            window.session.autosave()
        app = QApplication.instance()
        popups = [w for w in app.topLevelWidgets() if w.isVisible()]
        self.hidden = popups
        for widget in popups:
            widget.hide()
        lock(self.db)
        self.watcher.pause()
        lang = self.library.lang
        self.dialog = UnlockDialog(lambda passphrase: unlock(self.db, passphrase, lang),
                                   self.tr("The plans are hidden and the database is closed "
                                           "(locked after a time without use, or on request). "
                                           "Give the database passphrase to go on."))
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.rejected.connect(self._quit)
        self.dialog.show()
        self.locked.emit()
        return True

    def _unlocked(self) -> None:
        self.dialog.deleteLater()
        self.dialog = None
        for widget in self.hidden:
            widget.show()
        self.hidden = []
        self.library.refresh()
        if self.minutes > 0:
            self.watcher.set_minutes(self.minutes)
        self.unlocked.emit()

    def _quit(self) -> None:
        QApplication.instance().quit()
