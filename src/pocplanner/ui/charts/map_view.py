"""The plan on a map in the plan window (QPainter): cercles coloured by the highest threat
risk, activity markers by component, security cover on a chosen date. Zoom with the wheel or
+ and −, pan by dragging or with the arrow keys, 0 to see the whole region again. Hovering a
cercle names it and its items; clicking it filters the table beside (clicking it again, or
outside the region, shows everything)."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from pocplanner import reference
from pocplanner.domain import geo
from pocplanner.domain.plan_map import PlanMap, Projection, area_colour, centre, scale_bar_km
from pocplanner.i18n import format_date
from pocplanner.ui.qt_text import qt_format

MIN_ZOOM, MAX_ZOOM = 1.0, 12.0


def _colour(value: str, alpha: float = 1.0) -> QColor:
    colour = QColor(value)
    colour.setAlphaF(alpha)
    return colour


class MapView(QWidget):
    cercle_clicked = Signal(str)          # a cercle's P-code, "" for "show everything"
    activity_clicked = Signal(str)        # an activity's id, when its marker is clicked
    pinned = Signal(float, float)         # lon, lat: "pin the selected activity here"

    def __init__(self, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("planMap")
        self.setMinimumSize(260, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.pm: PlanMap | None = None
        self.selected = ""
        self.zoom, self.pan = 1.0, QPointF(0, 0)
        self._paths: dict[str, QPainterPath] = {}
        self._proj: Projection | None = None
        self._proj_size = (0, 0)
        self._press: QPointF | None = None
        self._dragged = False
        self.event_points: list[tuple[float, float, int, str]] = []   # the events layer
        self.pin_enabled = False          # the sequencing step lets the planner pin a place

    def sizeHint(self) -> QSize:
        return QSize(420, 300)

    # ---- data and geometry -------------------------------------------------------------
    def set_map(self, pm: PlanMap) -> None:
        bbox_changed = self.pm is None or self.pm.bbox != pm.bbox
        self.pm = pm
        if bbox_changed:
            self._proj = None
        self.update()

    def _projection(self) -> Projection:
        if self._proj is None or self._proj_size != (self.width(), self.height()):
            self._proj_size = (self.width(), self.height())
            self._proj = Projection.fit(self.pm.bbox, self.width(), self.height())
            self._paths = {}
            for area in self.pm.areas:
                path = QPainterPath()
                path.setFillRule(Qt.FillRule.OddEvenFill)
                for polygon in area.cercle.polygons:
                    for ring in polygon:
                        path.addPolygon(QPolygonF([self._base(lon, lat) for lon, lat in ring]))
                        path.closeSubpath()
                self._paths[area.cercle.pcode] = path
        return self._proj

    def _base(self, lon: float, lat: float) -> QPointF:
        x, y = self._proj.xy(lon, lat)
        return QPointF(x, self.height() - y)

    def _screen(self, base: QPointF) -> QPointF:
        c = QPointF(self.width() / 2, self.height() / 2)
        return (base - c) * self.zoom + c + self.pan

    def _unscreen(self, point: QPointF) -> QPointF:
        c = QPointF(self.width() / 2, self.height() / 2)
        return (point - c - self.pan) / self.zoom + c

    def cercle_under(self, point: QPointF) -> geo.Cercle | None:
        if self.pm is None:
            return None
        base = self._unscreen(point)
        proj = self._projection()
        cercle = geo.cercle_at(*proj.lonlat(base.x(), self.height() - base.y()))
        return cercle if cercle and self.pm.area(cercle.pcode) else None

    def screen_point(self, lon: float, lat: float) -> QPointF:
        """Where a place is on the widget now (for tests and tooltips)."""
        self._projection()
        return self._screen(self._base(lon, lat))

    # ---- drawing -----------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        style = reference.map_style()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), _colour(style["background"]))
        if self.pm is None:
            return
        self._projection()
        p.save()
        c = QPointF(self.width() / 2, self.height() / 2)
        p.translate(c + self.pan)
        p.scale(self.zoom, self.zoom)
        p.translate(-c)
        for area in sorted(self.pm.areas, key=lambda a: a.in_region):
            fill = area_colour(area, style)
            pen = QPen(_colour(style["border"] if area.in_region else style["neighbour_border"]))
            pen.setCosmetic(True)
            pen.setWidthF(1.0 if area.in_region else 0.6)
            p.setPen(pen)
            p.setBrush(_colour(fill))
            p.drawPath(self._paths[area.cercle.pcode])
        if self.selected in self._paths:
            pen = QPen(QColor("#0d47a1"), 3)
            pen.setCosmetic(True)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(self._paths[self.selected])
        p.restore()
        self._draw_incidents(p, style)
        if self.event_points:
            from pocplanner.ui.charts.event_points import draw_event_points

            draw_event_points(self, p, self.event_points)
        self._draw_levels(p, style)
        self._draw_labels(p, style)
        self._draw_footprints(p)
        self._draw_markers(p, style)
        self._draw_sites(p)
        self._draw_furniture(p)
        p.end()

    def _draw_incidents(self, p: QPainter, style: dict) -> None:
        """Events per cercle (the incident layer): a circle whose area follows the count."""
        if not self.pm.incidents:
            return
        from pocplanner.domain.plan_map import incident_circles
        colour = _colour(style["incidents"])
        font = QFont(self.font())
        font.setPointSizeF(7.0)
        font.setBold(True)
        p.setFont(font)
        for cercle, count, radius in incident_circles(self.pm, 22.0):
            point = self._screen(self._base(*centre(cercle))) + QPointF(0, 14)
            p.setPen(QPen(colour, 1.0))
            p.setBrush(_colour(style["incidents"], 0.35))
            p.drawEllipse(point, radius, radius)
            p.drawText(QRectF(point.x() + radius + 2, point.y() - 8, 60, 16),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(count))

    def _draw_footprints(self, p: QPainter) -> None:
        """Static presence on the chosen day: a circle of its radius (§12.1, §12.2)."""
        if not self.pm.footprints:
            return
        units = self._projection().km_per_unit()
        p.setPen(QPen(QColor("#1565c0"), 1.2, Qt.PenStyle.DashLine))
        p.setBrush(QColor(21, 101, 192, 40))
        for f in self.pm.footprints:
            radius = f.radius_km / units * self.zoom
            p.drawEllipse(self._screen(self._base(f.lon, f.lat)), radius, radius)

    def _draw_sites(self, p: QPainter) -> None:
        """The mission's sites: a flag on a pole, struck through once closed on the date."""
        for site in self.pm.sites:
            base = self._screen(self._base(site.lon, site.lat))
            top = base + QPointF(0, -16)
            p.setPen(QPen(QColor("#212121"), 1.6))
            p.drawLine(base, top)
            p.setBrush(QColor("#9e9e9e" if site.closed else "#212121"))
            p.drawPolygon(QPolygonF([top, top + QPointF(10, 4), top + QPointF(0, 8)]))
            if site.closed:
                p.setPen(QPen(QColor("#c62828"), 2))
                p.drawLine(top + QPointF(-3, -2), top + QPointF(12, 10))

    def _draw_levels(self, p: QPainter, style: dict) -> None:
        """The level board on the map: a flag in the level's colour at each cercle."""
        if not self.pm.levels:
            return
        from pocplanner import reference
        by_pcode = {a.cercle.pcode: a.cercle for a in self.pm.areas}
        for pcode, level in self.pm.levels:
            cercle = by_pcode.get(pcode)
            if cercle is None:
                continue
            # above the cercle's centre: the incident bubble hangs below it (#28)
            point = self._screen(self._base(*centre(cercle))) + QPointF(0, -30)
            text = reference.label("ew_levels", level, self.lang)
            width = self.fontMetrics().horizontalAdvance(text) + 10
            box = QRectF(point.x() - width / 2, point.y(), width, 16)
            p.setPen(QPen(QColor("#333333"), 1))
            p.setBrush(_colour(style["levels"][level]))
            p.drawRoundedRect(box, 3, 3)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _draw_labels(self, p: QPainter, style: dict) -> None:
        font = QFont(self.font())
        roomy = self._projection().scale * self.zoom > 110      # pixels per degree
        for area in self.pm.areas:
            if not area.in_region and not roomy:
                continue                        # a small map names only the region's cercles
            font.setBold(area.in_region)
            font.setPointSizeF((8.5 if roomy else 7.0) if area.in_region else 7.5)
            p.setFont(font)
            p.setPen(_colour(style["label"] if area.in_region else "#777777"))
            point = self._screen(self._base(*centre(area.cercle)))
            if area.activity_ids:
                point += QPointF(0, -20)
            rect = QRectF(point.x() - 70, point.y() - 9, 140, 18)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, area.cercle.name)

    def _draw_markers(self, p: QPainter, style: dict) -> None:
        r = 5.0 if len(self.pm.markers) < 200 else 3.2
        shapes = style["shapes"]
        for m in self.pm.markers:
            point = self._screen(self._base(m.lon, m.lat))
            alpha = 1.0 if m.running else style["idle_alpha"]
            uncovered = m.needs_cover and not m.covered and m.running
            p.setPen(QPen(_colour(style["uncovered"] if uncovered else "#ffffff", alpha),
                          2.2 if uncovered else 0.8))
            p.setBrush(_colour(reference.component_colour(m.component), alpha))
            draw_marker(p, shapes.get(m.component, style["other_shape"]), point, r)

    def _draw_furniture(self, p: QPainter) -> None:
        """North arrow, scale bar."""
        p.setFont(self.font())
        x, y = self.width() - 22, 12
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#000000"))
        p.drawPolygon(QPolygonF([QPointF(x - 6, y + 24), QPointF(x, y + 4),
                                 QPointF(x + 6, y + 24), QPointF(x, y + 18)]))
        p.setPen(QColor("#000000"))
        p.drawText(QRectF(x - 10, y - 10, 20, 14), Qt.AlignmentFlag.AlignCenter, "N")
        proj = self._projection()
        km_per_pixel = proj.km_per_unit() / self.zoom
        km = scale_bar_km(proj._replace(scale=proj.scale * self.zoom), 110)
        length = km / km_per_pixel
        bx, by = 10, self.height() - 12
        p.fillRect(QRectF(bx - 4, by - 14, length + 60, 20), _colour("#ffffff", 0.8))
        p.drawLine(QPointF(bx, by), QPointF(bx + length, by))
        p.drawLine(QPointF(bx, by - 4), QPointF(bx, by + 2))
        p.drawLine(QPointF(bx + length, by - 4), QPointF(bx + length, by + 2))
        p.drawText(QPointF(bx + length + 6, by + 4), qt_format(self.tr("%1 km"), str(km)))

    # ---- interaction -------------------------------------------------------------------
    def zoom_by(self, factor: float, around: QPointF | None = None) -> None:
        around = around if around is not None else QPointF(self.width() / 2, self.height() / 2)
        new = min(max(self.zoom * factor, MIN_ZOOM), MAX_ZOOM)
        base = self._unscreen(around)
        self.zoom = new
        self.pan += around - self._screen(base)
        if self.zoom == MIN_ZOOM:
            self.pan = QPointF(0, 0)
        self.update()

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.25 ** steps, event.position())
        event.accept()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        moves = {Qt.Key.Key_Left: QPointF(40, 0), Qt.Key.Key_Right: QPointF(-40, 0),
                 Qt.Key.Key_Up: QPointF(0, 40), Qt.Key.Key_Down: QPointF(0, -40)}
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        elif key == Qt.Key.Key_0:
            self.zoom, self.pan = 1.0, QPointF(0, 0)
            self.update()
        elif key in moves and self.zoom > MIN_ZOOM:
            self.pan += moves[key]
            self.update()
        else:
            super().keyPressEvent(event)

    def lonlat_at(self, point: QPointF) -> tuple[float, float]:
        base = self._unscreen(point)
        return self._projection().lonlat(base.x(), self.height() - base.y())

    def contextMenuEvent(self, event) -> None:
        if not self.pin_enabled or self.pm is None:
            return
        from PySide6.QtWidgets import QMenu
        menu = QMenu(self)
        pin = menu.addAction(self.tr("Pin the selected activity here"))
        if menu.exec(event.globalPos()) is pin:
            self.pinned.emit(*self.lonlat_at(event.pos()))

    def mousePressEvent(self, event) -> None:
        self._press, self._dragged = event.position(), False
        self.setFocus()

    def mouseMoveEvent(self, event) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = event.position() - self._press
            if self._dragged or delta.manhattanLength() > 4:
                self._dragged = True
                if self.zoom > MIN_ZOOM:
                    self.pan += delta
                    self._press = event.position()
                    self.update()
            return
        marker = self.marker_under(event.position())
        cercle = None if marker else self.cercle_under(event.position())
        text = (self.describe_marker(marker) if marker else
                self.describe(cercle) if cercle else "")
        QToolTip.showText(event.globalPosition().toPoint(), text, self)

    def mouseReleaseEvent(self, event) -> None:
        marker = self.marker_under(event.position()) if self._press is not None else None
        if marker is not None and not self._dragged:
            self.activity_clicked.emit(marker.activity_id)
        elif self._press is not None and not self._dragged:
            cercle = self.cercle_under(event.position())
            area = self.pm.area(cercle.pcode) if cercle else None
            pcode = cercle.pcode if area and area.in_region else ""
            self.selected = "" if pcode == self.selected else pcode
            self.update()
            self.cercle_clicked.emit(self.selected)
        self._press = None

    def marker_under(self, point: QPointF):
        """The activity marker under the pointer (the one drawn last, on top), if any."""
        if self.pm is None or not self.pm.markers:
            return None
        self._projection()
        reach = (5.0 if len(self.pm.markers) < 200 else 3.2) + 2
        for m in reversed(self.pm.markers):
            delta = self._screen(self._base(m.lon, m.lat)) - point
            if abs(delta.x()) <= reach and abs(delta.y()) <= reach:
                return m
        return None

    def describe_marker(self, m) -> str:
        from html import escape
        lines = [f"<b>{escape(m.activity_id)}</b> · {escape(m.title)}",
                 escape(reference.label("components", m.component, self.lang))]
        if not m.running:
            lines.append(self.tr("Not running on this day"))
        if m.needs_cover:
            lines.append(self.tr("Security cover: held") if m.covered
                         else self.tr("Security cover: missing"))
        return "<br>".join(lines)

    def describe(self, cercle: geo.Cercle) -> str:
        area = self.pm.area(cercle.pcode)
        lines = [f"<b>{cercle.name}</b> ({cercle.region})"]
        if area.risk:
            lines.append(qt_format(self.tr("Highest threat risk: %1"), str(area.risk)))
        if area.threat_ids:
            lines.append(qt_format(self.tr("Threats: %1"), ", ".join(area.threat_ids)))
        if area.activity_ids:
            lines.append(qt_format(self.tr("Activities: %1"), ", ".join(area.activity_ids)))
        for site in self.pm.sites:
            if geo.cercle_at(site.lon - 0.04, site.lat - 0.06) == cercle:
                lines.append(qt_format(self.tr("Site %1 closes on %2"), site.name,
                                       format_date(site.closes, self.lang)))
        if self.pm.incidents:
            lines.append(qt_format(self.tr("Incidents in the year before the plan: %1"),
                                   str(self.pm.incident_count(cercle.pcode))))
        if len(lines) == 1:
            lines.append(self.tr("Nothing of the plan here"))
        return "<br>".join(lines)


def draw_marker(p: QPainter, shape: str, c: QPointF, r: float) -> None:
    x, y = c.x(), c.y()
    if shape == "circle":
        p.drawEllipse(c, r, r)
    elif shape == "square":
        p.drawRect(QRectF(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8))
    elif shape == "triangle":
        p.drawPolygon(QPolygonF([QPointF(x - r, y + r * 0.8), QPointF(x + r, y + r * 0.8),
                                 QPointF(x, y - r * 1.1)]))
    else:
        p.drawPolygon(QPolygonF([QPointF(x, y - r * 1.2), QPointF(x + r, y),
                                 QPointF(x, y + r * 1.2), QPointF(x - r, y)]))
