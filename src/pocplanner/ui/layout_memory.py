"""Dividers stay where the planner left them: each QSplitter of a window is saved by name in
the user's settings when the window closes, and put back when it opens."""
from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QSplitter, QWidget

from pocplanner.settings import Settings


def _splitters(window: QWidget, prefix: str) -> dict[str, QSplitter]:
    """The window's splitters by a stable name (their objectName, else their rank)."""
    found = {}
    for i, splitter in enumerate(window.findChildren(QSplitter)):
        name = splitter.objectName() or f"split{i}"
        found[f"{prefix}.{name}"] = splitter
    return found


def restore_splitters(window: QWidget, prefix: str) -> None:
    saved = Settings.load().splitters
    for name, splitter in _splitters(window, prefix).items():
        state = saved.get(name)
        if state:
            splitter.restoreState(QByteArray.fromBase64(state.encode("ascii")))


def save_splitters(window: QWidget, prefix: str) -> None:
    settings = Settings.load()
    for name, splitter in _splitters(window, prefix).items():
        settings.splitters[name] = bytes(splitter.saveState().toBase64()).decode("ascii")
    try:
        settings.save()
    except OSError:
        pass                # a read-only settings folder must not stop the window closing
