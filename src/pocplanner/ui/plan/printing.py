"""Printing the action plan through the system print dialog.

The printed pages are the PDF's own pages (rendered with pdfium), so Export PDF…, Print
preview and Print… all give the same document.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 200


def page_images(data: bytes, dpi: int = PRINT_DPI) -> list[QImage]:
    import pypdfium2 as pdfium
    document = pdfium.PdfDocument(data)
    images = []
    try:
        for page in document:
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)   # RGB
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888).copy()
            images.append(image)
    finally:
        document.close()
    return images


def paint_pages(images: list[QImage], printer: QPrinter) -> None:
    """Each PDF page on one sheet, landscape pages turned to fit portrait paper."""
    painter = QPainter(printer)
    try:
        for i, image in enumerate(images):
            if i:
                printer.newPage()
            area = QRectF(painter.viewport())
            sheet_landscape = area.width() > area.height()
            if (image.width() > image.height()) != sheet_landscape:
                image = image.transformed(QTransform().rotate(90))
            size = image.size().toSizeF().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(area.x() + (area.width() - size.width()) / 2,
                            area.y() + (area.height() - size.height()) / 2,
                            size.width(), size.height())
            painter.drawImage(target, image)
    finally:
        painter.end()
