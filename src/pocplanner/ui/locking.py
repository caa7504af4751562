"""Auto-lock of an encrypted database after idle time (Settings.lock_minutes, default 15).

Locking saves every open plan, closes the database (SQLCipher forgets the key), hides every
window, and shows only the passphrase dialog; the windows come back as they were once the
passphrase is given again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from pocplanner.services.database import lock, unlock

_IDLE_EVENTS: set = set()


def idle_events() -> set:
    """The events that count as use of the app (made on first use: building PySide's QEvent
    type enum costs a few milliseconds that a plain database's start-up need not pay)."""
    if not _IDLE_EVENTS:
        t = QEvent.Type
        _IDLE_EVENTS.update({t.KeyPress, t.MouseButtonPress, t.MouseMove, t.Wheel, t.TouchBegin})
    return _IDLE_EVENTS


class IdleWatcher(QObject):
    """Emits `idle` after `minutes` without a key press, click or mouse move in the app.

    It watches every event of the app only while it runs (an encrypted database): the first
    events of each kind that reach Python cost PySide several milliseconds, which a plain
    database's start-up need not pay."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle.emit)
        self.watching = False

    def set_minutes(self, minutes: float) -> None:
        """Start (or restart) counting."""
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        self.timer.start()
        if not self.watching:
            QApplication.instance().installEventFilter(self)
            self.watching = True

    def pause(self) -> None:
        self.timer.stop()
        if self.watching:
            QApplication.instance().removeEventFilter(self)
            self.watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in idle_events() and self.timer.isActive():
            self.timer.start()
        return False


class AppLock(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, library, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library  # the MainWindow: its store, lang and plan windows
        self.hidden: list[QWidget] = []
        self.dialog = None  # the UnlockDialog while locked
        self.watcher = IdleWatcher(self)
        self.watcher.idle.connect(self.lock)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        """The idle time before locking (0: never); counting runs only for an encrypted
        database — call again after encryption is turned on."""
        self.minutes = minutes
        if minutes > 0 and not self.db.locked and self.db.encrypted:
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
        from pocplanner.ui.dialogs.security import UnlockDialog

        lang = self.library.lang
        self.dialog = UnlockDialog(
            lambda passphrase: unlock(self.db, passphrase),
            self.tr(
                "The plans are hidden and the database is closed "
                "(locked after a time without use, or on request). "
                "Give the database passphrase to go on."
            ),
            lang,
        )
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
        self.set_minutes(self.minutes)
        self.unlocked.emit()

    def _quit(self) -> None:
        QApplication.instance().quit()
