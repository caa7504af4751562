"""Step 4: early warning and contingencies — the early-warning and response matrix (each
indicator with its watch, alert and crisis levels, their thresholds, pre-agreed responses
and activities, who decides and how fast), the level board, and the contingency scenarios.

After the responses, before the sequencing: the matrix ties levels to responses that exist
by then, and the sequencing step that follows makes the activities contingent on a scenario."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pocplanner import reference
from pocplanner.domain.early_warning import insert_all, new_indicator, offered_indicators
from pocplanner.domain.edits import Insert
from pocplanner.domain.model import LEVELS
from pocplanner.i18n import format_date
from pocplanner.ui.button_row import button_row
from pocplanner.ui.pages.base import Page
from pocplanner.ui.pages.level_board import LevelBoard
from pocplanner.ui.pages.scenarios_panel import ScenariosPanel
from pocplanner.ui.plan.binder import FormBinder
from pocplanner.ui.plan.item_table import ItemTable, ItemTableModel
from pocplanner.ui.qt_text import qt_format
from pocplanner.ui.widgets import form_beside


class EarlyWarningPage(Page):
    step = "early_warning"

    def __init__(self, session) -> None:
        super().__init__(
            session,
            self.tr("Early warning and contingencies"),
            self.tr(
                "For each priority threat, say what warns of it, who watches, and what is done at "
                "each level — watch, alert, crisis: the responses and activities agreed in advance, "
                "who decides and how fast. An alert nobody answers destroys the trust of those who "
                "raised it. Then prepare the scenarios: the most likely and the worst case."
            ),
        )
        lang = self.lang
        columns = [
            (self.tr("Id"), lambda i: i.id),
            (self.tr("Indicator"), lambda i: i.indicator),
            (self.tr("Threats"), lambda i: ", ".join(i.threat_ids)),
            (self.tr("Source"), lambda i: reference.label("ew_sources", i.source, lang)),
            (
                self.tr("Level"),
                lambda i: reference.label("ew_levels", i.current_level or "normal", lang),
            ),
            (self.tr("Reviewed"), lambda i: format_date(i.reviewed, lang) if i.reviewed else "—"),
        ]
        self.model = ItemTableModel(columns, lambda: self.plan.early_warning, self)
        self.table = ItemTable(self.model)
        self.table.setObjectName("indicatorTable")
        self.table.stretch(1)
        self.add_button = QPushButton(self.tr("&Add indicator"))
        self.add_button.setObjectName("addIndicator")
        self.offer_button = QPushButton(self.tr("From the &threats' indicators"))
        self.offer_button.setObjectName("indicatorsFromThreats")
        self.offer_button.setToolTip(
            self.tr(
                "One indicator for each early-warning indicator "
                "written in a threat and not yet in the matrix"
            )
        )
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("removeIndicator")
        buttons = button_row(self.add_button, self.offer_button, self.remove_button)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(buttons)
        lv.addWidget(self.table, 1)

        form_widget = QWidget()
        fv = QVBoxLayout(form_widget)
        form = QFormLayout()
        fv.addLayout(form)
        b = self.binder = FormBinder(session, form)
        b.text("indicator", self.tr("What is observed"), lines=2)
        b.checklist(
            "threat_ids",
            self.tr("Warns of"),
            lambda: [(t.id, f"{t.id} · {t.title}") for t in self.plan.threats],
        )
        b.combo("source", self.tr("Source"), self.vocab("ew_sources"))
        b.lines("places", self.tr("Places (one per line)"))
        b.combo("current_level", self.tr("Current level"), self.vocab("ew_levels", True))
        b.date("reviewed", self.tr("Reviewed on"))
        self.level_binders = {}
        for name in LEVELS:
            box = QGroupBox(reference.label("ew_levels", name, lang))
            box.setObjectName(f"level_{name}")
            colour = reference.map_style()["levels"][name]
            box.setStyleSheet(f"QGroupBox::title {{ background: {colour}; padding: 0 4px; }}")
            lf = QFormLayout(box)
            lb = FormBinder(session, lf, target=lambda _n, level=name: self._level(level))
            lb.text("threshold", self.tr("Threshold"), lines=2)
            lb.checklist(
                "response_ids",
                self.tr("Responses"),
                lambda: [
                    (r.id, f"{r.id} · {reference.tool_label(r.tool, lang)}")
                    for r in self.plan.responses
                ],
            )
            lb.checklist(
                "activity_ids",
                self.tr("Activities"),
                lambda: [(a.id, f"{a.id} · {a.title}") for a in self.plan.activities],
            )
            lb.line("decides", self.tr("Who decides"))
            lb.number("max_hours", self.tr("Reaction within"), 8760, " h")
            self.level_binders[name] = lb
            fv.addWidget(box)
        matrix = form_beside(left, form_widget)

        self.board = LevelBoard(session)
        self.scenarios = ScenariosPanel(session)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("earlyWarningTabs")
        self.tabs.addTab(matrix, self.tr("Matrix"))
        self.tabs.addTab(self.board, self.tr("Level board"))
        self.tabs.addTab(self.scenarios, self.tr("Scenarios"))
        self.outer.addWidget(self.tabs, 1)

        self.table.selected.connect(self._selected)
        self.add_button.clicked.connect(self.add_indicator)
        self.offer_button.clicked.connect(self.add_offered)
        self.remove_button.clicked.connect(self.remove_selected)
        self.follow_changes(self.refresh)
        self.refresh()
        self.table.select_first()
        self._selected(self.table.current())

    def _level(self, name: str):
        indicator = self.binder.obj
        return indicator.level(name) if indicator is not None else None

    def refresh(self) -> None:
        self.model.refresh()
        offered = offered_indicators(self.plan)
        self.offer_button.setEnabled(bool(offered))
        self.offer_button.setText(
            qt_format(self.tr("From the &threats' indicators (%1)"), str(len(offered)))
        )
        self.board.refresh()
        self.scenarios.refresh()

    def _selected(self, indicator) -> None:
        self.binder.bind(indicator)
        for name, lb in self.level_binders.items():
            level = indicator.level(name) if indicator is not None else None
            lb.bind(indicator if level is not None else None)
        self.remove_button.setEnabled(indicator is not None)

    def select_item(self, obj) -> None:
        from pocplanner.domain.model import Scenario

        if isinstance(obj, Scenario):
            self.tabs.setCurrentWidget(self.scenarios)
            self.scenarios.select(obj)
            return
        self.tabs.setCurrentIndex(0)
        self.table.select(obj)

    def add_indicator(self) -> None:
        indicator = new_indicator(self.plan)
        self.session.push(
            Insert(self.plan.early_warning, len(self.plan.early_warning), indicator),
            self.tr("Add indicator"),
        )
        self.select_item(indicator)
        self.binder.fields[0].widget.setFocus()

    def add_offered(self) -> None:
        offered = offered_indicators(self.plan)
        if offered:
            self.session.push(
                insert_all(self.plan, offered), self.tr("Indicators from the threats")
            )
            self.select_item(offered[0])

    def remove_selected(self) -> None:
        self.remove_item(self.table.current(), self.tr("Remove indicator"))
