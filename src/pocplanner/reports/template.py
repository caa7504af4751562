"""The page frame of the printed plan: A4 portrait and landscape, the sensitivity marking at
top and bottom of every page, a running header and "page X of Y"."""
from __future__ import annotations

from dataclasses import dataclass
from typing import IO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from pocplanner.reports.shaping import shaped
from pocplanner.reports.styles import BOLD, FONT

MARGIN = 16 * mm
MARKING_COLOUR = colors.HexColor("#b00020")


@dataclass(frozen=True)
class PageTexts:
    marking: str          # e.g. "CONFIDENTIAL" or "CONFIDENTIAL — REDACTED"
    header: str           # title · region · period · version
    page_of: str          # "Page {page} of {pages}"
    watermark: str = ""   # "DRAFT" / "PROJET" across every page of a plan not yet final


def numbered_canvas(texts: PageTexts):
    """A canvas that knows the page count when it writes "page X of Y" (two passes)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                width, _height = self._pagesize
                self.setFont(FONT, 8)
                self.setFillColor(colors.black)
                self.drawRightString(width - MARGIN, 8 * mm,
                                     texts.page_of.format(page=self._pageNumber, pages=total))
                super().showPage()
            super().save()

    return NumberedCanvas


def fitted_header(header: str, room: float, font: str, size: float) -> str:
    """The running header within the margins: a long title is shortened with "…", the
    region, period and version always shown."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    title, sep, rest = header.partition(" · ")
    text = header
    while stringWidth(text, font, size) > room and len(title) > 8:
        title = title.removesuffix("…")[:-3].rstrip() + "…"
        text = title + sep + rest
    return text


def _decorate(texts: PageTexts):
    def on_page(canvas: Canvas, doc) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFillColor(MARKING_COLOUR)
        canvas.setFont(BOLD, 9.5)
        canvas.drawCentredString(width / 2, height - 8 * mm, texts.marking)
        canvas.drawCentredString(width / 2, 4 * mm, texts.marking)
        canvas.setFillColor(colors.black)
        canvas.setFont(FONT, 7.5)
        canvas.drawString(MARGIN, height - 12.5 * mm,
                          shaped(fitted_header(texts.header, width - 2 * MARGIN, FONT, 7.5)))
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.line(MARGIN, height - 13.5 * mm, width - MARGIN, height - 13.5 * mm)
        canvas.line(MARGIN, 11 * mm, width - MARGIN, 11 * mm)
        if texts.watermark:           # drawn first: the page's content prints over it
            canvas.setFillColor(colors.Color(0.6, 0.6, 0.6, alpha=0.18))
            canvas.setFont(BOLD, 96)
            canvas.translate(width / 2, height / 2)
            canvas.rotate(35)
            canvas.drawCentredString(0, -30, texts.watermark)
        canvas.restoreState()
    return on_page


class ActionPlanDocument(BaseDocTemplate):
    """Two page templates: "portrait" (default) and "landscape" for wide tables and charts."""

    def __init__(self, path: str | IO[bytes], texts: PageTexts, **kwargs) -> None:
        super().__init__(path, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=17 * mm, bottomMargin=15 * mm, **kwargs)
        decorate = _decorate(texts)
        portrait_frame = Frame(MARGIN, 15 * mm, A4[0] - 2 * MARGIN, A4[1] - 32 * mm, id="p")
        wide = landscape(A4)
        landscape_frame = Frame(MARGIN, 15 * mm, wide[0] - 2 * MARGIN, wide[1] - 32 * mm,
                                id="l")
        self.addPageTemplates([
            PageTemplate("portrait", [portrait_frame], onPage=decorate, pagesize=A4),
            PageTemplate("landscape", [landscape_frame], onPage=decorate, pagesize=wide),
        ])

    @staticmethod
    def frame_width(orientation: str) -> float:
        size = A4 if orientation == "portrait" else landscape(A4)
        return size[0] - 2 * MARGIN

    @staticmethod
    def frame_height(orientation: str) -> float:
        size = A4 if orientation == "portrait" else landscape(A4)
        return size[1] - 32 * mm
