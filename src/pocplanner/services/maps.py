"""The map alone, as `pocplanner map` writes it: a one-page PDF (vector, the same drawing
as the printed plan's map page) or a PNG image of that page."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from pocplanner.domain.model import Plan
from pocplanner.domain.plan_map import plan_map
from pocplanner.i18n import format_date, tr
from pocplanner.storage.places import user_places

__all__ = ["map_pdf_bytes", "map_title", "user_places", "write_map"]


def map_title(plan: Plan, lang: str, on: dt.date | None) -> str:
    if on is None:
        return tr("Map — {title}", lang, title=plan.title)
    return tr("Map — {title}, on {date}", lang, title=plan.title, date=format_date(on, lang))


def map_pdf_bytes(plan: Plan, lang: str, on: dt.date | None = None,
                  layers: tuple[str, ...] = ("risk", "activities", "incidents"),
                  places: tuple = (), db=None) -> bytes:
    """places: those the users added to the gazetteer (storage); db: the database whose
    incident counts per cercle the map shows."""
    from pocplanner.reports.map_drawing import map_pdf
    from pocplanner.services.printing import incident_layer
    pm = plan_map(plan, on, places=places)
    layer = incident_layer(db, plan, lang) if "incidents" in layers else None
    if layer:
        pm = pm.with_incidents(*layer)
    return map_pdf(pm, lang, map_title(plan, lang, on), layers)


def write_map(pdf: bytes, out: Path, to_png) -> Path:
    """Write the map atomically: the PDF as is, or (OUT.png) the page as an image made by
    to_png(pdf) -> PNG bytes, which the edge supplies."""
    from pocplanner.files import write_atomically
    data = to_png(pdf) if out.suffix.lower() == ".png" else pdf
    write_atomically(out, data)
    return out
