"""Small incident files in each format pocplanner reads, written by the tests themselves
(made-up events at real places; no row comes from ACLED, UCDP or any mission)."""
from __future__ import annotations

import csv
from pathlib import Path

ACLED_HEADER = ["event_id_cnty", "event_date", "year", "disorder_type", "event_type",
                "sub_event_type", "actor1", "inter1", "actor2", "inter2", "civilian_targeting",
                "iso", "country", "admin1", "admin2", "admin3", "location", "latitude",
                "longitude", "geo_precision", "source", "notes", "fatalities"]

# id, date, event type, sub-event type, actor1, inter1, admin1, admin2, lat, lon, precision,
# fatalities, civilian targeting
ACLED_EVENTS = [
    ("MLI9001", "2018-06-02", "Violence against civilians", "Attack", "Militia (Dozo)", "4",
     "Mopti", "Bankass", "14.0794", "-3.5165", "1", "12", "Civilian targeting"),
    ("MLI9002", "12 June 2018", "Explosions/Remote violence", "Remote explosive/landmine/IED",
     "JNIM", "2", "Mopti", "Koro", "14.0651", "-3.0787", "2", "4", ""),
    ("MLI9003", "2018-06-20", "Violence against civilians", "Attack",
     "Military Forces of Mali (2013-2021)", "1", "Mopti", "Djenne", "13.9065", "-4.5556",
     "1", "6", "Civilian targeting"),
    ("MLI9004", "2018-06-25", "Battles", "Armed clash", "JNIM", "2", "Mopti", "Douentza",
     "15.0019", "-2.9497", "3", "2", ""),          # imprecise: placed by its admin-2 name
    ("MLI9005", "3 July 2018", "Violence against civilians", "Sexual violence",
     "Unidentified Armed Group (Mali)", "3", "Mopti", "", "", "", "3", "0",
     "Civilian targeting"),                          # region only
    ("MLI9006", "2018-07-04", "Riots", "Mob violence", "Rioters (Mali)", "5", "Atlantis", "",
     "", "", "3", "0", ""),                          # outside the gazetteer
]


def _write(path: Path, header: list[str], rows: list[list[str]], delimiter: str = ",",
           encoding: str = "utf-8", extra: list[str] | None = None) -> Path:
    with open(path, "w", newline="", encoding=encoding) as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow(header)
        if extra:
            writer.writerow(extra)
        writer.writerows(rows)
    return path


def _acled_row(e, actor_first: bool = True) -> list[str]:
    (uid, date, etype, sub, actor, inter, adm1, adm2, lat, lon, prec, dead, civ) = e
    actors = [actor, inter, "Civilians (Mali)", "7"]
    if not actor_first:
        actors = actors[2:] + actors[:2]
    return [uid, date, date[-4:] if " " in date else date[:4], "Political violence", etype,
            sub, *actors, civ, "466", "Mali", adm1, adm2, "", "somewhere", lat, lon, prec,
            "Made-up source", "made up for a test", dead]


def acled_file(path: Path, events=ACLED_EVENTS, per_actor: bool = False, hxl: bool = False,
               delimiter: str = ",") -> Path:
    """An ACLED export; per_actor: one row per actor (each event twice, its second row with
    the actors swapped); hxl: HDX's second line of #tags."""
    rows = []
    for e in events:
        rows.append(_acled_row(e))
        if per_actor:
            rows.append(_acled_row(e, actor_first=False))
    tags = ["#event+code", "#date+occurred", "#date+year", "#event+type", "#event+type",
            "#event+type+sub", "#group+name+first", "#group+code+first", "#group+name+second",
            "#group+code+second", "#civilians", "#country+code", "#country+name", "#adm1+name",
            "#adm2+name", "#adm3+name", "#loc+name", "#geo+lat", "#geo+lon", "#geo+precision",
            "#meta+source", "#description", "#affected+killed"] if hxl else None
    return _write(path, ACLED_HEADER, rows, delimiter, extra=tags)


GED_HEADER = ["id", "relid", "year", "type_of_violence", "conflict_name", "dyad_name", "side_a",
              "side_b", "where_prec", "where_coordinates", "adm_1", "adm_2", "latitude",
              "longitude", "country", "date_prec", "date_start", "date_end", "deaths_a",
              "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low"]

# id, type, side_a, where_prec, adm_1, adm_2, lat, lon, date, civilians, best
GED_EVENTS = [
    ("501", "3", "JNIM", "1", "Mopti region", "Bankass cercle", "14.0794", "-3.5165",
     "2018-06-05 00:00:00.000", "9", "9"),
    ("502", "3", "Government of Mali", "2", "Mopti region", "Djenné cercle", "13.9065",
     "-4.5556", "2018-06-15", "5", "5"),
    ("503", "2", "Dan Na Ambassagou", "4", "Mopti region", "Koro cercle", "14.3", "-3.0",
     "2018-06-18", "0", "7"),                   # imprecise (4): placed by its admin-2 name
    ("504", "1", "Government of Mali", "6", "Mopti region", "", "14.5", "-4.2",
     "2018-06-19", "0", "3"),                   # imprecise, no admin 2: region only
    ("505", "3", "IS Sahel", "1", "Koulikoro region", "Kati cercle", "12.65", "-8.0",
     "2018-06-21", "2", "2"),                   # in Bamako, a hole of Kati: Bamako
]


def ged_file(path: Path, events=GED_EVENTS) -> Path:
    rows = [[uid, uid, date[:4], kind, "Mali: Government", f"{side} - Civilians", side,
             "Civilians", prec, "somewhere", adm1, adm2, lat, lon, "Mali", "1", date, date,
             "0", "0", civ, "0", best, best, best]
            for uid, kind, side, prec, adm1, adm2, lat, lon, date, civ, best in events]
    return _write(path, GED_HEADER, rows)


LOG_EN = ["incident_id", "date", "region", "cercle", "place", "latitude", "longitude",
          "precise", "category", "perpetrator_type", "fatalities", "civilian_fatalities",
          "civilians_targeted"]
LOG_FR = ["id_incident", "date", "region", "cercle", "lieu", "latitude", "longitude", "precis",
          "categorie", "type_auteur", "morts", "morts_civils", "civils_vises"]
LOG_ROWS = [
    ["JOC-1", "2018-06-10", "Mopti", "Bankass", "", "", "", "", "intercommunal_violence",
     "community_militia", "3", "3", "yes"],
    ["JOC-2", "11/06/2018", "Mopti", "", "Diafarabé", "", "", "non", "Violences sexuelles "
     "liées aux conflits", "unidentified", "0", "0", "oui"],
    ["JOC-3", "2018-06-12", "Mopti", "", "", "14.4936", "-4.1942", "yes", "asymmetric_attacks",
     "terrorist_group", "2", "1", "no"],
]


def log_file(path: Path, french: bool = False, rows=LOG_ROWS, delimiter: str = ",",
             encoding: str = "utf-8") -> Path:
    return _write(path, LOG_FR if french else LOG_EN, rows, delimiter, encoding)


def ged_like_rows(count: int, seed: int = 7):
    """Many GED-like rows at real places of the project's gazetteer (benchmark and placement
    checks): (id, type, side_a, where_prec, adm_1, adm_2, lat, lon, date, civilians, best)."""
    import random

    from pocplanner.domain import geo
    rng = random.Random(seed)
    points = [p for ps in geo._places().values() for p in ps]
    by_pcode = {c.pcode: c for c in geo.cercles()}
    for i in range(count):
        p = points[rng.randrange(len(points))]
        c = by_pcode.get(p.pcode)
        day = f"{2012 + rng.randrange(12)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
        yield (str(100000 + i), str(1 + rng.randrange(3)), "Government of Mali"
               if rng.random() < 0.3 else "JNIM", str(1 + rng.randrange(6)),
               f"{c.region if c else ''} region", f"{c.name if c else ''} cercle",
               f"{p.lat:.4f}", f"{p.lon:.4f}", day, str(rng.randrange(5)),
               str(rng.randrange(12)))


# ACLED's full export columns: both sides' actors with their associated actors (#33)
ACLED_FULL_HEADER = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
                     "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
                     "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
                     "iso", "region", "country", "admin1", "admin2", "admin3", "location",
                     "latitude", "longitude", "geo_precision", "source", "source_scale",
                     "notes", "fatalities", "tags", "timestamp"]

# id, date, type, sub-type, actor1, assoc1, inter1, actor2, assoc2, inter2, civilian targeting,
# admin2, location, lat, lon, fatalities (made-up rows at real places, in ACLED's layout)
ACLED_ACTOR_EVENTS = [
    ("MLI7001", "23 March 2019", "Violence against civilians", "Attack", "Dan Na Ambassagou",
     "Dogon Ethnic Militia (Mali)", "4", "Civilians (Mali)", "Fulani Ethnic Group (Mali)", "7",
     "Civilian targeting", "Bankass", "Ogossagou", "14.0794", "-3.5165", "164"),
    ("MLI7002", "2019-06-10", "Violence against civilians", "Attack",
     "Fulani Ethnic Militia (Mali)", "", "4", "Civilians (Mali)", "Dogon Ethnic Group (Mali)",
     "7", "Civilian targeting", "Bankass", "Bankass", "14.0794", "-3.5165", "35"),
    ("MLI7003", "2018-11-02", "Violence against civilians", "Attack", "Dan Na Ambassagou", "",
     "4", "Civilians (Mali)", "", "7", "Civilian targeting", "Bankass", "Bankass", "14.0794",
     "-3.5165", "9"),
    ("MLI7004", "2019-05-04", "Battles", "Armed clash", "Dan Na Ambassagou", "", "4",
     "Fulani Ethnic Militia (Mali)", "", "4", "", "Koro", "Koro", "14.0651", "-3.0787", "5"),
    ("MLI7005", "2019-08-15", "Explosions/Remote violence", "Air/drone strike",
     "Military Forces of France (2019-)", "Military Forces of Mali (2013-2021)", "8",
     "Civilians (Mali)", "", "7", "Civilian targeting", "Djenne", "Djenné", "13.9065",
     "-4.5556", "4"),
    ("MLI7006", "2019-08-16", "Explosions/Remote violence", "Air/drone strike",
     "Military Forces of Mali (2013-2021)", "", "1", "JNIM: Group for Support of Islam and "
     "Muslims", "", "2", "", "Djenne", "Djenné", "13.9065", "-4.5556", "7"),
    ("MLI7007", "2019-09-01", "Violence against civilians", "Attack", "Wagner Group", "", "8",
     "Civilians (Mali)", "", "7", "Civilian targeting", "Djenne", "Moura", "13.9065",
     "-4.5556", "20"),
]


def acled_actors_file(path: Path, events=ACLED_ACTOR_EVENTS) -> Path:
    """An ACLED export with its full columns: actors, associated actors, locations."""
    rows = []
    for (uid, date, etype, sub, a1, as1, i1, a2, as2, i2, civ, adm2, loc, lat, lon,
         dead) in events:
        rows.append([uid, date, date[-4:] if " " in date else date[:4], "1",
                     "Political violence", etype, sub, a1, as1, i1, a2, as2, i2, i1 + i2, civ,
                     "466", "Western Africa", "Mali", "Mopti", adm2, "", loc, lat, lon, "1",
                     "Made-up source", "Local", "made up for a test: not kept", dead, "",
                     "1700000000"])
    return _write(path, ACLED_FULL_HEADER, rows)
