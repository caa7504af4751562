"""Another system's incident table read through a column mapping (a "layout"): which of its
columns holds the date, the place name, the coordinates, the type, the actors, the fatalities
and the identifier. A layout is saved by name, so that the next export of the same system
imports in one step (`pocplanner incidents import FILE --layout NAME`).

The type is the system's own wording: when it names a threat category (its key, or its
English or French label), the events count towards it; otherwise they count towards none
until the planner chooses one for the source (Tools ▸ Incident sources)."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any, NamedTuple

from pocplanner.domain.incidents.actors import names
from pocplanner.domain.incidents.event import (
    Event,
    RowProblem,
    read_coordinate,
    read_count,
    read_date,
)
from pocplanner.domain.incidents.formats import Format, normalise_header
from pocplanner.messages import Message

# the fields a layout maps, in the order the dialog asks for them; date is required
FIELDS = ("date", "place", "latitude", "longitude", "type", "actors", "fatalities", "id",
          "region", "cercle")
REQUIRED = ("date",)
MAX_NAME = 80


class Layout(NamedTuple):
    name: str
    columns: dict[str, str]     # field → the file's column name (as normalise_header writes it)

    def to_json(self) -> str:
        return json.dumps({"columns": self.columns}, ensure_ascii=False, sort_keys=True)

    @classmethod
    def of_json(cls, name: str, text: str) -> "Layout":
        data: dict[str, Any] = json.loads(text or "{}")
        columns = {k: str(v) for k, v in dict(data.get("columns", {})).items() if k in FIELDS}
        return cls(name, columns)

    def problems(self, header: list[str]) -> list[Message]:
        """What keeps this layout from reading a file with this header."""
        out = [Message("the layout maps no column to {field}", field=f)
               for f in REQUIRED if not self.columns.get(f)]
        present = set(normalise_header(header))
        for field, column in sorted(self.columns.items()):
            if column and normalise_header([column])[0] not in present:
                out.append(Message("line 1: column {column} ({field}) is missing",
                                   column=column, field=field))
        return out

    def format(self) -> Format:
        required = tuple(normalise_header([c])[0] for f, c in self.columns.items() if c)
        return Format("table", self.name[:MAX_NAME], required,
                      f"{self.name[:MAX_NAME]} (an incident table mapped in pocplanner)",
                      self._reader)

    def _reader(self, col: dict[str, int]) -> Callable[[list[str]], Event]:
        index = {field: col.get(normalise_header([column])[0])
                 for field, column in self.columns.items() if column}
        prefix = "table:" + self.name[:MAX_NAME] + ":"

        def cell(row: list[str], field: str) -> str:
            i = index.get(field)
            return row[i].strip() if i is not None and i < len(row) else ""

        def read(row: list[str]) -> Event:
            date = read_date(cell(row, "date"), self.columns["date"])
            lon = read_coordinate(cell(row, "longitude"), "longitude", 180)
            lat = read_coordinate(cell(row, "latitude"), "latitude", 90)
            uid = cell(row, "id") or hashlib.sha1("\x1f".join(row).encode()).hexdigest()[:16]
            kind = cell(row, "type")[:120]
            dead = read_count(cell(row, "fatalities"), self.columns.get("fatalities", ""))
            place = cell(row, "place")[:120]
            return Event(prefix + uid[:120], date, lon, lat, lon is not None and lat is not None,
                         cell(row, "region"), cell(row, "cercle") or place, kind, "", "", dead,
                         False, 0, names([cell(row, "actors")]), place)
        return read


def guess(header: list[str]) -> dict[str, str]:
    """A first mapping from the column names (English or French, any case or accents; the
    first or last word counts: "Auteurs présumés" is actors, "Nombre de morts" fatalities),
    for the dialog to show."""
    from pocplanner.domain.incidents.actors import fold
    hints = {"date": ("date", "event_date", "date_incident", "jour", "when"),
             "place": ("place", "location", "lieu", "localite", "village", "site"),
             "latitude": ("latitude", "lat", "y"),
             "longitude": ("longitude", "lon", "long", "lng", "x"),
             "type": ("type", "event_type", "category", "categorie", "nature", "type_incident"),
             "actors": ("actors", "actor", "acteurs", "acteur", "auteur", "auteurs",
                        "perpetrator", "perpetrators"),
             "fatalities": ("fatalities", "deaths", "killed", "dead", "morts", "tues", "deces"),
             "id": ("id", "identifier", "identifiant", "reference", "ref", "numero", "no",
                    "code"),
             "region": ("region", "admin1"),
             "cercle": ("cercle", "admin2", "district")}
    normal = normalise_header(header)
    words = [fold(name).replace("_", " ").split() for name in header]
    found: dict[str, str] = {}
    for field, options in hints.items():
        for name, parts in zip(normal, words):
            if parts and (parts[0] in options or parts[-1] in options) and \
                    name not in found.values():
                found[field] = name
                break
    return found


class PreviewRow(NamedTuple):
    line: int
    cells: list[str]
    problem: Message | None       # why this row would be skipped, None if it reads


def preview(incident_file: Any, layout: Layout, count: int = 8) -> list[PreviewRow]:
    """The first rows of the file and what the layout makes of each."""
    column = {name: i for i, name in reversed(list(enumerate(incident_file.header)))}
    read = layout._reader(column) if layout.columns.get("date") else None
    out = []
    for i, row in enumerate(incident_file.first_rows(count)):
        problem = None
        if read is not None:
            try:
                read(row)
            except RowProblem as exc:
                problem = exc.message
        out.append(PreviewRow(i + 2, row, problem))
    return out
