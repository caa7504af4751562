"""The Gantt marks of DOMAIN §12.5 and §12.9b, on screen and on paper: the days an activity runs
from a closed site, and "runs while … is in place"."""
from __future__ import annotations

from reportlab.graphics.shapes import Line, PolyLine, Rect

from builders import activity, d, plan
from pocplanner.domain.model import Site
from pocplanner.domain.timeline import build_timeline


def _plan():
    p = plan(activities=[
        activity("P1", location="Douentza", component="military", provides_security=True,
                 start="2019-01-10", end="2019-03-20"),
        activity("C1", location="Douentza", start="2019-01-15", end="2019-01-20",
                 runs_within=["P1"])])
    p.transition.sites = [Site("ST1", "Camp", "Douentza", "temporary_base", d("2019-03-01"))]
    return p


def test_the_timeline_knows_what_runs_within_and_after_closure():
    p = _plan()
    t = build_timeline(p)
    assert [(a.id, b.id) for a, b in t.within] == [("P1", "C1")]
    assert t.after_close == {id(p.activities[0]): d("2019-03-01")}
    p.activities[0].end = d("2019-03-01")                     # ends on the closing day
    assert build_timeline(p).after_close == {}
    p.activities[0].end, p.activities[0].component = d("2019-03-20"), "host_state"
    assert build_timeline(p).after_close == {}                # the host state stays


def test_the_overrun_is_read_as_trn_afterclose_reads_it():
    """Effective dates, cancelled activities left out (§13): the Gantt marks what the check
    says, no more."""
    from pocplanner.domain.checks import run_checks
    p = _plan()
    patrol = p.activities[0]

    def flagged():
        return "TRN-AFTERCLOSE" in {a.code for a in run_checks(p)}
    assert build_timeline(p).after_close and flagged()
    patrol.actual_start, patrol.actual_end = d("2019-01-10"), d("2019-02-25")   # ended early
    assert build_timeline(p).after_close == {} and not flagged()
    patrol.actual_start = patrol.actual_end = None
    patrol.status = "cancelled"
    assert build_timeline(p).after_close == {} and not flagged()


LEGEND = {k: k for k in ("continued", "cover", "security", "contingent", "cancelled",
                         "actual", "closed", "within")}


def _legend_texts(page) -> set[str]:
    from reportlab.graphics.shapes import Group, String
    return {s.text for g in page.getContents() if isinstance(g, Group)
            for s in g.getContents() if isinstance(s, String)}


def test_the_printed_legend_names_the_marks_the_chart_has():
    from pocplanner.reports.charts import gantt_pages
    from pocplanner.reports.styles import register_fonts
    register_fonts()
    [page] = gantt_pages(_plan(), 700, 400, "fr", LEGEND)
    assert {"closed", "within"} <= _legend_texts(page)
    p = _plan()
    p.activities[1].runs_within = []
    p.transition.sites = []
    [page] = gantt_pages(p, 700, 400, "fr", LEGEND)
    assert not {"closed", "within"} & _legend_texts(page)


def _red(shape) -> bool:
    colour = getattr(shape, "strokeColor", None)
    return colour is not None and colour.hexval() == "0xc62828"


def test_the_printed_gantt_crosses_the_overrun_and_brackets_within():
    from pocplanner.reports.charts import gantt_pages
    from pocplanner.reports.styles import register_fonts
    register_fonts()
    [page] = gantt_pages(_plan(), 700, 400, "fr", LEGEND)
    shapes = list(page.getContents())
    assert any(isinstance(s, Rect) and _red(s) for s in shapes)
    assert any(isinstance(s, Line) and _red(s) for s in shapes)
    dashed = [s for s in shapes if isinstance(s, PolyLine) and getattr(s, "strokeDashArray", None)]
    assert len(dashed) == 2                                   # the start and end of P1
    p = _plan()
    p.activities[1].runs_within = []
    p.transition.sites = []
    [page] = gantt_pages(p, 700, 400, "fr", LEGEND)
    shapes = list(page.getContents())
    assert not any(_red(s) for s in shapes)


def test_the_screen_gantt_paints_them(qtbot):
    from pocplanner.ui.charts.gantt import GanttChart
    chart = GanttChart("fr")
    qtbot.addWidget(chart)
    chart.set_plan(_plan())
    chart.resize(900, 300)
    image = chart.grab().toImage()
    p1 = chart.plan.activities[0]
    bar = chart.bar_rect(p1)
    x = int(chart.x_of(d("2019-03-10")))
    colour = image.pixelColor(x, int(bar.top()))
    assert colour.red() > 150 and colour.green() < 100          # the red box on the overrun


def test_the_screen_legend_names_the_marks_the_chart_has(qtbot):
    """As on paper: the closed-site and runs-within entries when the chart draws them."""
    from pocplanner.ui.charts.gantt_view import GanttView
    view = GanttView("en", set)
    qtbot.addWidget(view)
    view.set_plan(_plan())
    text = view.legend.text()
    assert "runs from a site already closed" in text and "runs while the other" in text
    assert "cancelled" not in text and "actual dates" not in text     # none in this plan
    p = _plan()
    p.activities[1].runs_within = []
    p.transition.sites = []
    p.activities[0].status = "cancelled"
    view.set_plan(p)
    text = view.legend.text()
    assert "runs from" not in text and "runs while" not in text and "cancelled" in text
