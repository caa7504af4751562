"""The incident files pocplanner reads, told apart by their header: ACLED exports (one row per
event or one row per actor; through HDX with a second line of HXL tags), UCDP GED CSV, and the
mission's own incident log (the template `pocplanner incidents template` writes, with English
or French headers). Each format turns a row into an Event."""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from pocplanner import reference
from pocplanner.domain.incidents.actors import is_victim_side, names, parties
from pocplanner.domain.incidents.event import (
    Event,
    RowProblem,
    read_coordinate,
    read_count,
    read_date,
    read_flag,
)
from pocplanner.messages import Message


class Format(NamedTuple):
    key: str                       # acled | ged | log
    name: str                      # as sources are named: "ACLED", "UCDP GED", …
    required: tuple[str, ...]
    attribution: str
    make_reader: Callable[[dict[str, int]], Callable[[list[str]], Event]]


def _cell(row: list[str], i: int | None) -> str:
    return row[i] if i is not None and i < len(row) else ""


@lru_cache(maxsize=1)
def _inter_codes() -> dict[str, str]:
    import json
    return json.loads(reference.resource_text("reference", "incident_categories.json"))[
        "acled_inter_codes"]


def _acled_reader(col: dict[str, int]) -> Callable[[list[str]], Event]:
    """A reader of ACLED rows; the column indexes are looked up once (a missing column reads
    as empty: reading.py pads each row)."""
    c = col.get
    inter = _inter_codes()
    # required columns (the header was checked): their index; the others: None if absent
    (i_type, i_dead, i_prec, i_lon, i_lat, i_id, i_date, i_adm1) = (col[name] for name in (
        "event_type", "fatalities", "geo_precision", "longitude", "latitude", "event_id_cnty",
        "event_date", "admin1"))
    (i_civ, i_adm2, i_sub, i_inter1, i_inter2, i_a1, i_as1, i_a2, i_as2, i_loc) = (
        c(name) for name in ("civilian_targeting", "admin2", "sub_event_type", "inter1",
                             "inter2", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2",
                             "location"))

    def actors(row: list[str]) -> tuple[str, ...]:
        """Both sides' actors and associated actors, the civilian side left out."""
        cells: list[str] = []
        for i_actor, i_assoc, i_inter in ((i_a1, i_as1, i_inter1), (i_a2, i_as2, i_inter2)):
            actor = _cell(row, i_actor)
            if inter.get(_cell(row, i_inter).strip().lower()) == "civilians" or \
                    is_victim_side(actor):
                continue
            cells += [actor, _cell(row, i_assoc)]
        return names(tuple(cells))

    def read(row: list[str]) -> Event:
        event_type = row[i_type].strip()
        fatalities = read_count(row[i_dead], "fatalities")
        civilian = bool(_cell(row, i_civ).strip()) or \
            event_type.lower() == "violence against civilians"
        precision = read_count(row[i_prec], "geo_precision", empty=3)
        lon = read_coordinate(row[i_lon], "longitude", 180)
        lat = read_coordinate(row[i_lat], "latitude", 90)
        uid = row[i_id].strip()
        if not uid:
            raise RowProblem(Message("event_id_cnty is empty"))
        return Event("acled:" + uid, read_date(row[i_date], "event_date"),
                     lon, lat, precision <= 2 and lon is not None and lat is not None,
                     row[i_adm1].strip(), _cell(row, i_adm2).strip(),
                     event_type, _cell(row, i_sub).strip(),
                     inter.get(_cell(row, i_inter1).strip().lower(), ""),
                     fatalities, civilian, fatalities if civilian else 0,
                     actors(row), _cell(row, i_loc).strip()[:120])
    return read


_GED_TYPES = {"1": "state-based", "2": "non-state", "3": "one-sided"}


def _ged_reader(col: dict[str, int]) -> Callable[[list[str]], Event]:
    (i_kind, i_civ, i_lon, i_lat, i_prec, i_a, i_id, i_date, i_adm1, i_adm2,
     i_best) = (col[name] for name in (
        "type_of_violence", "deaths_civilians", "longitude", "latitude", "where_prec",
        "side_a", "id", "date_start", "adm_1", "adm_2", "best"))
    i_b, i_where = col.get("side_b"), col.get("where_coordinates")

    def read(row: list[str]) -> Event:
        kind = _GED_TYPES.get(row[i_kind].strip())
        if kind is None:
            raise RowProblem(Message("type_of_violence: “{value}” is not 1, 2 or 3",
                                     value=row[i_kind][:40]))
        civilians = read_count(row[i_civ], "deaths_civilians")
        lon = read_coordinate(row[i_lon], "longitude", 180)
        lat = read_coordinate(row[i_lat], "latitude", 90)
        precision = read_count(row[i_prec], "where_prec", empty=7)
        side_a, side_b = row[i_a], _cell(row, i_b)
        uid = row[i_id].strip()
        if not uid:
            raise RowProblem(Message("id is empty"))
        return Event("ged:" + uid, read_date(row[i_date], "date_start"),
                     lon, lat, precision <= 3 and lon is not None and lat is not None,
                     row[i_adm1].strip(), row[i_adm2].strip(), kind, "",
                     "government" if side_a.strip().lower().startswith("government of")
                     else "non_state",
                     read_count(row[i_best], "best"),
                     kind == "one-sided" or civilians > 0, civilians,
                     parties((side_a, side_b)),
                     _cell(row, i_where).strip()[:120])
    return read


# The mission's incident log: the English column names, and the French ones they stand for.
LOG_COLUMNS = ("incident_id", "date", "region", "cercle", "place", "latitude", "longitude",
               "precise", "category", "perpetrator_type", "fatalities", "civilian_fatalities",
               "civilians_targeted")
LOG_OPTIONAL = {"acteurs": "actors"}          # read when present: "Actor A; Actor B"
LOG_COLUMNS_FR = ("id_incident", "date", "region", "cercle", "lieu", "latitude", "longitude",
                  "precis", "categorie", "type_auteur", "morts", "morts_civils", "civils_vises")
LOG_FR = dict(zip(LOG_COLUMNS_FR, LOG_COLUMNS)) | LOG_OPTIONAL
TEMPLATE_EXAMPLE = "EXAMPLE"      # the id of the template's example row (never imported)


@lru_cache(maxsize=1)
def _category_keys() -> dict[str, str]:
    """Threat categories by key and by their English and French labels."""
    from pocplanner.domain.places import place_key
    keys: dict[str, str] = {}
    for term in reference.vocabularies()["threat_categories"]:
        keys[place_key(term.key)] = term.key
        for text in term.label.values():
            keys[place_key(text)] = term.key
    return keys


def category_named(text: str) -> str:
    """The threat category a text names (its key or its English or French label), else ""."""
    from pocplanner.domain.places import place_key
    return _category_keys().get(place_key(text.strip()), "") if text.strip() else ""


def log_category(text: str) -> str:
    from pocplanner.domain.places import place_key
    value = text.strip()
    key = _category_keys().get(place_key(value))
    if key is None:
        raise RowProblem(Message("category: “{value}” is not a threat category (use a key "
                                 "such as intercommunal_violence)", value=value[:60]))
    return key


def _log_reader(col: dict[str, int]) -> Callable[[list[str]], Event]:
    c = col.get
    perpetrators = set(reference.vocabulary_keys("perpetrator_types"))

    def read(row: list[str]) -> Event:
        uid = _cell(row, c("incident_id")).strip()
        if not uid:
            raise RowProblem(Message("incident_id is empty"))
        if uid.upper().startswith(TEMPLATE_EXAMPLE):
            raise RowProblem(Message("{id} is the template's example row; it is not "
                                     "imported", id=uid[:40]))
        lon = read_coordinate(_cell(row, c("longitude")), "longitude", 180)
        lat = read_coordinate(_cell(row, c("latitude")), "latitude", 90)
        actor = _cell(row, c("perpetrator_type")).strip()
        civilians = read_count(_cell(row, c("civilian_fatalities")), "civilian_fatalities")
        category = log_category(_cell(row, c("category")))
        return Event("log:" + uid, read_date(_cell(row, c("date")), "date"), lon, lat,
                     read_flag(_cell(row, c("precise"))) and lon is not None and lat is not None,
                     _cell(row, c("region")).strip(),
                     _cell(row, c("cercle")).strip() or _cell(row, c("place")).strip(),
                     category, "", actor if actor in perpetrators else "",
                     read_count(_cell(row, c("fatalities")), "fatalities"),
                     read_flag(_cell(row, c("civilians_targeted"))) or civilians > 0, civilians,
                     names([_cell(row, c("actors"))]), _cell(row, c("place")).strip()[:120])
    return read


FORMATS = (
    Format("acled", "ACLED", ("event_id_cnty", "event_date", "event_type", "admin1",
                              "latitude", "longitude", "geo_precision", "fatalities"),
           "Armed Conflict Location & Event Data (ACLED), acleddata.com",
           _acled_reader),
    Format("ged", "UCDP GED", ("id", "type_of_violence", "where_prec", "best", "date_start",
                               "adm_1", "adm_2", "latitude", "longitude", "side_a",
                               "deaths_civilians"),
           "UCDP Georeferenced Event Dataset (GED), Uppsala Conflict Data Program, CC BY 4.0",
           _ged_reader),
    Format("log", "Mission incident log", ("incident_id", "date", "category"),
           "The mission's own incident log", _log_reader),
)
BY_KEY = {f.key: f for f in FORMATS}


def normalise_header(cells: list[str]) -> list[str]:
    """Column names as the formats know them: lower case, trimmed, French log names in
    English."""
    names = [cell.strip().strip("\ufeff").strip().lower() for cell in cells]
    return [LOG_FR.get(name, name) for name in names]


def detect(header: list[str]) -> Format | None:
    """The format a header belongs to, judged by the columns that only it has."""
    names = set(header)
    if "event_id_cnty" in names:
        return BY_KEY["acled"]
    if {"type_of_violence", "where_prec", "best"} & names and "id" in names:
        return BY_KEY["ged"]
    if "incident_id" in names:
        return BY_KEY["log"]
    return None


def template_header(lang: str) -> list[str]:
    return list(LOG_COLUMNS_FR if lang == "fr" else LOG_COLUMNS)
