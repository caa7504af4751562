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
    if any(qt.load(f"qtbase_{lang}", folder) for folder in _qt_translation_folders()):
        app.installTranslator(qt)           # Qt's own dialogs: « Voir dans : », not "Look in:"
        _installed.append(qt)
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    return loaded


def _qt_translation_folders() -> list[str]:
    """Where Qt's own translations may be: Qt's configured folder, else the one inside the
    PySide6 package (a packaged app may not have the first)."""
    from pathlib import Path

    import PySide6
    package = Path(PySide6.__file__).parent
    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(package / "Qt" / "translations"), str(package / "translations")]
