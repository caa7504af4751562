"""Add a place the gazetteer lacks: a name, and either the cercle it belongs to or its
coordinates (decimal degrees). Kept in the database for every plan."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from pocplanner.domain import geo


class PlaceDialog(QDialog):
    def __init__(self, names: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a place"))
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.setObjectName("placeName")
        self.name.addItems(names)
        self.cercle = QComboBox()
        self.cercle.setObjectName("placeCercle")
        self.cercle.addItem(self.tr("— from the coordinates —"), "")
        for c in sorted(geo.cercles(), key=lambda c: (c.region, c.name)):
            self.cercle.addItem(f"{c.name} ({c.region})", c.pcode)
        self.lon, self.lat = QLineEdit(), QLineEdit()
        self.lon.setObjectName("placeLon")
        self.lat.setObjectName("placeLat")
        self.lon.setPlaceholderText(self.tr("e.g. -3.42 (west is negative)"))
        self.lat.setPlaceholderText(self.tr("e.g. 14.05"))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Cercle"), self.cercle)
        form.addRow(self.tr("Longitude"), self.lon)
        form.addRow(self.tr("Latitude"), self.lat)
        self.problem = QLabel()
        self.problem.setObjectName("placeProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b71c1c;")
        note = QLabel(self.tr("The map follows the administrative frame before 2016 (Ménaka is a "
                              "cercle of Gao). Coordinates, when given, place the point and "
                              "decide the cercle."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.place: geo.UserPlace | None = None

    def _number(self, edit: QLineEdit) -> float | str | None:
        text = edit.text().strip().replace(",", ".")
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            return "bad"

    def accept(self) -> None:
        lon, lat = self._number(self.lon), self._number(self.lat)
        if "bad" in (lon, lat):
            self.problem.setText(self.tr("Longitude and latitude are decimal numbers, "
                                         "e.g. -3.42 and 14.05."))
            return
        place = geo.UserPlace(self.name.currentText().strip(), self.cercle.currentData() or "",
                              lon, lat)
        problem = place.problem()
        if problem:
            self.problem.setText(self._translated(problem))
            return
        self.place = place
        super().accept()

    def _translated(self, problem: str) -> str:
        return {
            "A place needs a name.": self.tr("A place needs a name."),
            "Give both longitude and latitude, or neither.":
                self.tr("Give both longitude and latitude, or neither."),
            "These coordinates are outside Mali's cercles.":
                self.tr("These coordinates are outside Mali's cercles."),
            "Choose the cercle the place belongs to, or give its coordinates.":
                self.tr("Choose the cercle the place belongs to, or give its coordinates."),
            "A place name has at most 120 characters.":
                self.tr("A place name has at most 120 characters."),
            "A place name cannot contain control characters.":
                self.tr("A place name cannot contain control characters."),
            "A cercle has this name; an added place cannot move it. Give the new place a name "
            "of its own.":
                self.tr("A cercle has this name; an added place cannot move it. Give the new "
                        "place a name of its own."),
        }.get(problem, problem)
