"""Benchmark of incident data (issue #20), run in a process of its own so that its peak memory
is the import's: a GED-like file of ROWS rows at real places of the gazetteer is imported into
an encrypted database, imported again, then a region's year is summarised.

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


def main(rows: int, db_path: str, csv_path: str) -> dict:
    from pocplanner.services.incidents import import_incidents, summary
    from pocplanner.storage import open_database
    db = open_database(Path(db_path), passphrase="benchmark passphrase")
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t = time.perf_counter()
    report = import_incidents(db, csv_path, progress=lambda done, size: None)
    imported = time.perf_counter() - t
    t = time.perf_counter()
    again = import_incidents(db, csv_path)
    reimported = time.perf_counter() - t
    assert again.duplicates == report.events == rows, (report, again)
    times = []
    for _ in range(9):
        t = time.perf_counter()
        summary(db, region="Mopti", date_from="2018-01-01", date_to="2018-12-31")
        times.append(time.perf_counter() - t)
    return {"import_s": imported, "reimport_s": reimported,
            "summary_region_year_s": sorted(times)[4],
            "import_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "peak_before_import_mb": peak_before,
            "placed_by_coordinates": report.placed_by_coordinates}


def write_file(rows: int, path: Path) -> None:
    from incident_files import ged_file, ged_like_rows
    ged_file(path, events=ged_like_rows(rows))


if __name__ == "__main__":
    if sys.argv[1] == "--write":
        write_file(int(sys.argv[2]), Path(sys.argv[3]))
    else:
        print(json.dumps(main(int(sys.argv[1]), sys.argv[2], sys.argv[3])))
