"""The printed due-diligence annex (DOMAIN §12.4), read back from the PDF in both languages;
the redacted edition keeps the statuses and counts, not the units or the grounds."""
from pathlib import Path

from pypdf import PdfReader

from pocplanner.exchange import load_file
from pocplanner.reports import render_pdf

DATA = Path(__file__).parent / "data"


def _annex(tmp_path, lang: str, redacted: bool = False) -> str:
    plan = load_file(DATA / "boni-register.pocplan.json").plan
    plan.hrddp[1].status = "suspended"
    out = render_pdf(plan, tmp_path / f"plan-{lang}-{redacted}.pdf", lang=lang, redacted=redacted)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages]
    title = {"en": "Human rights due diligence on support",
             "fr": "Diligence voulue en matière de droits de l’homme dans l’appui"}[lang]
    [annex] = [p for p in pages if title in p]
    return annex


def test_the_annex_lists_each_force_with_its_assessment_and_the_activities(tmp_path):
    en = _annex(tmp_path, "en")
    for text in ("FAMa — 5e bataillon", "State security forces", "High", "Conditional", "Suspended",
                 "Human rights officers accompany joint patrols", "2019-06-20",
                 "A3 Joint MINUSMA–FAMa patrol", "Reports of summary executions"):
        assert text in en, text
    fr = _annex(tmp_path, "fr")
    for text in ("Forces de sécurité de l’État", "Élevé", "Appui conditionnel", "Suspendu",
                 "20/06/2019", "Activités qui s’y appuient"):
        assert text in fr, text


def test_the_redacted_annex_gives_statuses_and_counts_only(tmp_path):
    for lang in ("en", "fr"):
        annex = _annex(tmp_path, lang, redacted=True)
        for secret in ("FAMa — 5e", "FC-G5S", "summary executions", "Compliance framework",
                       "Logistic support only"):
            assert secret not in annex, (lang, secret)
    en = _annex(tmp_path, "en", redacted=True)
    assert "Conditional 1 3" in en and "Suspended 1 1" in en and "Support 0 0" in en
