"""A quick run of the benchmark on plan S keeps it from rotting (no timing is asserted)."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow   # processes, kills, large plans or generated files

BENCH = Path(__file__).parent.parent / "bench" / "run.py"


def test_quick_benchmark_runs_and_reports_every_figure(tmp_path):
    out = tmp_path / "results.json"
    result = subprocess.run([sys.executable, str(BENCH), "--quick", "--out", str(out)],
                            capture_output=True, text=True, timeout=600,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    results = json.loads(out.read_text())
    assert {"start_app_s", "start_bare_s", "start_cli_s", "start_app_encrypted_s",
            "machine"} <= set(results)
    assert set(results["sizes"]["S"]) == {
        "save_s", "open_s", "save_encrypted_s", "open_encrypted_s", "advisories_after_edit_s",
        "advisories_by_edit_s", "advisories_full_s", "import_s", "export_s",
        "check_process_s", "pdf_process_s", "plan_window_open_s", "plan_window_edit_latency_s",
        "plan_window_peak_mb", "plan_window_gantt_scroll_step_s", "plan_window_map_draw_s",
        "plan_window_map_date_step_s", "pdf_inprocess_s",
        "pdf_baseline_s", "pdf_baseline_ratio", "plan_window_edit_latency_by_step_s",
        "plan_window_edit_cpu_by_step_s"}
    from pocplanner.domain.flow import STEPS
    s = results["sizes"]["S"]
    assert list(s["plan_window_edit_latency_by_step_s"]) == list(STEPS)   # every step
    assert max(s["plan_window_edit_latency_by_step_s"].values()) == \
        s["plan_window_edit_latency_s"]
    assert results["start_app_cpu_s"] > 0 and results["start_bare_cpu_s"] > 0
    assert {"import_s", "reimport_s", "summary_region_year_s", "import_peak_mb", "import_ratio",
            "import_cpu_ratio", "insert_executemany_s", "insert_sqlite_utils_s",
            "events_region_year_s", "events_layer_draw_s"} <= set(results["incidents"])
    assert set(results["consolidation"]) == {"consolidate_process_s", "mission_view_open_s"}
    assert "| advisories_after_edit_s |" in result.stdout
    # issue #29: the heaviest plan the bounds allow is printed, and it is at the bounds
    from pocplanner.exchange.limits import MAX_TOTAL_CHARACTERS
    annex = results["heaviest"]["annex"]
    assert annex["pages"] > 100 and MAX_TOTAL_CHARACTERS * 0.99 < annex["characters"] <= \
        MAX_TOTAL_CHARACTERS
    assert "| annex | " in result.stdout
