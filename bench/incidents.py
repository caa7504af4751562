"""Benchmark of incident data (issues #20, #27, #33), run in a process of its own so that its
peak memory is the import's: a GED-like file of ROWS rows at real places of the gazetteer is
imported into an encrypted database, imported again, then a region's year is summarised,
listed and drawn as the map's events layer. Beside the import, csv.DictReader over the same
file (the floor: reading it at all) and, on the same encrypted connection, the rows inserted
with executemany (what storage does) and with sqlite-utils insert_all (what it did).

    python bench/incidents.py ROWS DB_PATH CSV_PATH    → one line of JSON
"""
from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE))


def main(rows: int, db_path: str, csv_path: str) -> dict:
    from pocplanner.services.incidents import import_incidents, summary
    from pocplanner.storage import open_database
    db = open_database(Path(db_path), passphrase="benchmark passphrase")
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    floor_before, floor_cpu_before = _dictreader(csv_path)
    t, cpu = time.perf_counter(), time.process_time()
    report = import_incidents(db, csv_path, progress=lambda done, size: None)
    imported, imported_cpu = time.perf_counter() - t, time.process_time() - cpu
    t = time.perf_counter()
    again = import_incidents(db, csv_path)
    reimported = time.perf_counter() - t
    assert again.duplicates == report.events == rows, (report, again)
    times = []
    for _ in range(9):
        t = time.perf_counter()
        summary(db, region="Mopti", date_from="2018-01-01", date_to="2018-12-31")
        times.append(time.perf_counter() - t)
    listed, drawn = _events_figures(db)
    floor_after, floor_cpu_after = _dictreader(csv_path)
    floor, floor_cpu = (floor_before + floor_after) / 2, (floor_cpu_before + floor_cpu_after) / 2
    return {"import_s": imported, "reimport_s": reimported,
            "summary_region_year_s": sorted(times)[4],
            "dictreader_s": floor, "import_ratio": imported / floor,
            "import_cpu_s": imported_cpu, "dictreader_cpu_s": floor_cpu,
            "import_cpu_ratio": imported_cpu / floor_cpu,
            **_inserts(db, rows),
            "events_region_year_s": listed, "events_layer_draw_s": drawn,
            "import_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "peak_before_import_mb": peak_before,
            "placed_by_coordinates": report.placed_by_coordinates}


def _dictreader(csv_path: str) -> tuple[float, float]:
    """csv.DictReader over the whole file, the least any import can take: (wall, CPU)."""
    import csv
    t, cpu = time.perf_counter(), time.process_time()
    with open(csv_path, newline="", encoding="utf-8") as fh:
        for _ in csv.DictReader(fh):
            pass
    return time.perf_counter() - t, time.process_time() - cpu


def _inserts(db, rows: int) -> dict:
    """The same records into a scratch table of the encrypted database, by executemany and by
    sqlite-utils insert_all (each in one transaction, rolled back)."""
    from itertools import islice

    from pocplanner.storage.utils_db import table, utils_database
    columns = ("source_id", "uid", "date", "pcode", "region", "placed_by", "event_type",
               "fatalities", "actors")
    records = [(1, f"ged:{i}", "2018-01-01", "ML0502", "Mopti", "coordinates", "one-sided",
                i % 7, "JNIM") for i in range(rows)]
    db.execute("CREATE TABLE scratch (id INTEGER PRIMARY KEY, source_id INT, uid TEXT UNIQUE, "
               "date TEXT, pcode TEXT, region TEXT, placed_by TEXT, event_type TEXT, "
               "fatalities INT, actors TEXT)")
    out = {}
    db.execute("BEGIN")
    t = time.perf_counter()
    it = iter(records)
    sql = f"INSERT OR IGNORE INTO scratch ({', '.join(columns)}) VALUES ({', '.join('?' * 9)})"
    while batch := list(islice(it, 2000)):
        db.conn.executemany(sql, batch)
    out["insert_executemany_s"] = time.perf_counter() - t
    db.execute("ROLLBACK")
    db.execute("BEGIN")
    t = time.perf_counter()
    table(utils_database(db), "scratch").insert_all(
        (dict(zip(columns, r)) for r in records), batch_size=2000, ignore=True)
    out["insert_sqlite_utils_s"] = time.perf_counter() - t
    db.execute("ROLLBACK")
    db.execute("DROP TABLE scratch")
    return out


def _events_figures(db) -> tuple[float, float]:
    """Medians: a year of Mopti's events listed, and that year's events layer drawn on the map
    of a Mopti plan (its region and neighbours, 1280×720 window's map size)."""
    from PySide6.QtWidgets import QApplication

    from plans import make_plan
    from pocplanner.domain.plan_map import plan_map
    from pocplanner.services.incident_events import events, points, where
    from pocplanner.ui.charts.map_view import MapView
    app = QApplication.instance() or QApplication([])
    listed = []
    for _ in range(9):
        t = time.perf_counter()
        events(db, where("Mopti", None, "2018-01-01", "2018-12-31"))
        listed.append(time.perf_counter() - t)
    plan = make_plan("S")
    view = MapView("en")
    view.resize(820, 560)
    pm = plan_map(plan, None)
    view.set_map(pm)
    view.grab()
    shown = frozenset(a.cercle.pcode for a in pm.areas)
    drawn = []
    for _ in range(9):
        t = time.perf_counter()
        view.event_points = points(db, "2018-01-01", "2018-12-31", shown)
        view.grab()
        drawn.append(time.perf_counter() - t)
    app.processEvents()
    return sorted(listed)[4], sorted(drawn)[4]


def write_file(rows: int, path: Path) -> None:
    from incident_files import ged_file, ged_like_rows
    ged_file(path, events=ged_like_rows(rows))


if __name__ == "__main__":
    if sys.argv[1] == "--write":
        write_file(int(sys.argv[2]), Path(sys.argv[3]))
    else:
        print(json.dumps(main(int(sys.argv[1]), sys.argv[2], sys.argv[3])))
