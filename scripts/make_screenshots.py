"""Screenshots of every step and dialog at 1280×720, in French (docs/screenshots/), made from
the bundled demo plans so that a reviewer sees what a French office sees (#28).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_screenshots.py [--lang en]

The folder is emptied and filled again; images are stored with 256 colours to keep the set
small. Look at them after a visible change.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 720)


def save(widget, name: str, app) -> None:
    """The widget as shown, stored as a 256-colour PNG."""
    import io

    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice
    for _ in range(4):
        app.processEvents()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(OUT / f"{name}.png",
                                                                     optimize=True)


def steps(app, window, lang: str) -> None:
    """Each step of the plan window, and the tabs inside the steps."""
    from pocplanner.domain.flow import STEPS
    for n, step in enumerate(STEPS, start=1):
        window.go(step)
        page = window.pages[step]
        if hasattr(page, "table") and hasattr(page.table, "select_first"):
            page.table.select_first()
        save(window, f"step{n}-{step}-{lang}", app)
        tabs = getattr(page, "tabs", None) or getattr(page, "views", None)
        for i in range(1, tabs.count() if tabs is not None else 0):
            tabs.setCurrentIndex(i)
            save(window, f"step{n}-{step}-tab{i}-{lang}", app)
        if tabs is not None:
            tabs.setCurrentIndex(0)


def dialogs(app, library, window, lang: str) -> None:
    """The dialogs a planner meets, each at its own size."""
    from pocplanner.settings import Settings
    from pocplanner.ui.dialogs.help_dialog import HelpDialog, TourDialog
    from pocplanner.ui.dialogs.history_dialog import HistoryDialog
    from pocplanner.ui.dialogs.security import NewPassphraseDialog, UnlockDialog
    from pocplanner.ui.dialogs.settings_dialog import SettingsDialog
    from pocplanner.ui.incidents.incident_sources import IncidentSourcesDialog
    shown = {
        "help": HelpDialog("sequencing", lang, window),
        "tour": TourDialog(lang, window),
        "settings": SettingsDialog(Settings.load(), window),
        "incident-sources": IncidentSourcesDialog(library.store, lang, parent=window),
        "unlock": UnlockDialog(lambda _p: None, "pocplanner", lang, window),
        "new-passphrase": NewPassphraseDialog("pocplanner", lang, window),
        "history": HistoryDialog(window.session.store, window.session.plan.id, window, lang),
    }
    from pocplanner.crypto import decrypt, encrypt
    try:                                   # the real wrong-passphrase message, in full
        decrypt(encrypt(b"plan", "the right one"), "a wrong one")
    except Exception as exc:
        shown["unlock"].show_error(exc.text(lang) if hasattr(exc, "text") else str(exc))
    for name, dialog in shown.items():
        dialog.show()
        dialog.adjustSize()
        save(dialog, f"dialog-{name}-{lang}", app)
        dialog.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="fr", choices=("fr", "en"))
    lang = parser.parse_args().lang
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp()      # no user settings, no dividers
    from PySide6.QtWidgets import QApplication

    from pocplanner import reference
    from pocplanner.exchange import load_document
    from pocplanner.services.library import open_library
    from pocplanner.ui.library.main_window import MainWindow
    from pocplanner.ui.translation import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, lang)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    library = open_library(Path(tempfile.mkdtemp()) / "shots.db")
    plan = load_document(reference.demo_plan_bytes(lang)).plan
    drawdown = load_document(reference.demo_plan_bytes(lang, "retrait")).plan
    library.add(plan)
    library.add(drawdown)
    main_window = MainWindow(library.store, library.path, lang)
    main_window.resize(*SIZE)
    main_window.show()
    save(main_window, f"library-{lang}", app)
    window = main_window.open_plan(plan.id)
    window.resize(*SIZE)
    steps(app, window, lang)
    dialogs(app, library, window, lang)
    window.session.undo_stack.setClean()
    window.close()
    window = main_window.open_plan(drawdown.id)
    window.resize(*SIZE)
    window.go("transition")
    for i in range(window.pages["transition"].tabs.count()):
        window.pages["transition"].tabs.setCurrentIndex(i)
        save(window, f"drawdown-transition-tab{i}-{lang}", app)
    window.session.undo_stack.setClean()
    window.close()
    main_window.table.selectAll()
    view = main_window.mission_view()
    view.resize(*SIZE)
    view.show()
    for i in range(view.tabs.count()):
        view.tabs.setCurrentIndex(i)
        save(view, f"mission-view-tab{i}-{lang}", app)
    view.close()
    main_window.close()
    library.close()
    print(f"{len(list(OUT.glob('*.png')))} images in {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
