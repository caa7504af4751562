"""First start (demo plan, tour), offline help (F1) in both languages, About, self-test."""
import pytest
from PySide6.QtCore import Qt, QTimer

from cli_helpers import run
from pocplanner import help as help_pages
from pocplanner import reference
from pocplanner.domain.checks import CODES, has_errors, run_checks
from pocplanner.domain.flow import STEPS
from pocplanner.exchange import load_document
from qt_helpers import activate, click, modal


@pytest.mark.parametrize("lang, marker", [("en", "EXAMPLE"), ("fr", "EXEMPLE")])
def test_the_demo_plans_are_marked_examples_and_check_clean(lang, marker):
    plan = load_document(reference.demo_plan_bytes(lang), strict=True).plan
    assert plan.title.startswith(marker) and plan.language == lang
    assert not has_errors(run_checks(plan))
    assert {len(plan.threats), len(plan.responses), len(plan.activities)} and plan.engagements


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_help_page_exists_in_both_languages(lang):
    for topic in help_pages.TOPICS:
        page = help_pages.page_html(topic, lang)
        assert page.startswith("<h2>") and len(page) > 200, topic
    advice = reference.help_content()["advisories"]
    assert set(advice) == set(CODES)
    assert all(advice[c]["en"] != advice[c]["fr"] for c in CODES)
    every_code = help_pages.page_html("advisories", lang)
    assert all(code in every_code for code in CODES)
    glossary = help_pages.page_html("glossary", lang)
    for word in (("Tier", "Prevention", "Very high") if lang == "en" else
                 ("Niveau", "Prévention", "Très élevé")):
        assert word in glossary


def test_an_empty_library_offers_the_demo_plan(qtbot, library):
    assert library.demo_button.isVisible() and library.tour_button.isVisible()
    click(qtbot, library.demo_button)
    assert library.model.rowCount() == 1
    window = library.plan_windows["demo-segou-2020-q1-en"]
    assert window.session.plan.title.startswith("EXAMPLE")
    assert not library.demo_button.isVisible()


def test_the_tour_walks_through_the_eight_steps(qtbot, library):
    headings, pictures = [], []

    def walk():
        tour = modal()
        for _ in range(len(STEPS) + 1):
            headings.append(tour.heading.text())
            pictures.append(tour.picture.pixmap().width())     # the screen it talks about
            click(qtbot, tour.next_button)
    QTimer.singleShot(50, walk)
    click(qtbot, library.tour_button)
    assert len(headings) == 9 and "How pocplanner works" in headings[0]
    assert "8. Review" in headings[-1]
    assert all(width >= 500 for width in pictures)


def test_f1_opens_the_help_of_the_step_shown(qtbot, library):
    window = library.open_demo()
    window.go("sequencing")
    seen = []

    def read():
        dialog = modal()
        seen.append((dialog.topic, dialog.page.toPlainText()))
        dialog.reject()
    QTimer.singleShot(50, read)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    topic, text = seen[0]
    assert topic == "sequencing" and "SEQ-COVER" in text and "5. Sequencing" in text


def test_the_about_box_says_where_the_files_are(qtbot, library, db_path):
    from PySide6.QtWidgets import QTextBrowser
    seen = []

    def read():
        dialog = modal()
        seen.append(dialog.findChild(QTextBrowser, "aboutText").toPlainText())
        dialog.reject()
    QTimer.singleShot(50, read)
    library.help_actions["aboutAction"].trigger()
    text = seen[-1]
    assert str(db_path) in text and "backups" in text and "CC BY 4.0" in text
    assert "DejaVu" in text and "pocplanner 0." in text


def test_the_hidden_self_test_passes():
    result = run("--self-test", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("ok ") == 5 and "self-test passed" in result.stdout
    assert "--self-test" not in run("--help").stdout
