"""Benchmark of the mission view (issue #22): 10 regional plans of 100 activities each,
consolidated by `pocplanner consolidate` (the whole command, start-up included) and opened in
the mission view.

    python bench/consolidation.py FOLDER     → one line of JSON
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
REGIONS = ["Mopti", "Gao", "Tombouctou", "Kidal", "Ségou", "Ménaka", "Kayes", "Sikasso",
           "Koulikoro", "Bamako"]


def make_files(folder: Path) -> list[Path]:
    from plans import make_plan
    from pocplanner.exchange import export_plan
    files = []
    for i, region in enumerate(REGIONS):
        plan = make_plan("M")
        plan.id, plan.region = f"region-{i}", region
        plan.activities = plan.activities[:100]
        for j, a in enumerate(plan.activities):
            a.assets = ["helicopter"] if j % 10 == 0 else []
        files.append(folder / f"{plan.id}.json")
        export_plan(plan, files[-1])
    return files


def main(folder: Path) -> dict:
    files = make_files(folder)
    exe = str(Path(sys.executable).parent / "pocplanner")
    times = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([exe, "--db", str(folder / "b.db"), "consolidate", *map(str, files),
                        "--json"], check=False, capture_output=True)
        times.append(time.perf_counter() - t)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])
    from pocplanner.services.consolidation import read_inputs
    from pocplanner.storage import PlanStore, open_database
    from pocplanner.ui.library.main_window import MainWindow
    from pocplanner.ui.mission.mission_view import MissionView
    store = PlanStore(open_database(folder / "v.db"))
    window = MainWindow(store, folder / "v.db")
    t = time.perf_counter()
    view = MissionView(window, read_inputs([str(f) for f in files]))
    view.show()
    app.processEvents()
    opened = time.perf_counter() - t
    return {"consolidate_process_s": sorted(times)[1], "mission_view_open_s": opened}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
