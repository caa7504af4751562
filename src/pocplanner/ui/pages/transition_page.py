"""Step 7: drawdown and transition — the mission's sites and their closing dates, the handover
register (what is handed over, to whom, when, its status, and whether the people who engaged
with the mission are followed up after it leaves), and the departure view by cercle.

Shown in the step list always; Back and Next pass by it unless the context says the mission is
drawing down."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pocplanner import reference
from pocplanner.domain.edits import Insert
from pocplanner.domain.model import SITE_KINDS, Handover, Site
from pocplanner.domain.transition import new_handover, new_site
from pocplanner.i18n import format_date
from pocplanner.ui.pages.base import Page
from pocplanner.ui.pages.departure_view import DepartureView
from pocplanner.ui.plan.binder import FormBinder
from pocplanner.ui.plan.item_table import ItemTable, ItemTableModel
from pocplanner.ui.widgets import form_beside, refill


def _register(page, binder_layout, columns, items, name: str, add_text: str):
    model = ItemTableModel(columns, items, page)
    table = ItemTable(model)
    table.setObjectName(name)
    table.stretch(1)
    add = QPushButton(add_text)
    remove = QPushButton(page.tr("Remove"))
    row = QHBoxLayout()
    row.addWidget(add)
    row.addWidget(remove)
    row.addStretch(1)
    left = QWidget()
    lv = QVBoxLayout(left)
    lv.setContentsMargins(0, 0, 0, 0)
    lv.addLayout(row)
    lv.addWidget(table, 1)
    form_widget = QWidget()
    form_widget.setLayout(binder_layout)
    return model, table, add, remove, form_beside(left, form_widget)


class TransitionPage(Page):
    step = "transition"

    def __init__(self, session) -> None:
        super().__init__(session, self.tr("Drawdown and transition"), self.tr(
            "Sequence the departure around the people the mission protected: for each site, "
            "its closing date, what is handed over, to whom and by when, and whether those "
            "who talked to the mission are followed up once it has gone. Close hotspots last, "
            "and only once a successor is in place."))
        lang = self.lang
        self.drawdown_note = QLabel()
        self.drawdown_note.setObjectName("drawdownNote")
        self.drawdown_note.setWordWrap(True)
        self.outer.addWidget(self.drawdown_note)

        site_form = QFormLayout()
        sb = self.site_binder = FormBinder(session, site_form)
        sb.line("name", self.tr("Name"))
        self.place_combo = sb.combo("place", self.tr("Place"), [], editable=True)
        sb.combo("kind", self.tr("Kind"), self.vocab("site_kinds"))
        sb.date("closes", self.tr("Closes on"))
        columns = [(self.tr("Id"), lambda s: s.id), (self.tr("Site"), lambda s: s.name),
                   (self.tr("Place"), lambda s: s.place),
                   (self.tr("Kind"), lambda s: reference.label("site_kinds", s.kind, lang)),
                   (self.tr("Closes"), lambda s: format_date(s.closes, lang)),
                   (self.tr("Handovers"), lambda s: str(sum(
                       h.site_id == s.id for h in self.plan.transition.handovers)))]
        (self.site_model, self.site_table, self.add_site_button, self.remove_site_button,
         sites) = _register(self, site_form, columns, lambda: self.plan.transition.sites,
                            "siteTable", self.tr("&Add site"))
        self.add_site_button.setObjectName("addSite")

        handover_form = QFormLayout()
        hb = self.handover_binder = FormBinder(session, handover_form)
        self.site_combo = hb.combo("site_id", self.tr("Site"), [])
        hb.combo("tool", self.tr("What is handed over"),
                 [(k, t.label.get(lang) or t.label["en"])
                  for k, t in reference.catalogue().tools.items()])
        hb.combo("successor", self.tr("To whom"), self.vocab("successors", True))
        name = hb.line("successor_name", self.tr("Organisation"))
        name.setPlaceholderText(self.tr("an organisation, never a person"))
        hb.date("date", self.tr("By"))
        hb.combo("status", self.tr("Status"), self.vocab("handover_statuses", True))
        hb.check("reprisal_follow_up", self.tr("People who engaged with the mission here are "
                                               "followed up after it leaves"))
        columns = [(self.tr("Id"), lambda h: h.id), (self.tr("Site"), lambda h: h.site_id),
                   (self.tr("Handed over"), lambda h: reference.tool_label(h.tool, lang)),
                   (self.tr("To"), lambda h: reference.label("successors", h.successor, lang)
                    if h.successor else "—"),
                   (self.tr("By"), lambda h: format_date(h.date, lang) if h.date else "—"),
                   (self.tr("Status"), lambda h: reference.label("handover_statuses", h.status,
                                                                 lang) if h.status else "—"),
                   (self.tr("Follow-up"), lambda h: self.tr("yes") if h.reprisal_follow_up
                    else self.tr("no"))]
        (self.handover_model, self.handover_table, self.add_handover_button,
         self.remove_handover_button, handovers) = _register(
            self, handover_form, columns, lambda: self.plan.transition.handovers,
            "handoverTable", self.tr("&Add handover"))
        self.add_handover_button.setObjectName("addHandover")

        self.departure = DepartureView(session)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("transitionTabs")
        self.tabs.addTab(sites, self.tr("Sites"))
        self.tabs.addTab(handovers, self.tr("Handover register"))
        self.tabs.addTab(self.departure, self.tr("Departure view"))
        self.outer.addWidget(self.tabs, 1)

        self.site_table.selected.connect(self._site_selected)
        self.handover_table.selected.connect(self._handover_selected)
        self.add_site_button.clicked.connect(self.add_site)
        self.add_handover_button.clicked.connect(self.add_handover)
        self.remove_site_button.clicked.connect(
            lambda: self.remove_item(self.site_table.current(), self.tr("Remove site")))
        self.remove_handover_button.clicked.connect(
            lambda: self.remove_item(self.handover_table.current(), self.tr("Remove handover")))
        self.follow_changes(self.refresh)
        self.refresh()
        self.site_table.select_first()
        self._site_selected(self.site_table.current())
        self.handover_table.select_first()
        self._handover_selected(self.handover_table.current())

    def refresh(self) -> None:
        plan = self.plan
        self.drawdown_note.setText(
            self.tr("The context says the mission is drawing down.") if plan.context.drawdown
            else self.tr("The context does not say the mission is drawing down: Next passes "
                         "by this step, but what you write here counts."))
        self.site_model.refresh()
        self.handover_model.refresh()
        places = list(dict.fromkeys(plan.areas + [plan.region]
                                    + [a.location for a in plan.activities]))
        for combo, items in ((self.place_combo, [(p, p) for p in places]),
                             (self.site_combo, [(s.id, f"{s.id} · {s.name}")
                                                for s in plan.transition.sites])):
            refill(combo, items)
        self.site_binder.refresh()
        self.handover_binder.refresh()
        self.add_handover_button.setEnabled(bool(plan.transition.sites))
        self.departure.refresh()

    def _site_selected(self, site) -> None:
        self.site_binder.bind(site)
        self.remove_site_button.setEnabled(site is not None)

    def _handover_selected(self, handover) -> None:
        self.handover_binder.bind(handover)
        self.remove_handover_button.setEnabled(handover is not None)

    def select_item(self, obj) -> None:
        if isinstance(obj, Handover):
            self.tabs.setCurrentIndex(1)
            self.handover_table.select(obj)
        elif isinstance(obj, Site):
            self.tabs.setCurrentIndex(0)
            self.site_table.select(obj)

    def add_site(self) -> None:
        place = self.plan.areas[0] if self.plan.areas else self.plan.region
        site = new_site(self.plan, place, self.plan.period.end, self.plan_lang)
        self.session.push(Insert(self.plan.transition.sites, len(self.plan.transition.sites),
                                 site), self.tr("Add site"))
        self.tabs.setCurrentIndex(0)
        self.site_table.select(site)

    def add_handover(self) -> None:
        site = self.site_table.current() or (self.plan.transition.sites or [None])[0]
        if site is None:
            return
        handover = new_handover(self.plan, site)
        self.session.push(Insert(self.plan.transition.handovers,
                                 len(self.plan.transition.handovers), handover),
                          self.tr("Add handover"))
        self.tabs.setCurrentIndex(1)
        self.handover_table.select(handover)


__all__ = ["SITE_KINDS", "TransitionPage"]
