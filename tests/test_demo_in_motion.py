"""The demo plan in motion (scripts/make_demo_in_motion.py), in both languages: read strictly,
no error, the plan-in-motion advisories it is there to show, and a 2–4 page status report."""
from __future__ import annotations

import subprocess

import pytest

from pocplanner import reference
from pocplanner.domain.checks import has_errors, run_checks
from pocplanner.exchange import load_document
from pocplanner.services.status_report import status_pdf_bytes


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_demo_in_motion(lang, tmp_path):
    plan = load_document(reference.demo_plan_bytes(lang, "motion"), strict=True).plan
    assert plan.context.as_of is not None and plan.language == lang
    found = run_checks(plan)
    assert not has_errors(found)
    assert {"MON-LATE", "EW-SLOW"} <= {a.code for a in found}
    assert "MON-REVIEW" not in {a.code for a in found}
    statuses = [a.status for a in plan.activities]
    assert statuses.count("cancelled") == 1 and "done" in statuses
    assert len(plan.alerts) == 2 and len(plan.reviews) == 1
    out = tmp_path / "status.pdf"
    out.write_bytes(status_pdf_bytes(plan, lang))
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    pages = int(next(line.split()[-1] for line in info.stdout.splitlines()
                     if line.startswith("Pages:")))
    assert 2 <= pages <= 4


def test_the_script_writes_what_is_bundled():
    import importlib.util
    import json
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("make", root / "scripts/make_demo_in_motion.py")
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    for lang in ("en", "fr"):
        assert make.in_motion(lang) == json.loads(reference.demo_plan_bytes(lang, "motion"))
