"""What every section of the printed plan needs: the plan, the language, the edition, and
paragraphs and tables set the same way (French typography in every cell)."""
from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Flowable, LongTable, TableStyle
from reportlab.platypus import Paragraph as _Paragraph

from pocplanner import reference
from pocplanner.domain.checks import Advisory
from pocplanner.domain.model import Plan
from pocplanner.i18n import format_date, tr, typography
from pocplanner.reports.shaping import shaped
from pocplanner.reports.styles import FONT, HEADER_BG, styles

CELL_FONT_SIZE = 8
CELL_CHAR_WIDTH = 4.3      # points per character of the cell font, a safe over-estimate
CELL_LEADING = 9.8
TALLEST_CELL = 360.0       # points: a cell taller than this sends its text to the annex


class Paragraph(_Paragraph):
    """reportlab's paragraph, broken into lines once per width. A long table lays out
    each of its cells again when it measures a page, splits at it and draws it: four times
    the line breaking, which is most of a big plan's printing time. The lines depend on
    the width alone (reportlab's Paragraph.wrap), so the first result is kept — until a
    split that found no room drops the lines (Paragraph.split deletes blPara)."""

    _laid_out: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth, availHeight):
        if self._laid_out is not None and self._laid_out[0] == availWidth \
                and "blPara" in self.__dict__:
            return self._laid_out[1]
        size = super().wrap(availWidth, availHeight)
        self._laid_out = (availWidth, size)
        return size


class Ctx:
    """What every section needs: the plan, the language, the edition."""

    def __init__(self, plan: Plan, lang: str, redacted: bool, advisories: list[Advisory]):
        self.plan, self.lang, self.redacted, self.advisories = plan, lang, redacted, advisories
        self.s = styles()
        self.annex: list[str] = []
        self.places: tuple = ()             # places the users added to the gazetteer
        self.incidents: tuple[dict[str, int], str] | None = None   # events per cercle, note

    def t(self, text: str, **params) -> str:
        return tr(text, self.lang, **params)

    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(self.prepared(text)), self.s[style])

    def prepared(self, text: str) -> str:
        """The language's typography, right-to-left scripts shaped, glyphs the font lacks
        named."""
        return shaped(typography(text, self.lang))

    def label(self, vocabulary: str, key) -> str:
        return reference.label(vocabulary, str(key), self.lang) if key is not None else "—"

    def date(self, day: dt.date) -> str:
        return format_date(day, self.lang)

    def table(self, header: list[str], rows: list[list], widths: list[float]) -> LongTable:
        widths = whole_words(header, widths, self.s["cellbold"])
        data = [[Paragraph(escape(self.prepared(h)), self.s["cellbold"])
                 for h in header]]
        fits = [max(int((w - 6) / CELL_CHAR_WIDTH), 1) for w in widths]
        for row in rows:
            data.append([self._cell(c, fits[i]) for i, c in enumerate(row)])
        table = LongTable(data, colWidths=widths, repeatRows=1, splitByRow=True, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONT", (0, 1), (-1, -1), FONT, CELL_FONT_SIZE),
            ("LEADING", (0, 1), (-1, -1), 9.8),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))
        return table

    def _cell(self, value, fits: int):
        """A short one-line text is drawn as it is (laying out tens of thousands of
        paragraphs is most of a big plan's printing time); anything longer wraps."""
        if isinstance(value, Flowable):
            return value
        text = self.prepared(self.fit(str(value), fits))
        if len(text) <= fits and "\n" not in text:
            return text
        return Paragraph(escape(text).replace("\n", "<br/>"), self.s["cell"])

    def fit(self, text: str, per_line: int, tallest: float = TALLEST_CELL) -> str:
        """The text, or as much of it as a cell can hold with a pointer to the annex where
        it is printed whole: a table row cannot run over two pages, and any text the
        exchange format accepts must print (20,000 characters of notes, 400 areas)."""
        lines = sum(len(line) // max(per_line, 1) + 1 for line in text.split("\n"))
        if lines * CELL_LEADING <= tallest:
            return text
        self.annex.append(text)
        budget = int(tallest / CELL_LEADING * 0.8)       # lines the cell may keep
        kept = []
        for line in text.split("\n"):
            need = len(line) // max(per_line, 1) + 1
            if need > budget:
                kept.append(line[:budget * per_line])
                break
            kept.append(line)
            budget -= need
            if budget <= 0:
                break
        return "\n".join(kept).rstrip() + " … " + self.t("(the whole text: annex, {n})",
                                                          n=len(self.annex))


def _widths(total: float, parts: list[float]) -> list[float]:
    scale = total / sum(parts)
    return [p * scale for p in parts]


def whole_words(header: list[str], widths: list[float], style) -> list[float]:
    """Column widths in which no header word is cut ("Événem/ents"): a column narrower than
    its longest header word takes the difference from the widest column."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    widths = list(widths)
    for i, text in enumerate(header):
        need = max((stringWidth(w, style.fontName, style.fontSize) for w in text.split()),
                   default=0) + 8          # the cell's padding and a little air
        short = need - widths[i]
        if short > 0:
            donor = max(range(len(widths)), key=lambda j: widths[j] if j != i else -1)
            give = min(short, max(0.0, widths[donor] - 40))
            widths[i] += give
            widths[donor] -= give
    return widths
