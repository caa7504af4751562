"""The map's events layer: each event with coordinates as a point, its area following its
fatalities (a small point for an event without deaths), drawn over the cercles. Shown on this
computer only: printed maps keep counts per cercle."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap

FILL = QColor(183, 28, 28, 110)
EDGE = QColor(120, 10, 10, 200)
LARGEST = 14


def radius(fatalities: int) -> int:
    """2 px for an event without deaths, growing with the square root of its fatalities."""
    return round(min(2.0 + 1.2 * math.sqrt(max(fatalities, 0)), LARGEST))


_RADII = [radius(n) for n in range(100)]       # 100 deaths and more: the largest already
_STAMPS: dict[int, QPixmap] = {}


def _stamp(r: int) -> QPixmap:
    """One point of radius r, drawn once (antialiased) and then stamped: thousands of points
    draw in milliseconds, where as many antialiased ellipses take a few hundred."""
    found = _STAMPS.get(r)
    if found is None:
        found = QPixmap(2 * r + 2, 2 * r + 2)
        found.fill(Qt.GlobalColor.transparent)
        p = QPainter(found)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(EDGE, 0.8))
        p.setBrush(FILL)
        p.drawEllipse(QPointF(r + 1, r + 1), r, r)
        p.end()
        _STAMPS[r] = found
    return found


def draw_event_points(view, p: QPainter, points: list[tuple[float, float, int, str]]) -> None:
    """Draw (lon, lat, fatalities, date) points on the map view, the deadliest last (on top);
    events at the same pixel with the same size are drawn once."""
    if not points:
        return
    proj = view._projection()
    height, zoom = view.height(), view.zoom
    cx, cy = view.width() / 2, view.height() / 2
    ox = cx - cx * zoom + view.pan.x() - 1        # the stamp's corner, not its centre
    oy = cy - cy * zoom + view.pan.y() - 1
    kx, ky = proj.kx * proj.scale * zoom, proj.scale * zoom
    bx = (proj.x0 - proj.lon0 * proj.kx * proj.scale) * zoom + ox
    by = (height - proj.y0 + proj.lat0 * proj.scale) * zoom + oy
    radii, top = _RADII, LARGEST
    spots: set[tuple[int, int, int]] = set()
    for lon, lat, dead, _ in points:
        r = radii[dead] if dead < 100 else top
        spots.add((r, int(bx + lon * kx) - r, int(by - lat * ky) - r))
    for r, x, y in sorted(spots):
        p.drawPixmap(x, y, _stamp(r))
