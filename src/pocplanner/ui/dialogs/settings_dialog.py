"""Settings…: the language of the app and the auto-lock time."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from pocplanner.i18n import system_language
from pocplanner.settings import Settings
from pocplanner.ui.qt_text import qt_format
from pocplanner.ui.widgets import Combo, SpinBox


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language = Combo()
        self.language.setObjectName("languageCombo")
        names = {"en": "English", "fr": "Français"}  # each in its own language
        system = names[system_language()]
        self.language.addItem(qt_format(self.tr("As the system (%1)"), system), None)
        for code, name in names.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.lock_minutes = SpinBox()
        self.lock_minutes.setObjectName("lockMinutes")
        self.lock_minutes.setRange(0, 240)
        self.lock_minutes.setSpecialValueText(self.tr("never"))
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setValue(settings.lock_minutes)
        note = QLabel(
            self.tr(
                "A new language applies from the next start of pocplanner. The "
                "app locks only a database protected with a passphrase."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Lock after idle time:"), self.lock_minutes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.language = self.language.currentData()
        self.settings.lock_minutes = self.lock_minutes.value()
        super().accept()
