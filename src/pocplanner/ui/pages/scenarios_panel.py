"""The contingency scenarios of the early-warning step: most likely, worst and best case,
their horizon, narrative, triggering indicators, the threats they worsen (adjusted
likelihood and impact, drawn on the heat map as ghost markers), the places, and the
activities contingent on each — committed when the scenario is declared triggered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pocplanner import reference
from pocplanner.domain.early_warning import contingent_activities, declare_triggered, new_scenario
from pocplanner.domain.edits import Insert, set_field
from pocplanner.domain.model import SCENARIO_KINDS, Adjustment
from pocplanner.domain.plan_language import writing_language
from pocplanner.ui.button_row import button_row
from pocplanner.ui.charts.heat_map import HeatMap
from pocplanner.ui.plan.binder import FormBinder
from pocplanner.ui.plan.item_table import ItemTable, ItemTableModel
from pocplanner.ui.qt_text import qt_format
from pocplanner.ui.widgets import Combo, form_beside


class ScenariosPanel(QWidget):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.lang = session, session.lang
        lang = self.lang
        columns = [
            (self.tr("Id"), lambda s: s.id),
            (self.tr("Scenario"), lambda s: s.title),
            (self.tr("Kind"), lambda s: reference.label("scenario_kinds", s.kind, lang)),
            (
                self.tr("Contingent activities"),
                lambda s: str(len(contingent_activities(self.plan, s.id))),
            ),
        ]
        self.model = ItemTableModel(columns, lambda: self.plan.scenarios, self)
        self.table = ItemTable(self.model)
        self.table.setObjectName("scenarioTable")
        self.table.stretch(1)
        self.kind_choice = Combo()
        self.kind_choice.setObjectName("newScenarioKind")
        for key in SCENARIO_KINDS:
            self.kind_choice.addItem(reference.label("scenario_kinds", key, lang), key)
        self.add_button = QPushButton(self.tr("&Add scenario"))
        self.add_button.setObjectName("addScenario")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removeScenario")
        self.trigger_button = QPushButton(self.tr("Declare &triggered…"))
        self.trigger_button.setObjectName("declareTriggered")
        self.trigger_button.setToolTip(
            self.tr("The scenario is happening: its contingent activities join the committed plan")
        )
        row = button_row(self.kind_choice, self.add_button, self.remove_button,
                         self.trigger_button)
        self.counts = QLabel()
        self.counts.setObjectName("contingentCounts")
        self.counts.setWordWrap(True)
        self.heat_map = HeatMap()
        self.heat_map.setObjectName("scenarioHeatMap")
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(row)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.counts)
        lv.addWidget(self.heat_map, 1)

        form_widget = QWidget()
        fv = QVBoxLayout(form_widget)
        form = QFormLayout()
        fv.addLayout(form)
        b = self.binder = FormBinder(session, form)
        b.line("title", self.tr("Title"))
        b.combo(
            "kind",
            self.tr("Kind"),
            [(k, reference.label("scenario_kinds", k, lang)) for k in SCENARIO_KINDS],
        )
        b.number("horizon_days", self.tr("Horizon"), 3650, self.tr(" days"))
        b.text("narrative", self.tr("Narrative"), lines=3)
        b.checklist(
            "trigger_ids",
            self.tr("Triggered by"),
            lambda: [(i.id, f"{i.id} · {i.indicator[:60]}") for i in self.plan.early_warning],
        )
        b.lines("places", self.tr("Places (one per line)"))
        worsens = QLabel(self.tr("<b>Threats it worsens</b> (likelihood and impact if it happens)"))
        worsens.setWordWrap(True)
        fv.addWidget(worsens)
        self.adjustments = QTableWidget(0, 3)
        self.adjustments.setObjectName("threatAdjustments")
        self.adjustments.setHorizontalHeaderLabels([self.tr("Threat"), self.tr("L"), self.tr("I")])
        self.adjustments.verticalHeader().setVisible(False)
        from PySide6.QtWidgets import QHeaderView

        header = self.adjustments.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.adjustments.setColumnWidth(col, 58)
        fv.addWidget(self.adjustments, 1)
        split = form_beside(left, form_widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.table.selected.connect(self._selected)
        self.add_button.clicked.connect(self.add_scenario)
        self.remove_button.clicked.connect(self.remove_selected)
        self.trigger_button.clicked.connect(lambda: self.declare_triggered())
        self.confirm = None
        self._selected(None)

    @property
    def plan(self):
        return self.session.plan

    def refresh(self) -> None:
        self.model.refresh()
        current = self.table.current()
        self._fill_adjustments(current)
        contingent = contingent_activities(self.plan)
        self.counts.setText(
            qt_format(
                self.tr(
                    "Committed plan: %1 activities · contingent on a scenario: "
                    "%2 (dashed in the timeline, counted apart)"
                ),
                str(len(self.plan.activities) - len(contingent)),
                str(len(contingent)),
            )
        )
        self.heat_map.set_threats(self.plan.threats)
        self.heat_map.ghosts = [
            (a.likelihood or t.likelihood, a.impact or t.impact, t.id)
            for s in ([current] if current else self.plan.scenarios)
            for a in s.threat_adjustments
            if (t := self.plan.threat(a.threat_id)) is not None
        ]
        self.heat_map.update()
        self.trigger_button.setEnabled(
            bool(current and contingent_activities(self.plan, current.id))
        )

    def select(self, scenario) -> None:
        self.table.select(scenario)

    def _selected(self, scenario) -> None:
        self.binder.bind(scenario)
        self.remove_button.setEnabled(scenario is not None)
        self.refresh()

    def _fill_adjustments(self, scenario) -> None:
        """One row per threat: the scenario's likelihood and impact for it ("—": unchanged,
        not concerned)."""
        threats = self.plan.threats if scenario else []
        self.adjustments.setRowCount(len(threats))
        for i, t in enumerate(threats):
            adj = next((a for a in scenario.threat_adjustments if a.threat_id == t.id), None)
            item = QTableWidgetItem(f"{t.id} · {t.title}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.adjustments.setItem(i, 0, item)
            for col, name in ((1, "likelihood"), (2, "impact")):
                combo = self.adjustments.cellWidget(i, col)
                if not isinstance(combo, QComboBox):
                    combo = Combo()
                    combo.setObjectName(f"adjust_{name}_{i}")
                    combo.addItem("—", None)
                    for n in range(1, 6):
                        combo.addItem(str(n), n)
                    combo.currentIndexChanged.connect(
                        lambda _x, row=i, field=name: self._adjust(row, field)
                    )
                    self.adjustments.setCellWidget(i, col, combo)
                value = getattr(adj, name) if adj else None
                combo.blockSignals(True)
                combo.setCurrentIndex(max(combo.findData(value), 0))
                combo.blockSignals(False)

    def _adjust(self, row: int, name: str) -> None:
        scenario = self.table.current()
        if scenario is None or row >= len(self.plan.threats):
            return
        threat = self.plan.threats[row]
        value = self.adjustments.cellWidget(row, 1 if name == "likelihood" else 2).currentData()
        adjustments = [
            Adjustment(a.threat_id, a.likelihood, a.impact) for a in scenario.threat_adjustments
        ]
        adj = next((a for a in adjustments if a.threat_id == threat.id), None)
        if adj is None:
            adj = Adjustment(threat.id)
            adjustments.append(adj)
        setattr(adj, name, value)
        if adj.likelihood is None and adj.impact is None:
            adjustments.remove(adj)  # neither given: the scenario leaves it alone
        self.session.push(
            set_field(scenario, "threat_adjustments", adjustments),
            qt_format(self.tr("Threats of scenario %1"), scenario.id),
        )

    def add_scenario(self) -> None:
        scenario = new_scenario(self.plan, self.kind_choice.currentData(),
                                writing_language(self.plan, self.lang))
        scenario.title = self.kind_choice.currentText()
        self.session.push(
            Insert(self.plan.scenarios, len(self.plan.scenarios), scenario), self.tr("Add scenario")
        )
        self.table.select(scenario)

    def remove_selected(self) -> None:
        page = self.parent()
        while page is not None and not hasattr(page, "remove_item"):
            page = page.parent()
        if page is not None and self.table.current() is not None:
            page.remove_item(self.table.current(), self.tr("Remove scenario"))

    def declare_triggered(self, ask=None) -> bool:
        """Ask, then make the scenario's contingent activities committed (one undo step)."""
        from PySide6.QtWidgets import QMessageBox

        scenario = self.table.current()
        activities = contingent_activities(self.plan, scenario.id) if scenario else []
        if not activities:
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Declare the scenario triggered?"),
            qt_format(
                self.tr(
                    "%1 is happening: its %2 contingent activities (%3) become "
                    "part of the committed plan. Edit ▸ Undo brings them back."
                ),
                scenario.title,
                str(len(activities)),
                ", ".join(a.id for a in activities),
            ),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self,
        )
        (ask or self.confirm or QMessageBox.exec)(box)
        if box.clickedButton() is not box.button(QMessageBox.StandardButton.Ok):
            return False
        self.session.push(
            declare_triggered(self.plan, scenario),
            qt_format(self.tr("Scenario %1 triggered"), scenario.id),
        )
        return True
