"""The plan checks of one open plan, kept between edits: after an edit it runs again only the
checks the edit can change (what_checks_read.py, what_edits_touch.py), a check per activity
only for the activities edited or reached by what changed, a check item by item only for
the items edited. The advisories are those of a run from scratch, in the same order
(tests/test_checker.py compares them over random edits).
"""
from __future__ import annotations

import copy
import operator
from dataclasses import dataclass
from itertools import chain

from pocplanner.domain.checks.advisory import ERROR, Advisory
from pocplanner.domain.checks.index import PlanIndex
from pocplanner.domain.checks.what_checks_read import KEY_READS, SPECS, CheckSpec
from pocplanner.domain.checks.what_edits_touch import Touched, section_of, touched
from pocplanner.domain.model import Activity, Plan
from pocplanner.domain.timeline import in_effect, is_cancelled
from pocplanner.reference import Catalogue
from pocplanner.reference import catalogue as default_catalogue


@dataclass
class _Result:
    advisories: list[Advisory]
    key: object
    # a check per activity: its advisories by activity, in the order of the activities
    # checked; None when they could not be told apart (the check then always runs whole)
    groups: list[list[Advisory]] | None = None
    items: list | None = None       # a check item by item: the items, as groups follow them


@dataclass
class _Run:
    """What one run shares between the checks."""
    ix: PlanIndex
    originals: list[Activity]       # the activities as written, for ix.running (same order)
    change: Touched | None
    again: list[int] | None         # positions of the activities edited, when none moved
    before: list[Activity]          # the activities checked at the last run


class Checker:
    def __init__(self, plan: Plan, catalogue: Catalogue | None = None,
                 places: tuple = (), remember: bool = True) -> None:
        """remember: keep what each check found, for the runs after edits."""
        self.plan = plan
        self.remember = remember
        self.catalogue = catalogue or default_catalogue()
        self.places = places        # the places the user added (geo.UserPlace)
        self._results: dict[str, _Result] = {}
        self._keys: dict[object, object] = {}      # the shared keys of the last run
        self._checked: list[Activity] = []

    def run(self, edits: list | None = None) -> list[Advisory]:
        """Every advisory for the plan: errors first, then warnings, each in plan order.
        edits: those applied since the last run (None: unknown, every check runs)."""
        plan = self.plan
        ix = self.index()
        if not self.remember:           # once: every check, nothing kept
            every = [x for spec in SPECS for x in spec.run(ix)]
            return sorted(every, key=lambda a: a.severity != ERROR)
        change = touched(edits, plan) if edits is not None and self._results else None
        originals = ix.originals
        again = None
        if change is not None and len(originals) == len(self._checked) and all(
                map(operator.is_, originals, self._checked)):
            edited = {id(a) for a in change.activities}
            again = [i for i, a in enumerate(originals) if id(a) in edited]
        run = _Run(ix, originals, change, again, self._checked)
        keys: dict[object, object] = {}
        found: list[Advisory] = []
        try:
            for spec in SPECS:
                key = None
                if spec.shared is not None:
                    if spec.shared not in keys:
                        keys[spec.shared] = self._key(spec.shared, ix, change)
                    key = keys[spec.shared]
                result = self._run_one(spec, run, key)
                self._results[spec.name] = result
                found.extend(result.advisories)
        except BaseException:
            self._results, self._keys = {}, {}   # half of it new: the next run from scratch
            raise
        self._checked = originals
        return sorted(found, key=lambda a: a.severity != ERROR)

    def _key(self, shared, ix: PlanIndex, change: Touched | None) -> object:
        """A shared key, built again only when the change touches what it is built from."""
        if change is not None and shared in self._keys and not change.hits(KEY_READS[shared]):
            return self._keys[shared]
        key = self._keys[shared] = shared(ix)
        return key

    def index(self) -> PlanIndex:
        """What the checks read, built once per run."""
        ix = PlanIndex(in_effect(self.plan), self.places)   # §13: effective dates, no cancelled
        cancelled = [a for a in self.plan.activities if a.status == "cancelled"]
        ix.cancelled = {a.id for a in cancelled}
        ix.written = self.plan                               # REF-MISSING and ID-DUPLICATE
        ix.originals = ([a for a in self.plan.activities if not is_cancelled(a)] if cancelled
                        else list(self.plan.activities))
        ix.catalogue = self.catalogue
        return ix

    def _run_one(self, spec: CheckSpec, run: _Run, key: object) -> _Result:
        before, change = self._results.get(spec.name), run.change
        if change is None or before is None:
            return _whole(spec, run.ix, key)
        if spec.items is not None:
            if before.key != key:
                return _whole(spec, run.ix, key)
            return _items_again(spec, run.ix, change, before) if change.hits(spec.reads) \
                else before
        if not spec.per_activity:
            if before.key != key or change.hits(spec.reads):
                return _whole(spec, run.ix, key)
            return before
        if change.hits(spec.reads) or before.groups is None:
            return _whole(spec, run.ix, key)
        again = run.again
        if before.key != key:         # only the activities the change of the key reaches
            if spec.affected is None or again is None:
                return _whole(spec, run.ix, key)
            again = sorted(set(again) | spec.affected(run.ix, before.key, key))
        if again == []:
            return _Result(before.advisories, key, before.groups)
        return _again_for(spec, run, key, before.groups, again)


def _whole(spec: CheckSpec, ix: PlanIndex, key: object) -> _Result:
    if spec.items is not None:
        items = spec.items(ix)
        groups = [spec.of_item(ix, item) for item in items]
        return _Result(list(chain.from_iterable(groups)), key, groups, items)
    advisories = list(spec.run(ix))
    if not spec.per_activity:
        return _Result(advisories, key)
    by_activity = _by_activity(advisories, ix.running)
    if by_activity is None:
        return _Result(advisories, key)
    return _Result(list(chain.from_iterable(by_activity)), key, by_activity)


def _again_for(spec: CheckSpec, run: _Run, key: object, before: list[list[Advisory]],
               again: list[int] | None) -> _Result:
    """A check per activity, run again for the activities at positions again (None: those
    edited, and any new)."""
    if again is not None:                   # none added, removed or moved
        groups = before[:]
    else:
        edited = {id(a) for a in run.change.activities} if run.change else set()
        known = {id(a): g for a, g in zip(run.before, before)}
        groups, again = [], []
        for i, a in enumerate(run.originals):
            group = known.get(id(a))
            if group is None or id(a) in edited:
                again.append(i)
                group = []
            groups.append(group)
    part = copy.copy(run.ix)
    part.running = [run.ix.running[i] for i in again]
    fresh = _by_activity(list(spec.run(part)), part.running)
    if fresh is None:
        return _whole(spec, run.ix, key)
    for i, group in zip(again, fresh):
        groups[i] = group
    return _Result(list(chain.from_iterable(groups)), key, groups)


def _items_again(spec: CheckSpec, ix: PlanIndex, change: Touched, before: _Result) -> _Result:
    """A check item by item, run again for the items edited."""
    assert spec.items is not None and before.items is not None and before.groups is not None
    items = spec.items(ix)
    if len(items) != len(before.items) or not all(map(operator.is_, items, before.items)):
        return _whole(spec, ix, before.key)       # an item added, removed or moved
    groups = before.groups[:]
    again = {i for i, x in enumerate(map(id, items)) if x in change.objects}
    if change.parts:
        again.update(i for i, item in enumerate(items) if section_of(item) in change.parts)
    for i in again:
        groups[i] = spec.of_item(ix, items[i])
    return _Result(list(chain.from_iterable(groups)), before.key, groups, items)


def _by_activity(advisories: list[Advisory],
                 running: list[Activity]) -> list[list[Advisory]] | None:
    """The advisories of a check per activity, by the activity each names first, in the
    order of running; None when the activities' ids repeat or an advisory names none of
    them first."""
    groups: dict[str, list[Advisory]] = {a.id: [] for a in running}
    if len(groups) != len(running):
        return None
    for x in advisories:
        group = groups.get(x.refs[0]) if x.refs else None
        if group is None:
            return None
        group.append(x)
    return [groups[a.id] for a in running]
