"""kill -9 of the product while it receives (DOMAIN §14): whatever moment it dies, the next
`network receive` ends with every version stored once — no plan twice, no revision twice,
nothing lost."""
from __future__ import annotations

import random
import subprocess
import time

import pytest

from cli_helpers import POCPLANNER
from pocplanner.services.network import publish
from pocplanner.storage import network as ledger
from test_network_versions import HQ_ID, a_plan, carry, laptop, office_id, save

pytestmark = pytest.mark.slow


def test_killing_the_product_while_it_receives_loses_and_duplicates_nothing(tmp_path):
    offices = [laptop(tmp_path, name, "office", office_id(letter), [(HQ_ID, "HQ")])
               for name, letter in (("mopti", "B"), ("gao", "C"), ("timbuktu", "D"))]
    hq = laptop(tmp_path, "hq", "hq", HQ_ID,
                [(o.settings["device_id"], o.settings["name"]) for o in offices])
    sent = {}
    for o in offices:
        p = a_plan(f"{o.settings['name']}-2026", o.settings["name"])
        for n in range(4):
            p.title = f"{o.settings['name']} version {n + 1}"
            save(o, p)
            publish(o, p.id)
        sent[p.id] = [v["sha256"] for v in ledger.versions_of(o.db, p.id)]
        carry(o, hq)
    hq.library.close()
    db = hq.library.path
    rng = random.Random(34)
    kills = 0
    for _ in range(12):
        proc = subprocess.Popen([POCPLANNER, "network", "receive", "--db", str(db)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env={"PATH": "/usr/bin:/bin", "POCPLANNER_LANG": "en",
                                     "XDG_DATA_HOME": str(tmp_path / "xdg")})
        time.sleep(rng.uniform(0.4, 2.0))
        if proc.poll() is None:
            proc.kill()
            kills += 1
        proc.wait()
    done = subprocess.run([POCPLANNER, "network", "receive", "--json", "--db", str(db)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert kills >= 1
    from pocplanner.services.library import open_library
    lib = open_library(db)
    assert sorted(p.id for p in lib.plans()) == sorted(sent)
    for plan_id, hashes in sent.items():
        held = [v["sha256"] for v in ledger.versions_of(lib.db, plan_id)]
        assert held == hashes                                   # each version once, in order
        assert [v.revision for v in lib.store.history(plan_id)] == [4, 3, 2, 1]
        assert lib.load(plan_id).title.endswith("version 4")
