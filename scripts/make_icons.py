"""Render resources/icons/pocplanner.svg into the PNG (Linux, window icon) and ICO (Windows)
files next to it. Run after changing the SVG: .venv/bin/python scripts/make_icons.py"""
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(FOLDER / "pocplanner.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs it for images
    render(256).save(str(FOLDER / "pocplanner.png"))
    render(256).save(str(FOLDER / "pocplanner.ico"))   # Qt's ICO writer: one 256 px image
    print("wrote", FOLDER / "pocplanner.png", FOLDER / "pocplanner.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
