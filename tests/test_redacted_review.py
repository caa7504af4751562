"""Before a redacted edition, the planner sees the free texts it keeps as typed (#28)."""
from builders import activity, plan, threat
from pocplanner.domain.redaction_review import kept_texts, kept_texts_lines


def named_plan():
    p = plan(threats=[threat("T1", title="Exactions de Dan Na Ambassagou à Sobane Da")],
             activities=[activity("A1", title="Réunion avec le chef de village",
                                  location="Sobane Da", engages_communities=True)])
    p.sensitivity = "strictly_confidential"
    return p


def test_the_kept_texts_are_listed():
    kept = {(k.item_id, k.text) for k in kept_texts(named_plan())}
    assert ("T1", "Exactions de Dan Na Ambassagou à Sobane Da") in kept
    assert ("A1", "Réunion avec le chef de village") in kept
    assert ("A1", "Sobane Da") in kept
    assert kept_texts_lines(named_plan(), "fr")[0] == \
        "T1 (titre de menace)\u00a0: Exactions de Dan Na Ambassagou à Sobane Da"


def test_the_pdf_command_lists_them(tmp_path, db_path):
    from cli_helpers import run
    from pocplanner.exchange import export_plan
    path = tmp_path / "p.pocplan.json"
    export_plan(named_plan(), path)
    result = run("pdf", str(path), str(tmp_path / "r.pdf"), "--redacted", "--lang", "en",
                 db=db_path)
    assert result.returncode in (0, 1), result.stderr
    assert "Dan Na Ambassagou" in result.stderr and "threat title" in result.stderr


def test_the_app_lists_them_before_printing(qtbot, store):
    from pocplanner.ui.plan.plan_window import PlanWindow
    from pocplanner.ui.plan.session import PlanSession
    from qt_helpers import discard_and_close
    p = named_plan()
    window = PlanWindow(PlanSession(p, store, store.save(p)))
    shown = []
    try:
        window.offer_redacted(ask=lambda box: shown.append(box.informativeText()))
        assert "Dan Na Ambassagou" in shown[0]
        assert not window.review_redacted(ask=lambda box: shown.append(box.text()))
        assert "Sobane Da" in shown[1]
    finally:
        discard_and_close(window)


def test_a_readable_default_file_name():
    from pocplanner.domain.plan_names import file_stem
    p = named_plan()
    p.office, p.region = "Bureau de Mopti", "Mopti"
    assert file_stem(p, "fr", redacted=True) == "Plan PdC Bureau de Mopti Mopti 2019-01 – 2019-03 (expurgé)"
    p.office = "Mopti/Sévaré: nord"
    assert "/" not in file_stem(p, "en") and ":" not in file_stem(p, "en")
