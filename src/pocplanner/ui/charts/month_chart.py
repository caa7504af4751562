"""A small bar chart of events per month (the evidence of a threat), drawn with QPainter."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from pocplanner.i18n import format_month


class MonthChart(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthChart")
        self.lang = lang
        self.months: list[tuple[str, int, int]] = []     # (YYYY-MM, events, fatalities)
        self.marked_from = ""                            # months from here are "recent"
        self.setMinimumHeight(90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(360, 100)

    def set_months(self, months: list[tuple[str, int, int]], marked_from: str = "") -> None:
        self.months, self.marked_from = months, marked_from
        self.setToolTip("\n".join(f"{self._label(m)}: {n}" for m, n, _ in months if n))
        self.update()

    def _label(self, month: str) -> str:
        return format_month(dt.date.fromisoformat(month + "-01"), self.lang)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#ffffff"))
        if not self.months:
            p.end()
            return
        most = max((n for _, n, _ in self.months), default=0) or 1
        left, bottom, top = 28.0, 18.0, 6.0
        width = (self.width() - left - 4) / len(self.months)
        height = self.height() - bottom - top
        p.setPen(QColor("#666666"))
        p.drawText(QRectF(0, top - 4, left - 4, 14), Qt.AlignmentFlag.AlignRight, str(most))
        p.drawText(QRectF(0, top + height - 10, left - 4, 14), Qt.AlignmentFlag.AlignRight, "0")
        for i, (month, events, _) in enumerate(self.months):
            x = left + i * width
            bar = height * events / most
            recent = bool(self.marked_from) and month >= self.marked_from
            p.fillRect(QRectF(x + 1, top + height - bar, max(width - 2, 1), bar),
                       QColor("#4a148c" if recent else "#9e86c8"))
            last = i == len(self.months) - 1
            if (i % 6 == 0 and i < len(self.months) - 3) or last:
                p.setPen(QColor("#444444"))
                box = (QRectF(self.width() - 84, top + height + 2, 80, 14) if last
                       else QRectF(x, top + height + 2, 80, 14))
                p.drawText(box, Qt.AlignmentFlag.AlignRight if last else
                           Qt.AlignmentFlag.AlignLeft, self._label(month))
        p.setPen(QColor("#999999"))
        p.drawLine(int(left), int(top + height), self.width() - 4, int(top + height))
        p.end()
