"""Step 4: civil-military sequencing — dated activities and the Gantt chart."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pocplanner import reference
from pocplanner.domain.edits import Batch, Insert, SetField, set_field
from pocplanner.domain.planning import activity_for_response, new_activity
from pocplanner.i18n import format_date
from pocplanner.ui.button_row import button_row
from pocplanner.ui.charts.gantt_view import GanttView
from pocplanner.ui.charts.map_panel import MapPanel
from pocplanner.ui.pages.base import Page
from pocplanner.ui.pages.due_diligence_view import (
    DueDiligenceView,
    add_support_fields,
    support_reason_text,
)
from pocplanner.ui.pages.place_fields import (
    add_place_fields,
    add_presence_fields,
    add_runs_within,
    presence_text,
)
from pocplanner.ui.pages.status_view import StatusView, add_status_fields
from pocplanner.ui.plan.binder import FormBinder
from pocplanner.ui.plan.item_table import ItemTable, ItemTableModel
from pocplanner.ui.widgets import form_beside, refill, splitter


class SequencingPage(Page):
    step = "sequencing"

    def __init__(self, session) -> None:
        super().__init__(session, self.tr("Civil-military sequencing"), self.tr(
            "Turn the responses into dated activities: who does what, where and when. Civilian "
            "analysis drives military deployment; activities that need security must run inside "
            "a security presence at the same place; when a deployment ends where people talked "
            "to the mission, police or host-state presence must take over."))
        lang = self.lang
        columns = [(self.tr("Id"), lambda a: a.id),
                   (self.tr("Activity"), lambda a: a.title),
                   (self.tr("Component"), lambda a: reference.label("components", a.component, lang)),
                   (self.tr("Place"), lambda a: a.location),
                   (self.tr("Start"), lambda a: format_date(a.start, lang)),
                   (self.tr("End"), lambda a: format_date(a.end, lang))]
        self.cercle_filter = ""
        self.model = ItemTableModel(columns, self._visible_activities, self)
        self.model.editable_dates = {4: "start", 5: "end"}     # double-click or F2 to edit
        self.model.on_edit = lambda item, name, value: self.session.push(
            set_field(item, name, value), self.tr("Edit dates"))
        self.table = ItemTable(self.model, lang=self.lang)
        self.table.setObjectName("activityTable")
        self.table.stretch(1)

        self.add_button = QPushButton(self.tr("&Add activity"))
        self.add_button.setObjectName("addActivity")
        self.generate_button = QPushButton(self.tr("Create from &responses"))
        self.generate_button.setObjectName("activitiesFromResponses")
        self.generate_button.setToolTip(self.tr("One activity for each response that has none, "
                                                "with the catalogue's default flags"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("removeActivity")
        buttons = button_row(self.add_button, self.generate_button, self.remove_button)

        form_widget = QWidget()
        form = QFormLayout(form_widget)
        b = self.binder = FormBinder(session, form)
        b.line("title", self.tr("Title"))
        self.title_origin = QLabel()
        self.title_origin.setObjectName("titleOrigin")
        self.title_origin.setWordWrap(True)
        form.addRow(self.title_origin)
        b.combo("component", self.tr("Component"), self.vocab("components"))
        b.line("lead_section", self.tr("Lead section"))
        self.location = b.combo("location", self.tr("Place"), [], editable=True)
        self.place_fields = add_place_fields(b, form)          # §12.2: points and areas
        b.date("start", self.tr("Start"))
        b.date("end", self.tr("End"))
        self.response_combo = b.combo("response_id", self.tr("Response"), [])
        b.checklist("depends_on", self.tr("Depends on (starts after these end)"),
                    lambda: [(a.id, f"{a.id} · {a.title}") for a in self.plan.activities
                             if a is not b.obj])
        add_runs_within(b)                                       # §12.9b
        self.contingent_combo = b.combo("contingent_on", self.tr("Contingent on"), [])
        self.contingent_combo.setToolTip(self.tr("Starts only if this scenario happens "
                                                 "(Early warning step); drawn hatched"))
        b.checklist("assets", self.tr("Scarce assets it needs"),
                    lambda: [(t.key, t.text(lang)) for t in
                             reference.vocabularies()["assets"]])
        b.check("provides_security", self.tr("Provides security at its place"))
        self.presence_default = add_presence_fields(b, form)    # §12.1
        b.check("requires_security", self.tr("Needs security cover"))
        b.check("engages_communities", self.tr("Engages communities"))
        b.check("military_operation", self.tr("Military operation"))
        b.text("harm_mitigation", self.tr("Harm mitigation before, during, after"), lines=2)
        b.check("supports_non_un_forces", self.tr("Supports non-UN forces"))
        b.check("hrddp_assessed", self.tr("HRDDP assessment done"))
        self.support_reason = add_support_fields(b, form)      # §12.4
        b.text("notes", self.tr("Notes"), lines=2)
        add_status_fields(b)          # the plan in motion: status, actual dates, outcome
        top_left = QWidget()
        tl = QVBoxLayout(top_left)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(buttons)
        tl.addWidget(self.table, 1)

        self.gantt_view = GanttView(lang, self._advisory_ids)
        self.gantt = self.gantt_view.chart
        self.map = MapPanel(lang, with_dates=True, store=session.store)
        gantt_box = QTabWidget()
        gantt_box.setObjectName("sequenceViews")
        gantt_box.addTab(self.gantt_view, self.tr("Timeline"))
        gantt_box.addTab(self.map, self.tr("Map"))
        self.status_view = StatusView(session)
        self.status_view.chosen.connect(self._select_activity_id)
        gantt_box.addTab(self.status_view, self.tr("Status"))
        self.due_diligence = DueDiligenceView(self)
        gantt_box.addTab(self.due_diligence, self.tr("Due diligence"))
        self.views = gantt_box
        gantt_box.currentChanged.connect(self._refresh_tab)

        split = splitter(Qt.Orientation.Vertical, top_left, gantt_box)
        split.setSizes([300, 320])        # the timeline needs room as much as the table
        # the activity's form beside both, the whole height: most of its fields in view
        self.outer.addWidget(form_beside(split, form_widget), 1)

        self.table.selected.connect(self._selected)
        self.gantt.clicked.connect(self.select_item)
        self.gantt.moved.connect(self.move_activity)
        self.map.cercle_clicked.connect(self._filter_cercle)
        self.map.view.activity_clicked.connect(self._select_activity_id)
        self.map.view.pin_enabled = True                       # §12.2: pin a place
        self.map.view.pinned.connect(self.pin_activity)
        self.add_button.clicked.connect(self.add_activity)
        self.generate_button.clicked.connect(self.create_from_responses)
        self.remove_button.clicked.connect(self.remove_selected)
        self.follow_changes(self.refresh)
        self.refresh()
        self.table.select_first()
        self._selected(self.table.current())

    def _visible_activities(self):
        if self.cercle_filter and self.map.view.pm is not None:
            area = self.map.view.pm.area(self.cercle_filter)
            ids = set(area.activity_ids) if area else set()
            return [a for a in self.plan.activities if a.id in ids]
        return self.plan.activities

    def _select_activity_id(self, activity_id: str) -> None:
        activity = next((a for a in self.plan.activities if a.id == activity_id), None)
        if activity is not None:
            self.select_item(activity)

    def _filter_cercle(self, pcode: str) -> None:
        self.cercle_filter = pcode
        self.model.refresh()

    def refresh(self) -> None:
        self.map.set_plan(self.plan)
        self.model.refresh()
        self.gantt_view.set_plan(self.plan)
        self._stale_tabs = {self.status_view, self.due_diligence}
        self._refresh_tab()
        self._fill_choices()
        self.support_reason.setText(support_reason_text(self.table.current(), self.plan))
        self._show_title_origin(self.table.current())
        self._show_place(self.table.current())

    def _show_title_origin(self, activity) -> None:
        """Says whether the title is the catalogue's (printed in each edition's language) or
        the planner's own text (printed as typed)."""
        from pocplanner.domain.plan_language import is_own_text
        self.title_origin.setText("" if activity is None else self.tr(
            "Your own text: printed as typed in every edition.") if is_own_text(
            self.plan, activity) else self.tr(
            "The catalogue's words: printed in the language of each edition (English or "
            "French) until you change them."))

    def _refresh_tab(self, *_args) -> None:
        """The Status and Due diligence tabs (the status list of 1,000 activities cost an
        edit ~200 ms): filled only while in front, and when they come to the front (as the
        map, hidden, waits)."""
        current = self.views.currentWidget()
        if current in getattr(self, "_stale_tabs", ()):
            self._stale_tabs.discard(current)
            current.refresh()

    def _fill_choices(self) -> None:
        places = list(dict.fromkeys(self.plan.areas + [self.plan.region]))
        current = self.table.current()
        for combo, items in ((self.location, [(p, p) for p in places]),
                             (self.response_combo,
                              [(None, self.tr("— none —"))] +
                              [(r.id, f"{r.id} · {reference.tool_label(r.tool, self.lang)}")
                               for r in self.plan.responses]),
                             (self.contingent_combo,
                              [(None, self.tr("— committed: always runs —"))] +
                              [(s.id, f"{s.id} · {s.title}") for s in self.plan.scenarios])):
            refill(combo, items)
        if current is not None:
            self.binder.refresh()

    def _advisory_ids(self) -> set[str]:
        return {ref for a in self.session.advisories for ref in a.refs}

    def _selected(self, activity) -> None:
        self.binder.bind(activity)
        self.support_reason.setText(support_reason_text(activity, self.plan))
        self._show_title_origin(activity)
        self._show_place(activity)
        self.remove_button.setEnabled(activity is not None)
        self.gantt.selected = activity
        self.gantt.update()

    def pin_activity(self, lon: float, lat: float) -> None:
        """The selected activity's place pinned on the map: its coordinates (§12.2)."""
        a = self.table.current()
        if a is not None:
            self.session.push(set_field(a, "coordinates", [round(lon, 5), round(lat, 5)]),
                              self.tr("Pin on the map"))

    def _show_place(self, activity) -> None:
        self.place_fields.refresh(self.plan, activity)
        self.presence_default.setText(presence_text(activity, self.plan))

    def select_item(self, obj) -> None:
        if obj in self.plan.hrddp:                  # an assessment: the register's tab
            self.views.setCurrentWidget(self.due_diligence)
            self.due_diligence.table.select(obj)
            return
        if self.cercle_filter:
            self.map.view.selected = ""
            self._filter_cercle("")
        self.table.select(obj)

    def add_activity(self) -> None:
        activity = new_activity(self.plan, self.plan_lang)
        self.session.push(Insert(self.plan.activities, len(self.plan.activities), activity),
                          self.tr("Add activity"))
        self.table.select(activity)

    def create_from_responses(self) -> int:
        with_activity = {a.response_id for a in self.plan.activities}
        edits = []
        created = []
        for r in self.plan.responses:
            if r.id in with_activity:
                continue
            activity = activity_for_response(self.plan, r, self.plan_lang)
            created.append(activity)
            self.plan.activities.append(activity)   # so that the next id is free
            edits.append(Insert(self.plan.activities, len(self.plan.activities) - 1, activity))
        for _ in created:
            self.plan.activities.pop()
        if edits:
            self.session.push(Batch(edits), self.tr("Create activities from responses"))
            self.table.select(created[0])
        return len(created)

    def move_activity(self, activity, days: int) -> None:
        delta = dt.timedelta(days=days)
        self.session.push(Batch([SetField(activity, "start", activity.start, activity.start + delta),
                                 SetField(activity, "end", activity.end, activity.end + delta)]),
                          self.tr("Move activity"))

    def remove_selected(self) -> None:
        self.remove_item(self.table.current(), self.tr("Remove activity"))
