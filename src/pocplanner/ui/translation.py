"""Installing the app's Qt translations: ours (resources/translations/pocplanner_<lang>.qm,
see scripts/translations.py) and Qt's own for its standard dialogs and buttons."""
from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

_installed: list[QTranslator] = []    # kept alive as long as the app: Qt does not own them


def install_translators(app: QApplication, lang: str) -> bool:
    """Show the app in lang (en: the source texts, with their plural forms); True when our
    translation loaded."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.French if lang == "fr" else
                               QLocale.Language.English))
    ours = QTranslator(app)
    path = resources.files("pocplanner.resources").joinpath("translations",
                                                              f"pocplanner_{lang}.qm")
    loaded = ours.load(str(path))       # English: only the plural forms ("1 threat")
    if lang == "en":
        if loaded:
            app.installTranslator(ours)
            _installed.append(ours)
        return True
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    return loaded
