"""HQ knows which plan is which (#28): plans named by office, region, period and title on
screen and on paper; two plans of one region for different years side by side, never added
together; a threat row opens its plan at that threat."""
from __future__ import annotations

import datetime as dt

from builders import plan, response, threat
from pocplanner.domain.consolidation import Input, consolidate
from pocplanner.domain.model import Period
from pocplanner.domain.plan_names import plan_name


def _mopti(plan_id, year, title):
    p = plan(threats=[threat("T1", likelihood=4, impact=4, title=f"Attaques {year}")],
             responses=[response("R1")])
    p.id, p.region, p.office, p.title, p.language = plan_id, "Mopti", "Bureau de Mopti", title, "fr"
    p.period = Period(dt.date(year, 8, 1), dt.date(year, 10, 31))
    return p


def test_two_years_of_one_region_are_not_added_together():
    c = consolidate([Input(_mopti("plan-38be4aba", 2019, "Plan 2019"), "library"),
                     Input(_mopti("plan-7f00aa11", 2020, "Plan 2020"), "library")])
    assert c.regions() == ["Mopti 2019", "Mopti 2020"]
    assert c.categories["intercommunal_violence"] == {"Mopti 2019": 1, "Mopti 2020": 1}
    assert plan_name(c.plans[0].plan).render("fr") == \
        "Bureau de Mopti · Mopti · 01/08/2019 – 31/10/2019 · Plan 2019"


def test_screen_and_paper_name_the_plans(qtbot, library, store, tmp_path):
    from pypdf import PdfReader
    for p in (_mopti("plan-38be4aba", 2019, "Plan 2019"), _mopti("plan-7f00aa11", 2020,
                                                                  "Plan 2020")):
        store.save(p)
    library.refresh()
    library.table.selectAll()
    view = library.mission_view()
    qtbot.addWidget(view)
    shown = {view.status.item(i, 0).text() for i in range(view.status.rowCount())}
    assert all("Bureau de Mopti · Mopti" in s and "plan-" not in s for s in shown), shown
    headers = [view.matrix.horizontalHeaderItem(i).text()
               for i in range(view.matrix.columnCount())]
    assert "Mopti 2019" in headers and "Mopti 2020" in headers
    assert "plan-" not in view.ranked.item(0, 0).text()
    view.ranked.cellDoubleClicked.emit(0, 2)          # as a double-click on the row does
    assert library.plan_windows
    [window] = library.plan_windows.values()
    assert window.flow.step == "threats"
    assert window.pages["threats"].table.current().id == "T1"
    out = tmp_path / "mission.pdf"
    view.export_pdf(str(out))
    text = " ".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "Plan 2019" in text and "Mopti 2020" in text
