"""Groups at risk chosen from a short list (DOMAIN §12.8), on the threat form: picking one adds
its name, in the plan's language, as a line of the free-text list, which stays editable."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QPlainTextEdit

from pocplanner import reference


def add_group_picker(b, form, lines: QPlainTextEdit) -> QComboBox:
    picker = QComboBox()
    picker.setObjectName("groupAtRiskPicker")
    picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    picker.setMinimumContentsLength(12)       # long French names must not widen the form
    prompt = QCoreApplication.translate("ThreatsPage", "— add a group from the list —")

    def fill() -> None:
        lang = b.session.plan.language or b.session.lang
        picker.blockSignals(True)
        picker.clear()
        picker.addItem(prompt, None)
        for term in reference.vocabularies()["groups_at_risk"]:
            picker.addItem(term.text(lang), term.text(lang))
        picker.setCurrentIndex(0)
        picker.blockSignals(False)

    def chosen(index: int) -> None:
        text = picker.itemData(index)
        if not text:
            return
        present = [line.strip() for line in lines.toPlainText().splitlines() if line.strip()]
        if text not in present:
            lines.setPlainText("\n".join([*present, text]))
        fill()

    fill()
    picker.activated.connect(chosen)
    form.addRow("", picker)
    return picker
