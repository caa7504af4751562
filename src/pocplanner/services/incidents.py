"""Incident data as the command line and the app both use it: import a file (progress and
cancel as plain callbacks; the app wraps them in Qt signals), the sources, the summary, the
evidence for a threat and the counts per cercle for the map. Only counts leave here."""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from pocplanner.domain import geo
from pocplanner.domain.evidence import Figures, Window, source_label, threat_cercles, window
from pocplanner.domain.incidents import (
    BY_KEY,
    CategoryMap,
    FileRefused,
    IncidentFile,
    Placed,
    Placer,
    template_header,
)
from pocplanner.domain.incidents.actors import fold
from pocplanner.domain.incidents.categories import CIVILIANS
from pocplanner.domain.incidents.mapping import Layout
from pocplanner.domain.model import Plan, Threat
from pocplanner.messages import Message, UserError
from pocplanner.storage import incident_queries as q
from pocplanner.storage import incidents as stored
from pocplanner.storage.places import user_places

# The incident sources as the edges list and edit them (Tools ▸ Incident sources, `pocplanner
# incidents sources|delete`), from the store.
Source = stored.Source
sources = stored.sources
source = stored.source
event_kinds = stored.event_kinds
set_categories = stored.set_categories

__all__ = [
    "FileRefused",
    "ImportReport",
    "NoSuchSource",
    "Source",
    "cercle_counts",
    "delete_source",
    "event_kinds",
    "import_incidents",
    "monthly",
    "set_categories",
    "source",
    "sources",
    "summary",
    "threat_figures",
    "write_template",
]


class NoSuchSource(UserError):
    def __init__(self, source_id: object) -> None:
        super().__init__(Message("There is no incident source {id}; 'pocplanner incidents "
                                 "sources' lists them.", id=source_id))


class ImportReport(NamedTuple):
    format: str
    rows: int
    events: int
    duplicates: int
    placed_by_coordinates: int
    placed_by_name: int
    region_only: int
    not_placed: int
    source_id: int
    skipped: tuple                  # Skipped(line, message) for each row left out
    encoding: str

    def to_json(self) -> dict[str, object]:
        return {k: getattr(self, k) for k in ("format", "rows", "events", "duplicates",
                                              "placed_by_coordinates", "placed_by_name",
                                              "region_only", "not_placed", "source_id")}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def import_incidents(db, path: Path | str, progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None,
                     layout: Layout | None = None) -> ImportReport:
    """Read, place and store an incident file (another system's table: through `layout`).
    FileRefused (every problem, with its line) when nothing in it can be imported; Cancelled
    when the user stops it. Either way the database is unchanged. The same file again adds
    nothing."""
    path = Path(path)
    incident_file = IncidentFile(path, layout)
    fmt = incident_file.format
    sha = _sha256(path)
    known = stored.source_with_file(db, sha)
    if known is not None:                   # this very file is stored already
        return _already(known, incident_file, progress)
    placer = Placer(user_places(db))
    categories = CategoryMap(fmt.key)
    meta: dict[str, object] = {"name": fmt.name, "file_name": path.name[:200], "format": fmt.key,
                               "sha256": sha, "imported_at": stored.now(),
                               "attribution": fmt.attribution, "rows": 0}

    def placed():
        for event in incident_file.events(progress, cancelled):
            pcode, region, how = placer.place(event)
            yield Placed(event, pcode, region, how,
                         categories.of(event.event_type, event.sub_event_type,
                                       event.actor_type, CIVILIANS if event.civilian else ""))
        meta["rows"] = incident_file.rows
        if not incident_file.rows:
            raise FileRefused(path, [Message("it has a header but no rows")])
        if incident_file.skipped and incident_file.rows == len(incident_file.skipped):
            raise FileRefused(path, [Message("line {line}: {problem}", line=s.line,
                                             problem=s.message)
                                     for s in incident_file.skipped])

    try:
        result = stored.store_events(db, meta, placed())
    except stored.AlreadyStored:            # another process stored this file meanwhile
        return _already(stored.source_with_file(db, sha), incident_file, progress)
    return ImportReport(fmt.key, incident_file.rows, result.events, result.events - result.new,
                        result.placed["coordinates"], result.placed["name"],
                        result.placed["region"], result.placed["none"], result.source_id,
                        tuple(incident_file.skipped), incident_file.encoding)


def _already(known, incident_file, progress) -> ImportReport:
    """The report of a file stored before: nothing added."""
    if progress is not None:
        progress(incident_file.size, incident_file.size)
    counted = known.events + known.duplicates
    return ImportReport(incident_file.format.key, known.rows, counted, counted,
                        known.placed_by_coordinates, known.placed_by_name, known.region_only,
                        known.not_placed, known.id, (), incident_file.encoding)


def import_into(db_path: Path, passphrase: str | None, path: Path | str,
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None,
                layout: Layout | None = None) -> ImportReport:
    """The same import on a connection of its own (for a worker thread: a connection serves
    only the thread that opened it), closed afterwards."""
    from pocplanner.storage import open_database
    db = open_database(Path(db_path), passphrase=passphrase)
    try:
        return import_incidents(db, path, progress, cancelled, layout)
    finally:
        db.close()


def write_template(out: Path | str, lang: str) -> Path:
    """The mission's incident log template: the header and one example row (marked as such)."""
    import csv
    import io

    from pocplanner.files import write_atomically
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(template_header(lang))
    writer.writerow(["EXAMPLE-1", "2026-01-15", "Mopti", "Bankass", "Bankass", "14.0794",
                     "-3.5165", "yes" if lang != "fr" else "oui", "intercommunal_violence",
                     "community_militia", "3", "3", "yes" if lang != "fr" else "oui"])
    out = Path(out)
    write_atomically(out, buffer.getvalue().encode("utf-8-sig"))
    return out


MAX_SOURCE_ID = 2**63 - 1


def delete_source(db, source_id: int) -> int:
    """Delete a source; returns how many events went with it (those another source also
    holds stay, under that source)."""
    if not 1 <= source_id <= MAX_SOURCE_ID:
        raise NoSuchSource(source_id)
    deleted = stored.delete_source_counted(db, source_id)
    if deleted is None:
        raise NoSuchSource(source_id)
    return deleted


def region_filter(region: str | None) -> tuple[frozenset[str] | None, frozenset[str]]:
    """The cercles a region name stands for, and the region name that events placed only in
    a region carry (a newer region, such as Bandiagara, covers cercles of an older one but
    not that older region's region-only events). None: everywhere."""
    if not region:
        return None, frozenset()
    from pocplanner import reference
    from pocplanner.domain.incidents.placement import Placer
    from pocplanner.domain.plan_map import region_cercles
    cercles = frozenset(region_cercles(region))
    place = reference.gazetteer().find(region, level=1)
    name = place.name if place else Placer().region_name(region) or region
    return cercles, frozenset({name})


def summary(db, region: str | None = None, date_from: str | None = None,
            date_to: str | None = None, by: str = "cercle", lang: str = "en") -> list[dict]:
    pcodes, regions = region_filter(region)
    where = q.Where(pcodes, regions, None, date_from, date_to)
    return [{"key": c.key, "name": _name(by, c.key, lang), "events": c.events,
             "fatalities": c.fatalities, "civilian_events": c.civilian_events,
             "civilian_fatalities": c.civilian_fatalities} for c in q.grouped(db, where, by)]


def _name(by: str, key: str, lang: str) -> str:
    from pocplanner import reference
    from pocplanner.i18n import format_month, tr
    if by == "cercle":
        cercle = next((c for c in geo.cercles() if c.pcode == key), None)
        return cercle.name if cercle else tr("not placed in a cercle", lang)
    if by == "month":
        try:
            return format_month(dt.date.fromisoformat(key + "-01"), lang)
        except ValueError:
            return key
    if by == "category":
        return reference.label("threat_categories", key, lang) if key else \
            tr("no threat category", lang)
    return key or tr("not placed", lang)


def threat_figures(db, plan: Plan, threat: Threat, days: int, places: tuple = (),
                   actors: tuple[str, ...] = ()) -> tuple[list[Figures], frozenset[str], bool]:
    """Each source's counts for the threat's cercles and category in the window of `days`
    before the plan starts and in the window before it; `actors`: only the events of these
    actors (a part of a name, any case or accents)."""
    pcodes, from_threat = threat_cercles(plan, threat, places)
    w = window(plan, days)
    folded = tuple(fold(a) for a in actors if fold(a))
    now = _counts(db, pcodes, threat.category, w.start, w.end, folded)
    before = _counts(db, pcodes, threat.category, w.previous_start, w.previous_end, folded)
    figures = []
    for src in stored.sources(db):
        cur, prev = now.get(src.id), before.get(src.id)
        figures.append(Figures(src.id, source_label(src.name, src.accessed()), src.accessed(),
                               w, cur.events if cur else 0, cur.fatalities if cur else 0,
                               cur.civilian_fatalities if cur else 0,
                               prev.events if prev else 0, prev.fatalities if prev else 0))
    return figures, pcodes, from_threat


def _counts(db, pcodes, category: str, start: dt.date, end: dt.date,
            actors: tuple[str, ...] = ()):
    return q.by_source(db, q.Where(pcodes, frozenset(), frozenset({category}), start.isoformat(),
                                   end.isoformat(), actors=actors))


def monthly(db, pcodes: frozenset[str], category: str | None, end: dt.date,
            months: int = 24, actors: tuple[str, ...] = ()) -> list[tuple[str, int, int]]:
    """(YYYY-MM, events, fatalities) for the `months` months up to `end`, empty months kept."""
    first = dt.date(end.year, end.month, 1)
    for _ in range(months - 1):
        first = (first - dt.timedelta(days=1)).replace(day=1)
    where = q.Where(pcodes, frozenset(), frozenset({category}) if category else None,
                    first.isoformat(), end.isoformat(),
                    actors=tuple(fold(a) for a in actors if fold(a)))
    found = {c.key: c for c in q.grouped(db, where, "month")}
    out, day = [], first
    while day <= end:
        key = day.strftime("%Y-%m")
        c = found.get(key)
        out.append((key, c.events if c else 0, c.fatalities if c else 0))
        day = (day + dt.timedelta(days=32)).replace(day=1)
    return out


def cercle_counts(db, plan: Plan, days: int = 365) -> tuple[dict[str, int], Window, list[str]]:
    """Events per cercle in the `days` before the plan starts (every category), for the map's
    incident layer, with the window and the sources named (for the legend)."""
    if not q.has_incidents(db):
        return {}, window(plan, days), []
    w = window(plan, days)
    where = q.Where(None, frozenset(), None, w.start.isoformat(), w.end.isoformat())
    counts = {c.key: c.events for c in q.grouped(db, where, "cercle") if c.key}
    used = q.by_source(db, where)
    names = [source_label(s.name, s.accessed()) for s in stored.sources(db) if s.id in used]
    return counts, w, names


def format_name(key: str) -> str:
    return BY_KEY[key].name if key in BY_KEY else key
