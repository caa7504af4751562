"""A PDF page as a PNG image (pdfium renders it; the same engine as the print preview)."""
from __future__ import annotations

import io

PNG_DPI = 150


def first_page_png(pdf: bytes, dpi: int = PNG_DPI) -> bytes:
    import pypdfium2 as pdfium
    document = pdfium.PdfDocument(pdf)
    try:
        image = document[0].render(scale=dpi / 72).to_pil()
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", optimize=True)
        return buffer.getvalue()
    finally:
        document.close()
