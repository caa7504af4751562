"""What "usable on a field laptop's screen" means, checked on whatever a window shows — so that
forms, lists and tables added later are checked too (#28)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QScrollArea, QSplitter, QTableView, QWidget

CHECKLIST_ROWS = 8        # a list of boxes to tick shows at least this many items
FORM_HEIGHT = 240         # a form shows at least this much of itself (about eight fields)


def _shown(root: QWidget, kind) -> list:
    return [w for w in root.findChildren(kind) if w.isVisible() and w.width() > 0]


def _form_problems(area: QScrollArea) -> list[str]:
    form = area.widget()
    if form is None or not area.widgetResizable() or form.minimumSizeHint().width() <= 0:
        return []
    name = form.objectName() or type(form).__name__
    found = []
    if area.viewport().width() < form.minimumSizeHint().width():
        found.append(f"form {name} squeezed to {area.viewport().width()} px "
                     f"(needs {form.minimumSizeHint().width()})")
    if area.horizontalScrollBar().isVisible():
        found.append(f"form {name} scrolls sideways")
    if area.viewport().height() < min(form.sizeHint().height(), FORM_HEIGHT):
        found.append(f"form {name} shows {area.viewport().height()} px of itself")
    return found


def _checklist_problems(box: QListWidget) -> list[str]:
    if box.count() == 0 or box.item(0).data(Qt.ItemDataRole.CheckStateRole) is None:
        return []
    rows = box.viewport().height() // max(1, box.sizeHintForRow(0))
    found = []
    if rows < min(box.count(), CHECKLIST_ROWS):
        found.append(f"checklist {box.objectName()} shows {rows} of {box.count()} items")
    if box.horizontalScrollBar().isVisible():
        found.append(f"checklist {box.objectName()} scrolls sideways")
    return found


def _table_problems(table: QTableView) -> list[str]:
    model, header = table.model(), table.horizontalHeader()
    if model is None or header.isHidden():
        return []
    hidden = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)
              and header.sectionViewportPosition(c) >= table.viewport().width() - 8]
    return [f"table {table.objectName()}: columns {hidden} out of view"] if hidden else []


def _splitter_problems(split: QSplitter) -> list[str]:
    found = [] if split.handleWidth() >= 5 else [f"divider {split.handleWidth()} px wide"]
    horizontal = split.orientation() == Qt.Orientation.Horizontal
    for i, size in enumerate(split.sizes()):
        child = split.widget(i)
        hint = child.minimumSizeHint()
        need = hint.width() if horizontal else hint.height()
        if 0 < size < need:
            found.append(f"pane {i} ({type(child).__name__}) squeezed to {size} px of {need}")
    return found


def fit_problems(root: QWidget) -> list[str]:
    """Every visible form, checklist, table and divider under root that is not usable."""
    found = []
    for area in _shown(root, QScrollArea):
        found += _form_problems(area)
    for box in _shown(root, QListWidget):
        found += _checklist_problems(box)
    for table in _shown(root, QTableView):
        found += _table_problems(table)
    for split in _shown(root, QSplitter):
        found += _splitter_problems(split)
    return found
