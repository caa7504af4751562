"""Run by test_crash_safety: saves or imports a large plan over and over until killed."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from builders import large_plan
from pocplanner.storage import PlanStore, open_database

db_path, mode = Path(sys.argv[1]), sys.argv[2]
store = PlanStore(open_database(db_path))
plan = large_plan(200, 1000)
plan.id = "victim"
print("ready", flush=True)
n = 0
while True:
    n += 1
    plan.title = f"Save {n}"
    if mode == "save":
        store.save(plan)
    else:
        plan.id = "victim"
        store.add_imported(plan)
        victims = [p.id for p in store.list() if p.id.startswith("victim")]
        for old in sorted(victims, key=lambda i: store.revision(i))[:-3] if len(victims) > 3 else []:
            store.delete(old)
