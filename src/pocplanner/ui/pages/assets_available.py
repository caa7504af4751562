"""On the context step (DOMAIN §12.9): how many of each scarce asset the region can count on —
one number per asset, "—" when not given (then ASSET-OVERCOMMIT does not judge it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from pocplanner import reference
from pocplanner.domain.edits import set_field
from pocplanner.ui.widgets import SpinBox


class AssetsAvailable(QWidget):
    def __init__(self, session) -> None:
        super().__init__()
        self.setObjectName("assetsAvailable")
        self.session = session
        self.spins: dict[str, SpinBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, term in enumerate(reference.vocabularies()["assets"]):
            spin = SpinBox()
            spin.setObjectName(f"asset_{term.key}")
            spin.setRange(-1, 999)
            spin.setSpecialValueText("—")
            spin.valueChanged.connect(lambda _v, key=term.key: self._edited(key))
            caption = QLabel(term.text(session.lang))
            caption.setBuddy(spin)
            grid.addWidget(caption, i // 2, (i % 2) * 2)
            grid.addWidget(spin, i // 2, (i % 2) * 2 + 1)
            self.spins[term.key] = spin
        session.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        given = self.session.plan.context.assets_available or {}
        for key, spin in self.spins.items():
            value = given.get(key, -1)
            if spin.value() != value:
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)

    def _edited(self, key: str) -> None:
        context = self.session.plan.context
        value = self.spins[key].value()
        given = dict(context.assets_available or {})
        if value < 0:
            given.pop(key, None)
        else:
            given[key] = value
        if given != (context.assets_available or {}):
            self.session.push(
                set_field(context, "assets_available", given),
                QCoreApplication.translate("AssetsAvailable", "Edit assets available"),
            )
