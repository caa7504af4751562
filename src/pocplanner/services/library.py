"""The plan library as the command line and the desktop app both use it: open the database
(with its passphrase), import, export, duplicate and delete plans, filter the list.

No Qt here and no printing to a terminal: each operation returns what happened or raises a
UserError whose Message the edge shows in its language. The command line and the app call
these functions; neither writes the sequence again.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from pocplanner.domain.places import place_key
from pocplanner.messages import Message, UserError
from pocplanner.storage import (
    PassphraseRequired,
    PlanNotFound,
    PlanStore,
    PlanSummary,
    open_database,
)

if TYPE_CHECKING:
    from pocplanner.domain.model import Plan

__all__ = [
    "Imported",
    "Library",
    "NoSuchPlan",
    "PassphraseRequired",
    "filter_plans",
    "open_library",
]


class NoSuchPlan(UserError):
    """No stored plan has this id."""

    def __init__(self, plan_id: str) -> None:
        super().__init__(Message("There is no plan with the id {id}; 'pocplanner list' shows "
                                 "the stored plans.", id=plan_id))
        self.plan_id = plan_id


class Imported(NamedTuple):
    """A plan stored from a file: the id it is stored under, and the id the file gave it
    (they differ when a plan with the file's id was already stored, or when the file's id
    was not a safe name)."""
    plan: "Plan"
    wanted_id: str

    @property
    def renamed(self) -> bool:
        return self.plan.id != self.wanted_id

    @property
    def unsafe_id(self) -> bool:
        from pocplanner.domain.model import safe_plan_id
        return safe_plan_id(self.wanted_id) != self.wanted_id


class Library:
    """The stored plans of one database file."""

    def __init__(self, store: PlanStore, path: Path) -> None:
        self.store = store
        self.path = Path(path)

    @property
    def db(self):
        return self.store.db

    def plans(self) -> list[PlanSummary]:
        return self.store.list()

    def exists(self, plan_id: str) -> bool:
        return self.store.exists(plan_id)

    def load(self, plan_id: str) -> Plan:
        try:
            return self.store.load(plan_id)
        except PlanNotFound:
            raise NoSuchPlan(plan_id) from None

    def add(self, plan: Plan) -> Imported:
        """Store a plan that came from elsewhere; a stored plan is never overwritten (the
        newcomer gets the next free id)."""
        from pocplanner.domain.model import safe_plan_id
        wanted = plan.id
        plan.id = safe_plan_id(plan.id)
        self.store.add_imported(plan)
        return Imported(plan, wanted)

    def import_file(self, path: Path | str, passphrase: str | None = None) -> Imported:
        """Read an exchange file strictly (ExchangeError lists every problem; nothing is
        stored then) and store its plan. PassphraseNeeded: the file is encrypted."""
        from pocplanner.exchange import load_file
        return self.add(load_file(Path(path), strict=True, passphrase=passphrase).plan)

    def export(self, plan_id: str, path: Path | str, passphrase: str | None = None) -> Plan:
        """Write a stored plan as an exchange file (encrypted with a passphrase)."""
        from pocplanner.crypto import passphrase_problem
        from pocplanner.exchange import export_plan
        problem = passphrase_problem(passphrase) if passphrase else None
        if problem:                       # the same minimum as the database's
            raise UserError(problem)
        plan = self.load(plan_id)
        export_plan(plan, Path(path), passphrase=passphrase)
        return plan

    def new(self, title: str, language: str | None = None) -> Plan:
        from pocplanner.domain.planning import new_plan
        plan = new_plan(language=language)
        plan.title = title
        self.store.save_new(plan)
        return plan

    def duplicate(self, plan_id: str, title: str) -> Plan:
        """A draft copy of a plan under a new id, with the given title."""
        plan = self.load(plan_id)
        plan.id = f"{plan_id}-copy"
        plan.title = title[:300]
        plan.status = "draft"
        self.store.save_new(plan)
        return plan

    def delete(self, plan_id: str) -> None:
        if not self.store.delete(plan_id):
            raise NoSuchPlan(plan_id)

    def close(self) -> None:
        self.store.db.close()


def open_library(path: Path | str, passphrase: str | None = None) -> Library:
    """Open (creating and migrating if needed) the database at path. A new database is
    encrypted when a passphrase is given. Raises PassphraseRequired, WrongPassphrase or
    StorageError, each with a message for the user; nothing is changed on failure."""
    path = Path(path)
    return Library(PlanStore(open_database(path, passphrase=passphrase)), path)


def filter_plans(plans: list[PlanSummary], text: str = "", region: str | None = None,
                 status: str | None = None) -> list[PlanSummary]:
    """The library's search and filters: text in the title, region or id (ignoring case,
    accents and punctuation), one region, one status."""
    key = place_key(text)
    return [p for p in plans
            if (not key or key in place_key(f"{p.title} {p.region} {p.id}"))
            and (region is None or place_key(p.region) == place_key(region))
            and (status is None or p.status == status)]
