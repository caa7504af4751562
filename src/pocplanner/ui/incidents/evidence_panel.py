"""The threat step's evidence: for the selected threat, the events of its category in its
cercles in the last 90 or 365 days before the plan starts, against the period before, by
source, restricted to some actors if the planner chooses them (picked from those present,
with counts, or typed: any case or accents); the months of the last two years and the events
themselves; and "Take as evidence", which stores the counts in the plan with the actors (one
undoable edit). The planner still sets the likelihood."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pocplanner.domain import geo
from pocplanner.domain.edits import Batch, Insert, Remove
from pocplanner.domain.evidence import (
    WINDOWS,
    actor_list,
    entry_source_text,
    evidence_entry,
    evidence_of,
    source_text,
)
from pocplanner.i18n import format_date
from pocplanner.messages import localized
from pocplanner.ui.charts.month_chart import MonthChart
from pocplanner.ui.qt_text import qt_format


class EvidencePanel(QWidget):
    def __init__(self, session, importer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePanel")
        self.session, self.importer, self.lang = session, importer, session.lang
        self.threat = None
        self.figures: list = []
        self.pcodes: frozenset[str] = frozenset()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.heading = QLabel()
        self.heading.setObjectName("evidenceHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        row = QHBoxLayout()
        self.window_choice = QComboBox()
        self.window_choice.setObjectName("evidenceWindow")
        for days in WINDOWS:
            self.window_choice.addItem(
                qt_format(self.tr("last %1 days before the plan"), str(days)), days
            )
        self.window_choice.setCurrentIndex(len(WINDOWS) - 1)
        self.take_button = QPushButton(self.tr("&Take as evidence"))
        self.take_button.setObjectName("takeEvidence")
        self.take_button.setToolTip(
            self.tr(
                "Store these counts in the plan, with their sources "
                "named; the events themselves stay here"
            )
        )
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("importIncidentsHere")
        self.import_button.setToolTip(
            self.tr("Import incident data (ACLED, UCDP GED, the mission's log)")
        )
        row.addWidget(self.window_choice, 1)
        row.addWidget(self.take_button)
        row.addWidget(self.import_button)
        layout.addLayout(row)
        actors_row = QHBoxLayout()
        actors_label = QLabel(self.tr("Actors:"))
        self.actors = QComboBox()
        self.actors.setObjectName("evidenceActors")
        self.actors.setEditable(True)
        self.actors.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.actors.lineEdit().setPlaceholderText(
            self.tr("all actors — or pick one, or type part of a name (several: a; b)")
        )
        self.actors.setToolTip(
            self.tr(
                "Count only the events of these actors (the perpetrators the sources name); "
                "the choice is kept with the evidence taken"
            )
        )
        actors_label.setBuddy(self.actors)
        actors_row.addWidget(actors_label)
        actors_row.addWidget(self.actors, 1)
        layout.addLayout(actors_row)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("evidenceTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Source"),
                self.tr("Events"),
                self.tr("Fatalities"),
                self.tr("Period before"),
                self.tr("Change"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.chart = MonthChart(self.lang)
        from pocplanner.ui.incidents.evidence_events import EventsTable

        self.events = EventsTable(session.store, self.lang)
        self.views = QTabWidget()
        self.views.setObjectName("evidenceViews")
        self.views.addTab(self.chart, self.tr("Months"))
        self.views.addTab(self.events, self.tr("Events"))
        layout.addWidget(self.views, 1)
        self.stored = QLabel()
        self.stored.setObjectName("evidenceStored")
        self.stored.setWordWrap(True)
        layout.addWidget(self.stored)
        self.window_choice.currentIndexChanged.connect(lambda _: self.refresh())
        self.actors.activated.connect(lambda _: self._actors_picked())
        self.actors.lineEdit().editingFinished.connect(self.refresh)
        self.events.place_added.connect(self.refresh)
        self.take_button.clicked.connect(self.take)
        self.import_button.clicked.connect(self._import)
        self._stale = True

    def days(self) -> int:
        return int(self.window_choice.currentData())

    def chosen_actors(self) -> tuple[str, ...]:
        """The actors typed or picked ("Name (12)" as listed counts as "Name")."""
        import re

        text = self.actors.currentText()
        return actor_list(";".join(re.sub(r"\s*\(\d+\)\s*$", "", part)
                                   for part in text.split(";")))

    def _actors_picked(self) -> None:
        name = self.actors.currentData()
        self.actors.setEditText(name or "")
        self.refresh()

    def set_threat(self, threat) -> None:
        changed = threat is None or self.threat is None or threat.id != self.threat.id
        self.threat = threat
        if changed:
            taken = evidence_of(self.session.plan, threat.id) if threat else []
            kept = next((e.get("actors") for e in taken if e.get("actors")), [])
            self.actors.setEditText("; ".join(kept))
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        from pocplanner.services.incidents import monthly, threat_figures

        self._stale = False
        plan, t, db = self.session.plan, self.threat, self.session.store.db
        self.take_button.setEnabled(False)
        if t is None:
            self.heading.setText(self.tr("Select a threat to see the incidents behind it."))
            self._fill([])
            return
        places = tuple(self.session.store.places())
        actors = self.chosen_actors()
        self.figures, self.pcodes, from_threat = threat_figures(
            db, plan, t, self.days(), places, actors
        )
        names = sorted(c.name for c in geo.cercles() if c.pcode in self.pcodes)
        where = ", ".join(names) if names else self.tr("no cercle known")
        w = self.figures[0].window if self.figures else None
        text = qt_format(
            self.tr("<b>%1</b>: events of its category in %2 (%3)"),
            t.id,
            where,
            self.tr("its locations")
            if from_threat
            else self.tr("the plan's region: the threat names no place the map knows"),
        )
        if actors:
            text += " · " + qt_format(
                self.tr("only the events of %1"), html.escape("; ".join(actors))
            )
        if w:
            text += "<br>" + qt_format(
                self.tr("%1 – %2, against %3 – %4"),
                format_date(w.start, self.lang),
                format_date(w.end, self.lang),
                format_date(w.previous_start, self.lang),
                format_date(w.previous_end, self.lang),
            )
        else:
            text += "<br>" + self.tr(
                "No incident data in this database yet: import an ACLED "
                "export, a UCDP GED file or the mission's incident log."
            )
        self.heading.setText(text)
        self._fill(self.figures)
        self.take_button.setEnabled(bool(self.covering()) and bool(self.pcodes))
        end = plan.period.start.fromordinal(plan.period.start.toordinal() - 1)
        self.chart.set_months(
            monthly(db, self.pcodes, t.category, end, actors=actors) if self.figures else [],
            w.start.strftime("%Y-%m") if w else "",
        )
        self.views.setVisible(bool(self.figures))
        self._fill_events(places, actors)
        self._show_stored()

    def _fill_events(self, places: tuple, actors: tuple[str, ...]) -> None:
        from pocplanner.services.incident_events import MAX_LISTED, threat_actors, threat_events

        plan, t, db = self.session.plan, self.threat, self.session.store.db
        if not self.figures:
            self.events.set_events([], {}, {}, False)
            return
        found = threat_events(db, plan, t, self.days(), places, actors)
        names = {c.pcode: c.name for c in geo.cercles()}
        sources = {f.source_id: f.source.split(",")[0] for f in self.figures}
        self.events.set_events(found, names, sources, len(found) >= MAX_LISTED)
        typed = self.actors.currentText()
        self.actors.blockSignals(True)
        self.actors.clear()
        self.actors.addItem(self.tr("all actors"), "")
        for name, count in threat_actors(db, plan, t, self.days(), places)[:300]:
            self.actors.addItem(f"{name} ({count})", name)
        self.actors.setEditText(typed)
        self.actors.blockSignals(False)

    def _fill(self, figures) -> None:
        self.table.setRowCount(len(figures))
        rows = min(max(len(figures), 1), 5)
        self.table.setMaximumHeight(
            self.table.horizontalHeader().height()
            + 4
            + rows * self.table.verticalHeader().defaultSectionSize()
        )
        for i, f in enumerate(figures):
            change = (
                f"{round(100 * (f.events - f.previous_events) / f.previous_events):+d} %"
                if f.previous_events
                else ("+" + str(f.events) if f.events else "0")
            )
            for j, text in enumerate(
                [
                    source_text(f.source, self.lang),
                    str(f.events),
                    str(f.fatalities),
                    str(f.previous_events),
                    change,
                ]
            ):
                self.table.setItem(i, j, QTableWidgetItem(text))

    def covering(self) -> list:
        """The figures of sources whose events span the window (a log begun last month says
        nothing about last year)."""
        from pocplanner.services.incidents import sources

        spans = {s.id: (s.date_from, s.date_to) for s in sources(self.session.store.db)}
        out = []
        for f in self.figures:
            first, last = spans.get(f.source_id, ("", ""))
            if first and first <= f.window.end.isoformat() and last >= f.window.start.isoformat():
                out.append(f)
        return out

    def _show_stored(self) -> None:
        entries = evidence_of(self.session.plan, self.threat.id) if self.threat else []
        if not entries:
            self.stored.setText(self.tr("No evidence taken into the plan for this threat yet."))
            return
        lines = [
            qt_format(
                self.tr("In the plan: %1 — %2 events, %3 – %4"),
                entry_source_text(e, self.lang),
                str(e.get("events", 0)),
                localized(e.get("period_start", "?"), self.lang),   # the reader's form
                localized(e.get("period_end", "?"), self.lang),
            )
            for e in entries
        ]
        self.stored.setText("<br>".join(lines))

    def take(self) -> None:
        """Replace this threat's evidence from the same sources by the counts shown."""
        plan, t = self.session.plan, self.threat
        chosen = self.covering()
        if t is None or not chosen:
            return
        names = {f.source.split(",")[0] for f in chosen}
        old = [
            e
            for e in plan.evidence
            if e.get("threat_id") == t.id and str(e.get("source", "")).split(",")[0] in names
        ]
        used = [e.get("id", "") for e in plan.evidence]
        new = []
        actors = self.chosen_actors()
        for f in chosen:
            new.append(evidence_entry(plan, t, f, self.pcodes, used, actors))
            used.append(new[-1]["id"])
        # removed from the last to the first, so that each index still holds when applied
        edits = [Remove(plan.evidence, plan.evidence.index(e), e) for e in reversed(old)]
        keep = len(plan.evidence) - len(old)
        edits += [Insert(plan.evidence, keep + i, item) for i, item in enumerate(new)]
        self.session.push(Batch(edits), qt_format(self.tr("Take evidence for %1"), t.id))

    def _import(self) -> None:
        if self.importer.import_file():
            self.refresh()
