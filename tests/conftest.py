from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))   # tests/builders.py
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")   # before any QApplication exists

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "gao-sample.pocplan.json"


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture
def sample_document() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture
def db_path(tmp_path) -> Path:
    """A fresh database file per test (never the user's own)."""
    return tmp_path / "data" / "pocplanner.db"


@pytest.fixture
def store(db_path):
    from pocplanner.storage import PlanStore, open_database
    return PlanStore(open_database(db_path))


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path, monkeypatch):
    """No test reads or writes the real user data folder or depends on the tester's locale."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("POCPLANNER_DB", raising=False)
    monkeypatch.setenv("POCPLANNER_LANG", "en")

