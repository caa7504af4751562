"""One open plan in the app: the plan, its undo stack, its advisories, saving.

Every change to the plan goes through push(), as an undoable command; after each change the
advisories are recomputed by the same check code as `pocplanner check`, running again only
what the change can alter (domain/checks/checker.py).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from pocplanner import logs
from pocplanner.domain.checks import Advisory, Checker
from pocplanner.domain.edits import SetField
from pocplanner.domain.model import Plan
from pocplanner.services.database import PlanStore

AUTOSAVE_MS = 60_000


class EditCommand(QUndoCommand):
    MERGE_ID = 1

    def __init__(self, session: "PlanSession", edit, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.edits = [edit]

    def redo(self) -> None:
        for edit in self.edits:
            edit.apply()
        self.session.notify(self.edits)

    def undo(self) -> None:
        undone = [edit.inverse() for edit in reversed(self.edits)]
        for edit in undone:
            edit.apply()
        self.session.notify(undone)

    def id(self) -> int:
        return self.MERGE_ID if isinstance(self.edits[-1], SetField) else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing in one field is one undo step, not one per key."""
        mine, theirs = self.edits[-1], other.edits[-1]
        if (
            isinstance(theirs, SetField)
            and mine.target is theirs.target
            and mine.name == theirs.name
            and isinstance(mine.new, str)
        ):
            mine.new = theirs.new
            return True
        return False


class PlanSession(QObject):
    changed = Signal()
    saved = Signal(int)

    def __init__(
        self,
        plan: Plan,
        store: PlanStore,
        revision: int | None,
        lang: str = "en",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.store = store
        self.revision = revision
        self.lang = lang
        self.undo_stack = QUndoStack(self)
        self.places = _places_of(store)      # the user's places resolve first (§12.2)
        self.checker = Checker(plan, places=self.places)
        self.advisories: list[Advisory] = self.checker.run()
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()

    # -- editing ---------------------------------------------------------------------------
    def push(self, edit, text: str) -> None:
        self.undo_stack.push(EditCommand(self, edit, text))

    def notify(self, edits: list | None = None) -> None:
        """After a change: edits, those applied (None: anything may have changed)."""
        self.advisories = self.checker.run(edits)
        self.changed.emit()

    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> int:
        """Store the plan; raises PlanChanged when it was saved elsewhere meanwhile."""
        self.revision = self.store.save(self.plan, expected_revision=self.revision)
        self.undo_stack.setClean()
        from pocplanner.services.network.on_save import publish_saved
        publish_saved(self.store, self.plan.id)       # the mission network, once set up
        self.saved.emit(self.revision)
        return self.revision

    def autosave(self) -> bool:
        """Save if there is anything unsaved; errors are left to the next explicit save."""
        if not self.dirty:
            return False
        try:
            self.save()
        except Exception as exc:
            logs.log_exception("autosave", exc)
            return False
        return True


def _places_of(store) -> tuple:
    """The places users added, read once per plan window (none when they cannot be read)."""
    try:
        return tuple(store.places())
    except Exception:        # an old database or a store without places: the gazetteer only
        return ()
