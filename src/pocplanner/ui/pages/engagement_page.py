"""Step 5: community-engagement risk assessment for every activity that engages communities."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pocplanner import reference
from pocplanner.domain.edits import Insert, set_field
from pocplanner.domain.model import EngagementRisk, Mitigation
from pocplanner.domain.planning import new_engagement
from pocplanner.ui.pages.base import Page
from pocplanner.ui.plan.binder import FormBinder
from pocplanner.ui.plan.item_table import ItemTable, ItemTableModel
from pocplanner.ui.qt_text import qt_format
from pocplanner.ui.widgets import Combo, form_scroll, splitter

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class EngagementPage(Page):
    step = "engagement"

    def __init__(self, session) -> None:
        super().__init__(
            session,
            self.tr("Community-engagement risks"),
            self.tr(
                "Talking to communities saves lives through early warning, but people seen with the "
                "mission have been threatened, abducted and killed. Before the plan is final, assess "
                "each activity that engages communities: the risks, what lowers them, what is left, "
                "and who decided to go ahead."
            ),
        )
        lang = self.lang
        columns = [
            (self.tr("Activity"), lambda a: f"{a.id} · {a.title}"),
            (self.tr("Place"), lambda a: a.location),
            (self.tr("Assessment"), self._status),
        ]
        self.model = ItemTableModel(columns, self._engaging, self)
        self.table = ItemTable(self.model)
        self.table.setObjectName("engagementTable")
        self.table.stretch(0)
        self.create_button = QPushButton(self.tr("Assess the risks of this activity"))
        self.create_button.setObjectName("createAssessment")

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.create_button)

        self.form_widget = QWidget()
        outer = QVBoxLayout(self.form_widget)
        reminder = QLabel(
            self.tr(
                "⚠ Record groups, never named people: no names, phone numbers "
                "or e-mail addresses of interlocutors anywhere in the plan."
            )
        )
        reminder.setObjectName("dataReminder")
        reminder.setWordWrap(True)
        reminder.setStyleSheet("background:#fff3cd; padding:4px;")
        outer.addWidget(reminder)
        top_form = QFormLayout()
        outer.addLayout(top_form)
        self.binder = FormBinder(session, top_form)
        self.binder.lines("communities", self.tr("Communities engaged (groups, one per line)"))

        risks_box = QGroupBox(self.tr("Risks (likelihood × impact before mitigation)"))
        grid = QGridLayout(risks_box)
        self.risk_rows: dict[str, tuple[QCheckBox, QComboBox, QComboBox]] = {}
        for column, heading in (
            (0, self.tr("Risk")),
            (1, self.tr("Likelihood")),
            (2, self.tr("Impact")),
        ):
            title = QLabel("<b>" + heading + "</b>")
            title.setObjectName(f"riskHeading{column}")
            grid.addWidget(title, 0, column)
        for row, term in enumerate(reference.engagement_terms()["risks"], start=1):
            box = QCheckBox(term.text(lang))
            box.setObjectName(f"risk_{term.key}")
            if term.help:
                box.setToolTip(reference.localized(term.help, lang))
            likelihood, impact = Combo(), Combo()
            likelihood.setObjectName(f"risk_{term.key}_likelihood")
            impact.setObjectName(f"risk_{term.key}_impact")
            for combo in (likelihood, impact):
                combo.setMinimumContentsLength(2)  # 1 to 5: narrow, the risk's name wide
                combo.setSizeAdjustPolicy(Combo.SizeAdjustPolicy.AdjustToContents)
                for value in range(1, 6):
                    combo.addItem(str(value), value)
                combo.activated.connect(lambda _i: self._risks_edited())
            box.toggled.connect(lambda _on: self._risks_edited())
            grid.addWidget(box, row, 0)
            grid.addWidget(likelihood, row, 1)
            grid.addWidget(impact, row, 2)
            self.risk_rows[term.key] = (box, likelihood, impact)
        grid.setColumnStretch(0, 1)
        outer.addWidget(risks_box)

        mit_box = QGroupBox(self.tr("Mitigations"))
        mv = QVBoxLayout(mit_box)
        self.mitigation_list = QListWidget()
        self.mitigation_list.setObjectName("mitigationList")
        self.mitigation_list.setMinimumHeight(140)
        mv.addWidget(self.mitigation_list)
        self.add_mitigation = QPushButton(self.tr("Add a custom mitigation…"))
        self.add_mitigation.setObjectName("addCustomMitigation")
        mv.addWidget(self.add_mitigation)
        outer.addWidget(mit_box)

        decision_form = QFormLayout()
        outer.addLayout(decision_form)
        self.decision_binder = FormBinder(session, decision_form)
        d = self.decision_binder
        d.combo(
            "residual_likelihood", self.tr("Residual likelihood"), self.scale("likelihood", True)
        )
        d.combo("residual_impact", self.tr("Residual impact"), self.scale("impact", True))
        d.combo("decision", self.tr("Decision"), self.vocab("decisions"))
        d.text("decision_rationale", self.tr("Rationale of the decision"), lines=2)
        d.line("decided_by", self.tr("Decided by (role)"))
        self.scores = QLabel()
        self.scores.setObjectName("engagementScores")
        outer.addWidget(self.scores)
        outer.addStretch(1)
        scroll = form_scroll(self.form_widget)

        panes = splitter(Qt.Orientation.Horizontal)
        panes.addWidget(left)
        panes.addWidget(scroll)
        panes.setSizes([470, 650])
        self.outer.addWidget(panes, 1)

        self._loading = False
        self.mitigation_list.itemChanged.connect(lambda _i: self._mitigations_edited())
        self.add_mitigation.clicked.connect(lambda: self.add_custom_mitigation())
        self.create_button.clicked.connect(self.create_assessment)
        self.table.selected.connect(lambda _a: self._show())
        self.follow_changes(self.refresh)
        self.refresh()
        self.table.select_first()

    # -- list ------------------------------------------------------------------------------
    def _engaging(self):
        return [a for a in self.plan.activities if a.engages_communities]

    def engagement_of(self, activity):
        if activity is None:
            return None
        return next((e for e in self.plan.engagements if e.activity_id == activity.id), None)

    def _status(self, activity) -> str:
        e = self.engagement_of(activity)
        if e is None:
            return self.tr("not assessed")
        return (
            reference.label("decisions", e.decision, self.lang)
            + " · "
            + qt_format(self.tr("residual %1"), str(e.residual_score()))
        )

    def refresh(self) -> None:
        self.model.refresh()
        self._show()

    # -- the assessment of the selected activity --------------------------------------------
    def _show(self) -> None:
        activity = self.table.current()
        e = self.engagement_of(activity)
        self.create_button.setVisible(activity is not None and e is None)
        self.form_widget.setEnabled(e is not None)
        self.binder.bind(e)
        self.decision_binder.bind(e)
        self._loading = True
        try:
            risks = {r.key: r for r in (e.risks if e else [])}
            for key, (box, likelihood, impact) in self.risk_rows.items():
                r = risks.get(key)
                box.setChecked(r is not None)
                likelihood.setCurrentIndex((r.likelihood if r else 3) - 1)
                impact.setCurrentIndex((r.impact if r else 3) - 1)
                likelihood.setEnabled(r is not None)
                impact.setEnabled(r is not None)
            chosen = {m.key for m in (e.mitigations if e else [])}
            self.mitigation_list.clear()
            keys = [(t.key, t.text(self.lang)) for t in reference.engagement_terms()["mitigations"]]
            keys += [(k, k.removeprefix("custom:")) for k in chosen if k.startswith("custom:")]
            for key, label in keys:
                item = QListWidgetItem(label)
                item.setData(KEY_ROLE, key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked
                )
                self.mitigation_list.addItem(item)
        finally:
            self._loading = False
        if e is None:
            self.scores.setText("")
        else:
            self.scores.setText(
                qt_format(
                    self.tr("Highest inherent risk: %1 · residual risk: %2"),
                    str(e.inherent_score()),
                    str(e.residual_score()),
                )
            )

    def _risks_edited(self) -> None:
        e = self.engagement_of(self.table.current())
        if self._loading or e is None:
            return
        old = {r.key: r for r in e.risks}
        ticked = [key for key, (box, _l, _i) in self.risk_rows.items() if box.isChecked()]
        order = [r.key for r in e.risks if r.key in ticked] + [k for k in ticked if k not in old]
        risks = []
        for key in order:  # the planner's order first, new risks after
            _box, likelihood, impact = self.risk_rows[key]
            notes = old[key].notes if key in old else ""
            risks.append(EngagementRisk(key, likelihood.currentData(), impact.currentData(), notes))
        if [(r.key, r.likelihood, r.impact) for r in risks] != [
            (r.key, r.likelihood, r.impact) for r in e.risks
        ]:
            self.session.push(set_field(e, "risks", risks), self.tr("Edit risks"))

    def _mitigations_edited(self) -> None:
        e = self.engagement_of(self.table.current())
        if self._loading or e is None:
            return
        old = {m.key: m for m in e.mitigations}
        keys = [
            self.mitigation_list.item(i).data(KEY_ROLE)
            for i in range(self.mitigation_list.count())
            if self.mitigation_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        keys = [k for k in old if k in keys] + [k for k in keys if k not in old]
        mitigations = [old.get(k) or Mitigation(k) for k in keys]
        if keys != [m.key for m in e.mitigations]:
            self.session.push(set_field(e, "mitigations", mitigations), self.tr("Edit mitigations"))

    def add_custom_mitigation(self, label: str | None = None) -> None:
        e = self.engagement_of(self.table.current())
        if e is None:
            return
        if label is None:
            label, ok = QInputDialog.getText(
                self, self.tr("Custom mitigation"), self.tr("Mitigation:")
            )
            if not ok:
                return
        label = " ".join(label.split())[:200]
        if label:
            self.session.push(
                set_field(e, "mitigations", e.mitigations + [Mitigation(f"custom:{label}")]),
                self.tr("Add mitigation"),
            )

    def create_assessment(self) -> None:
        activity = self.table.current()
        if activity is None or self.engagement_of(activity) is not None:
            return
        e = new_engagement(self.plan, activity.id)
        self.session.push(
            Insert(self.plan.engagements, len(self.plan.engagements), e),
            self.tr("Assess engagement risks"),
        )

    def select_item(self, obj) -> None:
        activity_id = getattr(obj, "activity_id", None) or getattr(obj, "id", None)
        activity = self.plan.activity(activity_id)
        if activity is not None:
            self.table.select(activity)
