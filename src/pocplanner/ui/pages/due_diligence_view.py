"""The due-diligence register (DOMAIN §12.4), a tab beside the activities of the sequencing
step, where the task force decides what support it gives: one assessment per supported force
(an organisation, never a person) with its kind, risk, grounds, mitigations, conditions,
review date and status. The activities relying on the chosen assessment are listed below its
form; suspending it says at once which activities it stops."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pocplanner import reference
from pocplanner.domain.due_diligence import (
    activities_relying_on,
    new_assessment,
    support_reasons,
)
from pocplanner.domain.edits import Insert
from pocplanner.domain.model import FORCE_KINDS
from pocplanner.ui.plan.binder import FormBinder
from pocplanner.ui.plan.item_table import ItemTable, ItemTableModel
from pocplanner.ui.qt_text import qt_format
from pocplanner.ui.widgets import form_beside


def add_support_fields(b, form) -> QLabel:
    """On the activity form: the assessments it relies on, and a line saying whether and why
    it counts as support to non-UN forces."""
    b.checklist("supports", QCoreApplication.translate(
        "DueDiligenceView", "Relies on assessments"),
        lambda: [(s.id, f"{s.id} · {s.entity}") for s in b.session.plan.hrddp])
    reason = QLabel()
    reason.setObjectName("supportReason")
    reason.setWordWrap(True)
    form.addRow(reason)
    return reason


def support_reason_text(activity, plan) -> str:
    """Whether and why the activity counts as support to non-UN forces (§12.4)."""
    if activity is None:
        return ""
    why = {"flag": QCoreApplication.translate("DueDiligenceView", "it is marked so"),
           "named": QCoreApplication.translate("DueDiligenceView",
                                               "it relies on named assessments"),
           "joint": QCoreApplication.translate(
               "DueDiligenceView", "it is joint with the host state (military or police, "
               "host state supporting its response)")}
    reasons = [why[r] for r in support_reasons(activity, plan)]
    if not reasons:
        return QCoreApplication.translate("DueDiligenceView",
                                          "Does not count as support to non-UN forces.")
    return qt_format(QCoreApplication.translate(
        "DueDiligenceView", "Counts as support to non-UN forces because %1."), "; ".join(reasons))


class DueDiligenceView(QWidget):
    chosen = Signal(str)          # an activity id, to select it in the activity table

    def __init__(self, page) -> None:
        super().__init__()
        self.page = page
        self.session = page.session
        self.setObjectName("dueDiligenceView")
        lang = self.session.lang
        columns = [
            (self.tr("Id"), lambda s: s.id),
            (self.tr("Force supported"), lambda s: s.entity),
            (self.tr("Status"), lambda s: reference.label("hrddp_statuses", s.status, lang)),
            (self.tr("Activities"), lambda s: ", ".join(
                a.id for a in activities_relying_on(self.session.plan, s.id)) or "—")]
        self.model = ItemTableModel(columns, lambda: self.session.plan.hrddp, self)
        self.table = ItemTable(self.model, lang=lang)
        self.table.setObjectName("assessmentTable")
        self.table.fixed(1, 110)            # long unit names elided; the form shows them whole
        self.table.stretch(3)
        self.add_button = QPushButton(self.tr("Add assessment"))
        self.add_button.setObjectName("addAssessment")
        self.remove_button = QPushButton(self.tr("Remove"))
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(row)
        lv.addWidget(self.table, 1)

        form_widget = QWidget()
        form = QFormLayout(form_widget)
        b = self.binder = FormBinder(self.session, form)
        entity = b.line("entity", self.tr("Force supported"))
        entity.setPlaceholderText(self.tr("a unit or formation, never a person"))
        kinds = [(k, reference.label("perpetrator_types", k, lang)) for k in FORCE_KINDS]
        b.combo("force_kind", self.tr("Kind of force"), kinds)
        b.combo("status", self.tr("Status"), page.vocab("hrddp_statuses"))
        self.relying = QLabel()
        self.relying.setObjectName("relyingActivities")
        self.relying.setWordWrap(True)
        form.addRow(self.relying)
        b.combo("risk", self.tr("Risk of grave violations"), page.vocab("hrddp_risks"))
        b.date("reviewed", self.tr("Reviewed on"), optional=True)
        b.text("grounds", self.tr("Grounds"), lines=2)
        b.lines("mitigations", self.tr("Mitigations (one a line)"))
        b.text("conditions", self.tr("Conditions"), lines=2)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(form_beside(left, form_widget), 1)
        self.table.selected.connect(self._selected)
        self.add_button.clicked.connect(self.add_assessment)
        self.remove_button.clicked.connect(lambda: page.remove_item(
            self.table.current(), self.tr("Remove assessment")))
        self.table.select_first()
        self._selected(self.table.current())

    def refresh(self) -> None:
        self.model.refresh()
        if self.table.current() is not None:
            self.binder.refresh()
        self._show_relying(self.table.current())

    def _selected(self, assessment) -> None:
        self.binder.bind(assessment)
        self.remove_button.setEnabled(assessment is not None)
        self._show_relying(assessment)

    def _show_relying(self, assessment) -> None:
        if assessment is None:
            self.relying.setText("")
            return
        ids = ", ".join(escape(f"{a.id} {a.title}")
                        for a in activities_relying_on(self.session.plan, assessment.id))
        if assessment.status == "suspended" and ids:
            self.relying.setText("<b style='color:#b00020'>" + qt_format(
                self.tr("Suspended: this stops %1."), ids) + "</b>")
        elif ids:
            self.relying.setText(qt_format(self.tr("Relied on by: %1"), ids))
        else:
            self.relying.setText(self.tr("No activity relies on this assessment yet."))

    def add_assessment(self) -> None:
        plan = self.session.plan
        assessment = new_assessment(plan)
        self.session.push(Insert(plan.hrddp, len(plan.hrddp), assessment),
                          self.tr("Add assessment"))
        self.table.select(assessment)
