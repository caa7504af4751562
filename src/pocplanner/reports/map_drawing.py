"""The plan's map as a reportlab drawing: the printed map page and `pocplanner map OUT.pdf`.
Same geometry, colours and markers as the map on screen (domain/plan_map.py,
resources/reference/map.json); a legend, a scale bar, a north arrow and the attribution."""
from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from pocplanner import reference
from pocplanner.domain import geo
from pocplanner.domain.plan_map import (
    PlanMap,
    Projection,
    area_colour,
    centre,
    clip_ring,
    incident_circles,
    scale_bar_km,
)
from pocplanner.domain.scoring import bands
from pocplanner.reports.shaping import shaped
from pocplanner.reports.styles import BOLD, FONT

LEGEND_LINE = 13.0         # a line of the legend (below: the places not shown, the attribution)
FOOTPRINT = "#1565c0"      # static presence: its circle on the map and in the legend
LAYERS = ("risk", "activities", "incidents")


def _hex(value: str, alpha: float = 1.0) -> colors.Color:
    c = colors.HexColor(value)
    return colors.Color(c.red, c.green, c.blue, alpha)


def marker_shape(component: str, x: float, y: float, r: float, fill, stroke, width: float):
    shape = reference.map_style()["shapes"].get(component, reference.map_style()["other_shape"])
    kw = {"fillColor": fill, "strokeColor": stroke, "strokeWidth": width}
    if shape == "circle":
        return Circle(x, y, r, **kw)
    if shape == "square":
        return Rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8, **kw)
    if shape == "triangle":
        return Polygon([x - r, y - r * 0.8, x + r, y - r * 0.8, x, y + r * 1.1], **kw)
    return Polygon([x, y - r * 1.2, x + r, y, x, y + r * 1.2, x - r, y], **kw)


def map_drawing(pm: PlanMap, width: float, height: float, texts: dict[str, str],
                layers: tuple[str, ...] = LAYERS, lang: str = "en") -> Drawing:
    """texts: "legend_risk", "no_threat", "neighbour", "no_cover", "km", "attribution",
    "not_placed" and one label per component key."""
    style = reference.map_style()
    if pm.not_placed:             # as many names as the line holds, the others counted
        texts = {**texts, "not_placed": not_placed_line(pm.not_placed, lang, width)}
    d = Drawing(width, height)
    legend = _legend(texts, layers, style, width, bool(pm.footprints))
    legend_h = legend_height(len(legend))
    map_h = height - legend_h
    d.add(Rect(0, legend_h, width, map_h, fillColor=_hex(style["background"]),
               strokeColor=_hex(style["border"]), strokeWidth=0.6))
    proj = Projection.fit(pm.bbox, width, map_h)
    shapes = Group(transform=(1, 0, 0, 1, 0, legend_h))
    for area in sorted(pm.areas, key=lambda a: a.in_region):
        fill = area_colour(area, style) if "risk" in layers or not area.in_region \
            else style["no_threat"]
        stroke = style["border"] if area.in_region else style["neighbour_border"]
        for polygon in area.cercle.polygons:
            for i, ring in enumerate(polygon):
                cut = clip_ring([proj.xy(lon, lat) for lon, lat in ring], 0, 0, width, map_h)
                if len(cut) < 3:
                    continue
                points = [v for xy in cut for v in xy]
                shapes.add(Polygon(points, fillColor=_hex(style["background"] if i else fill),
                                   strokeColor=_hex(stroke), strokeWidth=0.7 if
                                   area.in_region else 0.4))
    for area in pm.areas:
        x, y = proj.xy(*centre(area.cercle))
        if area.activity_ids and "activities" in layers:
            y += 20                                 # above the markers at the centre
        if 8 < x < width - 8 and 8 < y < map_h - 8:
            shapes.add(String(x, y - 3, shaped(area.cercle.name), fontName=BOLD if
                              area.in_region else FONT, fontSize=7.5 if area.in_region else 6.5,
                              fillColor=_hex(style["label"] if area.in_region else "#777777"),
                              textAnchor="middle"))
    if "incidents" in layers and pm.incidents:
        _incidents(shapes, pm, proj, style)
    if "activities" in layers:
        _footprints(shapes, pm, proj)
        _markers(shapes, pm, proj, style)
        _sites(shapes, pm, proj)
    d.add(shapes)
    if "incidents" in layers and pm.incident_note:
        note = shaped(pm.incident_note)[:int(width / 3.7)]
        d.add(Rect(4, height - 18, min(len(note) * 3.7 + 16, width - 40), 13,
                   fillColor=_hex("#ffffff", 0.85), strokeColor=None))
        d.add(Circle(11, height - 11.5, 4, fillColor=_hex(style["incidents"], 0.45),
                     strokeColor=_hex(style["incidents"]), strokeWidth=0.6))
        d.add(String(19, height - 14, note, fontName=FONT, fontSize=7))
    _north_arrow(d, width - 22, height - 44)
    _scale_bar(d, proj, texts, 10, legend_h + 10)
    for i, line in enumerate(legend):
        for group in line:
            group.transform = (1, 0, 0, 1, group.transform[4], legend_h - 14 - LEGEND_LINE * i)
            d.add(group)
    _notes(d, texts, style)
    return d


def _incidents(group: Group, pm: PlanMap, proj: Projection, style: dict) -> None:
    """Events per cercle: a circle whose area follows the count, the count beside it."""
    for cercle, count, radius in incident_circles(pm, 16.0):
        x, y = proj.xy(*centre(cercle))
        y -= 12
        group.add(Circle(x, y, radius, fillColor=_hex(style["incidents"], 0.35),
                         strokeColor=_hex(style["incidents"]), strokeWidth=0.7))
        group.add(String(x + radius + 2, y - 2.5, str(count), fontName=BOLD, fontSize=7,
                         fillColor=_hex(style["incidents"])))


def _footprints(group: Group, pm: PlanMap, proj: Projection) -> None:
    """Static presence: a circle of its radius around its place (§12.1, §12.2)."""
    units = proj.km_per_unit()
    for f in pm.footprints:
        x, y = proj.xy(f.lon, f.lat)
        group.add(Circle(x, y, f.radius_km / units, fillColor=_hex(FOOTPRINT, 0.15),
                         strokeColor=_hex(FOOTPRINT), strokeWidth=0.6,
                         strokeDashArray=[2, 2]))


def _sites(group: Group, pm: PlanMap, proj: Projection) -> None:
    """The mission's sites: a flag with the closing date."""
    for site in pm.sites:
        x, y = proj.xy(site.lon, site.lat)
        group.add(Line(x, y, x, y + 12, strokeWidth=1.2))
        group.add(Polygon([x, y + 12, x + 8, y + 9, x, y + 6], fillColor=colors.black,
                          strokeColor=None))
        group.add(String(x + 10, y + 6, site.closes.strftime("%d/%m"), fontName=FONT,
                         fontSize=6.5))


def _markers(group: Group, pm: PlanMap, proj: Projection, style: dict) -> None:
    r = 4.0 if len(pm.markers) < 200 else 2.6
    for m in pm.markers:
        x, y = proj.xy(m.lon, m.lat)
        alpha = 1.0 if m.running else style["idle_alpha"]
        uncovered = m.needs_cover and not m.covered and m.running
        group.add(marker_shape(m.component, x, y, r, _hex(reference.component_colour(
            m.component), alpha), _hex(style["uncovered"] if uncovered else "#ffffff", alpha),
            1.6 if uncovered else 0.6))


def _north_arrow(d: Drawing, x: float, y: float) -> None:
    d.add(Polygon([x - 6, y, x, y + 22, x + 6, y, x, y + 6], fillColor=colors.black,
                  strokeColor=colors.black, strokeWidth=0.5))
    d.add(String(x, y + 25, "N", fontName=BOLD, fontSize=9, textAnchor="middle"))


def _scale_bar(d: Drawing, proj: Projection, texts: dict, x: float, y: float) -> None:
    km = scale_bar_km(proj, 120)
    length = km / proj.km_per_unit()
    d.add(Rect(x - 3, y - 4, length + 40, 16, fillColor=_hex("#ffffff", 0.8), strokeColor=None))
    d.add(Line(x, y, x + length, y, strokeWidth=1.4))
    d.add(Line(x, y - 2, x, y + 3, strokeWidth=1))
    d.add(Line(x + length, y - 2, x + length, y + 3, strokeWidth=1))
    d.add(String(x + length + 4, y - 2, f"{km} {texts['km']}", fontName=FONT, fontSize=7))


def legend_height(lines: int) -> float:
    """The band under the map: the legend's lines, the places not shown, the attribution."""
    return 32 + LEGEND_LINE * lines


def legend_lines(pm: PlanMap, width: float, texts: dict[str, str],
                 layers: tuple[str, ...] = LAYERS) -> int:
    """How many lines the legend of this map takes at this width."""
    return len(_legend(texts, layers, reference.map_style(), width, bool(pm.footprints)))


def _legend(texts: dict, layers, style: dict, width: float,
            footprints: bool = False) -> list[list[Group]]:
    """The legend under the map by line, in two groups (the risk colours, then the
    activities' marks), each starting a line and going on to the next when the width is used
    up; each entry placed at its x (its y is set by the caller)."""
    groups: list[list[tuple]] = [[], []]     # (swatch shapes at x = 0, its width, text, font)
    if "risk" in layers:
        groups[0].append(([], 0.0, texts["legend_risk"], BOLD))
        for band in bands():
            groups[0].append(([Rect(0, -2, 9, 9, fillColor=_hex(band.colour), strokeColor=None)],
                              12.0, texts[f"band_{band.key}"], FONT))
    for key in ("no_threat", "neighbour"):
        groups[0].append(([Rect(0, -2, 9, 9, fillColor=_hex(style[key]),
                                strokeColor=_hex(style["border"]), strokeWidth=0.4)],
                          12.0, texts[key], FONT))
    if "activities" in layers:
        for component in reference.timeline_colours()["components"]:
            groups[1].append(([marker_shape(component, 4, 2, 3.6,
                                            _hex(reference.component_colour(component)),
                                            colors.white, 0.5)],
                              11.0, texts.get(component, component), FONT))
        groups[1].append(([Circle(4, 2, 3.6, fillColor=colors.white,
                                  strokeColor=_hex(style["uncovered"]), strokeWidth=1.6)],
                          11.0, texts["no_cover"], FONT))
        if footprints:                          # as _footprints draws them
            groups[1].append(([Circle(4.5, 2, 4.5, fillColor=_hex(FOOTPRINT, 0.15),
                                      strokeColor=_hex(FOOTPRINT), strokeWidth=0.6,
                                      strokeDashArray=[2, 2])],
                              12.0, texts["footprint"], FONT))
    lines: list[list[Group]] = []
    for entries in groups:
        x, line = 0.0, list[Group]()
        for swatch, gap, text, font in entries:
            text = shaped(text)
            need = gap + stringWidth(text, font, 7.5) + 9
            if x and x + need > width:
                lines.append(line)
                x, line = 0.0, list[Group]()
            line.append(Group(*swatch, String(gap, 0, text, fontName=font, fontSize=7.5),
                              transform=(1, 0, 0, 1, x, 0)))
            x += need
        if line:
            lines.append(line)
    return lines


def _notes(d: Drawing, texts: dict, style: dict) -> None:
    """The places not shown and the attribution, at the foot of the drawing."""
    d.add(String(0, 4, shaped(texts["attribution"]), fontName=FONT, fontSize=6.5,
                 fillColor=colors.HexColor("#555555")))
    if texts.get("not_placed"):
        d.add(String(0, 16, shaped(texts["not_placed"]), fontName=FONT, fontSize=7,
                     fillColor=_hex(style["uncovered"])))



def not_placed_line(names: Sequence[str], lang: str, width: float) -> str:
    """"Not placed on the map …: A, B and 13 more": as many names as the width holds, the
    others counted, never cut off unsaid (issue #29)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from pocplanner.i18n import tr
    for shown in range(len(names), -1, -1):
        listed = ", ".join(n[:60] for n in names[:shown])
        if shown < len(names):
            listed = tr("{names} and {n} more", lang, names=listed, n=len(names) - shown) \
                if shown else tr("{n} places", lang, n=len(names))
        line = tr("Not placed on the map (unknown to the gazetteer): {names}", lang,
                  names=listed)
        if shown == 0 or stringWidth(shaped(line), FONT, 7) <= width:
            return line
    return ""


def map_texts(pm: PlanMap, lang: str) -> dict[str, str]:
    from pocplanner.i18n import tr
    texts = {
        "legend_risk": tr("Highest threat risk:", lang),
        "no_threat": tr("no threat recorded", lang),
        "neighbour": tr("outside the region", lang),
        "footprint": tr("area held by a static presence (its radius)", lang),
        "no_cover": tr("needs security cover, none that day", lang)
        if pm.on else tr("needs security cover, not held throughout", lang),
        "km": tr("km", lang),
        "attribution": tr("Boundaries: {cercles}. Places: GeoNames (geonames.org), CC BY 4.0. "
                          "Administrative frame before 2016.", lang, cercles=geo.attribution()),
        "not_placed": tr("Not placed on the map (unknown to the gazetteer): {names}", lang,
                         names=", ".join(pm.not_placed)) if pm.not_placed else "",
    }
    for band in bands():
        texts[f"band_{band.key}"] = reference.localized(band.label, lang)
    for component in reference.timeline_colours()["components"]:
        texts[component] = reference.label("components", component, lang)
    return texts


def map_pdf(pm: PlanMap, lang: str, title: str, layers: tuple[str, ...] = LAYERS) -> bytes:
    """The map alone on a landscape A4 page, for a briefing slide or an e-mail."""
    import io

    from reportlab.graphics import renderPDF
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    from pocplanner.reports.styles import styles  # registers the fonts
    styles()
    width, height = landscape(A4)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=True)
    canvas.setTitle(title)
    canvas.setFont(BOLD, 13)
    canvas.drawString(36, height - 40, shaped(title))
    drawing = map_drawing(pm, width - 72, height - 90, map_texts(pm, lang), layers, lang)
    renderPDF.draw(drawing, canvas, 36, 30)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
