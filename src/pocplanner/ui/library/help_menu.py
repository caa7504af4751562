"""The Help menu of the library and plan windows: help on the page shown (F1), the tour, About.

The dialogs are imported when first opened, so that building the menu costs nothing at start.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from pocplanner.domain.flow import STEPS
from pocplanner.ui.actions import add_action
from pocplanner.ui.qt_text import qt_format


def step_count() -> str:
    """The number of steps of the plan window (domain/flow.py): one count everywhere."""
    from pocplanner.domain.flow import STEPS
    return str(len(STEPS))


def dialogs():
    from pocplanner.ui.dialogs import help_dialog
    return help_dialog


def add_help_menu(window, lang: str, topic=lambda: "overview", paths=None) -> dict:
    """The Help menu of a window: help on the current page (F1), the tour, About."""
    translate = QCoreApplication.translate
    menu = window.menuBar().addMenu(translate("HelpMenu", "&Help"))
    actions = {}

    def add(name, text, slot, shortcut=None):
        actions[name] = add_action(window, text, slot, shortcut, name, menu)

    add("helpAction", translate("HelpMenu", "pocplanner &help"),
        lambda: dialogs().HelpDialog(topic(), lang, window).exec(),
        QKeySequence.StandardKey.HelpContents)
    add("tourAction", qt_format(translate("HelpMenu", "A &tour of the %1 steps"), len(STEPS)),
        lambda: dialogs().TourDialog(lang, window).exec())
    if paths is not None:
        add("aboutAction", translate("HelpMenu", "&About pocplanner"),
            lambda: dialogs().AboutDialog(paths(), window).exec())
    return actions
