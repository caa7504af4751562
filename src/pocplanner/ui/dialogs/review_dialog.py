"""Recording the task force's review (DOMAIN §13): date, the body that met (never a person),
summary, decisions, and the threat changes it agreed — each threat's likelihood and impact set
beside the heat map before → after. The review and its changes to the register are one
undoable edit."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pocplanner.domain.edits import Batch, Insert, set_field
from pocplanner.domain.follow_up import new_review_id
from pocplanner.domain.model import Plan, Review, ThreatChange
from pocplanner.ui.charts.heat_map import HeatMap
from pocplanner.ui.qt_text import qt_format
from pocplanner.ui.widgets import DateField


class ReviewDialog(QDialog):
    def __init__(self, plan: Plan, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self.setWindowTitle(self.tr("Record a task force review"))
        self.plan = plan
        self.date = DateField(lang)
        self.date.setObjectName("field_date")
        self.date.setDate(plan.context.as_of or dt.date.today())
        self.body = QLineEdit(self.tr("Regional POC task force"))
        self.body.setObjectName("field_by")
        self.body.setToolTip(self.tr("The body that met, never a person's name"))
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("field_summary")
        self.summary.setMaximumHeight(60)
        self.decisions = QPlainTextEdit()
        self.decisions.setObjectName("field_decisions")
        self.decisions.setMaximumHeight(60)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Body"), self.body)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow(self.tr("Decisions"), self.decisions)
        self.threats = QTableWidget(len(plan.threats), 3)
        self.threats.setObjectName("threatChanges")
        self.threats.setHorizontalHeaderLabels([self.tr("Threat"), self.tr("Likelihood"),
                                                self.tr("Impact")])
        self.threats.verticalHeader().setVisible(False)
        self.threats.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.threats.setMinimumHeight(150)
        self.spins: list[tuple[QSpinBox, QSpinBox]] = []
        for i, t in enumerate(plan.threats):
            item = QTableWidgetItem(f"{t.id} · {t.title}")
            self.threats.setItem(i, 0, item)
            pair = []
            for j, value in ((1, t.likelihood), (2, t.impact)):
                spin = QSpinBox()
                spin.setRange(1, 5)
                spin.setValue(value)
                spin.setObjectName(f"{'likelihood' if j == 1 else 'impact'}_{t.id}")
                spin.valueChanged.connect(self._show_after)
                self.threats.setCellWidget(i, j, spin)
                pair.append(spin)
            self.spins.append((pair[0], pair[1]))
        self.before, self.after = HeatMap(), HeatMap()
        for heat in (self.before, self.after):
            heat.setMinimumSize(220, 170)
        self.before.set_threats(plan.threats)
        maps = QHBoxLayout()
        for caption, heat in ((self.tr("Before the review"), self.before),
                              (self.tr("After the review"), self.after)):
            box = QVBoxLayout()
            box.addWidget(QLabel(f"<b>{caption}</b>"))
            box.addWidget(heat)
            maps.addLayout(box)
        self.apply = QCheckBox(self.tr("Apply the threat changes to the register"))
        self.apply.setObjectName("field_apply")
        self.apply.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Threat changes agreed")))
        layout.addWidget(self.threats, 1)
        layout.addLayout(maps)
        layout.addWidget(self.apply)
        layout.addWidget(buttons)
        self._show_after()

    def changes(self) -> list[ThreatChange]:
        out = []
        for t, (lk, im) in zip(self.plan.threats, self.spins):
            if (lk.value(), im.value()) != (t.likelihood, t.impact):
                out.append(ThreatChange(t.id, lk.value(), im.value()))
        return out

    def _show_after(self) -> None:
        moved = {c.threat_id: c for c in self.changes()}
        self.after.counts.clear()
        for t in self.plan.threats:
            c = moved.get(t.id)
            self.after.counts[(c.likelihood, c.impact) if c else (t.likelihood, t.impact)] += 1
        self.after.ghosts = [(c.likelihood, c.impact, c.threat_id) for c in moved.values()]
        self.after.update()

    def review(self) -> Review:
        return Review(new_review_id(self.plan), self.date.date() or dt.date.today(),
                      by=self.body.text().strip(), summary=self.summary.toPlainText().strip(),
                      threat_changes=self.changes(),
                      decisions=self.decisions.toPlainText().strip())


def record_review(session, parent: QWidget | None = None, dialog: ReviewDialog | None = None
                  ) -> Review | None:
    """Ask for the review and record it, with its threat changes applied when ticked, as one
    undoable edit."""
    plan = session.plan
    dialog = dialog or ReviewDialog(plan, session.lang, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    review = dialog.review()
    edits: list = [Insert(plan.reviews, len(plan.reviews), review)]
    if dialog.apply.isChecked():
        for change in review.threat_changes:
            threat = plan.item("threat", change.threat_id)
            edits += [set_field(threat, "likelihood", change.likelihood),
                      set_field(threat, "impact", change.impact)]
    session.push(Batch(edits), qt_format(
        QCoreApplication.translate("ReviewDialog", "Record review %1"), review.id))
    return review
