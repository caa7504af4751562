"""The map's events layer: each event with coordinates as a point, its area following its
fatalities (a point for an event without deaths), drawn over the cercles. Shown on this
computer only: printed maps keep counts per cercle."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainter, QPen

FILL = QColor(183, 28, 28, 110)
EDGE = QColor(120, 10, 10, 200)
LARGEST = 14.0


def radius(fatalities: int) -> float:
    """2 px for an event without deaths, growing with the square root of its fatalities."""
    return min(2.0 + 1.2 * math.sqrt(max(fatalities, 0)), LARGEST)


def draw_event_points(view, p: QPainter, points: list[tuple[float, float, int, str]]) -> None:
    """Draw (lon, lat, fatalities, date) points on the map view, the deadliest last (on top)."""
    if not points:
        return
    proj = view._projection()
    height, zoom = view.height(), view.zoom
    cx, cy = view.width() / 2, view.height() / 2
    px, py = view.pan.x(), view.pan.y()
    pen = QPen(EDGE, 0.8)
    p.setPen(pen)
    p.setBrush(FILL)
    for lon, lat, dead, _ in sorted(points, key=lambda e: e[2]):
        x, y = proj.xy(lon, lat)
        r = radius(dead)
        p.drawEllipse(QPointF((x - cx) * zoom + cx + px, (height - y - cy) * zoom + cy + py),
                      r, r)
