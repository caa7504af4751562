"""The mission view: HQ reads several regional plans together — read-only. The status of each
plan, one heat map and the priority threats of every region ranked, the category × region
matrix, the tier mix (tier-2-only regions stand out), the map of all regions, the asset
timeline with clashes and the cross-plan advisories (double-click opens that plan at that
item). HQ's comments go back to a region as the plan's review note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pocplanner import reference
from pocplanner.domain.consolidation import consolidate, mission_map, only_tier2
from pocplanner.domain.plan_names import plan_name
from pocplanner.domain.scoring import band_for
from pocplanner.i18n import format_date
from pocplanner.ui.charts.asset_timeline import AssetTimeline
from pocplanner.ui.charts.heat_map import HeatMap
from pocplanner.ui.charts.map_view import MapView
from pocplanner.ui.mission.mission_due_diligence import MissionDueDiligence
from pocplanner.ui.plan.plan_outputs import output_refused
from pocplanner.ui.qt_text import qt_format
from pocplanner.ui.widgets import splitter

REF_ROLE = Qt.ItemDataRole.UserRole + 3
KEY_ROLE = Qt.ItemDataRole.UserRole + 4      # a plan's key, or PLAN_KEY:THREAT_ID


def _table(headers: list[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    t.horizontalHeader().setMaximumSectionSize(380)    # a long plan name elided, not all else
    return t


def _motion_cells(table: QTableWidget, row: int, first: int, plan, lang: str) -> None:
    """As of, late activities, slow alerts, days since the last review: sortable as numbers
    (a plan without an as-of date sorts first)."""
    from pocplanner.domain.follow_up import motion
    m = motion(plan)
    values = [(m.as_of.toordinal() if m.as_of else -1,
               format_date(m.as_of, lang) if m.as_of else "—"),
              (m.late if m.late is not None else -1, str(m.late) if m.late is not None else "—"),
              (m.slow, str(m.slow)),
              (m.days_since_review if m.days_since_review is not None else -1,
               str(m.days_since_review) if m.days_since_review is not None else "—")]
    for j, (number, text) in enumerate(values):
        item = QTableWidgetItem()
        item.setData(Qt.ItemDataRole.DisplayRole, text)
        item.setData(Qt.ItemDataRole.UserRole, number)
        table.setItem(row, first + j, _SortedItem(item))


class _SortedItem(QTableWidgetItem):
    """A cell that sorts by the number in its UserRole, shows its text."""

    def __init__(self, item: QTableWidgetItem) -> None:
        super().__init__(item)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(Qt.ItemDataRole.UserRole), other.data(Qt.ItemDataRole.UserRole)
        if isinstance(mine, int) and isinstance(theirs, int):
            return mine < theirs
        return super().__lt__(other)


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.setItem(i, j, QTableWidgetItem(text))


class MissionView(QMainWindow):
    def __init__(self, library, inputs: list, parent=None) -> None:
        super().__init__(parent)
        self.library, self.inputs, self.lang = library, list(inputs), library.lang
        self.setObjectName("missionView")
        self.setWindowTitle(self.tr("Mission view"))
        self.resize(1240, 700)
        self.ask_box = QMessageBox.exec
        central = QWidget()
        layout = QVBoxLayout(central)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open files…"))
        self.open_button.setObjectName("missionOpenFiles")
        self.pdf_button = QPushButton(self.tr("Export &PDF…"))
        self.pdf_button.setObjectName("missionPdf")
        self.note_button = QPushButton(self.tr("Write a &review note…"))
        self.note_button.setObjectName("reviewNote")
        self.summary = QLabel()
        for w in (self.open_button, self.pdf_button, self.note_button):
            row.addWidget(w)
        row.addWidget(self.summary, 1)
        layout.addLayout(row)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("missionTabs")
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.status = _table(
            [
                self.tr("Plan"),
                self.tr("Region"),
                self.tr("Period"),
                self.tr("Version"),
                self.tr("Status"),
                self.tr("Last change"),
                self.tr("Errors"),
                self.tr("Warnings"),
                self.tr("Review note"),
                self.tr("As of"),
                self.tr("Late activities"),
                self.tr("Slow alerts"),
                self.tr("Days since review"),
            ],
            "missionStatus",
        )
        # sortable by any column once the user clicks it (the plans' order until then)
        self.status.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.heat_map = HeatMap()
        self.ranked = _table(
            [self.tr("Threat"), self.tr("Region"), self.tr("What happens"), self.tr("Risk")],
            "rankedThreats",
        )
        self.matrix = _table([], "categoryMatrix")
        self.tiers = _table(
            [
                self.tr("Region"),
                self.tr("Tier 1"),
                self.tr("Tier 2"),
                self.tr("Tier 3"),
                self.tr("Engagement assessments"),
            ],
            "tierMix",
        )
        self.map = MapView(self.lang)
        self.assets = AssetTimeline(self.lang)
        self.due_diligence = MissionDueDiligence(self.lang)
        self.advisories = QListWidget()
        self.advisories.setObjectName("missionAdvisories")
        self.advisories.setWordWrap(True)

        threats = splitter(Qt.Orientation.Horizontal)
        threats.addWidget(self.heat_map)
        threats.addWidget(self.ranked)
        threats.setStretchFactor(1, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.assets)
        for widget, title in (
            (self.status, self.tr("Plans")),
            (threats, self.tr("Threats")),
            (self.matrix, self.tr("Categories × regions")),
            (self.tiers, self.tr("Tiers")),
            (self.map, self.tr("Map")),
            (scroll, self.tr("Assets")),
            (self.due_diligence, self.tr("Due diligence")),
            (self.advisories, self.tr("Advisories")),
        ):
            self.tabs.addTab(widget, title)
        self.open_button.clicked.connect(lambda: self.open_files())
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.note_button.clicked.connect(lambda: self.write_review_note())
        self.advisories.itemActivated.connect(self._follow)  # double-click or Enter
        for opens in (self.ranked.cellActivated, self.ranked.cellDoubleClicked):  # Enter too
            opens.connect(self._open_threat)
        self.refresh()

    def refresh(self) -> None:
        places = tuple(self.library.store.places())
        c = self.c = consolidate(self.inputs, places)
        lang = self.lang
        stored = {p.id: p for p in self.library.store.list()}
        self.status.setSortingEnabled(False)          # rows in plan order while filling
        _fill(
            self.status,
            [
                [
                    plan_name(s.plan).render(lang),
                    s.plan.region,
                    f"{format_date(s.plan.period.start, lang)} – "
                    f"{format_date(s.plan.period.end, lang)}",
                    str(s.plan.version or 1),
                    reference.label("statuses", s.plan.status or "draft", lang),
                    stored[s.plan.id].updated_local(lang)
                    if s.origin == "library" and s.plan.id in stored
                    else s.origin,
                    str(s.errors),
                    str(s.warnings),
                    s.plan.review_note,
                ]
                for s in c.plans
            ],
        )
        for i, s in enumerate(c.plans):
            self.status.item(i, 0).setData(KEY_ROLE, s.key)   # the plan, whatever the sort
            if s.errors:
                self.status.item(i, 6).setBackground(QColor("#ffcdd2"))
            _motion_cells(self.status, i, 9, s.plan, lang)
        self.status.setSortingEnabled(True)
        self.heat_map.set_threats([t for s in c.plans for t in s.plan.threats])
        names = {s.key: plan_name(s.plan).render(lang) for s in c.plans}
        _fill(self.ranked, [[f"{t.ref.partition(':')[2]} — {names[t.ref.partition(':')[0]]}",
                             t.region, t.title, str(t.risk)] for t in c.priority_threats])
        for i, t in enumerate(c.priority_threats):
            self.ranked.item(i, 0).setData(KEY_ROLE, t.ref)        # double-click opens it
            self.ranked.item(i, 3).setBackground(QColor(band_for(t.risk).colour))
        regions = c.regions()
        self.matrix.setColumnCount(len(regions) + 1)
        self.matrix.setHorizontalHeaderLabels([self.tr("Category")] + regions)
        _fill(
            self.matrix,
            [
                [reference.label("threat_categories", k, lang)]
                + [str(c.categories.get(k, {}).get(r, "")) for r in regions]
                for k in reference.vocabulary_keys("threat_categories")
            ],
        )
        alone = set(only_tier2(c))
        _fill(
            self.tiers,
            [
                [r]
                + [str(c.tiers.get(r, {}).get(n, 0)) for n in (1, 2, 3)]
                + [str(c.engagements.get(r, 0))]
                for r in regions
            ],
        )
        for i, r in enumerate(regions):
            if r in alone:
                for j in range(5):
                    self.tiers.item(i, j).setBackground(QColor("#ffe0b2"))
                self.tiers.item(i, 0).setToolTip(self.tr("Only physical protection (tier 2)"))
        self.map.set_map(mission_map(c, places))
        self.assets.set_consolidation(c)
        self.due_diligence.set_plans(c.plans)
        self.advisories.clear()
        for a in c.advisories:
            item = QListWidgetItem(f"{a.code}: {a.message(lang)}")
            item.setData(REF_ROLE, list(a.refs))
            self.advisories.addItem(item)
        self.summary.setText(
            qt_format(
                self.tr("%1 plans · %2 cross-plan advisories"),
                str(len(c.plans)),
                str(len(c.advisories)),
            )
        )

    # -- actions ---------------------------------------------------------------------------
    def open_files(self, paths: list[str] | None = None) -> int:
        """Add exchange files received from the regions (encrypted ones ask their passphrase)."""
        from pocplanner.services.consolidation import InputRefused, read_file

        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Open plans from the regions"), "", self.tr("Plan files (*.json)")
            )
        added = 0
        for path in paths:
            try:
                self.inputs.append(read_file(path, self._passphrase_for(path)))
                added += 1
            except InputRefused as exc:
                QMessageBox.warning(self, self.tr("Not added"), exc.text(self.lang))
        if added:
            self.refresh()
        return added

    def _passphrase_for(self, path: str) -> str | None:
        from PySide6.QtWidgets import QLineEdit

        from pocplanner.crypto import is_encrypted

        try:
            with open(path, "rb") as fh:
                head = fh.read(64)
        except OSError:
            return None  # read_file says why
        if not is_encrypted(head):
            return None
        text, ok = QInputDialog.getText(
            self,
            self.tr("Encrypted file"),
            qt_format(self.tr("Passphrase of %1:"), path),
            QLineEdit.EchoMode.Password,
        )
        return text if ok else None

    def export_pdf(self, path: str | None = None, redacted: bool = False) -> bool:
        from pocplanner.files import write_atomically
        from pocplanner.services.consolidation import consolidated_pdf

        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the mission view"),
                                                  self.tr("mission-view") + ".pdf",
                                                  self.tr("PDF documents (*.pdf)"))
            if not path:
                return False
        if output_refused(self, path, self.library.store.db.path, self.lang):
            return False
        try:
            write_atomically(
                path,
                consolidated_pdf(self.c, self.lang, redacted, tuple(self.library.store.places())),
            )
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("The PDF was not written"),
                qt_format(self.tr("%1 cannot be written: %2"), path, exc.strerror or str(exc)),
            )
            return False
        self.statusBar().showMessage(qt_format(self.tr("Wrote %1."), path), 6000)
        return True

    def write_review_note(self, text: str | None = None, row: int | None = None) -> bool:
        """HQ's comments on the selected stored plan, saved as its review note (a new
        version of that plan; nothing else of it changes)."""
        row = self.status.currentRow() if row is None else row
        if row < 0 or row >= len(self.c.plans):
            return False
        key = self.status.item(row, 0).data(KEY_ROLE)      # the rows may be sorted
        s = next(s for s in self.c.plans if s.key == key)
        if s.origin != "library" or not self.library.store.exists(s.plan.id):
            QMessageBox.information(
                self,
                self.tr("Review note"),
                qt_format(
                    self.tr(
                        "%1 came from a file: import it into the library first, then write the "
                        "note."
                    ),
                    s.key,
                ),
            )
            return False
        if text is None:
            text, ok = QInputDialog.getMultiLineText(
                self,
                self.tr("Review note"),
                qt_format(self.tr("HQ's comments on %1, for the region:"),
                          plan_name(s.plan).render(self.lang)),
                s.plan.review_note,
            )
            if not ok:
                return False
        stored = self.library.store.load(s.plan.id)
        stored.review_note = text.strip()[:20000]
        self.library.store.save(stored)
        self.inputs = [i._replace(plan=stored) if i.plan is s.plan else i for i in self.inputs]
        self.refresh()
        self.library.refresh()
        return True

    def _open_threat(self, row: int, _column: int = 0):  # opens its plan at that threat
        return self.open_item(self.ranked.item(row, 0).data(KEY_ROLE))

    def _follow(self, item: QListWidgetItem) -> None:
        for ref in item.data(REF_ROLE) or []:
            if self.open_item(ref):
                return

    def open_item(self, ref: str):
        """Open the plan named by PLAN_ID[:ITEM_ID] at that item (stored plans only)."""
        plan_key, _, item_id = ref.partition(":")
        s = next((s for s in self.c.plans if s.key == plan_key), None)
        if s is None or s.origin != "library" or not self.library.store.exists(s.plan.id):
            return None
        window = self.library.open_plan(s.plan.id)
        if window is not None and item_id:
            window.show_item(item_id)
        return window
