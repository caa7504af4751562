"""Menu and toolbar actions, made one way for every window."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence


def add_action(window, text: str, slot: Callable[[], object], shortcut=None, name: str = "",
               menu=None) -> QAction:
    """An action of the window (its shortcut works anywhere in it), optionally in a menu.
    shortcut: a QKeySequence.StandardKey or a key text such as "Ctrl+D".

    The shortcut is given with setShortcuts([…]): PySide6's setShortcut() overloads make it
    build its whole Qt namespace on first call, a tenth of the app's start-up."""
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcuts([QKeySequence(shortcut)])
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    if menu is not None:
        menu.addAction(action)
    return action
