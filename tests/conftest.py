from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))   # tests/builders.py
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")   # before any QApplication exists

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "gao-sample.pocplan.json"          # format 1, as regions wrote them first
SAMPLE_V2 = DATA / "gao-sample-v2.pocplan.json"    # the same with early warning, scenarios
# What the format-2 sample shows under the rules of DOMAIN §12 (#30): its activities are placed
# at whole cercles (Ménaka, Ansongo: SEQ-AREA), and the meetings at Ansongo, where targeted
# reprisals are a priority threat, are assessed without a reprisal risk (ENG-THREAT-OMITTED).
SAMPLE_V2_ADVISORIES = [("SEQ-AREA", ["GA1"]), ("SEQ-AREA", ["GA2"]), ("SEQ-AREA", ["GA3"]),
                        ("SEQ-AREA", ["GA7"]), ("ENG-THREAT-OMITTED", ["GE2", "GA3", "G4"])]


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture
def sample_v2_path() -> Path:
    """The sample with an early-warning matrix and scenarios: it checks clean."""
    return SAMPLE_V2


@pytest.fixture
def sample_v2_document() -> dict:
    return json.loads(SAMPLE_V2.read_text(encoding="utf-8"))


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


@pytest.fixture
def library_of(qtbot, db_path):
    """Makes the plan library window (the app's main window) on a store, shown; every plan
    window it opened is closed at the end without the unsaved-changes question."""
    from pocplanner.ui.library.main_window import MainWindow
    from qt_helpers import discard_and_close
    made = []

    def make(store, lang: str = "en"):
        window = MainWindow(store, db_path, lang)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        for plan_window in list(window.plan_windows.values()):
            discard_and_close(plan_window)


@pytest.fixture
def library(library_of, store):
    """The plan library window on a fresh database."""
    return library_of(store)


@pytest.fixture
def sample_window(qtbot, store, sample_v2_path):
    """The plan window on the sample plan of format 2 (tests/data), shown and active."""
    from pocplanner.exchange import load_file
    from pocplanner.ui.plan.plan_window import PlanWindow
    from pocplanner.ui.plan.session import PlanSession
    from qt_helpers import activate, discard_and_close
    plan = load_file(sample_v2_path).plan
    revision = store.save(plan)
    window = PlanWindow(PlanSession(plan, store, revision))
    window.show()
    activate(qtbot, window)
    yield window
    discard_and_close(window)


@pytest.fixture(params=["en", "fr"])
def language(request, qapp):
    """Each test that takes it runs in English, then with the app's texts in French."""
    if request.param == "fr":
        request.getfixturevalue("french")
    return request.param


@pytest.fixture
def french(qapp):
    """The app's Qt texts in French for the test (English again afterwards)."""
    from PySide6.QtCore import QLocale

    from pocplanner.ui.translation import install_translators
    before = QLocale()
    assert install_translators(qapp, "fr")
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(before)


def pytest_collection_modifyitems(items):
    """Tests that drive Qt widgets are marked gui (python3 dev.py test --fast leaves them and
    the slow ones out)."""
    for item in items:
        if {"qtbot", "qapp", "library", "library_of", "sample_window"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _english_plural_forms(request):
    """The app in English as it starts: the source texts with their plural forms
    ("1 threat", "2 threats") from pocplanner_en.qm."""
    if {"qtbot", "qapp"} & set(request.fixturenames):
        from pocplanner.ui.translation import install_translators
        install_translators(request.getfixturevalue("qapp"), "en")


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path, monkeypatch):
    """No test reads or writes the real user data folder or depends on the tester's locale."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("POCPLANNER_DB", raising=False)
    monkeypatch.setenv("POCPLANNER_LANG", "en")

