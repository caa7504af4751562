"""A kill at any moment of a save or an import leaves the database readable, with every plan as
it was last saved completely."""
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from builders import plan as small_plan
from pocplanner.domain.model import Plan
from pocplanner.storage import PlanStore, open_database
from pocplanner.storage.plans import HISTORY_KEEP

pytestmark = pytest.mark.slow   # processes, kills, large plans or generated files

KILLS = 100
TARGET = Path(__file__).parent / "kill_target.py"


def test_kills_during_saves_and_imports_never_damage_the_database(db_path):
    store = PlanStore(open_database(db_path))
    earlier = []
    for i in range(3):
        p = small_plan()
        p.id, p.title = f"earlier-{i}", f"Earlier plan {i}"
        store.save(p)
        earlier.append(p.to_dict())
    store.db.conn.close()

    rng = random.Random(20191)
    for kill in range(KILLS):
        mode = "save" if kill % 2 == 0 else "import"
        child = subprocess.Popen([sys.executable, str(TARGET), str(db_path), mode],
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.15))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()

        conn = sqlite3.connect(db_path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", kill
        rows = conn.execute("SELECT id, document, revision FROM plans").fetchall()
        versions = conn.execute("SELECT count(*) FROM plan_versions").fetchone()[0]
        conn.close()
        documents = {plan_id: json.loads(doc) for plan_id, doc, _rev in rows}
        for p in earlier:
            assert documents[p["id"]] == p
        for plan_id, doc in documents.items():
            plan = Plan.from_dict(doc)         # whole, not half-written
            if plan_id.startswith("victim"):
                assert len(plan.activities) == 1000 and plan.title.startswith("Save ")
        assert versions == sum(min(rev, HISTORY_KEEP) for _id, _doc, rev in rows)
