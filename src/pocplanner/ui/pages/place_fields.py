"""On the activity form (DOMAIN §12.1, §12.2, §12.9b): the place picker — what the place is
(a village with its cercle, a whole cercle, a region), the gazetteer's villages of the plan's
region offered as the planner types, the coordinates a picked village brings — the presence
kind and footprint radius (the catalogue's default shown), and "runs while … is in place"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit

from pocplanner import reference
from pocplanner.domain.edits import Batch, SetField
from pocplanner.domain.places_points import (
    CERCLE,
    LOCAL,
    POINT,
    REGION,
    cercle_name,
    resolver_for,
    villages_of,
)
from pocplanner.domain.plan_map import region_cercles
from pocplanner.domain.presence import tool_of
from pocplanner.ui.qt_text import qt_format


def presence_choices() -> list[tuple[str | None, str]]:
    return [
        (None, QCoreApplication.translate("PlaceFields", "The catalogue's default")),
        ("static", QCoreApplication.translate("PlaceFields", "Static: stays at its place")),
        (
            "mobile",
            QCoreApplication.translate("PlaceFields", "Mobile: passes through (patrols, escorts)"),
        ),
        ("none", QCoreApplication.translate("PlaceFields", "None: reacts or shows force")),
    ]


def add_place_fields(b, form) -> "PlaceFields":
    """The place picker's line and what the place is, below the Place field."""
    return PlaceFields(b, form)


def add_presence_fields(b, form) -> QLabel:
    b.combo("presence", QCoreApplication.translate("PlaceFields", "Presence"), presence_choices())
    b.number(
        "radius_km", QCoreApplication.translate("PlaceFields", "Footprint radius"), 1000, " km"
    )
    default = QLabel()
    default.setObjectName("presenceDefault")
    default.setWordWrap(True)
    form.addRow(default)
    return default


def presence_text(activity, plan) -> str:
    """The catalogue's default for the activity's tool, and what counts (§12.1)."""
    if activity is None:
        return ""
    default = reference.presence_default(tool_of(activity, plan))
    kinds = {
        "static": QCoreApplication.translate("PlaceFields", "static"),
        "mobile": QCoreApplication.translate("PlaceFields", "mobile"),
        "none": QCoreApplication.translate("PlaceFields", "none"),
    }
    text = qt_format(
        QCoreApplication.translate("PlaceFields", "Catalogue default for its tool: %1, %2 km."),
        kinds[default.presence],
        f"{default.radius_km:g}",
    )
    if not activity.provides_security:
        text += " " + QCoreApplication.translate(
            "PlaceFields", "Counts only for an activity that provides security."
        )
    return text


def add_runs_within(b) -> None:
    b.checklist(
        "runs_within",
        QCoreApplication.translate("PlaceFields", "Runs while these are in place"),
        lambda: [
            (a.id, f"{a.id} · {a.title}") for a in b.session.plan.activities if a is not b.obj
        ],
    )


class PlaceFields:
    """The picker: type a village of the region, pick it, and the activity's place becomes
    that village with its coordinates; a label says what the place is."""

    def __init__(self, b, form) -> None:
        self.b = b
        self.picker = QLineEdit()
        self.picker.setObjectName("placePicker")
        self.picker.setPlaceholderText(
            QCoreApplication.translate("PlaceFields", "Type a village of the region…")
        )
        self.model = QStringListModel()
        completer = QCompleter(self.model, self.picker)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.picker.setCompleter(completer)
        completer.activated.connect(self.pick)
        self.picker.returnPressed.connect(lambda: self.pick(self.picker.text()))
        form.addRow(QCoreApplication.translate("PlaceFields", "Pick a village"), self.picker)
        self.what = QLabel()
        self.what.setObjectName("placeKind")
        self.what.setWordWrap(True)
        form.addRow(self.what)
        self._villages: dict[str, tuple[str, float, float]] = {}
        self._region = None

    def refresh(self, plan, activity) -> None:
        region = (plan.region, tuple(plan.areas))
        if region != self._region:
            self._region = region
            cercles = region_cercles(plan.region) | {
                c for a in plan.areas for c in resolver_for((), ()).name(a).cercles
            }
            self._villages = {
                f"{name} — {cercle}": (name, lon, lat)
                for name, cercle, lon, lat in villages_of(cercles)
            }
            self.model.setStringList(list(self._villages))
        self.picker.setEnabled(activity is not None)
        self.what.setText(self.describe(plan, activity))

    def describe(self, plan, activity) -> str:
        if activity is None:
            return ""
        where = resolver_for(tuple(plan.areas), ()).activity(activity)
        if where.kind == POINT:
            return qt_format(
                QCoreApplication.translate("PlaceFields", "A point: %1, cercle of %2."),
                activity.location,
                cercle_name(where) or "?",
            )
        if where.kind == CERCLE:
            return QCoreApplication.translate(
                "PlaceFields", "A whole cercle: say where — pick the village, or the town itself."
            )
        if where.kind == REGION:
            return QCoreApplication.translate(
                "PlaceFields", "A whole region: say where — pick the village."
            )
        if where.kind == LOCAL:
            return qt_format(
                QCoreApplication.translate(
                    "PlaceFields", "A place you added, in the cercle of %1."
                ),
                cercle_name(where) or "?",
            )
        return QCoreApplication.translate(
            "PlaceFields", "Not in the gazetteer: it matches only places with the same name."
        )

    def pick(self, text: str) -> bool:
        """Set the activity's place to the picked village and its coordinates (one edit)."""
        found = self._villages.get(text)
        a = self.b.obj
        if found is None or a is None:
            return False
        name, lon, lat = found
        self.b.session.push(
            Batch(
                [
                    SetField(a, "location", a.location, name),
                    SetField(a, "coordinates", a.coordinates, [round(lon, 5), round(lat, 5)]),
                ]
            ),
            QCoreApplication.translate("PlaceFields", "Pick a village"),
        )
        self.picker.clear()
        return True
