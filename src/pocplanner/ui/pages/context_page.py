"""Step 1: the plan's context."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pocplanner import reference
from pocplanner.domain.edits import set_field
from pocplanner.domain.places import place_key
from pocplanner.i18n import tr
from pocplanner.ui.pages.assets_available import AssetsAvailable
from pocplanner.ui.pages.base import Page
from pocplanner.ui.plan.binder import FormBinder
from pocplanner.ui.qt_text import qt_format
from pocplanner.ui.widgets import form_scroll

CONTEXT_FIELDS = {
    "summary",
    "mission_targeted",
    "ct_forces_present",
    "state_presence",
    "access",
    "host_state_consent",
    "drawdown",
    "mandate_notes",
    "mandate_end",          # §12.5
}


class ContextPage(Page):
    step = "context"

    def __init__(self, session) -> None:
        super().__init__(
            session,
            self.tr("Context"),
            self.tr(
                "Say where and when the plan applies and what the operating environment is like. "
                "These facts decide which cautions of the tool catalogue apply later: for example, "
                "where the mission itself is targeted, short visits and patrols put people at risk."
            ),
        )
        plan = self.plan

        def target(name: str):
            if name in ("start", "end"):
                return plan.period
            return plan.context if name in CONTEXT_FIELDS else plan

        body = QWidget()                # scrolls up and down on a 600-pixel-high screen
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        self.outer.addWidget(form_scroll(body), 1)

        left_box = QGroupBox(self.tr("The plan"))
        left = QFormLayout(left_box)
        left.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.binder = FormBinder(session, left, target)
        b = self.binder
        b.line("title", self.tr("Title"))
        regions = [(p.name, p.name) for p in reference.gazetteer().regions()]
        self.region = b.combo("region", self.tr("Region"), regions, editable=True)
        b.date("start", self.tr("Period starts"))
        b.date("end", self.tr("Period ends"))
        b.combo("sensitivity", self.tr("Sensitivity marking"), self.vocab("sensitivities"))
        b.combo(
            "language",
            self.tr("Language of the plan"),
            [(None, self.tr("— not stated —")), ("en", "English"), ("fr", "Français")],
        )
        b.line("office", self.tr("Office"))
        b.line(
            "prepared_by",
            self.tr("Prepared by"),
            self.tr("a role or body, e.g. Regional POC task force — no names or phone numbers"),
        )

        areas_box = QGroupBox(self.tr("Areas covered"))
        areas_layout = QVBoxLayout(areas_box)
        self.area_search = QLineEdit()
        self.area_search.setObjectName("areaSearch")
        self.area_search.setPlaceholderText(self.tr("Search, or type a place not in the list…"))
        self.add_place = QPushButton(self.tr("Add place"))
        self.add_place.setObjectName("addPlace")
        row = QHBoxLayout()
        row.addWidget(self.area_search, 1)
        row.addWidget(self.add_place)
        areas_layout.addLayout(row)
        self.area_list = QListWidget()
        self.area_list.setObjectName("areaList")
        areas_layout.addWidget(self.area_list)
        note = QLabel(
            qt_format(
                self.tr(
                    "Cercles from the gazetteer (%1). Places outside it — villages, "
                    "communes, axes, newer regions — can be added."
                ),
                tr(reference.gazetteer().frame, self.lang),
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: gray;")
        areas_layout.addWidget(note)

        right_box = QGroupBox(self.tr("Operating context"))
        right = QFormLayout(right_box)
        right.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        b2 = FormBinder(session, right, target)
        self.context_binder = b2
        b2.combo(
            "mission_targeted", self.tr("Mission targeted by asymmetric attacks"), self.yes_no()
        )
        b2.combo("ct_forces_present", self.tr("Counter-terrorism forces operating"), self.yes_no())
        b2.combo("state_presence", self.tr("State presence"), self.vocab("state_presence", True))
        b2.combo("access", self.tr("Access"), self.vocab("access", True))
        b2.combo(
            "host_state_consent",
            self.tr("Host-state consent"),
            self.vocab("host_state_consent", True),
        )
        b2.combo("drawdown", self.tr("Mission drawing down"), self.yes_no())
        b2.text("summary", self.tr("Summary"), lines=4, grow=True)
        b2.text("mandate_notes", self.tr("Mandate language"), lines=3, grow=True)
        b2.date("mandate_end", self.tr("Mandate ends"), optional=True)       # §12.5
        self.assets = AssetsAvailable(session)                                  # §12.9
        caption = QLabel(self.tr("Scarce assets the region can count on"))
        caption.setWordWrap(True)
        right.addRow(caption)
        right.addRow(self.assets)

        grid.addWidget(left_box, 0, 0)
        grid.addWidget(areas_box, 1, 0)
        grid.addWidget(right_box, 0, 1, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.area_search.textChanged.connect(self._filter_areas)
        self.area_search.returnPressed.connect(self._add_typed_place)
        self.add_place.clicked.connect(self._add_typed_place)
        self.area_list.itemChanged.connect(self._area_toggled)
        self.follow_changes(self._fill_areas)
        self.binder.bind(plan)
        self.context_binder.bind(plan)
        self._fill_areas()

    # -- areas -----------------------------------------------------------------------------
    def _choices(self) -> list[str]:
        region = reference.gazetteer().find(self.plan.region, level=1)
        names = [p.name for p in reference.gazetteer().areas_of(region.pcode)] if region else []
        known = {place_key(n) for n in names}
        return names + [a for a in self.plan.areas if place_key(a) not in known]

    def _fill_areas(self) -> None:
        chosen = {place_key(a) for a in self.plan.areas}
        self.area_list.blockSignals(True)
        self.area_list.clear()
        for name in self._choices():
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if place_key(name) in chosen else Qt.CheckState.Unchecked
            )
            self.area_list.addItem(item)
        self.area_list.blockSignals(False)
        self._filter_areas(self.area_search.text())

    def _filter_areas(self, text: str) -> None:
        key = place_key(text)
        for i in range(self.area_list.count()):
            item = self.area_list.item(i)
            item.setHidden(bool(key) and key not in place_key(item.text()))

    def _area_toggled(self, item: QListWidgetItem) -> None:
        checked = [
            self.area_list.item(i).text()
            for i in range(self.area_list.count())
            if self.area_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        keys = {place_key(n) for n in checked}
        kept = [a for a in self.plan.areas if place_key(a) in keys]  # keep the planner's order
        kept_keys = {place_key(a) for a in kept}
        areas = kept + [n for n in checked if place_key(n) not in kept_keys]
        if areas != self.plan.areas:
            self.session.push(set_field(self.plan, "areas", areas), self.tr("Change areas"))

    def _add_typed_place(self) -> None:
        name = " ".join(self.area_search.text().split())
        if not name:
            return
        known = reference.gazetteer().find(name)
        name = known.name if known else name
        if place_key(name) not in {place_key(a) for a in self.plan.areas}:
            self.session.push(
                set_field(self.plan, "areas", self.plan.areas + [name]), self.tr("Add area")
            )
        self.area_search.clear()
