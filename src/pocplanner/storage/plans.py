"""Plans in the database: list, load, save, delete.

Each plan is one row: the columns the library lists, and the whole plan as the exchange
format's "plan" object in `document`. A save is one transaction; `revision` counts saves.
"""
from __future__ import annotations

import builtins
import datetime as dt
import json
import re
from typing import TYPE_CHECKING, NamedTuple

from pocplanner.i18n import format_date, format_datetime
from pocplanner.storage.connection import Connection
from pocplanner.storage.transaction import transaction

if TYPE_CHECKING:       # the plan model is loaded with the first plan, not at start-up
    from pocplanner.domain.model import Plan


HISTORY_KEEP = 100     # versions kept per plan (autosave writes one a minute at most)


class PlanNotFound(LookupError):
    pass


class PlanChanged(Exception):
    """The plan was saved elsewhere (another window, the command line) since it was opened."""


class PlanSummary(NamedTuple):
    id: str
    title: str
    region: str
    period_start: str
    period_end: str
    status: str
    sensitivity: str
    updated_at: str
    revision: int
    review_note: str = ""          # HQ's comments (mission view), from the document

    def updated_local(self, lang: str = "en") -> str:
        """The last change in the computer's local time, to the minute."""
        try:
            moment = dt.datetime.fromisoformat(self.updated_at).astimezone()
        except ValueError:
            return self.updated_at
        return format_datetime(moment, lang)

    def period(self, lang: str = "en") -> str:
        try:
            start, end = (dt.date.fromisoformat(d) for d in (self.period_start, self.period_end))
        except ValueError:
            return f"{self.period_start} – {self.period_end}"
        return f"{format_date(start, lang)} – {format_date(end, lang)}"

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "title": self.title, "region": self.region,
                "period": {"start": self.period_start, "end": self.period_end},
                "status": self.status, "sensitivity": self.sensitivity,
                "updated_at": self.updated_at, "revision": self.revision}


class VersionSummary(NamedTuple):
    revision: int
    saved_at: str
    os_user: str
    prepared_by: str

    def saved_local(self, lang: str = "en") -> str:
        try:
            return format_datetime(dt.datetime.fromisoformat(self.saved_at).astimezone(), lang)
        except ValueError:
            return self.saved_at

    def to_json(self) -> dict[str, object]:
        return {"revision": self.revision, "saved_at": self.saved_at, "os_user": self.os_user,
                "prepared_by": self.prepared_by}


def _plan(document: str) -> "Plan":
    from pocplanner.domain.model import Plan
    return Plan.from_dict(json.loads(document))


def _os_user() -> str:
    import getpass
    try:
        return getpass.getuser()
    except Exception:
        return ""


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class PlanStore:
    def __init__(self, db: Connection) -> None:
        self.db = db

    def list(self) -> list[PlanSummary]:
        rows = self.db.execute(
            "SELECT id, title, region, period_start, period_end, status, sensitivity, "
            "updated_at, revision, COALESCE(json_extract(document, '$.review_note'), '') "
            "FROM plans ORDER BY updated_at DESC, id").fetchall()
        return [PlanSummary(*row) for row in rows]

    def places(self):
        """The places users added to the gazetteer (geo.UserPlace)."""
        from pocplanner.storage.places import user_places
        return user_places(self.db)

    def add_place(self, place) -> None:
        from pocplanner.storage.places import add_place
        add_place(self.db, place, _now())

    def exists(self, plan_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM plans WHERE id = ?", [plan_id]).fetchone() is not None

    def revision(self, plan_id: str) -> int | None:
        row = self.db.execute("SELECT revision FROM plans WHERE id = ?", [plan_id]).fetchone()
        return row[0] if row else None

    def load(self, plan_id: str) -> Plan:
        row = self.db.execute("SELECT document FROM plans WHERE id = ?", [plan_id]).fetchone()
        if row is None:
            raise PlanNotFound(plan_id)
        return _plan(row[0])

    def save(self, plan: Plan, expected_revision: int | None = None) -> int:
        """Store the plan in one transaction; returns its new revision.

        With expected_revision, refuse (PlanChanged) when the stored plan has moved on.
        """
        with transaction(self.db):
            return self._write(plan, expected_revision)

    def save_new(self, plan: Plan) -> str:
        """Store a plan under its id, or the next free one if that is taken (plan.id is set
        to it). The id is chosen inside the write transaction: two processes storing plans
        with the same id at once get two different ids, never one overwriting the other."""
        with transaction(self.db):
            plan.id = self.free_id(plan.id)
            self._write(plan, None)
        return plan.id

    def _write(self, plan: Plan, expected_revision: int | None) -> int:
        """The save itself; the caller holds the write transaction."""
        document = json.dumps(plan.to_dict(), ensure_ascii=False)
        now = _now()
        current = self.revision(plan.id)
        if expected_revision is not None and current not in (None, expected_revision):
            raise PlanChanged(plan.id)
        revision = (current or 0) + 1
        self.db.execute(
            "INSERT INTO plans (id, title, region, period_start, period_end, status, "
            "sensitivity, document, created_at, updated_at, revision) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET title = excluded.title, region = excluded.region, "
            "period_start = excluded.period_start, period_end = excluded.period_end, "
            "status = excluded.status, sensitivity = excluded.sensitivity, "
            "document = excluded.document, updated_at = excluded.updated_at, "
            "revision = excluded.revision",
            [plan.id, plan.title, plan.region, plan.period.start.isoformat(),
             plan.period.end.isoformat(), plan.status or "draft", plan.sensitivity,
             document, now, now, revision])
        self.db.execute(
            "INSERT INTO plan_versions (plan_id, revision, saved_at, os_user, prepared_by, "
            "document) VALUES (?, ?, ?, ?, ?, ?)",
            [plan.id, revision, now, _os_user(), plan.prepared_by, document])
        self.db.execute("DELETE FROM plan_versions WHERE plan_id = ? AND revision <= ?",
                        [plan.id, revision - HISTORY_KEEP])
        return revision

    def delete(self, plan_id: str) -> bool:
        """Delete the plan and its history (a deleted plan leaves nothing behind)."""
        with transaction(self.db):
            cursor = self.db.execute("DELETE FROM plans WHERE id = ?", [plan_id])
            self.db.execute("DELETE FROM plan_versions WHERE plan_id = ?", [plan_id])
        return cursor.rowcount > 0

    # -- history -----------------------------------------------------------------------------
    def history(self, plan_id: str) -> "builtins.list[VersionSummary]":
        """The saved versions of a plan, newest first."""
        if not self.exists(plan_id):
            raise PlanNotFound(plan_id)
        rows = self.db.execute(
            "SELECT revision, saved_at, os_user, prepared_by FROM plan_versions "
            "WHERE plan_id = ? ORDER BY revision DESC", [plan_id]).fetchall()
        return [VersionSummary(*row) for row in rows]

    def load_version(self, plan_id: str, revision: int) -> Plan:
        row = self.db.execute("SELECT document FROM plan_versions WHERE plan_id = ? AND "
                              "revision = ?", [plan_id, revision]).fetchone()
        if row is None:
            raise PlanNotFound(f"{plan_id} version {revision}")
        return _plan(row[0])

    def restore_version(self, plan_id: str, revision: int) -> int:
        """Make an older version the current plan again, as a new version."""
        plan = self.load_version(plan_id, revision)
        return self.save(plan)

    def add_imported(self, plan: Plan) -> str:
        """Store a plan that came from a file; a plan already stored under its id is never
        overwritten: the newcomer gets the next free id. Returns the id it was stored under."""
        return self.save_new(plan)

    def free_id(self, wanted: str) -> str:
        """wanted if no plan has it yet, otherwise wanted-2, wanted-3, …"""
        if not self.exists(wanted):
            return wanted
        base = re.sub(r"-\d+$", "", wanted)[:60]
        n = 2
        while self.exists(f"{base}-{n}"):
            n += 1
        return f"{base}-{n}"
