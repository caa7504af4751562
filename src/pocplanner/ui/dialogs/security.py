"""The passphrase dialogs of an encrypted database: asking for it (at start, after a lock) and
choosing a new one. Loaded only when one is needed (see locking.py for the auto-lock)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pocplanner.crypto import normalize_passphrase, passphrase_problem
from pocplanner.services.database import StorageError


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(320)
    return field


def _error_label(name: str) -> QLabel:
    """Where a dialog says, in red, what is wrong with what was typed (hidden until then)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020")
    label.hide()
    return label


class UnlockDialog(QDialog):
    """Asks for the database passphrase until `attempt` accepts it, or the user quits."""

    def __init__(
        self,
        attempt: Callable[[str], None],
        message: str,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.attempt = attempt
        self.lang = lang
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("pocplanner is locked"))
        intro = QLabel(message)
        intro.setWordWrap(True)
        self.passphrase = _password_field("passphraseField")
        self.error = _error_label("unlockError")
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button = buttons.addButton(
            self.tr("&Quit pocplanner"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.adjustSize()           # the dialog grows to show the whole message

    def _try(self) -> None:
        text = normalize_passphrase(self.passphrase.text())
        if not text:
            self.show_error(self.tr("Type the passphrase first."))
            return
        try:
            self.attempt(text)
        except StorageError as exc:  # WrongPassphrase says what happened; nothing changed
            self.passphrase.clear()
            self.show_error(exc.text(self.lang))
            return
        self.passphrase.clear()
        self.accept()


class NewPassphraseDialog(QDialog):
    """Choosing a passphrase: typed twice, long enough; `passphrase` holds it once accepted."""

    def __init__(
        self, intro: str, lang: str, parent: QWidget | None = None, ask_current: bool = False
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("newPassphraseDialog")
        self.setWindowTitle(self.tr("Passphrase"))
        text = QLabel(intro)
        text.setWordWrap(True)
        self.current = _password_field("currentPassphraseField") if ask_current else None
        self.first = _password_field("newPassphraseField")
        self.second = _password_field("repeatPassphraseField")
        self.error = _error_label("passphraseError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        if self.current is not None:
            form.addRow(self.tr("Current passphrase:"), self.current)
        form.addRow(self.tr("New passphrase:"), self.first)
        form.addRow(self.tr("The same again:"), self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.passphrase: str | None = None

    @property
    def current_passphrase(self) -> str | None:
        return normalize_passphrase(self.current.text()) if self.current is not None else None

    def _check(self) -> None:
        first = normalize_passphrase(self.first.text())
        second = normalize_passphrase(self.second.text())
        weak = passphrase_problem(first)
        problem = weak.render(self.lang) if weak else None
        if problem is None and first != second:
            problem = self.tr("The two passphrases differ.")
        if problem:
            self.error.setText(problem)
            self.error.show()
            self.adjustSize()
            return
        self.passphrase = first
        self.accept()
