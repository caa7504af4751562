"""Screenshots for the tour (resources/help/tour/): the library and each step of the plan
window, on the bundled demo plan, in English and French.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_tour_images.py

Run it again after a visible change to a step; the tour shows what it talks about.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "help" / "tour"
WIDTH = 800          # pixels: a whole window readable in the tour dialog (#28: 600 was too small)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp()      # no user settings, no dividers
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from pocplanner import reference
    from pocplanner.domain.flow import STEPS
    from pocplanner.exchange import load_document
    from pocplanner.services.library import open_library
    from pocplanner.ui.library.main_window import MainWindow
    from pocplanner.ui.translation import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "fr"):
        install_translators(app, lang)
        folder = Path(tempfile.mkdtemp())
        library = open_library(folder / "tour.db")
        plan = load_document(reference.demo_plan_bytes(lang)).plan
        library.add(plan)
        window = MainWindow(library.store, library.path, lang)
        window.resize(1100, 660)
        window.show()
        app.processEvents()
        save(window.grab(), OUT / f"overview-{lang}.png", Qt)
        plan_window = window.open_plan(plan.id)
        plan_window.resize(1240, 700)
        for step in STEPS:
            plan_window.go(step)
            for _ in range(3):
                app.processEvents()
            save(plan_window.grab(), OUT / f"{step}-{lang}.png", Qt)
        plan_window.session.undo_stack.setClean()
        plan_window.close()
        window.close()
        library.close()
    return 0


def save(pixmap, path: Path, Qt) -> None:
    small = pixmap.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    small.save(str(path), "PNG")
    from PIL import Image  # 256 colours: small in the bundle
    Image.open(path).convert("RGB").quantize(colors=256).save(path, optimize=True)
    print(path.relative_to(ROOT), small.width(), "×", small.height())


if __name__ == "__main__":
    sys.exit(main())
