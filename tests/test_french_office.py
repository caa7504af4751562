"""A French office can do the whole job (#28): what an empty plan is told, one step count,
the French terms a francophone officer uses, words that say what they mean."""
import json
import re
from pathlib import Path

from pocplanner.domain.completeness import no_advisories_text, still_missing
from pocplanner.domain.flow import STEPS
from pocplanner.domain.planning import new_plan
from pocplanner.help import page_html, tour_pages
from pocplanner.reference import label

RESOURCES = Path(__file__).parent.parent / "resources"


def french_texts():
    """Every French text the product shows or prints, with its English where known."""
    yield from json.loads((RESOURCES / "i18n" / "fr.json").read_text("utf-8")).items()
    ts = (RESOURCES / "translations" / "pocplanner_fr.ts").read_text("utf-8")
    for m in re.finditer(r"<source>(.*?)</source>\s*<translation[^>]*>(.*?)</translation>", ts,
                         re.S):
        yield m.group(1), m.group(2)
    for name in ("catalogue/tools.json", "help/help.json", "reference/vocabularies.json"):
        yield from _fr_of(json.loads((RESOURCES / name).read_text("utf-8")))


def _fr_of(node):
    if isinstance(node, dict):
        if "fr" in node:
            fr, en = node["fr"], node.get("en", "")
            for i, text in enumerate(fr if isinstance(fr, list) else [fr]):
                yield (en[i] if isinstance(en, list) else en), text
        for key, value in node.items():
            if key not in ("fr", "en"):
                yield from _fr_of(value)
    elif isinstance(node, list):
        for value in node:
            yield from _fr_of(value)


def test_an_empty_plan_says_what_is_missing_not_that_it_passes():
    plan = new_plan(language="fr")
    text = no_advisories_text(plan, "fr")
    assert "satisfait" not in text and "aucune région" in text and "aucune menace" in text
    plan.region = "Mopti"
    assert "région" not in still_missing(plan).render("fr")


def test_the_empty_plan_check_command_says_so(store, db_path):
    from cli_helpers import run
    plan = new_plan(language="fr")
    store.save(plan)
    result = run("check", plan.id, db=db_path, env={"POCPLANNER_LANG": "fr"})
    assert "satisfait" not in result.stdout, result.stdout
    assert "Rien à contrôler encore" in result.stdout or "erreur" in result.stdout


def test_one_step_count_everywhere():
    assert str(len(STEPS)) not in page_html("overview", "fr") or "étapes" not in \
        page_html("overview", "fr").split(str(len(STEPS)))[1][:8]
    assert tour_pages("en")[0][1]
    for _english, french in french_texts():
        if "tour of the %1 steps" in _english:
            assert "%1" in french
        assert not re.search(r"\b(six|sept) étapes", french), french


def test_french_terms_of_a_francophone_officer():
    for english, french in french_texts():
        plain = re.sub(r"[A-Z]+-HRDDP|HRDDP-\w+", "", french)     # check codes stay as they are
        assert "PDDH" not in plain and "HRDDP" not in plain, french
        if re.search("advisor", english, re.I) and not re.search(r"\balert", english, re.I):
            assert not re.search(r"\balertes?\b", french, re.I), (english, french)
        assert "est en retrait" not in french, french
        assert not re.search(r"(?<![\w’'])(Etat|Evaluation|Etape)\b", french), french
    assert label("phases", "response", "fr") == "Riposte"
    assert "riposte" in page_html("responses", "fr")


def test_no_successor_is_not_a_person():
    assert label("successors", "none", "fr") == "Aucun successeur"
    assert label("successors", "none", "en") == "No successor"


def test_an_end_before_the_start_turns_red(qtbot, sample_window):
    from qt_helpers import set_date
    window = sample_window
    window.go("sequencing")
    page = window.pages["sequencing"]
    end = page.findChild(object, "field_end")
    set_date(qtbot, page.findChild(object, "field_start"), "2019-03-01")
    set_date(qtbot, end, "2019-02-01")
    assert end.property("beforeStart") and "before the start" in end.toolTip()
    set_date(qtbot, end, "2019-03-20")
    assert not end.property("beforeStart")


def test_dates_in_advisories_are_in_the_reader_form():
    from pocplanner.messages import Message
    text = Message("Gaps: {gaps}", gaps="2019-01-01 – 2019-01-04, 2019-02-01").render("fr")
    assert text.endswith("01/01/2019 – 04/01/2019, 01/02/2019")


def test_the_library_follows_an_autosave(qtbot, library, store):
    from pocplanner.domain.planning import new_plan
    plan = new_plan(language="fr")
    store.save(plan)
    library.refresh()
    window = library.open_plan(plan.id)
    window.session.plan.title = "Plan régional de Mopti 2019"
    window.session.plan.region = "Mopti"
    window.session.undo_stack.resetClean()          # as after an edit
    assert window.session.autosave()
    model = library.table.model()
    shown = {model.index(r, c).data() for r in range(model.rowCount())
             for c in range(model.columnCount())}
    assert "Plan régional de Mopti 2019" in shown
    assert not window.statusBar().isVisible()        # no empty status bar after a save


def test_after_a_removal_the_form_shows_the_neighbour(qtbot, sample_window):
    window = sample_window
    window.go("sequencing")
    page = window.pages["sequencing"]
    ids = [a.id for a in window.session.plan.activities]
    page.table.select(window.session.plan.activities[2])
    page.remove_item(page.table.current(), "Remove", ask=lambda box: box.button(
        box.StandardButton.Ok).click())
    assert page.table.current().id == ids[3]             # the next one, not the first


def test_week_ticks_fall_on_mondays():
    import datetime as dt

    from pocplanner.ui.charts.gantt import mondays
    ticks = mondays(dt.date(2019, 8, 1), 31)
    assert ticks[0] == dt.date(2019, 8, 5) and all(d.weekday() == 0 for d in ticks)
    assert len(ticks) == 4
