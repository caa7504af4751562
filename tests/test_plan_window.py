"""A whole plan built through the plan window's real widgets, then read back from the database."""
import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QTreeWidgetItemIterator

from conftest import SAMPLE_V2_ADVISORIES
from pocplanner.domain.flow import STEPS, Flow, step_for_advisory
from qt_helpers import activate, choose, click, click_row, set_date, toggle_list_item, type_into

CATEGORY = "Intercommunal violence"


def field(page, name):
    return page.findChild(object, f"field_{name}")


def answer_next_dialog(qtbot, button):
    def press():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
    QTimer.singleShot(50, press)


def test_the_flow_has_eight_steps_and_knows_where_advisories_are_fixed():
    flow = Flow()
    assert STEPS == ("context", "threats", "responses", "early_warning", "sequencing",
                     "engagement", "transition", "review")
    assert Flow(index=5, skipped=("transition",)).next() == "review"
    assert not flow.can_go_back() and flow.next() == "threats"
    assert flow.go("review") == "review" and not flow.can_go_next()
    assert step_for_advisory("SEQ-COVER", "activity") == "sequencing"
    assert step_for_advisory("THR-UNANSWERED", "threat") == "responses"
    assert step_for_advisory("ENG-UNASSESSED", "activity") == "engagement"
    assert step_for_advisory("THR-NOINDICATOR", "threat") == "early_warning"
    assert step_for_advisory("EW-NORESPONSE", "indicator") == "early_warning"


def test_a_whole_plan_through_every_page(qtbot, library, store):
    qtbot.keyClick(library, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    [window] = library.plan_windows.values()
    activate(qtbot, window)
    plan_id = window.session.plan.id

    # 1. context
    page = window.pages["context"]
    type_into(qtbot, field(page, "title"), "Koro cercle: POC plan, first quarter 2019")
    assert field(page, "region").currentText() == ""          # a new plan presets no region
    choose(qtbot, field(page, "region"), "Mopti")
    set_date(qtbot, field(page, "start"), "2019-01-01")
    set_date(qtbot, field(page, "end"), "2019-03-31")
    choose(qtbot, field(page, "sensitivity"), "Strictly confidential")
    type_into(qtbot, field(page, "office"), "Regional office Mopti")
    type_into(qtbot, field(page, "prepared_by"), "Regional POC task force")
    type_into(qtbot, page.area_search, "koro")
    qtbot.keyClick(page.area_search, Qt.Key.Key_Return)
    type_into(qtbot, page.area_search, "Ogossagou")
    click(qtbot, page.add_place)
    choose(qtbot, field(page, "mission_targeted"), "Yes")
    choose(qtbot, field(page, "access"), "Non-permissive")
    type_into(qtbot, field(page, "summary"), "Reprisal cycles between communities.")
    click(qtbot, window.next_button)

    # 2. threats
    page = window.pages["threats"]
    assert window.stack.currentWidget() is page
    click(qtbot, page.add_button)
    type_into(qtbot, field(page, "title"), "Militia attacks on herders' camps")
    assert field(page, "category").currentText() == "— choose a category —"
    choose(qtbot, field(page, "category"), CATEGORY)
    type_into(qtbot, field(page, "groups_at_risk"), "Herder families")
    choose(qtbot, field(page, "perpetrator_type"), "Community militia or self-defence group")
    choose(qtbot, field(page, "likelihood"), "4 · Likely")
    choose(qtbot, field(page, "impact"), "5 · Severe")
    type_into(qtbot, field(page, "locations"), "Koro")
    assert page.heat_map.counts == {(4, 5): 1}
    assert page.model.index(0, 6).data() == "yes (default)"    # risk 20 ≥ 12
    click(qtbot, window.next_button)

    # 3. responses
    page = window.pages["responses"]
    assert page.threat_list.count() == 1
    type_into(qtbot, page.search, "mediation")
    mediation = next(item for item in _tree_items(page.tree)
                     if item.data(0, Qt.ItemDataRole.UserRole + 1) == "local_mediation")
    page.tree.scrollToItem(mediation)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.tree.visualItemRect(mediation).center())
    guidance = page.guidance.toPlainText()
    assert "Works when" in guidance
    # the militia threat above makes the catalogue's militia caution apply here
    assert "Applies here" in guidance and "Where self-defence militias are parties" in guidance
    click(qtbot, page.add_tool)
    type_into(qtbot, field(page, "lead_section"), "Civil Affairs")
    type_into(qtbot, field(page, "rationale"), "Back the elders who mediate.")
    assert "tier 1: 1" in page.balance.text()
    click(qtbot, window.next_button)

    # 4. early warning: an indicator with pre-agreed responses, a worst case
    page = window.pages["early_warning"]
    click(qtbot, page.add_button)
    matrix = {f.name: f.widget for f in page.binder.fields}
    type_into(qtbot, matrix["indicator"], "Militia checkpoints on the roads to the camps")
    toggle_list_item(qtbot, matrix["threat_ids"], "T1 · Militia attacks on herders' camps")
    choose(qtbot, matrix["source"], "JMAC analysis")
    for level in ("alert", "crisis"):
        box = page.findChild(object, f"level_{level}")
        toggle_list_item(qtbot, field(box, "response_ids"),
                         "R1 · Support to local mediation and reconciliation")
    page.tabs.setCurrentWidget(page.scenarios)
    choose(qtbot, page.scenarios.kind_choice, "Worst case")
    click(qtbot, page.scenarios.add_button)
    choose(qtbot, page.scenarios.adjustments.cellWidget(0, 1), "5")
    toggle_list_item(qtbot, field(page.scenarios, "trigger_ids"),
                     "EW1 · Militia checkpoints on the roads to the camps")
    click(qtbot, window.next_button)

    # 5. sequencing
    page = window.pages["sequencing"]
    click(qtbot, page.generate_button)
    assert [a.title for a in window.session.plan.activities] == [
        "Support to local mediation and reconciliation"]
    set_date(qtbot, field(page, "start"), "2019-02-01")
    set_date(qtbot, field(page, "end"), "2019-02-03")
    assert field(page, "engages_communities").isChecked()   # catalogue default flag
    # the place picker: the village where the meetings are, not the whole cercle (SEQ-AREA)
    assert "whole cercle" in page.place_fields.what.text()
    type_into(qtbot, page.place_fields.picker, "Ogossagou")       # as the reports spell it
    assert "Ogossagou — Bankass" in page.place_fields.model.stringList()
    type_into(qtbot, page.place_fields.picker, "Dinangou")        # the region's villages
    assert "Dinangourou — Koro" in page.place_fields.model.stringList()
    page.place_fields.picker.setText("Dinangourou — Koro")     # as the completer fills it
    qtbot.keyClick(page.place_fields.picker, Qt.Key.Key_Return)
    picked = window.session.plan.activities[0]
    assert picked.location == "Dinangourou" and picked.coordinates == [-2.24422, 14.451]
    assert "cercle of Koro" in page.place_fields.what.text()
    click(qtbot, page.add_button)                          # ready if the worst case comes
    type_into(qtbot, field(page, "title"), "Reinforced presence in Koro")
    choose(qtbot, page.contingent_combo, "SC1 · Worst case")
    click(qtbot, window.next_button)

    # 6. engagement
    page = window.pages["engagement"]
    click_row(qtbot, page.table, 0)
    click(qtbot, page.create_button)
    type_into(qtbot, field(page, "communities"), "Herder and farmer representatives")
    box, likelihood, impact = page.risk_rows["reprisals_against_interlocutors"]
    click(qtbot, box)
    choose(qtbot, likelihood, "4")
    choose(qtbot, impact, "5")
    toggle_list_item(qtbot, page.mitigation_list, "Neutral and safe meeting place")
    choose(qtbot, field(page, "residual_likelihood"), "2 · Unlikely")
    choose(qtbot, field(page, "residual_impact"), "4 · Major")
    choose(qtbot, field(page, "decision"), "Go")
    type_into(qtbot, field(page, "decided_by"), "Head of Office")
    click(qtbot, window.next_button)

    # 8. review, final, save (Next passed the transition by: no drawdown)
    page = window.pages["review"]
    assert window.session.advisories == []
    click(qtbot, page.final_button)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.session.dirty

    stored = store.load(plan_id).to_dict()
    assert stored == {
        "id": plan_id, "title": "Koro cercle: POC plan, first quarter 2019", "region": "Mopti",
        "areas": ["Koro", "Ogossagou"], "period": {"start": "2019-01-01", "end": "2019-03-31"},
        "sensitivity": "strictly_confidential", "office": "Regional office Mopti",
        "language": "en", "prepared_by": "Regional POC task force", "version": 1,
        "status": "final",
        "context": {"summary": "Reprisal cycles between communities.", "mission_targeted": True,
                    "access": "non_permissive"},
        "threats": [{"id": "T1", "title": "Militia attacks on herders' camps",
                     "category": "intercommunal_violence", "perpetrator_type": "community_militia",
                     "likelihood": 4, "impact": 5, "groups_at_risk": ["Herder families"],
                     "locations": ["Koro"]}],
        "responses": [{"id": "R1", "threat_ids": ["T1"], "tool": "local_mediation", "tier": 1,
                       "phase": "prevention", "lead_component": "civilian",
                       "lead_section": "Civil Affairs",
                       "rationale": "Back the elders who mediate."}],
        "activities": [{"id": "A1", "title": "Support to local mediation and reconciliation",
                        "component": "civilian", "location": "Dinangourou",
                        "start": "2019-02-01",
                        "end": "2019-02-03", "response_id": "R1", "lead_section": "Civil Affairs",
                        "engages_communities": True, "coordinates": [-2.24422, 14.451]},
                       {"id": "A2", "title": "Reinforced presence in Koro",
                        "component": "civilian", "location": "Koro", "start": "2019-01-01",
                        "end": "2019-03-31", "contingent_on": "SC1"}],
        "engagements": [{"id": "E1", "activity_id": "A1", "decision": "go",
                         "communities": ["Herder and farmer representatives"],
                         "risks": [{"key": "reprisals_against_interlocutors", "likelihood": 4,
                                    "impact": 5}],
                         "mitigations": [{"key": "neutral_safe_venue"}],
                         "residual_likelihood": 2, "residual_impact": 4,
                         "decided_by": "Head of Office"}],
        "early_warning": [{"id": "EW1", "threat_ids": ["T1"],
                           "indicator": "Militia checkpoints on the roads to the camps",
                           "source": "jmac",
                           "levels": [{"level": "watch"},
                                      {"level": "alert", "response_ids": ["R1"]},
                                      {"level": "crisis", "response_ids": ["R1"]}],
                           "current_level": "normal"}],
        "scenarios": [{"id": "SC1", "kind": "worst_case", "title": "Worst case",
                       "horizon_days": 90, "trigger_ids": ["EW1"],
                       "threat_adjustments": [{"threat_id": "T1", "likelihood": 5}]}],
    }


def _tree_items(tree):
    it = QTreeWidgetItemIterator(tree)
    while it.value():
        yield it.value()
        it += 1


def test_advisories_follow_the_edits(qtbot, sample_window):
    window = sample_window

    def new():      # the advisories beyond what the sample shows under DOMAIN §12
        return [a for a in window.session.advisories
                if (a.code, list(a.refs)) not in SAMPLE_V2_ADVISORIES]
    assert [(a.code, list(a.refs)) for a in window.session.advisories] == SAMPLE_V2_ADVISORIES
    assert "0 errors, 5 warnings" in window.panel.count.text()
    click_row(qtbot, window.steps, 4)
    page = window.pages["sequencing"]
    click(qtbot, page.add_button)
    type_into(qtbot, field(page, "title"), "Visit to Ogossagou")
    place = field(page, "location")
    type_into(qtbot, place.lineEdit(), "Ogossagou")
    click(qtbot, field(page, "requires_security"))
    assert [a.code for a in new()] == ["SEQ-COVER"]
    assert "1 error, 5 warnings" in window.panel.count.text()
    assert window.panel.list.count() == 6
    type_into(qtbot, place.lineEdit(), "MENAKA")   # the base at "Menaka" (case, accents ignored)
    [cover] = [a for a in new() if a.code == "SEQ-COVER"]   # starts 2019-01-05, after it
    assert cover.params["gaps"] == "2019-01-01 – 2019-01-04"
    set_date(qtbot, field(page, "start"), "2019-01-05")
    assert [a.code for a in new()] == ["SEQ-AREA"]          # the whole cercle of Ménaka


def test_following_an_advisory_opens_the_item(qtbot, sample_window):
    window = sample_window
    plan = window.session.plan
    click_row(qtbot, window.steps, 4)
    page = window.pages["sequencing"]
    click_row(qtbot, page.table, 0)
    click(qtbot, field(page, "military_operation"))   # GA1 already is: untick it…
    click(qtbot, field(page, "military_operation"))   # …and tick it again: no change
    field_widget = field(page, "harm_mitigation")
    type_into(qtbot, field_widget, "")
    [advisory] = [a for a in window.session.advisories if a.severity == "error"]
    assert advisory.code == "SEQ-HARM"
    window.go("review")
    review = window.pages["review"]
    errors = review.tree.topLevelItem(0)
    item = errors.child(0)
    review.tree.setCurrentItem(item)
    qtbot.keyClick(review.tree, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is page
    assert page.table.current() is plan.activities[0]


def test_mark_as_final_is_refused_while_errors_remain(qtbot, sample_window, store):
    window = sample_window
    plan = window.session.plan
    window.go("threats")
    page = window.pages["threats"]
    click(qtbot, page.add_button)
    choose(qtbot, field(page, "priority"), "Priority")          # a priority without response
    assert "THR-UNANSWERED" in [a.code for a in window.session.advisories]
    window.go("review")
    seen = []

    def close_warning():
        box = QApplication.activeModalWidget()
        seen.append(box.text())
        box.close()
    QTimer.singleShot(50, close_warning)
    click(qtbot, window.pages["review"].final_button)
    assert "1 error" in seen[0]
    assert plan.status == "draft"


def test_undo_and_redo(qtbot, sample_window):
    window = sample_window
    page = window.pages["context"]
    title = field(page, "title")
    original = title.text()
    type_into(qtbot, title, "A new title")
    assert window.session.plan.title == "A new title"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.plan.title == original and title.text() == original
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier |
                   Qt.KeyboardModifier.ShiftModifier)
    assert window.session.plan.title == "A new title" and title.text() == "A new title"

    window.go("threats")
    threats = window.pages["threats"]
    n = len(window.session.plan.threats)
    click(qtbot, threats.add_button)
    assert len(window.session.plan.threats) == n + 1
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.session.plan.threats) == n
    assert threats.model.rowCount() == n


def test_autosave_on_page_change_and_on_the_timer(qtbot, sample_window, store):
    window = sample_window
    plan_id = window.session.plan.id
    type_into(qtbot, field(window.pages["context"], "office"), "Bureau de Gao")
    assert store.load(plan_id).office == "Bureau régional de Gao"
    click(qtbot, window.next_button)
    assert store.load(plan_id).office == "Bureau de Gao"
    assert not window.session.dirty

    window.session.autosave_timer.setInterval(50)
    window.go("threats")
    click(qtbot, window.pages["threats"].add_button)
    qtbot.waitUntil(lambda: len(store.load(plan_id).threats) == 5, timeout=3000)


def test_dragging_a_bar_moves_the_activity(qtbot, sample_window):
    window = sample_window
    window.go("sequencing")
    page = window.pages["sequencing"]
    activity = window.session.plan.activities[2]        # GA3, 2019-02-01 – 2019-02-28
    rect = page.gantt.bar_rect(activity)
    start = rect.center().toPoint()
    qtbot.mousePress(page.gantt, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(page.gantt, start + type(start)(int(page.gantt.day_px * 5), 0))
    qtbot.mouseRelease(page.gantt, Qt.MouseButton.LeftButton,
                       pos=start + type(start)(int(page.gantt.day_px * 5), 0))
    assert (activity.start, activity.end) == (dt.date(2019, 2, 6), dt.date(2019, 3, 5))
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert activity.start == dt.date(2019, 2, 1)


def test_dates_can_be_edited_in_the_table(qtbot, sample_window):
    window = sample_window
    window.go("sequencing")
    page = window.pages["sequencing"]
    activity = window.session.plan.activities[3]          # GA4 ends 2019-03-20
    click_row(qtbot, page.table, 3, 5)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = page.table.focusWidget()
    set_date(qtbot, editor, "2019-03-25")
    qtbot.keyClick(editor, Qt.Key.Key_Return)       # the view commits on its next event turn
    qtbot.waitUntil(lambda: activity.end == dt.date(2019, 3, 25), timeout=2000)
    assert page.model.index(3, 5).data() == "2019-03-25"


def test_closing_with_unsaved_changes_asks(qtbot, sample_window, store):
    window = sample_window
    plan_id = window.session.plan.id
    type_into(qtbot, field(window.pages["context"], "office"), "Changed")
    answer_next_dialog(qtbot, QMessageBox.StandardButton.Cancel)
    window.close()
    assert window.isVisible()
    answer_next_dialog(qtbot, QMessageBox.StandardButton.Save)
    window.close()
    assert not window.isVisible()
    assert store.load(plan_id).office == "Changed"


def test_a_plan_changed_elsewhere_is_not_overwritten(qtbot, sample_window, store):
    window = sample_window
    plan_id = window.session.plan.id
    other = store.load(plan_id)
    other.office = "Saved by the command line"
    store.save(other)
    type_into(qtbot, field(window.pages["context"], "office"), "Saved in the window")
    type_into(qtbot, field(window.pages["context"], "title"), "Plan (call 76 12 34 56)")

    def save_as_copy():
        box = QApplication.activeModalWidget()
        copy_button = next(b for b in box.buttons() if b.text() == "Save as a copy")
        qtbot.mouseClick(copy_button, Qt.MouseButton.LeftButton)
    QTimer.singleShot(50, save_as_copy)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert store.load(plan_id).office == "Saved by the command line"
    copy_id = window.session.plan.id
    assert copy_id != plan_id and store.load(copy_id).office == "Saved in the window"
    # the copy's new id is in its advisories at once (not an edit: every check ran again)
    from pocplanner.domain.checks import run_checks
    assert [a.refs for a in window.session.advisories if a.code == "DATA-PII"] == [(copy_id,)]
    assert [(a.code, a.refs) for a in window.session.advisories] == [
        (a.code, a.refs) for a in run_checks(window.session.plan, places=window.session.places)]


def test_library_search_filter_open_duplicate(qtbot, library, store, sample_path):
    library.import_file(str(sample_path))
    library.import_file(str(sample_path))
    assert library.model.rowCount() == 2
    type_into(qtbot, library.search, "q1-2")
    assert library.model.rowCount() == 1
    type_into(qtbot, library.search, "")
    choose(qtbot, library.region_filter, "Mopti")
    assert library.model.rowCount() == 0
    choose(qtbot, library.region_filter, "Gao")
    assert library.model.rowCount() == 2
    click_row(qtbot, library.table, 0)
    qtbot.keyClick(library, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert library.model.rowCount() == 3
    assert library.selected_plan_id().endswith("-copy")
    centre = library.table.visualRect(library.model.index(0, 0)).center()
    qtbot.mouseClick(library.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(library.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    opened = library.selected_plan_id()
    assert list(library.plan_windows) == [opened]
    click_row(qtbot, library.table, 1)
    qtbot.keyClick(library.table, Qt.Key.Key_Return)          # Enter opens too
    assert set(library.plan_windows) == {opened, library.selected_plan_id()}


def test_export_pdf_print_and_preview_give_the_same_document(qtbot, sample_window, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

    window = sample_window
    exported = tmp_path / "plan.pdf"
    assert window.export_pdf(str(exported)) is True
    pages = len(PdfReader(str(exported)).pages)
    assert "Gao region" in PdfReader(str(exported)).pages[0].extract_text()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert window.print_plan(printer) is True
    assert len(PdfReader(str(printed)).pages) == pages

    dialog = window.print_preview(show=False)
    preview = dialog.findChild(QPrintPreviewWidget)
    dialog.show()
    qtbot.waitUntil(lambda: preview.pageCount() == pages, timeout=10000)
    dialog.close()

    redacted = tmp_path / "redacted.pdf"
    assert window.export_pdf(str(redacted), redacted=True) is True
    assert "EXPURGÉ" in PdfReader(str(redacted)).pages[0].extract_text()   # the plan is in French


def test_hidden_pages_catch_up_when_shown(qtbot, sample_window):
    from pocplanner.domain.edits import Batch, set_field
    window = sample_window
    threats = window.pages["threats"]
    lowest = threats.model.item(threats.model.rowCount() - 1)     # G3, risk 6
    window.session.push(Batch([set_field(lowest, "likelihood", 5),
                               set_field(lowest, "impact", 5)]), "edit")
    assert threats.model.row_of(lowest) == threats.model.rowCount() - 1   # hidden: not yet
    assert threats.heat_map.counts[(5, 5)] == 0
    window.go("threats")
    assert threats.model.row_of(lowest) == 0                      # now the highest risk
    assert threats.heat_map.counts[(5, 5)] == 1


def test_contact_details_are_flagged_where_they_are_typed(qtbot, sample_window):
    window = sample_window
    window.go("engagement")
    page = window.pages["engagement"]
    communities = field(page, "communities")
    type_into(qtbot, communities, "Village chief, +223 76 12 34 56")
    assert communities.property("personalData") is True
    assert "+223 76 12 34 56" in communities.toolTip()
    assert "DATA-PII" in [a.code for a in window.session.advisories]
    type_into(qtbot, communities, "Village elders")
    assert communities.property("personalData") is False
    assert "DATA-PII" not in [a.code for a in window.session.advisories]


def test_strictly_confidential_plans_offer_the_redacted_edition_first(qtbot, sample_window):
    window = sample_window                                  # the sample is strictly confidential
    seen = []

    def accept_default(box):
        seen.append(box.defaultButton().text())
        box.show()
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.offer_redacted(ask=accept_default) is True
    assert seen == ["Redacted edition"]
    window.session.plan.sensitivity = "confidential"
    assert window.offer_redacted(ask=accept_default) is False


def test_a_title_is_shown_from_its_beginning(qtbot, sample_window):
    click_row(qtbot, sample_window.steps, 3)
    title = field(sample_window.pages["sequencing"], "title")
    assert title.text() and title.cursorPosition() == 0     # not scrolled to its end


def test_removing_a_threat_asks_then_takes_its_references_along(qtbot, sample_window):
    window = sample_window
    plan = window.session.plan
    click_row(qtbot, window.steps, 1)
    page = window.pages["threats"]
    page.select_item(plan.threats[0])                       # G1: answered by GR1 and GR2
    answer_next_dialog(qtbot, QMessageBox.StandardButton.Cancel)
    click(qtbot, page.remove_button)
    assert [t.id for t in plan.threats] == ["G1", "G2", "G3", "G4"]
    answer_next_dialog(qtbot, QMessageBox.StandardButton.Ok)
    click(qtbot, page.remove_button)
    assert [t.id for t in plan.threats] == ["G2", "G3", "G4"]
    assert [(r.id, r.threat_ids) for r in plan.responses] == [
        ("GR2", ["G4"]), ("GR3", ["G2"]), ("GR4", ["G4"])]
    assert plan.activity("GA1").response_id is None
    assert "REF-MISSING" not in [a.code for a in window.session.advisories]
    activate(qtbot, window)                                 # back from the question box
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # one step back
    assert [t.id for t in plan.threats] == ["G1", "G2", "G3", "G4"]
    assert [r.id for r in plan.responses] == ["GR1", "GR2", "GR3", "GR4"]
    assert plan.activity("GA1").response_id == "GR1"


def test_a_dangling_scenario_trigger_opens_the_scenario_on_the_early_warning_step(
        qtbot, sample_window):
    window = sample_window
    scenario = window.session.plan.scenarios[1]
    scenario.trigger_ids.append("NOPE")          # as a file of another program might say
    window.session.notify()
    [advisory] = [a for a in window.session.advisories if a.code == "REF-MISSING"]
    assert advisory.message("en").startswith(f"Scenario {scenario.id}: trigger_ids names NOPE")
    window.follow_advisory(advisory)
    assert window.flow.step == "early_warning"
    page = window.pages["early_warning"]
    assert page.tabs.currentWidget() is page.scenarios
    assert page.scenarios.table.current() is scenario


def test_the_window_keeps_the_advisories_of_a_run_from_scratch(qtbot, sample_window):
    """The window's checker runs again only what an edit can change: after edits made in the
    window, undone and redone, its advisories are those `pocplanner check` gives."""
    from pocplanner.domain.checks import run_checks
    window = sample_window
    session = window.session

    def same():
        seen = [(a.code, a.refs, a.message("en")) for a in session.advisories]
        assert seen == [(a.code, a.refs, a.message("en"))
                        for a in run_checks(session.plan, places=session.places)]
        return {a.code for a in session.advisories}

    type_into(qtbot, field(window.pages["context"], "title"), "Call 76 12 34 56")
    assert "DATA-PII" in same()
    window.go("threats")
    click(qtbot, window.pages["threats"].add_button)
    same()
    window.go("sequencing")
    first = session.plan.activities[0]
    window.pages["sequencing"].move_activity(first, 400)      # out of the plan period
    assert "SEQ-PERIOD" in same()
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        same()
    assert "DATA-PII" not in same()
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier |
                       Qt.KeyboardModifier.ShiftModifier)
        same()
    assert {"DATA-PII", "SEQ-PERIOD"} <= same()
