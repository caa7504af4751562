"""The printed action plan, read back from the PDF the installed command writes."""
import json
import re

import pytest
from pypdf import PdfReader

from builders import large_plan, plan, response, threat
from cli_helpers import assert_no_traceback, run
from pocplanner.exchange import export_plan

pytestmark = pytest.mark.slow   # processes, kills, large plans or generated files


def pages_text(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def sample_pdf(sample_path, tmp_path, db_path):
    out = tmp_path / "plan.pdf"
    result = run("pdf", str(sample_path), str(out), "--lang", "en", db=db_path)
    assert result.returncode == 0, result.stderr
    return out


def test_every_page_has_the_marking_and_page_x_of_y(sample_pdf):
    pages = pages_text(sample_pdf)
    assert len(pages) >= 6
    for number, text in enumerate(pages, start=1):
        assert text.count("STRICTLY CONFIDENTIAL") >= 2, number     # top and bottom
        assert f"Page {number} of {len(pages)}" in text


def test_the_document_holds_every_section_and_item(sample_pdf, sample_document):
    text = flat(" ".join(pages_text(sample_pdf)))
    for heading in ("Regional POC action plan", "1. Summary", "2. Context", "3. Threat assessment",
                    "Risk heat map", "4. Responses to the priority threats",
                    "5. Responsibilities", "6. Sequence of activities",
                    "7. Community-engagement risk register", "8. Open advisories",
                    "9. Early-warning indicators to monitor", "11. Signatures"):
        assert heading in text, heading
    plan = sample_document["plan"]
    for item in plan["threats"] + plan["activities"]:
        assert flat(item["title"]) in text, item["title"]
    assert "Ménaka" in text and "Gao–Ansongo" in text and "« justice »" in text


def test_french_edition(sample_path, tmp_path, db_path):
    out = tmp_path / "plan-fr.pdf"
    assert run("pdf", str(sample_path), str(out), db=db_path).returncode == 0   # plan language: fr
    pages = pages_text(out)
    text = flat(" ".join(pages))
    for heading in ("Plan d’action régional de protection des civils", "1. Synthèse",
                    "3. Évaluation des menaces", "11. Signatures", "STRICTEMENT CONFIDENTIEL"):
        assert heading in text, heading
    assert f"Page 1 sur {len(pages)}" in pages[0]


def test_metadata_names_the_plan_and_no_person(sample_pdf):
    info = PdfReader(str(sample_pdf)).metadata
    assert info.title.startswith("Gao region")
    assert info.subject == "Regional POC action plan — Gao"
    assert info.creator.startswith("pocplanner")
    assert not info.author or info.author in ("", "anonymous", "(anonymous)")


SECRETS = {
    ("threats", 0, "description"): "SECRET-DESCRIPTION-7Q",
    ("threats", 1, "perpetrator"): "SECRET-PERPETRATOR-7Q",
    ("threats", 2, "sources"): "SECRET-SOURCES-7Q",
    ("activities", 3, "notes"): "SECRET-ACTIVITY-NOTE-7Q",
}


def test_redacted_edition_leaks_nothing(sample_document, tmp_path, db_path):
    plan = sample_document["plan"]
    for (kind, index, field), secret in SECRETS.items():
        plan[kind][index][field] = secret
    plan["prepared_by"] = "SECRET-PREPARER-7Q"
    plan["engagements"][0]["communities"] = ["SECRET-COMMUNITY-7Q"]
    plan["engagements"][0]["decided_by"] = "SECRET-DECIDER-7Q"
    plan["engagements"][0]["risks"][0]["notes"] = "SECRET-RISK-NOTE-7Q"
    plan["engagements"][0]["mitigations"][0]["notes"] = "SECRET-MITIGATION-NOTE-7Q"
    plan["engagements"][0]["mitigations"][0]["owner"] = "SECRET-OWNER-7Q"
    source = tmp_path / "secret.json"
    source.write_text(json.dumps(sample_document), "utf-8")

    full, redacted = tmp_path / "full.pdf", tmp_path / "redacted.pdf"
    assert run("pdf", str(source), str(full), "--lang", "en", db=db_path).returncode == 0
    result = run("pdf", str(source), str(redacted), "--redacted", "--lang", "en", db=db_path)
    assert result.returncode == 0, result.stderr
    full_text = " ".join(pages_text(full))
    assert "SECRET-DESCRIPTION-7Q" in full_text and "SECRET-PREPARER-7Q" in full_text

    pages = pages_text(redacted)
    everything = " ".join(pages) + json.dumps(dict(PdfReader(str(redacted)).metadata))
    assert "7Q" not in everything
    for text in pages:
        assert "STRICTLY CONFIDENTIAL — REDACTED" in text
    assert "Gao region" in pages[0]          # the plan itself is still there


def test_a_large_plan_prints_whole(tmp_path, db_path):
    path = tmp_path / "large.json"
    big = large_plan()
    for a in big.activities[:60]:
        a.engages_communities = True              # 60 ENG-UNASSESSED: more than a page
    export_plan(big, path)
    out = tmp_path / "large.pdf"
    result = run("pdf", str(path), str(out), db=db_path)
    assert result.returncode == 0, result.stderr
    pages = pages_text(out)
    text = " ".join(pages)
    for i in range(500):
        assert f"Threat {i:04d}" in text
    for i in range(1000):
        assert f"Activity {i:04d}" in text
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
    # tables split across pages repeat their header row
    register_pages = [p for p in pages if "Threat 0" in p and "Category" in p]
    assert len(register_pages) > 5
    # the Gantt names the place again on a continuation page, and prints each bar's dates
    assert "(continued)" in text and "1 Jan–" in text
    # many open advisories: grouped by code in section 8, every one in the annex
    section = next(p for p in pages if "8. Open advisories" in p)
    assert "every one is listed in the annex" in flat(section) and "First items" in section
    assert any("Annex: every open advisory" in p for p in pages)


def test_pdf_of_a_missing_plan_is_a_clear_error(tmp_path, db_path):
    result = run("pdf", "no-such-plan", str(tmp_path / "x.pdf"), db=db_path)
    assert result.returncode == 2
    assert_no_traceback(result)


def test_the_cautions_that_apply_are_printed_with_the_tools(tmp_path, db_path):
    leaving = plan(threats=[threat("T1", likelihood=4, impact=5, locations=["Ménaka"])],
                   responses=[response("R1", tool="temporary_operating_base", tier=2),
                              response("R2", tool="local_mediation", tier=1)],
                   drawdown=True)
    source, out = tmp_path / "leaving.json", tmp_path / "leaving.pdf"
    export_plan(leaving, source)
    result = run("pdf", str(source), str(out), "--lang", "en", db=db_path)
    assert result.returncode == 0, result.stderr
    text = flat(" ".join(pages_text(out)))
    assert "Cautions for the tools chosen, in this context" in text
    assert "close bases last where protection threats are highest" in text      # drawdown
    assert "Warnings of mass atrocity went unanswered" not in text       # not a tool used


def test_draft_watermark_prepared_by_heat_map_ids_and_french_cells(tmp_path, db_path):
    p = plan(threats=[threat("T1", likelihood=4, impact=5, sources="Source : enquête")],
             responses=[response("R1", tier=1)])
    p.prepared_by = "Groupe de travail régional"
    p.language = "fr"
    source = tmp_path / "p.json"
    export_plan(p, source)
    draft, final, redacted = (tmp_path / f"{n}.pdf" for n in ("draft", "final", "redacted"))
    assert run("pdf", str(source), str(draft), db=db_path).returncode == 0
    text = " ".join(pages_text(draft))
    assert "PROJET" in text and "Groupe de travail régional" in text
    # French typography in every cell (a text layer cannot tell a no-break space: look
    # at what the tables are given)
    from pocplanner.reports.ctx import Ctx
    table = Ctx(p, "fr", False, []).table(["Sources"], [["Source : enquête"], ["x" * 400]],
                                           [200.0])
    assert table._cellvalues[1][0] == "Source\u00a0: enquête"
    assert "T1" in pages_text(draft)[2] or "T1" in text     # ids in the heat map's cells
    assert "Niveaux de risque" in text               # the band legend under the heat map
    assert run("pdf", str(source), str(redacted), "--redacted", db=db_path).returncode == 0
    assert "Groupe de travail régional" not in " ".join(pages_text(redacted))
    p.status = "final"
    export_plan(p, source)
    assert run("pdf", str(source), str(final), db=db_path).returncode == 0
    assert "PROJET" not in " ".join(pages_text(final))
