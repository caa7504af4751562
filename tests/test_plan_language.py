"""A plan is written in its language (#28): titles made from responses and default titles of
new items are in the plan's language; catalogue titles print in the edition's language."""
import json
import re

import pytest
from pypdf import PdfReader

from builders import activity, plan, response, threat
from pocplanner.domain.plan_language import in_language, is_own_text, title_in, writing_language
from pocplanner.domain.planning import activity_for_response, new_activity, new_threat
from pocplanner.reference import catalogue, vocabularies

TOOLS = [k for k, t in catalogue().tools.items()
         if t.label["en"] != t.label.get("fr")][:20]


def french_plan():
    p = plan(threats=[threat("T1", 4, 4, title="Attaques contre les villages du cercle de Bankass",
                             category="intercommunal_violence"),
                      threat("T2", 3, 4, title="Engins explosifs sur les axes du cercle de Douentza",
                             category="asymmetric_attacks")],
             responses=[response(f"R{i + 1}", ("T1" if i % 2 else "T2",), tool=k,
                                 tier=catalogue().tools[k].tier)
                        for i, k in enumerate(TOOLS)])
    p.title, p.language = "Plan régional de protection des civils — Mopti 2019", "fr"
    return p


def test_items_made_by_the_product_are_in_the_plan_language():
    p = french_plan()
    assert writing_language(p, "en") == "fr"
    a = activity_for_response(p, p.responses[0], "fr")
    assert a.title == catalogue().tools[TOOLS[0]].label["fr"]
    assert new_threat(p, "fr").title == "Nouvelle menace"
    assert new_activity(p, "fr").title == "Nouvelle activité"
    p.language = None
    assert writing_language(p, "en") == "en"


def test_catalogue_titles_follow_the_edition_and_own_texts_stay():
    p = french_plan()
    made = activity_for_response(p, p.responses[0], "fr")
    own = activity("A9", title="Escorte des foires de Bankass", response_id="R2")
    default = activity("A8", title="Nouvelle activité")
    p.activities = [made, own, default]
    tool = catalogue().tools[TOOLS[0]]
    assert title_in(p, made, "en") == tool.label["en"]
    assert title_in(p, own, "en") == "Escorte des foires de Bankass"
    assert title_in(p, default, "en") == "New activity"
    assert not is_own_text(p, made) and is_own_text(p, own)
    english = in_language(p, "en")
    assert [a.title for a in english.activities] == [tool.label["en"], own.title, "New activity"]
    assert p.activities[0].title == tool.label["fr"]        # the plan itself is untouched
    made.title += " (Bankass)"                                # changed: the planner's own now
    assert title_in(p, made, "en") == tool.label["fr"] + " (Bankass)"


def english_texts() -> set[str]:
    """Texts the product writes in English that have another French form."""
    found = {t.label["en"] for t in catalogue().tools.values() if t.label["en"] != t.label["fr"]}
    for terms in vocabularies().values():
        found |= {t.text("en") for t in terms if t.text("en") != t.text("fr")}
    found |= {"New activity", "New threat", "Responsibilities", "Sequence of activities"}
    return {t for t in found if len(t) >= 12}


def pdf_text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(str(path)).pages))


@pytest.mark.slow
def test_a_french_plan_made_in_the_app_prints_french_and_english(qtbot, french, store, tmp_path):
    from cli_helpers import run
    from pocplanner.exchange import export_plan
    from pocplanner.services.printing import write_pdf
    from pocplanner.ui.plan.plan_window import PlanWindow
    from pocplanner.ui.plan.session import PlanSession
    from qt_helpers import activate, click, discard_and_close, type_into
    p = french_plan()
    window = PlanWindow(PlanSession(p, store, store.save(p), "fr"))
    window.show()
    activate(qtbot, window)
    try:
        window.go("sequencing")
        click(qtbot, window.pages["sequencing"].generate_button)
        page = window.pages["sequencing"]
        catalogue_words = page.title_origin.text()
        click(qtbot, page.add_button)
        title = page.findChild(object, "field_title")
        type_into(qtbot, title, "Escorte des foires")                  # the planner's words
        assert page.title_origin.text() not in ("", catalogue_words)
        title.setText("Nouvelle activité")             # keyClicks cannot type "é"
        title.textEdited.emit("Nouvelle activité")
        assert page.title_origin.text() == catalogue_words
        made = window.session.plan
        assert len(made.activities) == len(TOOLS) + 1
        assert made.activities[-1].title == "Nouvelle activité"
        out = write_pdf(made, tmp_path / "fr.pdf", "fr")
        exported = tmp_path / "plan.pocplan.json"
        export_plan(made, exported)
    finally:
        discard_and_close(window)
    text = pdf_text(out)
    english = sorted(t for t in english_texts() if t in text)
    assert english == []
    assert catalogue().tools[TOOLS[0]].label["fr"] in text
    result = run("pdf", str(exported), str(tmp_path / "en.pdf"), "--lang", "en",
                 db=tmp_path / "db" / "x.db")
    assert result.returncode == 0, result.stderr
    text_en = pdf_text(tmp_path / "en.pdf")
    for key in TOOLS[:5]:
        assert catalogue().tools[key].label["en"][:30] in text_en, key
    assert "Attaques contre les villages" in text_en          # the planner's own words stay
    assert json.loads(exported.read_text(encoding="utf-8"))["plan"]["activities"][0]["title"] \
        == catalogue().tools[TOOLS[0]].label["fr"]
