"""Fonts and paragraph styles of the printed plan."""
from __future__ import annotations

from functools import cache
from importlib import resources

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

# reportlab checks every attribute set on every shape of a drawing against its type: a help
# while writing a drawing, and a third of the time a 1,000-activity Gantt takes to build. The
# drawings of the printed plan are tested by reading the PDFs back.
rl_config.shapeChecking = 0

FONT, BOLD, ITALIC = "PocSans", "PocSans-Bold", "PocSans-Oblique"
FILES = {FONT: "DejaVuSansCondensed.ttf", BOLD: "DejaVuSansCondensed-Bold.ttf",
         ITALIC: "DejaVuSansCondensed-Oblique.ttf"}
GREY = colors.HexColor("#555555")
HEADER_BG = colors.HexColor("#dfe6ee")


@cache
def register_fonts() -> None:
    """Embed DejaVu (shipped in resources/fonts) so accents print on every computer."""
    folder = resources.files("pocplanner.resources").joinpath("fonts")
    for name, filename in FILES.items():
        with resources.as_file(folder.joinpath(filename)) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, spaceAfter=4)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=9.8, spaceAfter=0),
        "cellbold": ParagraphStyle("cellbold", parent=base, fontName=BOLD, fontSize=8,
                                   leading=9.8, spaceAfter=0),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=15, leading=19,
                             spaceBefore=4, spaceAfter=8, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=11.5, leading=15,
                             spaceBefore=8, spaceAfter=5, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=base, fontName=BOLD, fontSize=9.5, leading=12.5,
                             spaceBefore=4, spaceAfter=2, keepWithNext=1),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=22, leading=28,
                                spaceAfter=14),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=13, leading=17,
                                   textColor=GREY, spaceAfter=18),
    }
