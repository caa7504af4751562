"""The 5×5 risk heat map: how many threats sit in each likelihood × impact cell."""
from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from pocplanner.domain.scoring import band_for


class HeatMap(QWidget):
    """Click a cell to filter by it; click it again to clear the filter."""
    cell_clicked = Signal(object)    # (likelihood, impact) or None

    MARGIN_LEFT, MARGIN_BOTTOM = 64, 40

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heatMap")
        self.counts: Counter = Counter()
        self.selected: tuple[int, int] | None = None
        self.setMinimumSize(260, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.ghosts: list[tuple[int, int, str]] = []   # (likelihood, impact, threat id) if a
        self.axis_likelihood = self.tr("Likelihood")
        self.axis_impact = self.tr("Impact")

    def sizeHint(self) -> QSize:
        return QSize(320, 240)

    def set_threats(self, threats) -> None:
        self.counts = Counter((t.likelihood, t.impact) for t in threats)
        self.update()

    def _cell_rect(self, likelihood: int, impact: int) -> QRectF:
        w = (self.width() - self.MARGIN_LEFT - 4) / 5
        h = (self.height() - self.MARGIN_BOTTOM - 4) / 5
        return QRectF(self.MARGIN_LEFT + (impact - 1) * w, 4 + (5 - likelihood) * h, w, h)

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        for likelihood in range(1, 6):
            for impact in range(1, 6):
                if self._cell_rect(likelihood, impact).contains(x, y):
                    return likelihood, impact
        return None

    def mousePressEvent(self, event) -> None:
        cell = self.cell_at(event.position().x(), event.position().y())
        if cell is None:
            return
        self.selected = None if cell == self.selected else cell
        self.update()
        self.cell_clicked.emit(self.selected)

    def _draw_ghosts(self, p: QPainter) -> None:
        """Where a scenario would put threats: their ids in dashed boxes, at the top of the
        cell (the count stays readable in its middle)."""
        by_cell: dict[tuple[int, int], list[str]] = {}
        for likelihood, impact, threat_id in self.ghosts:
            by_cell.setdefault((likelihood, impact), []).append(threat_id)
        pen = QPen(QColor("#1a237e"), 1.4, Qt.PenStyle.DashLine)
        for (likelihood, impact), ids in by_cell.items():
            rect = self._cell_rect(likelihood, impact)
            box = QRectF(rect.left() + 3, rect.top() + 2, rect.width() - 6, 13)
            p.setPen(pen)
            p.setBrush(QColor(255, 255, 255, 170))
            p.drawRect(box)
            p.setPen(QColor("#1a237e"))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, "⇢ " + " ".join(ids))
        p.setBrush(Qt.BrushStyle.NoBrush)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        bold = QFont(self.font())
        bold.setBold(True)
        for likelihood in range(1, 6):
            for impact in range(1, 6):
                rect = self._cell_rect(likelihood, impact)
                colour = QColor(band_for(likelihood * impact).colour)
                n = self.counts.get((likelihood, impact), 0)
                if not n:
                    colour = colour.lighter(150)
                p.fillRect(rect.adjusted(1, 1, -1, -1), colour)
                if (likelihood, impact) == self.selected:
                    p.setPen(QPen(Qt.GlobalColor.black, 3))
                    p.drawRect(rect.adjusted(2, 2, -2, -2))
                if n:
                    p.setPen(Qt.GlobalColor.black)
                    p.setFont(bold)
                    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(n))
        self._draw_ghosts(p)
        p.setFont(self.font())
        p.setPen(self.palette().windowText().color())
        for i in range(1, 6):
            r = self._cell_rect(i, 1)
            p.drawText(QRectF(self.MARGIN_LEFT - 22, r.top(), 18, r.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(i))
            c = self._cell_rect(1, i)
            p.drawText(QRectF(c.left(), c.bottom() + 2, c.width(), 16),
                       Qt.AlignmentFlag.AlignCenter, str(i))
        bottom = self._cell_rect(1, 1).bottom()
        p.drawText(QRectF(self.MARGIN_LEFT, bottom + 18, self.width() - self.MARGIN_LEFT, 18),
                   Qt.AlignmentFlag.AlignCenter, self.axis_impact + " →")
        p.save()
        p.translate(14, (bottom + 4) / 2)
        p.rotate(-90)
        p.drawText(QRectF(-80, -10, 160, 20), Qt.AlignmentFlag.AlignCenter,
                   self.axis_likelihood + " →")
        p.restore()
        p.end()
