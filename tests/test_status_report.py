"""`pocplanner report`: the POC status report (DOMAIN §13), read back from the PDF."""
from __future__ import annotations

import json
import subprocess

import pytest

from cli_helpers import assert_no_traceback, run
from incident_files import acled_file
from plan_in_motion import in_motion
from pocplanner.domain.status_report import build_status_report
from pocplanner.exchange import load_file

GAO_EVENTS = [   # made up: two in the period up to as_of, one in the days before, one far off
    ("MLI7001", "2019-01-20", "Violence against civilians", "Attack", "Unidentified", "3",
     "Gao", "Ansongo", "15.6597", "0.5022", "1", "3", "Civilian targeting"),
    ("MLI7002", "2019-02-25", "Battles", "Armed clash", "Unidentified", "3",
     "Gao", "Menaka", "15.9182", "2.4022", "1", "1", ""),
    ("MLI7003", "2018-12-01", "Battles", "Armed clash", "Unidentified", "3",
     "Gao", "Ansongo", "15.6597", "0.5022", "1", "0", ""),
    ("MLI7004", "2018-06-01", "Battles", "Armed clash", "Unidentified", "3",
     "Gao", "Ansongo", "15.6597", "0.5022", "1", "0", ""),
]


def pdf_text(path) -> str:
    """The PDF's text, each page's words joined by single spaces (cells wrap)."""
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return "\f".join(" ".join(page.split()) for page in text.split("\f"))


@pytest.fixture
def motion_file(sample_v2_document, tmp_path):
    path = tmp_path / "motion.json"
    path.write_text(json.dumps(in_motion(sample_v2_document)), "utf-8")
    return path


def test_the_report_holds_as_of_late_activity_reaction_time_and_threat_change(
        motion_file, tmp_path, db_path):
    assert run("incidents", "import", str(acled_file(tmp_path / "gao.csv", GAO_EVENTS)),
               db=db_path).returncode == 0
    out = tmp_path / "status.pdf"
    result = run("report", str(motion_file), str(out), "--lang", "en", db=db_path)
    assert_no_traceback(result)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "as of 2019-03-05" in text
    late = text.index("Late activities")
    assert "GA3" in text and text.index("GA3") < text.index("GA1")        # late ones first
    assert "26 h (promised 24 h) — too slow" in text
    assert "4×5 = 20" in text and "5×4 = 20" in text and "not applied yet" in text
    assert late > 0
    # incidents since 1 January (64 days) against the 64 days before: counts, attributed
    assert "2019-01-01 – 2019-03-05" in text and "2018-10-29 – 2018-12-31" in text
    assert "Made-up source" not in text and "Sources:" in text and "ACLED" in text
    pages = text.split("\f")
    pages = [p for p in pages if p.strip()]
    assert 2 <= len(pages) <= 4
    assert all(p.count("STRICTLY CONFIDENTIAL") >= 1 for p in pages)


def test_the_report_in_french_and_redacted(motion_file, tmp_path, db_path):
    out = tmp_path / "situation.pdf"
    result = run("report", str(motion_file), str(out), "--lang", "fr", "--redacted",
                 "--as-of", "2019-03-10", db=db_path)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "au 10/03/2019" in text and "EXPURGÉ" in text
    assert "Renforcer les patrouilles" not in text and "Patrouille arrivée" not in text
    assert "Aucune donnée d’incident" in text


def test_report_refuses_a_bad_date_in_one_line(motion_file, tmp_path, db_path):
    result = run("report", str(motion_file), str(tmp_path / "x.pdf"), "--as-of", "5/3/2019",
                 db=db_path)
    assert result.returncode == 2 and "--as-of 5/3/2019" in result.stderr
    assert_no_traceback(result)


def test_the_report_content_orders_late_first_and_counts_statuses(motion_file):
    report = build_status_report(load_file(motion_file).plan)
    assert [line.activity.id for line in report.late] == ["GA3"]
    assert report.counts == {"planned": 0, "under_way": 2, "done": 2, "delayed": 0,
                             "cancelled": 1}
    [alert] = report.alerts
    assert (alert.hours, alert.max_hours, alert.slow) == (26, 24, True)
    [change] = report.threat_changes
    assert (change.before, change.after, change.applied) == ((4, 5), (5, 4), False)


def test_report_never_writes_over_its_input(motion_file, db_path):
    before = motion_file.read_bytes()
    result = run("report", str(motion_file), str(motion_file), db=db_path)
    assert result.returncode == 2 and "is not written" in result.stderr
    assert motion_file.read_bytes() == before
