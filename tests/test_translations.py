"""French and English everywhere: every Qt string is marked for translation and translated,
the French follows French typography, and the plan window shows no English when run in French."""
import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow   # processes, kills, large plans or generated files

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "src" / "pocplanner" / "ui"
TS = ROOT / "resources" / "translations" / "pocplanner_fr.ts"
BIN = Path(sys.executable).parent

# Qt calls whose string arguments are shown to the user
SHOWN_BY_METHOD = {"setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setTitle",
                   "addMenu", "addItem", "addItems", "setStatusTip", "showMessage", "setLabelText",
                   "setHorizontalHeaderLabels", "setSpecialValueText", "setSuffix", "setPrefix",
                   "information", "warning", "critical", "question", "addButton", "addTab",
                   "setWhatsThis", "getText", "getSaveFileName", "getOpenFileName", "addRow",
                   "addToolBar", "setInformativeText", "setHtml", "drawText"}
SHOWN_BY_CLASS = {"QLabel", "QPushButton", "QAction", "QCheckBox", "QGroupBox", "QRadioButton",
                  "QMessageBox", "QToolButton", "QListWidgetItem", "QTableWidgetItem"}
NOT_WORDS = {"English", "Français", "English / Français"}   # each language's own name


def _literal_text(node) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
    return None


def unmarked_strings() -> list[str]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in SHOWN_BY_METHOD | SHOWN_BY_CLASS:
                continue
            args = node.args[:1] if name == "addItem" else node.args   # (text, data)
            for arg in args:
                text = _literal_text(arg)
                words = re.sub(r"<[^>]*>|\bpocplanner\b|\.\w+", "", text or "")
                if re.search(r"[A-Za-z]{2}", words) and text not in NOT_WORDS:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}")
    return found


def test_every_user_visible_qt_string_is_marked_for_translation():
    assert unmarked_strings() == []


def ts_messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_the_french_ts_is_complete_and_up_to_date(tmp_path):
    """lupdate on today's sources adds nothing unfinished and finds nothing vanished."""
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-locations", "none", "-ts",
                    str(fresh)], check=True, capture_output=True)
    assert all(ctx for ctx, _m in ts_messages(fresh)), "a message without context never loads"
    problems = [f"{ctx}: {m.findtext('source')!r} is {m.find('translation').get('type')}"
                for ctx, m in ts_messages(fresh)
                if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
    assert problems == [], "run: python3 dev.py translations, then translate"
    assert_qm_matches_ts()


def assert_qm_matches_ts():
    """The shipped .qm gives every translation of the .ts (compiled after the last edit)."""
    from PySide6.QtCore import QTranslator
    translator = QTranslator()
    assert translator.load(str(TS.with_suffix(".qm")))
    stale = []
    for ctx, m in ts_messages(TS):
        t = m.find("translation")
        if m.get("numerus") == "yes":
            expected, n = t.findall("numerusform")[1].text, 2
        else:
            expected, n = t.text, -1
        got = translator.translate(ctx, m.findtext("source"), None, n)
        if got != expected.replace("%n", str(n)) and got != expected:
            stale.append((ctx, m.findtext("source")))
    assert stale == [], "run: python3 dev.py translations"


def french_texts():
    """Every French text we ship: UI, core messages, catalogue and vocabularies."""
    for _ctx, m in ts_messages(TS):
        t = m.find("translation")
        yield from ([t.text] if t.text else [f.text for f in t.findall("numerusform")])
    yield from json.loads((ROOT / "resources/i18n/fr.json").read_text(encoding="utf-8")).values()

    def walk(o, fr=False):
        if isinstance(o, dict):
            for k, v in o.items():
                yield from walk(v, fr or k == "fr")
        elif isinstance(o, list):
            for v in o:
                yield from walk(v, fr)
        elif isinstance(o, str) and fr:
            yield o
    for name in ("catalogue/tools.json", "reference/vocabularies.json",
                 "reference/scales.json", "reference/engagement.json"):
        yield from walk(json.loads((ROOT / "resources" / name).read_text(encoding="utf-8")))


def test_french_typography():
    bad = []
    for text in french_texts():
        if re.search(r" [:;?!](\s|$|<)", text) or re.search(r"\S[;?!](\s|$)", text):
            bad.append(("space before : ; ? !", text))
        if "'" in text or '"' in text:
            bad.append(("straight quote or apostrophe", text))
        if re.search(r"«(?!\u00a0)|(?<!\u00a0)»", text):
            bad.append(("space inside « »", text))
    assert bad == []


def english_only_texts() -> set[str]:
    """Texts that, shown in the French app, can only be untranslated English."""
    english = set()
    for _ctx, m in ts_messages(TS):
        t = m.find("translation")
        if t.text and t.text != m.findtext("source"):
            english.add(m.findtext("source"))
    fr = json.loads((ROOT / "resources/i18n/fr.json").read_text(encoding="utf-8"))
    english |= {k for k, v in fr.items() if k != v and "{" not in k}
    from pocplanner import reference
    for terms in reference.vocabularies().values():
        english |= {t.text("en") for t in terms if t.text("en") != t.text("fr")}
    return {_plain(e) for e in english if len(e) > 3}


def _plain(text: str) -> str:
    return re.sub(r"<[^>]*>", "", text).replace("&", "").strip()


def visible_texts(window) -> set[str]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QWidget,
    )
    texts = set()
    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue
        texts.add(w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            texts.add(w.text())
        elif isinstance(w, QGroupBox):
            texts.add(w.title())
        elif isinstance(w, QLineEdit | QPlainTextEdit):
            texts.add(w.placeholderText())
        elif isinstance(w, QTextEdit):          # rich text: each line on its own
            texts |= {line.rstrip(" :\u00a0") for line in w.toPlainText().splitlines()}
        elif isinstance(w, QComboBox):
            texts |= {w.itemText(i) for i in range(w.count())}
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            from PySide6.QtCore import QModelIndex
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:       # list models hide columnCount: one column
                columns = 1
            texts |= {str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                      for c in range(columns)}
            for row in range(min(model.rowCount(QModelIndex()), 30)):
                for col in range(columns):
                    index = model.index(row, col)
                    texts.add(str(model.data(index) or ""))
                    texts.add(str(model.data(index, Qt.ItemDataRole.ToolTipRole) or ""))
    for action in window.findChildren(__import__("PySide6.QtGui", fromlist=["QAction"]).QAction):
        texts |= {action.text(), action.toolTip()}
    return {_plain(t) for t in texts if t}


def test_the_whole_plan_window_in_french_shows_no_english(qtbot, french, store, db_path, sample_path):
    from pocplanner.domain.flow import STEPS
    from pocplanner.exchange import load_file
    from pocplanner.ui.library.main_window import MainWindow
    english = english_only_texts()
    library = MainWindow(store, db_path, "fr")
    qtbot.addWidget(library)
    library.show()
    plan = load_file(sample_path).plan
    store.save(plan)
    library.refresh()
    seen = visible_texts(library)
    assert {"Nouveau plan", "Importer un fichier…", "Outils", "Titre", "Région"} <= seen
    window = library.open_plan(plan.id)
    try:
        for step in STEPS:
            window.go(step)
            qtbot.wait(20)
            texts = visible_texts(window)
            leaks = sorted(t for t in texts if t in english)
            assert leaks == [], f"English on the {step} step"
            seen |= texts
    finally:
        window.session.undo_stack.setClean()
        window.close()
    for french_text in ("Évaluation des menaces", "Séquencement civilo-militaire", "Revue",
                        "Enregistrer", "Probabilité", "Fichier"):
        assert french_text in seen


def test_the_command_line_speaks_french(sample_path, db_path):
    from cli_helpers import run
    help_text = run("--lang", "fr", "import", "--help").stdout
    assert help_text.startswith("utilisation\u00a0: pocplanner import")
    assert "afficher cette aide et quitter" in help_text and "usage:" not in help_text
    missing = run("export", "--lang", "fr")
    assert "erreur\u00a0: arguments obligatoires manquants\u00a0: PLAN_ID" in missing.stderr
    assert run("import", str(sample_path), db=db_path).returncode == 0
    listed = run("list", "--lang", "fr", db=db_path).stdout
    assert "Dernière modification" in listed and "01/01/2019 – 31/03/2019" in listed
    assert "Projet" in listed
    english = run("list", "--lang", "en", db=db_path).stdout
    assert "Last change" in english and "2019-01-01 – 2019-03-31" in english


def test_the_language_chosen_in_the_settings_is_used(monkeypatch, db_path):
    from cli_helpers import POCPLANNER
    from pocplanner.settings import Settings
    monkeypatch.delenv("POCPLANNER_LANG")
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    settings = Settings.load()
    settings.language = "fr"
    settings.save()
    result = subprocess.run([POCPLANNER, "list", "--db", str(db_path)], capture_output=True,
                            text=True, timeout=60)
    assert result.stdout.startswith("Aucun plan pour l’instant")
    english = subprocess.run([POCPLANNER, "list", "--lang", "en", "--db", str(db_path)],
                             capture_output=True, text=True, timeout=60)
    assert english.stdout.startswith("No plans yet")


def test_the_first_start_keeps_the_system_language(monkeypatch, db_path):
    from cli_helpers import POCPLANNER
    from pocplanner.settings import Settings
    monkeypatch.delenv("POCPLANNER_LANG")
    monkeypatch.setenv("LANG", "fr_ML.UTF-8")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    result = subprocess.run([POCPLANNER, "gui", "--exit-after-start", "--db", str(db_path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert Settings.load().language == "fr"
    monkeypatch.setenv("LANG", "en_US.UTF-8")         # later locale changes do not matter
    listed = subprocess.run([POCPLANNER, "list", "--db", str(db_path)], capture_output=True,
                            text=True, timeout=60)
    assert listed.stdout.startswith("Aucun plan")


def test_the_advisory_panel_in_french(qtbot, french, store, sample_path):
    from pocplanner.exchange import load_file
    from pocplanner.ui.plan.plan_window import PlanWindow
    from pocplanner.ui.plan.session import PlanSession
    plan = load_file(sample_path).plan
    plan.activities[0].location = "Ogossagou"       # nobody covers it there
    plan.activities[0].requires_security = True
    window = PlanWindow(PlanSession(plan, store, store.save(plan), lang="fr"))
    qtbot.addWidget(window)
    window.show()
    texts = [window.panel.list.item(i).text() for i in range(window.panel.list.count())]
    assert any(t.startswith("✖ SEQ-COVER\u00a0: ") for t in texts), texts
    window.session.undo_stack.setClean()


def test_one_numbering_of_tiers_in_each_language():
    """English counts tiers 1–3, French « niveaux I–III », everywhere."""
    french = " ".join(t for t in french_texts() if t)
    assert not re.search(r"\bniveaux? [123]\b|niveaux 1", french)
    ts_en = (ROOT / "resources/translations/pocplanner_fr.ts").read_text(encoding="utf-8")
    sources = " ".join(re.findall(r"<source>(.*?)</source>", ts_en, re.S))
    assert not re.search(r"\btiers? I{1,3}\b", sources)
