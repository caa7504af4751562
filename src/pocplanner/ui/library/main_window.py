"""The main window: the plan library."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pocplanner import reference
from pocplanner.domain.flow import STEPS
from pocplanner.logs import log_dir
from pocplanner.services.database import PlanStore
from pocplanner.services.library import Library, filter_plans
from pocplanner.services.network.marks import mark_opened
from pocplanner.services.network.marks import marks as network_marks
from pocplanner.settings import Settings
from pocplanner.ui.actions import add_action
from pocplanner.ui.library.database_tools import DatabaseTools
from pocplanner.ui.library.help_menu import add_help_menu
from pocplanner.ui.library.plan_files import PlanFiles
from pocplanner.ui.library.plan_library_model import PlanLibraryModel
from pocplanner.ui.qt_text import qt_format


class MainWindow(QMainWindow):
    shown = Signal()

    def __init__(
        self, store: PlanStore, db_path: Path, lang: str = "en", settings: Settings | None = None
    ) -> None:
        super().__init__()
        self.plans = Library(store, db_path)
        self.lang = lang
        self.files = PlanFiles(self)
        self.setWindowTitle(self.tr("pocplanner — plan library"))
        self.resize(1100, 640)

        self.model = PlanLibraryModel(lang, self)
        self.table = QTableView(self)
        self.table.setObjectName("planTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.empty_label = QLabel(
            "<div align='center'>"
            + self.tr(
                "No plans yet. Use <b>New plan</b> to start one, or <b>Import file…</b> to add a plan "
                "received from another office."
            )
            + "</div>"
        )
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Open the &demo plan (a fictitious example)"))
        self.demo_button.setObjectName("demoButton")
        self.tour_button = QPushButton(
            qt_format(self.tr("Take the &tour of the %1 steps"), len(STEPS)))
        self.tour_button.setObjectName("tourButton")
        self.empty_panel = QWidget()
        empty_layout = QVBoxLayout(self.empty_panel)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        for button in (self.demo_button, self.tour_button):
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            row.addStretch(1)
            empty_layout.addLayout(row)
        empty_layout.addStretch(2)

        self.search = QLineEdit()
        self.search.setObjectName("planSearch")
        self.search.setPlaceholderText(self.tr("Search plans by title, region or id…"))
        self.search.setClearButtonEnabled(True)
        self.region_filter = QComboBox()
        self.region_filter.setObjectName("regionFilter")
        self.region_filter.addItem(self.tr("All regions"), None)
        for place in reference.gazetteer().regions():
            self.region_filter.addItem(place.name, place.name)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("Any status"), None)
        for term in reference.vocabularies()["statuses"]:
            self.status_filter.addItem(term.text(lang), term.key)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.region_filter)
        filters.addWidget(self.status_filter)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(filters)
        layout.addWidget(self.empty_panel)
        layout.addWidget(self.table)
        self.setCentralWidget(central)

        self.new_action = self._action(
            self.tr("&New plan"), self.new_plan, QKeySequence.StandardKey.New, "newAction"
        )
        self.open_action = self._action(
            self.tr("Op&en"), self.open_selected, "Return", "openAction"
        )
        self.duplicate_action = self._action(
            self.tr("D&uplicate"), self.duplicate_selected, "Ctrl+D", "duplicateAction"
        )
        self.import_action = self._action(
            self.tr("&Import file…"),
            self.import_file,
            QKeySequence.StandardKey.Open,
            "importAction",
        )
        self.export_action = self._action(
            self.tr("&Export file…"), self.export_selected, "Ctrl+E", "exportAction"
        )
        self.export_encrypted_action = self._action(
            self.tr("Export &encrypted file…"),
            lambda: self.export_encrypted(),
            None,
            "exportEncryptedAction",
        )
        self.delete_action = self._action(
            self.tr("&Delete"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
            "deleteAction",
        )
        quit_action = self._action(
            self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quitAction"
        )
        toolbar = self.addToolBar(self.tr("Plans"))
        toolbar.setObjectName("planToolbar")
        actions = (
            self.new_action,
            self.open_action,
            self.duplicate_action,
            self.import_action,
            self.export_action,
            self.export_encrypted_action,
            self.delete_action,
        )
        for action in actions:
            toolbar.addAction(action)
        menu = self.menuBar().addMenu(self.tr("&Plan"))
        for action in actions:
            menu.addAction(action)
        menu.addSeparator()
        self.mission_action = self._action(
            self.tr("&Mission view…"), lambda: self.mission_view(), "Ctrl+M", "missionViewAction"
        )
        menu.addAction(self.mission_action)
        self.mission_views: list = []
        self.retrait_action = self._action(
            self.tr("Open the &drawdown example (French)"),
            lambda: self.open_demo("retrait"),
            None,
            "retraitDemoAction",
        )
        menu.addAction(self.retrait_action)
        self.motion_action = self._action(
            self.tr("Open the example &in motion (status, alerts, review)"),
            lambda: self.open_demo("motion"),
            None,
            "motionDemoAction",
        )
        menu.addAction(self.motion_action)
        menu.addSeparator()
        menu.addAction(quit_action)
        self.tools = DatabaseTools(self, settings or Settings())
        self.help_actions = add_help_menu(self, lang, paths=self.file_locations)
        self.demo_button.clicked.connect(lambda: self.open_demo())
        self.tour_button.clicked.connect(self.help_actions["tourAction"].trigger)
        self.statusBar().showMessage(qt_format(self.tr("Database: %1"), str(db_path)))
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.region_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.plan_windows: dict = {}  # plan id -> its open PlanWindow
        self.refresh()

    @property
    def store(self) -> PlanStore:
        return self.plans.store

    @store.setter
    def store(self, store: PlanStore) -> None:
        self.plans = Library(store, self.plans.path)

    @property
    def db_path(self) -> Path:
        return self.plans.path

    def _action(self, text: str, slot, shortcut, name: str) -> QAction:
        return add_action(self, text, slot, shortcut, name)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.shown.emit()

    # -- library ---------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_plan_id()
        plans = self.plans.plans()
        stored = len(plans)
        self.model.set_plans(
            filter_plans(
                plans,
                self.search.text(),
                self.region_filter.currentData(),
                self.status_filter.currentData(),
            ),
            network_marks(self.plans),
        )
        empty = stored == 0
        self.empty_panel.setVisible(empty)
        self.table.setVisible(not empty)
        if selected:
            self.select_plan(selected)
        self._update_actions()

    def selected_plan_id(self) -> str | None:
        """The plan the planner is on: the current row when selected, else the first
        selected (several may be, for the mission view)."""
        rows = self.table.selectionModel().selectedRows()
        current = self.table.currentIndex()
        if current.isValid() and any(r.row() == current.row() for r in rows):
            return self.model.plan_at(current.row()).id
        return self.model.plan_at(rows[0].row()).id if rows else None

    def selected_plan_ids(self) -> list[str]:
        return [self.model.plan_at(r.row()).id for r in self.table.selectionModel().selectedRows()]

    def mission_view(self, plan_ids: list[str] | None = None):
        """HQ's view of several plans: those selected (all stored plans when one or none is)."""
        from pocplanner.domain.consolidation import Input
        from pocplanner.ui.mission.mission_view import MissionView

        ids = plan_ids or self.selected_plan_ids()
        if len(ids) < 2:
            ids = [p.id for p in self.store.list()]
        view = MissionView(self, [Input(self.plans.load(i), "library") for i in ids], self)
        view.show()
        self.mission_views.append(view)
        return view

    def select_plan(self, plan_id: str) -> None:
        self.table.clearSelection()
        for row in range(self.model.rowCount()):
            if self.model.plan_at(row).id == plan_id:
                self.table.selectRow(row)
                return

    def _update_actions(self) -> None:
        has = self.selected_plan_id() is not None
        for action in (
            self.open_action,
            self.duplicate_action,
            self.export_action,
            self.export_encrypted_action,
            self.delete_action,
        ):
            action.setEnabled(has)

    # -- opening plans ---------------------------------------------------------------------
    def open_plan(self, plan_id: str):
        # imported here: the plan window's pages are not needed to show the library quickly
        from pocplanner.ui.plan.plan_window import PlanWindow
        from pocplanner.ui.plan.session import PlanSession

        window = self.plan_windows.get(plan_id)
        if window is None:
            session = PlanSession(
                self.store.load(plan_id), self.store, self.store.revision(plan_id), self.lang
            )
            mark_opened(self.plans, plan_id)
            window = PlanWindow(session)
            window.saved.connect(lambda _id: self.refresh())
            window.closed.connect(self._plan_closed)
            window.reopen.connect(self.open_plan)
            self.plan_windows[plan_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _plan_closed(self, plan_id: str) -> None:
        self.plan_windows.pop(plan_id, None)
        self.refresh()

    def open_demo(self, kind: str = "plan"):
        """A bundled demo plan, imported once (the regional plan in the app's language, or
        the drawdown example "retrait") and opened."""
        from pocplanner.exchange import load_document

        plan = load_document(reference.demo_plan_bytes(self.lang, kind)).plan
        if not self.plans.exists(plan.id):
            self.plans.add(plan)
            self.refresh()
        self.select_plan(plan.id)
        return self.open_plan(plan.id)

    def file_locations(self) -> dict[str, str]:
        """For the About box: where the plans, backups, logs and settings are."""
        return {
            self.tr("Plan database"): str(self.db_path),
            self.tr("Backups"): str(self.db_path.parent / "backups"),
            self.tr("Support log"): str(log_dir(self.db_path)),
            self.tr("Settings"): str(Settings.path()),
        }

    def open_selected(self):
        plan_id = self.selected_plan_id()
        return self.open_plan(plan_id) if plan_id else None

    def new_plan(self):
        plan = self.plans.new(self.tr("New POC plan"), self.lang)
        self.refresh()
        self.select_plan(plan.id)
        return self.open_plan(plan.id)

    def duplicate_selected(self) -> str | None:
        plan_id = self.selected_plan_id()
        if plan_id is None:
            return None
        title = self.store.load(plan_id).title
        plan = self.plans.duplicate(plan_id, qt_format(self.tr("Copy of %1"), title))
        self.refresh()
        self.select_plan(plan.id)
        return plan.id

    # -- file actions (ui/library/plan_files.py) ---------------------------------------------------
    def import_file(self, path: str | None = None) -> str | None:
        return self.files.import_file(path)

    def ask_passphrase(self, prompt: str) -> str | None:
        return self.files.ask_passphrase(prompt)

    def export_encrypted(self, path: str | None = None, passphrase: str | None = None) -> bool:
        return self.files.export_encrypted(path, passphrase)

    def export_selected(self, path: str | None = None, passphrase: str | None = None) -> bool:
        return self.files.export_selected(path, passphrase)

    def delete_selected(self) -> bool:
        return self.files.delete_selected()
