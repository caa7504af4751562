"""Step 3: protection tools (tiers 1–3) for each priority threat."""

from __future__ import annotations

import html
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pocplanner import reference
from pocplanner.domain.edits import Insert
from pocplanner.domain.places import place_key
from pocplanner.domain.planning import applicable_cautions, new_response, tier_balance
from pocplanner.domain.scoring import priority_threats
from pocplanner.ui.pages.base import Page
from pocplanner.ui.plan.binder import FormBinder
from pocplanner.ui.plan.item_table import ItemTable, ItemTableModel
from pocplanner.ui.qt_text import qt_format
from pocplanner.ui.widgets import form_scroll, splitter

TOOL_ROLE = Qt.ItemDataRole.UserRole + 1


class ResponsesPage(Page):
    step = "responses"

    def __init__(self, session) -> None:
        super().__init__(
            session,
            self.tr("Responses: protection tools, tiers 1–3"),
            self.tr(
                "For each priority threat, choose the tools that answer it. The three tiers run at "
                "the same time: dialogue and engagement (tier 1), physical protection (tier 2) and a "
                "protective environment (tier 3). Read each tool's guidance: cautions that apply in "
                "this plan's context are highlighted."
            ),
        )
        lang = self.lang

        # left: priority threats with their tier balance
        self.threat_list = QListWidget()
        self.threat_list.setObjectName("priorityThreats")
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("<b>Priority threats</b>")))
        lv.addWidget(self.threat_list, 1)
        self.balance = QLabel()
        self.balance.setObjectName("tierBalance")
        self.balance.setWordWrap(True)
        lv.addWidget(self.balance)

        # middle: the catalogue and the guidance of the selected tool
        self.search = QLineEdit()
        self.search.setObjectName("toolSearch")
        self.search.setPlaceholderText(self.tr("Search the tools…"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("toolTree")
        self.tree.setHeaderHidden(True)
        for tier in (1, 2, 3):
            group = QTreeWidgetItem([reference.label("tiers", str(tier), lang)])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for tool in reference.catalogue().tools.values():
                if tool.tier == tier:
                    item = QTreeWidgetItem([reference.localized(tool.label, lang)])
                    item.setData(0, TOOL_ROLE, tool.key)
                    group.addChild(item)
            self.tree.addTopLevelItem(group)
        self.tree.expandAll()
        self.guidance = QTextBrowser()
        self.guidance.setObjectName("toolGuidance")
        self.add_tool = QPushButton(self.tr("Add this tool to the threat"))
        self.add_tool.setObjectName("addTool")
        self.add_custom = QPushButton(self.tr("Add a custom tool…"))
        self.add_custom.setObjectName("addCustomTool")
        middle = QWidget()
        mv = QVBoxLayout(middle)
        mv.setContentsMargins(0, 0, 0, 0)
        mv.addWidget(self.search)
        inner = splitter(Qt.Orientation.Vertical)
        inner.addWidget(self.tree)
        inner.addWidget(self.guidance)
        mv.addWidget(inner, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_tool)
        row.addWidget(self.add_custom)
        mv.addLayout(row)

        # right: the responses to the selected threat, and the selected response
        columns = [
            (self.tr("Id"), lambda r: r.id),
            (self.tr("Tool"), lambda r: reference.tool_label(r.tool, lang)),
            (self.tr("Tier"), lambda r: r.tier),
            (self.tr("Phase"), lambda r: reference.label("phases", r.phase, lang)),
        ]
        self.model = ItemTableModel(columns, self._responses_of_threat, self)
        self.table = ItemTable(self.model)
        self.table.setObjectName("responseTable")
        self.table.stretch(1)
        self.remove_button = QPushButton(self.tr("Remove response"))
        self.remove_button.setObjectName("removeResponse")
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        b = self.binder = FormBinder(session, form)
        b.combo(
            "tier",
            self.tr("Tier"),
            [(t, reference.label("tiers", str(t), lang)) for t in (1, 2, 3)],
        )
        b.combo("phase", self.tr("Phase"), self.vocab("phases"))
        b.combo("lead_component", self.tr("Lead component"), self.vocab("components"))
        b.line("lead_section", self.tr("Lead section"), self.tr("e.g. Civil Affairs"))
        b.lines("supporting", self.tr("Supporting (one per line)"))
        b.text("rationale", self.tr("Rationale"))
        b.line("indicator", self.tr("Indicator of success"), max_length=1000)
        b.checklist(
            "threat_ids",
            self.tr("Threats answered"),
            lambda: [(t.id, f"{t.id} · {t.title}") for t in self.plan.threats],
        )
        scroll = form_scroll(form_widget)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.responses_title = QLabel()
        self.responses_title.setWordWrap(True)  # a threat's long title wraps
        rv.addWidget(self.responses_title)
        rv.addWidget(self.table, 1)
        rv.addWidget(self.remove_button)
        rv.addWidget(scroll, 2)

        panes = splitter(Qt.Orientation.Horizontal)
        for w in (left, middle, right):
            panes.addWidget(w)
        panes.setSizes([260, 380, 480])
        self.outer.addWidget(panes, 1)

        self.threat_list.currentRowChanged.connect(lambda _r: self._threat_changed())
        self.tree.currentItemChanged.connect(lambda *_: self._show_guidance())
        self.search.textChanged.connect(self._filter_tools)
        self.add_tool.clicked.connect(self.add_selected_tool)
        # Enter (or a double-click) on a tool of the catalogue adds it, like the button
        self.tree.itemActivated.connect(
            lambda *_: self.add_tool.isEnabled() and self.add_selected_tool()
        )
        self.add_custom.clicked.connect(self.add_custom_tool)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selected.connect(self._response_selected)
        self.follow_changes(self.refresh)
        self.refresh()
        self.table.select_first()
        self._response_selected(self.table.current())

    # -- threats ---------------------------------------------------------------------------
    def current_threat(self):
        item = self.threat_list.currentItem()
        return self.plan.threat(item.data(TOOL_ROLE)) if item else None

    def refresh(self) -> None:
        current = self.threat_list.currentItem()
        current_id = current.data(TOOL_ROLE) if current else None
        self.threat_list.blockSignals(True)
        self.threat_list.clear()
        answered = Counter(tid for r in self.plan.responses for tid in set(r.threat_ids))
        for t in priority_threats(self.plan):
            n = answered[t.id]
            item = QListWidgetItem(f"{t.id} · {t.title}  ({n})")
            item.setData(TOOL_ROLE, t.id)
            item.setToolTip(t.title)
            if n == 0:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.threat_list.addItem(item)
            if t.id == current_id:
                self.threat_list.setCurrentItem(item)
        if self.threat_list.currentRow() < 0 and self.threat_list.count():
            self.threat_list.setCurrentRow(0)
        self.threat_list.blockSignals(False)
        self._threat_changed()
        self._show_guidance()

    def _threat_changed(self) -> None:
        threat = self.current_threat()
        self.model.refresh()
        if self.table.current() is None:
            self.table.select_first()
        if threat is None:
            self.responses_title.setText(
                self.tr("No priority threat yet: mark threats as priorities in step 2.")
            )
            self.balance.setText("")
            self.add_tool.setEnabled(False)
            self.add_custom.setEnabled(False)
            return
        self.add_custom.setEnabled(True)
        self.add_tool.setEnabled(self.selected_tool() is not None)
        self.responses_title.setText(
            qt_format(
                self.tr("<b>Responses to %1</b>"), html.escape(f"{threat.id} · {threat.title}")
            )
        )
        counts = tier_balance(self.plan, threat.id)
        self.balance.setText(
            qt_format(
                self.tr("Tier balance for %1: tier 1: %2 · tier 2: %3 · tier 3: %4"),
                threat.id,
                str(counts[1]),
                str(counts[2]),
                str(counts[3]),
            )
        )

    def _responses_of_threat(self):
        threat = self.current_threat() if hasattr(self, "threat_list") else None
        return [r for r in self.plan.responses if threat and threat.id in r.threat_ids]

    # -- catalogue ---------------------------------------------------------------------------
    def selected_tool(self):
        item = self.tree.currentItem()
        key = item.data(0, TOOL_ROLE) if item else None
        return reference.catalogue().tools.get(key) if key else None

    def select_tool(self, key: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                if group.child(j).data(0, TOOL_ROLE) == key:
                    self.tree.setCurrentItem(group.child(j))
                    return

    def _filter_tools(self, text: str) -> None:
        key = place_key(text)
        lang = self.lang
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                item = group.child(j)
                tool = reference.catalogue().tools[item.data(0, TOOL_ROLE)]
                haystack = place_key(
                    " ".join(
                        [
                            reference.localized(tool.label, lang),
                            reference.localized(tool.does, lang),
                            tool.key,
                        ]
                    )
                )
                item.setHidden(bool(key) and key not in haystack)

    def _show_guidance(self) -> None:
        tool = self.selected_tool()
        self.add_tool.setEnabled(tool is not None and self.current_threat() is not None)
        if tool is None:
            self.guidance.setHtml(self.tr("<p>Select a tool to read its guidance.</p>"))
            return
        lang = self.lang
        conditions = reference.catalogue().conditions
        parts = [
            f"<h3>{html.escape(reference.localized(tool.label, lang))}</h3>",
            f"<p><i>{html.escape(reference.label('tiers', str(tool.tier), lang))}</i></p>",
            f"<p>{html.escape(reference.localized(tool.does, lang))}</p>",
            # the catalogue's text starts with "Works when…" itself
            f"<p>{html.escape(reference.localized(tool.works_when, lang))}</p>",
            "<p>" + self.tr("<b>Cautions</b>") + "</p><ul>",
        ]
        for caution, applies in applicable_cautions(self.plan, tool):
            text = html.escape(reference.localized(caution.text, lang))
            when = ", ".join(reference.localized(conditions[w], lang) for w in caution.when)
            if applies and when:
                item = qt_format(self.tr("<b>⚠ Applies here</b> (%1): %2"), html.escape(when), text)
                parts.append("<li style='background:#ffe0b2'>" + item + "</li>")
            elif applies:
                item = qt_format(self.tr("<b>⚠ Applies here</b>: %1"), text)
                parts.append("<li style='background:#ffe0b2'>" + item + "</li>")
            else:
                item = qt_format(self.tr("%1: %2"), html.escape(when), text)
                parts.append("<li style='color:gray'>" + item + "</li>")
        parts.append("</ul>")
        self.guidance.setHtml("".join(parts))

    # -- responses -------------------------------------------------------------------------
    def _add_response(self, key: str) -> None:
        threat = self.current_threat()
        if threat is None:
            return
        response = new_response(self.plan, threat.id, key)
        self.session.push(
            Insert(self.plan.responses, len(self.plan.responses), response), self.tr("Add response")
        )
        self.table.select(response)

    def add_selected_tool(self) -> None:
        tool = self.selected_tool()
        if tool is not None:
            self._add_response(tool.key)

    def add_custom_tool(self, label: str | None = None) -> None:
        if label is None:
            label, ok = QInputDialog.getText(
                self, self.tr("Custom tool"), self.tr("Name of the tool:")
            )
            if not ok:
                return
        label = " ".join(label.split())[:200]
        if label:
            self._add_response(f"custom:{label}")

    def remove_selected(self) -> None:
        self.remove_item(self.table.current(), self.tr("Remove response"))

    def _response_selected(self, response) -> None:
        self.binder.bind(response)
        self.remove_button.setEnabled(response is not None)
        if response is not None:
            self.select_tool(response.tool)

    def select_item(self, obj) -> None:
        ids = [obj.id] if hasattr(obj, "likelihood") else list(getattr(obj, "threat_ids", []))
        for row in range(self.threat_list.count()):
            if self.threat_list.item(row).data(TOOL_ROLE) in ids:
                self.threat_list.setCurrentRow(row)
                break
        if hasattr(obj, "tool"):
            self.table.select(obj)
