"""The mission view's asset timeline: one row per scarce asset and region, a bar for each
activity that needs it, clashes (two plans, the same asset, overlapping days) in red."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from pocplanner import reference
from pocplanner.i18n import format_month

ROW, LABEL = 22, 330


class AssetTimeline(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assetTimeline")
        self.lang = lang
        self.rows: list[tuple[str, str, list]] = []        # (asset, "region (plan)", uses)
        self.clashing: set = set()
        self.start = self.end = dt.date.today()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_consolidation(self, c) -> None:
        self.rows = []
        for asset in sorted(c.assets):
            by_plan: dict[tuple[str, str], list] = {}
            for u in c.assets[asset]:
                by_plan.setdefault((u.region, u.plan_key), []).append(u)
            self.rows += [(asset, f"{region} ({key})", uses)
                          for (region, key), uses in sorted(by_plan.items())]
        self.clashing = {u for pair in c.clashes for u in pair}
        uses = [u for _a, _r, us in self.rows for u in us]
        if uses:
            self.start = min(u.start for u in uses)
            self.end = max(u.end for u in uses)
        self.setMinimumHeight(ROW * (len(self.rows) + 2))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, ROW * (len(self.rows) + 2))

    def x_of(self, day: dt.date) -> float:
        days = max((self.end - self.start).days + 1, 1)
        return LABEL + (self.width() - LABEL - 8) * (day - self.start).days / days

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#ffffff"))
        if not self.rows:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                       self.tr("No activity names a scarce asset."))
            p.end()
            return
        day = self.start.replace(day=1)
        p.setPen(QColor("#bbbbbb"))
        while day <= self.end:
            x = self.x_of(max(day, self.start))
            p.drawLine(int(x), ROW, int(x), self.height())
            p.drawText(QRectF(x + 2, 2, 90, ROW - 4), Qt.AlignmentFlag.AlignVCenter,
                       format_month(day, self.lang))
            day = (day + dt.timedelta(days=32)).replace(day=1)
        for i, (asset, region, uses) in enumerate(self.rows):
            y = ROW * (i + 1)
            p.setPen(QColor("#222222"))
            p.drawText(QRectF(4, y, LABEL - 8, ROW), Qt.AlignmentFlag.AlignVCenter,
                       f"{reference.label('assets', asset, self.lang)} · {region}")
            for u in uses:
                rect = QRectF(self.x_of(u.start), y + 4,
                              max(self.x_of(u.end + dt.timedelta(days=1)) - self.x_of(u.start),
                                  2), ROW - 8)
                colour = QColor("#c62828" if u in self.clashing else "#5c6bc0")
                if u.contingent:
                    p.setPen(QPen(colour, 1.2, Qt.PenStyle.DashLine))
                    p.setBrush(colour.lighter(170))
                else:
                    p.setPen(Qt.PenStyle.NoPen)
                    p.setBrush(colour)
                p.drawRect(rect)
                p.setPen(QColor("#ffffff" if not u.contingent else "#222222"))
                p.drawText(rect.adjusted(3, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter,
                           f"{u.plan_key}:{u.activity_id}")
        p.end()
