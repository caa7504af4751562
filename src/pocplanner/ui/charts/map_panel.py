"""The map with what goes around it: a legend line, the date slider (sequencing step) and
the names the gazetteer could not place, so that nothing is silently missing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from pocplanner import reference
from pocplanner.domain.plan_map import plan_map
from pocplanner.domain.scoring import bands
from pocplanner.i18n import format_date
from pocplanner.ui.charts.map_view import MapView
from pocplanner.ui.qt_text import qt_format


class MapPanel(QWidget):
    def __init__(self, lang: str, with_dates: bool, store=None, parent=None) -> None:
        super().__init__(parent)
        self.lang, self.plan, self.store = lang, None, store
        self.places = tuple(store.places()) if store is not None else ()
        self.view = MapView(lang)
        self.cercle_clicked = self.view.cercle_clicked
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.view, 1)
        self.legend = QLabel(self._legend_html(with_dates))
        self.legend.setWordWrap(True)
        self.incidents = QCheckBox(self.tr("Incidents"))
        self.incidents.setObjectName("incidentLayer")
        self.incidents.setToolTip(
            self.tr(
                "Events per cercle in the year before the plan "
                "starts, from the imported incident data"
            )
        )
        self.incidents.setChecked(True)
        self.incidents.setVisible(False)
        self.incidents.toggled.connect(lambda _: self._redraw())
        self.events = QCheckBox(self.tr("Events"))
        self.events.setObjectName("eventsLayer")
        self.events.setToolTip(
            self.tr(
                "Each event with coordinates as a point, sized by its fatalities, in the "
                "period chosen before the plan starts (shown here only, never printed)"
            )
        )
        self.events.setVisible(False)
        self.events.toggled.connect(lambda _: self._redraw())
        self.events_window = QComboBox()
        self.events_window.setObjectName("eventsWindow")
        for days in (90, 365, 730):
            self.events_window.addItem(qt_format(self.tr("%1 days"), str(days)), days)
        self.events_window.setCurrentIndex(1)
        self.events_window.setVisible(False)
        self.events_window.currentIndexChanged.connect(lambda _: self._redraw())
        legend_row = QHBoxLayout()
        legend_row.addWidget(self.legend, 1)
        legend_row.addWidget(self.incidents)
        legend_row.addWidget(self.events)
        legend_row.addWidget(self.events_window)
        layout.addLayout(legend_row)
        self.slider = None
        if with_dates:
            row = QHBoxLayout()
            self.slider = QSlider(Qt.Orientation.Horizontal)
            self.slider.setObjectName("mapDate")
            self.slider.setToolTip(
                self.tr(
                    "Left end: the whole period. Move right to see a day: "
                    "faded markers do not run that day; a red ring needs "
                    "security cover that is not there."
                )
            )
            self.date_label = QLabel()
            self.date_label.setMinimumWidth(150)
            row.addWidget(QLabel(self.tr("Day:")))
            row.addWidget(self.slider, 1)
            row.addWidget(self.date_label)
            layout.addLayout(row)
            self.slider.valueChanged.connect(lambda _: self._redraw())
        self.not_placed = QLabel()
        self.not_placed.setObjectName("notPlaced")
        self.not_placed.setWordWrap(True)
        self.not_placed.setStyleSheet("color: #b71c1c;")
        self.add_place = QPushButton(self.tr("Add a place…"))
        self.add_place.setObjectName("addPlace")
        self.add_place.setToolTip(self.tr("Tell the map where a place it does not know is"))
        self.add_place.clicked.connect(self.ask_place)
        self.add_place.setEnabled(store is not None)
        row = QHBoxLayout()
        row.addWidget(self.not_placed, 1)
        row.addWidget(self.add_place)
        layout.addLayout(row)
        self.pm = None
        self.show_levels = False  # the level board's map: early-warning levels by cercle
        self._layer = None  # (plan start, incident layer) as last read
        self._stale = True

    def _legend_html(self, with_markers: bool) -> str:
        parts = [
            f"<span style='color:{b.colour}'>■</span> {reference.localized(b.label, self.lang)}"
            for b in bands()
        ]
        text = self.tr("Highest risk:") + " " + " &nbsp;".join(parts)
        if with_markers:
            shapes = reference.map_style()["shapes"]
            glyph = {"triangle": "▲", "square": "■", "circle": "●"}
            marks = [
                f"<span style='color:{reference.component_colour(k)}'>{glyph[s]}</span> "
                f"{reference.label('components', k, self.lang)}"
                for k, s in shapes.items()
            ]
            text += (
                "<br>"
                + " &nbsp;".join(marks)
                + " &nbsp;<span style='color:#c62828'>○</span> "
                + self.tr("needs security cover that is not there")
                + " &nbsp;<span style='color:#1565c0'>◌</span> "
                + self.tr("area held by a static presence (its radius)")
            )
        return f"<small>{text}</small>"

    def date(self) -> dt.date | None:
        if self.slider is None or self.plan is None or self.slider.value() == 0:
            return None
        return self.plan.period.start + dt.timedelta(days=self.slider.value() - 1)

    def set_date(self, day: dt.date | None) -> None:
        self.slider.setValue(0 if day is None else (day - self.plan.period.start).days + 1)

    def set_plan(self, plan) -> None:
        """Follow the plan; drawn now when the map is shown, else when it is next shown (an
        edit in a big plan must not pay for a map in a hidden tab)."""
        self.plan = plan
        self._stale = True
        if not self.isVisible():
            return
        if self.store is not None:  # a place added on another step shows here too
            self.places = tuple(self.store.places())
        if self.slider is not None:
            days = max((plan.period.end - plan.period.start).days + 1, 1)
            self.slider.blockSignals(True)
            self.slider.setRange(0, days)
            self.slider.blockSignals(False)
        self._redraw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and self.plan is not None:
            self.set_plan(self.plan)

    def _redraw(self) -> None:
        self._stale = False
        if self.plan is None:
            return
        day = self.date()
        pm = plan_map(self.plan, day, places=self.places)
        layer = self._incident_layer()
        if layer and self.incidents.isChecked():
            pm = pm.with_incidents(*layer)
        if self.show_levels:
            from pocplanner.domain.early_warning import level_board

            pm = pm.with_levels(level_board(self.plan), self.places)
        self.pm = pm
        self.view.event_points = self._event_points(pm)
        self.view.set_map(pm)
        if self.slider is not None:
            self.date_label.setText(format_date(day, self.lang) if day else self.tr("whole period"))
        self.not_placed.setText(
            qt_format(self.tr("Not placed on the map: %1"), ", ".join(pm.not_placed))
            if pm.not_placed
            else ""
        )
        self.not_placed.setVisible(bool(pm.not_placed))
        self.add_place.setVisible(bool(pm.not_placed))

    def _incident_layer(self):
        """Events per cercle from the database, when it holds incident data; asked again
        when the plan's start moves or after an import (invalidate_incidents), not at every
        step of the date slider."""
        if self.store is None:
            return None
        key = self.plan.period.start
        if self._layer is None or self._layer[0] != key:
            from pocplanner.services.printing import incident_layer

            self._layer = (key, incident_layer(self.store.db, self.plan, self.lang))
            self.incidents.setVisible(self._layer[1] is not None)
            self.events.setVisible(self._layer[1] is not None)
            if self._layer[1]:
                self.incidents.setToolTip(self._layer[1][1])
        return self._layer[1]

    def _event_points(self, pm) -> list:
        """The events layer's points: events with coordinates in the cercles shown, in the
        chosen number of days before the plan starts."""
        shown = not self.events.isHidden() and self.events.isChecked()
        self.events_window.setVisible(shown)
        if not shown or self.store is None:
            return []
        from pocplanner.domain.evidence import window
        from pocplanner.services.incident_events import points

        w = window(self.plan, int(self.events_window.currentData()))
        shown = frozenset(a.cercle.pcode for a in pm.areas)
        return points(self.store.db, w.start.isoformat(), w.end.isoformat(), shown)

    def invalidate_incidents(self) -> None:
        self._layer = None
        if self.plan is not None:
            self.set_plan(self.plan)

    def ask_place(self) -> None:
        """The dialog that adds a place; the map is drawn again with it."""
        from pocplanner.ui.dialogs.place_dialog import PlaceDialog

        dialog = PlaceDialog(list(self.pm.not_placed) if self.pm else [], self)
        if dialog.exec() and dialog.place is not None:
            from pocplanner.services.database import StorageError

            try:
                self.store.add_place(dialog.place)
            except StorageError as exc:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(
                    self,
                    self.tr("Add a place"),
                    qt_format(self.tr("The place could not be saved: %1"), exc.text(self.lang)),
                )
                return
            self.places = tuple(self.store.places())
            self._redraw()
