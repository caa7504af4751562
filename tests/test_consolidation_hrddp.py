"""Due diligence across regions (mission view): the statuses side by side, and CONS-HRDDP when
two regions give the same force different statuses."""
from __future__ import annotations

import pytest

from builders import plan
from pocplanner.domain.consolidation import Input, consolidate
from pocplanner.domain.model import Assessment


def _regional(plan_id, region, *assessments):
    p = plan()
    p.id, p.region = plan_id, region
    p.hrddp = [Assessment(f"HR{i}", entity, "state_forces", "high", status)
               for i, (entity, status) in enumerate(assessments, 1)]
    return p


def _cons(*plans):
    return consolidate([Input(p, "library") for p in plans])


def test_the_same_force_with_different_statuses_in_two_regions_is_cons_hrddp():
    c = _cons(_regional("mopti", "Mopti", ("FAMa — 33e RCP", "support"),
                        ("Garde nationale Sévaré", "conditional")),
              _regional("tombouctou", "Tombouctou", ("fama 33E rcp", "suspended"),
                        ("Garde nationale Sévaré", "conditional")))
    found = [(a.code, a.refs) for a in c.advisories if a.code == "CONS-HRDDP"]
    assert found == [("CONS-HRDDP", ("mopti:HR1", "tombouctou:HR1"))]
    [advisory] = [a for a in c.advisories if a.code == "CONS-HRDDP"]
    assert "FAMa" not in advisory.message("en")       # the redacted mission PDF prints it
    assert "statuts de diligence voulue différents" in advisory.message("fr")


def test_one_region_or_one_status_is_no_advisory():
    same = _cons(_regional("mopti", "Mopti", ("FAMa 33e RCP", "conditional")),
                 _regional("gao", "Gao", ("FAMa 33e RCP", "conditional")))
    assert not [a for a in same.advisories if a.code == "CONS-HRDDP"]
    one_region = _cons(_regional("mopti-q1", "Mopti", ("FAMa 33e RCP", "support")),
                       _regional("mopti-q2", "Mopti", ("FAMa 33e RCP", "suspended")))
    assert not [a for a in one_region.advisories if a.code == "CONS-HRDDP"]


@pytest.mark.gui
def test_the_mission_view_shows_the_statuses_side_by_side(qtbot, library, store):
    for p in (_regional("mopti", "Mopti", ("FAMa 33e RCP", "support")),
              _regional("gao", "Gao", ("FAMa 33e RCP", "suspended"), ("FC-G5S Est", "support"))):
        store.save(p)
    library.refresh()
    library.table.selectAll()
    view = library.mission_view()
    qtbot.addWidget(view)
    table = view.due_diligence
    headers = [table.horizontalHeaderItem(j).text() for j in range(table.columnCount())]
    assert headers[:2] == ["Force supported", "Kind"] and len(headers) == 4
    cells = {(table.item(i, 0).text(), headers[j].split("\n")[1]): table.item(i, j).text()
             for i in range(table.rowCount()) for j in (2, 3)}
    assert cells == {("FAMa 33e RCP", "gao"): "Suspended", ("FAMa 33e RCP", "mopti"): "Support",
                     ("FC-G5S Est", "gao"): "Support", ("FC-G5S Est", "mopti"): "—"}
    assert table.item(0, 0).font().bold() and not table.item(1, 0).font().bold()
    codes = [view.advisories.item(i).text().split(":")[0] for i in range(view.advisories.count())]
    assert "CONS-HRDDP" in codes


def test_the_mission_pdf_sets_the_statuses_side_by_side_and_redacted_counts_only(tmp_path):
    from pypdf import PdfReader

    from pocplanner.reports.consolidated import consolidated_document
    c = _cons(_regional("mopti", "Mopti", ("FAMa — 33e RCP", "support")),
              _regional("gao", "Gao", ("FAMa 33e RCP", "suspended"), ("FC-G5S Est", "support")))

    def text(lang, redacted):
        path = tmp_path / f"m-{lang}-{redacted}.pdf"
        path.write_bytes(consolidated_document(c, lang, redacted))
        return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)

    full = text("fr", False)
    assert "La diligence voulue dans les régions" in full
    assert "FAMa — 33e RCP" in full and "Suspendu" in full and "CONS-HRDDP" in full
    redacted = text("en", True)
    assert "Due diligence across the regions" in redacted and "CONS-HRDDP" in redacted
    assert "FAMa" not in redacted and "FC-G5S" not in redacted
