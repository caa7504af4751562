"""Step 2: the threat assessment — register, heat map, priorities."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pocplanner import reference
from pocplanner.domain.edits import Insert
from pocplanner.domain.planning import duplicate_threat, new_threat
from pocplanner.domain.scoring import band_for, is_priority, priority_threshold, threats_by_risk
from pocplanner.ui.button_row import button_row
from pocplanner.ui.charts.heat_map import HeatMap
from pocplanner.ui.charts.map_panel import MapPanel
from pocplanner.ui.pages.base import Page
from pocplanner.ui.pages.groups_at_risk import add_group_picker
from pocplanner.ui.plan.binder import FormBinder
from pocplanner.ui.plan.item_table import ItemTable, ItemTableModel
from pocplanner.ui.qt_text import qt_format
from pocplanner.ui.widgets import form_beside, splitter


class ThreatsPage(Page):
    step = "threats"

    def __init__(self, session) -> None:
        super().__init__(
            session,
            self.tr("Threat assessment"),
            qt_format(
                self.tr(
                    "List the threats to civilians, starting with who is at risk. Rate each on "
                    "likelihood and impact (1–5): the risk is their product. The plan must answer its "
                    "priority threats. Unless you decide otherwise, a threat is a priority when its "
                    "risk is %1 or more."
                ),
                str(priority_threshold()),
            ),
        )
        self.cell_filter: tuple[int, int] | None = None
        self.cercle_filter = ""
        lang = self.lang

        columns = [
            (self.tr("Id"), lambda t: t.id),
            (self.tr("Threat"), lambda t: t.title),
            (self.tr("Category"), lambda t: reference.label("threat_categories", t.category, lang)),
            (self.tr("L"), lambda t: t.likelihood),
            (self.tr("I"), lambda t: t.impact),
            (self.tr("Risk"), lambda t: t.score),
            (self.tr("Priority"), lambda t: self._priority_text(t)),
        ]
        self.model = ItemTableModel(columns, self._visible_threats, self)
        self.model.colour = lambda t, col: (
            QColor(band_for(t.score).colour).lighter(130) if col == 5 else None
        )
        self.table = ItemTable(self.model)
        self.table.setObjectName("threatTable")
        self.table.stretch(1)
        self.table.fixed(2, 170)

        self.add_button = QPushButton(self.tr("&Add threat"))
        self.add_button.setObjectName("addThreat")
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.duplicate_button.setObjectName("duplicateThreat")
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("removeThreat")
        self.filter_label = QLabel()
        self.filter_label.setObjectName("cercleFilter")
        self.filter_label.setWordWrap(True)     # a map click must not widen the pane
        buttons = button_row(self.add_button, self.duplicate_button, self.remove_button,
                             self.filter_label)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(buttons)
        left_layout.addWidget(self.table, 1)
        self.heat_map = HeatMap()
        self.map = MapPanel(lang, with_dates=False, store=session.store)
        self.views = QTabWidget()
        self.views.setObjectName("threatViews")
        self.views.addTab(self.heat_map, self.tr("Heat map"))
        self.views.addTab(self.map, self.tr("Map"))
        from pocplanner.ui.incidents.evidence_panel import EvidencePanel
        from pocplanner.ui.incidents.incident_import import IncidentImporter

        self.importer = IncidentImporter(self, session.store, lang)
        self.evidence = EvidencePanel(session, self.importer)
        self.views.addTab(self.evidence, self.tr("Evidence"))
        self.importer.imported.connect(self.map.invalidate_incidents)
        self.evidence.events.show_on_map.connect(self._event_on_map)
        left_split = splitter(Qt.Orientation.Vertical)
        left_split.addWidget(left)
        left_split.addWidget(self.views)
        left_split.setStretchFactor(0, 1)
        left_split.setStretchFactor(1, 1)

        form_widget = QWidget()
        form = QFormLayout(form_widget)
        b = self.binder = FormBinder(session, form)
        b.line("title", self.tr("What happens"))
        groups = b.lines(
            "groups_at_risk",
            self.tr("Groups at risk (one per line)"),
            self.tr("e.g. Fulani herders and their families"),
        )
        self.group_picker = add_group_picker(b, form, groups)   # §12.8: a short list
        b.combo(
            "category",
            self.tr("Category"),
            [("", self.tr("— choose a category —"))] + self.vocab("threat_categories"),
        )
        b.combo("perpetrator_type", self.tr("Perpetrator type"), self.vocab("perpetrator_types"))
        b.line("perpetrator", self.tr("Perpetrator (as known)"))
        b.combo("likelihood", self.tr("Likelihood"), self.scale("likelihood"))
        b.combo("impact", self.tr("Impact"), self.scale("impact"))
        b.combo(
            "priority",
            self.tr("Priority"),
            [
                (None, qt_format(self.tr("Default rule (risk ≥ %1)"), str(priority_threshold()))),
                (True, self.tr("Priority")),
                (False, self.tr("Not a priority")),
            ],
        )
        b.lines("locations", self.tr("Locations (one per line)"))
        b.text("description", self.tr("Description"))
        b.combo(
            "vulnerability",
            self.tr("Vulnerability of the groups"),
            self.vocab("vulnerability", True),
        )
        b.lines("indicators", self.tr("Early-warning indicators"))
        b.lines("triggers", self.tr("Possible triggers"))
        b.text("sources", self.tr("Sources"), lines=2)
        b.combo("confidence", self.tr("Confidence"), self.vocab("confidence", True))
        self.outer.addWidget(form_beside(left_split, form_widget), 1)

        self.table.selected.connect(self._selected)
        self.add_button.clicked.connect(self.add_threat)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.heat_map.cell_clicked.connect(self._filter_cell)
        self.map.cercle_clicked.connect(self._filter_cercle)
        self.cercle_filter = ""
        self.follow_changes(self.refresh)
        self.refresh()
        self.table.select_first()
        self._selected(self.table.current())

    def _priority_text(self, threat) -> str:
        marked = self.tr("yes") if is_priority(threat) else self.tr("no")
        return marked if threat.priority is not None else marked + " " + self.tr("(default)")

    def _visible_threats(self):
        threats = threats_by_risk(self.plan)
        if self.cell_filter:
            threats = [t for t in threats if (t.likelihood, t.impact) == self.cell_filter]
        if self.cercle_filter and self.map.view.pm is not None:
            area = self.map.view.pm.area(self.cercle_filter)
            ids = set(area.threat_ids) if area else set()
            threats = [t for t in threats if t.id in ids]
        return threats

    def refresh(self) -> None:
        self.map.set_plan(self.plan)  # first: a cercle filter reads the new map
        self.model.refresh()
        self.heat_map.set_threats(self.plan.threats)
        self.evidence.set_threat(
            self.evidence.threat
            if self.evidence.threat in self.plan.threats
            else self.table.current()
        )
        if self.cercle_filter:
            area = self.map.view.pm.area(self.cercle_filter)
            self.filter_label.setText(
                qt_format(
                    self.tr("Showing the threats in %1 — click it on the map again to show all"),
                    area.cercle.name if area else "?",
                )
            )
        elif self.cell_filter:
            self.filter_label.setText(
                qt_format(
                    self.tr("Showing likelihood %1 × impact %2 — click the cell again to show all"),
                    str(self.cell_filter[0]),
                    str(self.cell_filter[1]),
                )
            )
        else:
            self.filter_label.setText(
                self.tr("%n threat(s), highest risk first", "", len(self.plan.threats))
            )

    def _filter_cell(self, cell) -> None:
        self.cell_filter = cell
        self.refresh()

    def _filter_cercle(self, pcode: str) -> None:
        self.cercle_filter = pcode
        self.refresh()

    def _selected(self, threat) -> None:
        self.binder.bind(threat)
        self.evidence.set_threat(threat)
        self.duplicate_button.setEnabled(threat is not None)
        self.remove_button.setEnabled(threat is not None)

    def select_item(self, obj) -> None:
        if self.cell_filter or self.cercle_filter:
            self.heat_map.selected = None
            self.map.view.selected = self.cercle_filter = ""
            self._filter_cell(None)
        self.table.select(obj)

    def add_threat(self) -> None:
        threat = new_threat(self.plan, self.plan_lang)
        self.session.push(
            Insert(self.plan.threats, len(self.plan.threats), threat), self.tr("Add threat")
        )
        self.select_item(threat)
        self.binder.fields[0].widget.setFocus()
        self.binder.fields[0].widget.selectAll()

    def duplicate_selected(self) -> None:
        threat = self.table.current()
        if threat is not None:
            copy_ = duplicate_threat(self.plan, threat)
            index = self.plan.threats.index(threat) + 1
            self.session.push(Insert(self.plan.threats, index, copy_), self.tr("Duplicate threat"))
            self.select_item(copy_)

    def remove_selected(self) -> None:
        self.remove_item(self.table.current(), self.tr("Remove threat"))

    def _event_on_map(self, pcode: str) -> None:
        """An event of the Evidence tab's list opened on the map: its cercle selected, the
        events layer on."""
        self.views.setCurrentWidget(self.map)
        self.map.events.setChecked(True)
        self.map.view.selected = pcode
        self.map.view.update()
