"""The checker of an open plan (domain/checks/checker.py) runs again, after an edit, only
what the edit can change: its advisories must be those of a run from scratch, after any
edit. Random edits of every field of every kind of item, insertions and removals, batches
and undos, on plans that raise most of the checks."""
from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import random
from pathlib import Path

import pytest

import review_situations
from builders import activity, d, large_plan, plan, response, threat
from pocplanner.domain.checks import Checker, run_checks
from pocplanner.domain.checks.what_checks_read import ANY, SECTIONS, SPECS
from pocplanner.domain.checks.what_edits_touch import SECTION_OF, touched
from pocplanner.domain.edits import Batch, Insert, Remove, SetField, remove, set_field
from pocplanner.domain.model import Activity, Period, Plan, Site, Transition
from pocplanner.exchange import load_file

ROOT = Path(__file__).parent.parent
SITUATIONS = [getattr(review_situations, n) for n in (
    "show_of_force", "quick_reaction_force", "one_day_patrols", "state_forces_as_successor",
    "patrols_after_closure", "enablers", "harm_mitigation_na", "wrong_mitigation",
    "military_without_threat", "places_are_names")]


def _plans() -> list[tuple[str, Plan]]:
    out = [(f.name, load_file(f).plan) for f in sorted((ROOT / "resources/demo").glob("*.json"))]
    out += [(f.name, load_file(f).plan) for f in sorted((ROOT / "tests/data").glob("*.json"))]
    out += [(s.__name__, s()) for s in SITUATIONS]
    big = large_plan(40, 120)
    big.context.mission_targeted = True
    for i, a in enumerate(big.activities):
        a.engages_communities = i % 3 == 0
        a.requires_security = i % 4 == 0
        a.presence = ("static", "mobile", None)[i % 3] if a.provides_security else None
        a.assets = ["helicopter"] if i % 5 == 0 else []
    big.context.assets_available = {"helicopter": 2}
    reversed_period = review_situations.show_of_force()
    reversed_period.period.start, reversed_period.period.end = d("2019-03-31"), d("2019-01-01")
    crowded = [(f"crowded-{seed}", _crowded(random.Random(seed))) for seed in range(4)]
    return out + [("large", big), ("reversed period", reversed_period)] + crowded


XY = [[-4.19, 14.49], [-4.20, 14.50], [-4.05, 14.49], None]     # three points near Mopti
NAMES = ["Alpha", "Beta", "Gamma", "Mopti", "Koro"]


def _crowded(rng: random.Random) -> Plan:
    """A small plan crowded at a few points: every component and presence kind, a base that
    closes, threats whose perpetrators are the state's and partner forces."""
    start = dt.date(2019, 1, 1)
    activities = []
    for i in range(rng.randint(8, 14)):
        s = start + dt.timedelta(days=rng.randint(0, 40))
        activities.append(activity(
            f"A{i}", s.isoformat(), (s + dt.timedelta(days=rng.randint(0, 25))).isoformat(),
            location=rng.choice(NAMES), coordinates=copy.copy(rng.choice(XY)),
            component=rng.choice(["military", "police", "host_state", "partner", "civilian"]),
            provides_security=rng.random() < .5, requires_security=rng.random() < .4,
            engages_communities=rng.random() < .5,
            presence=rng.choice([None, "static", "mobile", "none"]),
            radius_km=rng.choice([None, 2, 10, 30]), response_id=rng.choice([None, "R1", "R2"]),
            assets=rng.choice([[], ["helicopter"]])))
    p = plan(threats=[threat("T1", 4, 4, category="state_actor_abuse",
                             perpetrator_type="state_forces", locations=["Alpha", "Mopti"]),
                      threat("T2", 4, 4, perpetrator_type="ct_partner_forces",
                             locations=["Beta"])],
             responses=[response("R1", ["T1"], tool="deterrent_patrols", tier=2),
                        response("R2", ["T2"], tool="fpu_patrols", tier=2)],
             activities=activities, mission_targeted=True, mandate_end=dt.date(2019, 3, 1))
    p.context.assets_available = {"helicopter": 1}
    p.transition = Transition([Site("S1", "Base", "Alpha", "base", start + dt.timedelta(30))],
                              [])
    return p


def _seen(advisories) -> list[tuple]:
    return [(a.code, a.severity, a.refs, a.kind, a.message("en")) for a in advisories]


class Edits:
    """Random edits of a plan, with values drawn from what the plans hold."""

    def __init__(self, rng: random.Random, plans: list[Plan]) -> None:
        self.rng = rng
        self.pool: dict[tuple[type, str], list] = {}
        for one in plans:
            for obj in _objects(one):
                for f in dataclasses.fields(obj):
                    self.pool.setdefault((type(obj), f.name), []).append(
                        copy.deepcopy(getattr(obj, f.name)))

    def value(self, obj, f: dataclasses.Field):
        rng, old = self.rng, getattr(obj, f.name)
        kind = str(f.type)
        pool = self.pool.get((type(obj), f.name), [])
        if "bool" in kind:
            return rng.choice([True, False] + ([None] if "None" in kind else []))
        if "date" in kind and isinstance(old, dt.date):
            return old + dt.timedelta(days=rng.choice([-60, -15, -7, -1, 1, 7, 14, 45]))
        if "date" in kind:
            return rng.choice([None, dt.date(2019, 2, 10), dt.date(2023, 9, 15)])
        if f.name in ("likelihood", "impact"):
            return rng.randint(1, 5) if "None" not in kind else rng.choice([None, 1, 3, 5])
        if "dict" in kind:
            return rng.choice([{}, {"helicopter": 1}, {"helicopter": 4}])
        if f.name == "status" and isinstance(obj, Activity):
            return rng.choice([None, "planned", "under_way", "done", "delayed", "cancelled"])
        if f.name == "harm_mitigation" or f.name == "title":
            return rng.choice(["n/a", "", "Call +223 76 12 34 56", "Warn the village first",
                               *pool[:5]])
        if pool and rng.random() < 0.9:
            return copy.deepcopy(rng.choice(pool))
        return copy.deepcopy(old)

    def one(self, plan: Plan):
        rng = self.rng
        roll = rng.random()
        if roll < 0.08 and plan.activities:                      # remove an activity
            return remove(plan.activities, rng.choice(plan.activities))
        if roll < 0.16 and plan.activities:                      # a copy, same id or new
            a = copy.deepcopy(rng.choice(plan.activities))
            if rng.random() < 0.7:
                a.id = f"{a.id}-b{rng.randint(0, 999)}"
            return Insert(plan.activities, rng.randint(0, len(plan.activities)), a)
        if roll < 0.22:                                           # any item removed
            items = rng.choice(_lists(plan))
            if items:
                return remove(items, rng.choice(items))
        if roll < 0.28 and plan.activities:                      # a dependency added
            a, b = rng.choice(plan.activities), rng.choice(plan.activities)
            lst = rng.choice([a.depends_on, a.runs_within])
            return Insert(lst, len(lst), b.id)
        groups = [g for g in _groups(plan) if g]                 # each kind as likely
        obj = rng.choice(rng.choice(groups))
        every = dataclasses.fields(obj)
        read = [f for f in every if (type(obj), f.name) in READ]   # most often what is read
        f = rng.choice(read if read and rng.random() < 0.7 else every)
        return set_field(obj, f.name, self.value(obj, f))


def _lists(plan: Plan) -> list[list]:
    return [plan.threats, plan.responses, plan.engagements, plan.early_warning,
            plan.scenarios, plan.hrddp, plan.alerts, plan.reviews, plan.transition.sites,
            plan.transition.handovers, plan.evidence]


def _groups(plan: Plan) -> list[list]:
    """The objects an edit may point at, by kind."""
    groups: dict[type, list] = {}
    for obj in _objects(plan):
        groups.setdefault(type(obj), []).append(obj)
    return list(groups.values())


def _objects(plan: Plan):
    yield plan.context
    yield plan.period
    for section in ("threats", "responses", "activities", "engagements", "early_warning",
                    "scenarios", "hrddp", "alerts", "reviews"):
        for item in getattr(plan, section):
            yield item
            for f in dataclasses.fields(item):
                for part in getattr(item, f.name) if isinstance(getattr(item, f.name),
                                                                list) else ():
                    if dataclasses.is_dataclass(part):
                        yield part
    yield from plan.transition.sites
    yield from plan.transition.handovers


def _fields_read(plans: list[Plan]) -> set[tuple[type, str]]:
    """The fields the checks read of each kind of object, as they run (whatever
    what_checks_read.py declares)."""
    return _fields_read_by(lambda: [run_checks(p) for p in plans], plans)


def _fields_read_by(run, plans: list[Plan]) -> set[tuple[type, str]]:
    """The fields of the plans' objects that run() reads."""
    seen: set[tuple[type, str]] = set()
    classes = {type(o) for p in plans for o in _objects(p)} | {Plan}

    def recording(cls):
        names = {f.name for f in dataclasses.fields(cls)}

        def get(self, name):
            if name in names:
                seen.add((cls, name))
            return object.__getattribute__(self, name)
        return get
    for cls in classes:
        cls.__getattribute__ = recording(cls)
    try:
        run()
    finally:
        for cls in classes:
            del cls.__getattribute__
    return seen


PLANS = _plans()
READ = _fields_read([p for _n, p in PLANS])


@pytest.mark.parametrize("name", [n for n, _p in PLANS])
def test_after_any_edit_the_advisories_are_those_of_a_run_from_scratch(name):
    rng = random.Random(name)
    edits = Edits(rng, [p for _n, p in PLANS])
    episodes = 40 if name == "large" else 12    # the plan that raises most checks at once
    for _episode in range(episodes):   # short runs from the plan as written: it stays a plan
        plan = copy.deepcopy(dict(PLANS)[name])
        checker = Checker(plan)
        assert _seen(checker.run()) == _seen(run_checks(plan))
        done: list = []
        for step in range(20):
            edit = edits.one(plan)
            if rng.random() < 0.15:                          # two edits as one step
                edit.apply()
                second = edits.one(plan)
                edit.inverse().apply()
                edit = Batch([edit, second])
            if done and rng.random() < 0.15:                 # undo the last one
                edit = done.pop().inverse()
            else:
                done.append(edit)
            try:
                edit.apply()
            except ValueError:                  # the second of a batch removes the same item
                done.pop()
                continue
            assert _seen(checker.run([edit])) == _seen(run_checks(plan)), (step, edit)
            fresh = checker.index()          # the keys it kept are those of the plan now
            for shared, key in checker._keys.items():
                assert shared(fresh) == key, (shared.__name__, step, edit)


def test_an_edit_of_an_activity_text_runs_only_the_checks_that_read_it():
    plan = dict(PLANS)["large"]
    checker = Checker(plan)
    checker.run()
    before = dict(checker._results)
    edit = set_field(plan.activities[5], "notes", "Call 76 12 34 56")
    edit.apply()
    after = checker.run([edit])
    assert "DATA-PII" in {a.code for a in after}
    per_activity = {s.name for s in SPECS if s.per_activity}
    again = {name for name, r in checker._results.items() if r is not before[name]}
    assert again - per_activity == {"personal_data"}
    for name in per_activity:         # run again for the activity edited, not for the others
        old, new = before[name].groups, checker._results[name].groups
        assert [i for i, g in enumerate(new) if g is not old[i]] == [5]
    edit.inverse().apply()


def test_what_an_edit_touches():
    plan = copy.deepcopy(dict(PLANS)["large"])
    a = plan.activities[3]
    t = touched([set_field(a, "title", "x")], plan)
    assert t.reads == {("activities", "title")} and t.activities == [a]
    t = touched([Insert(a.depends_on, 0, "A1")], plan)
    assert t.reads == {("activities", "depends_on")} and t.activities == [a]
    t = touched([set_field(plan.period, "end", dt.date(2020, 1, 1))], plan)
    assert t.reads == {("plan", "period")}
    t = touched([Batch([set_field(plan.threats[0], "likelihood", 5),
                        remove(plan.responses, plan.responses[0])])], plan)
    assert t.reads == {("threats", "likelihood"), ("responses", "*")}
    # what cannot be told: every check runs
    assert touched([SetField(plan, "activities", [], [])], plan) is None
    assert touched([Insert([], 0, "x")], plan) is None
    assert touched([Remove([1], 0, 1), "not an edit"], plan) is None


def test_each_check_reads_only_what_it_declares():
    """Every field a check reads as it runs (the index built before it) is among the reads
    what_checks_read.py declares for it (a check per activity may read any field of them)."""
    plans = [p for _n, p in PLANS]
    missing = {}
    for spec in SPECS:
        for one in plans:
            ix = Checker(one).index()
            read = _fields_read_by(lambda spec=spec, ix=ix: list(spec.run(ix)), plans)
            undeclared = set()
            for cls, name in read:
                if cls is Plan:
                    section = name if name in SECTIONS else "plan"
                    wanted = [] if section != "plan" else [("plan", name)]
                elif cls in SECTION_OF:
                    section, part = SECTION_OF[cls]
                    wanted = [(section, ANY if part or cls is Period else name)]
                    if cls is Period:
                        wanted = [("plan", "period")]
                else:
                    continue
                if cls is Activity and spec.per_activity:
                    continue
                declared = spec.reads | spec.through_key
                if any(w not in declared and (w[0], ANY) not in declared for w in wanted):
                    undeclared.add(wanted[0])
            if undeclared:
                missing.setdefault(spec.name, set()).update(undeclared)
    assert not missing


def test_a_part_of_an_item_edited_is_checked_again():
    """A risk of an engagement assessment is a part of it: its notes are read again."""
    plan = copy.deepcopy(dict(PLANS)["wrong_mitigation"])
    checker = Checker(plan)
    assert "DATA-PII" not in {a.code for a in checker.run()}
    edit = set_field(plan.engagements[0].risks[0], "notes", "le chef: 76 12 34 56")
    edit.apply()
    assert [a.refs for a in checker.run([edit]) if a.code == "DATA-PII"] == [
        (plan.engagements[0].id,)]


def test_the_providers_of_a_brief_presence_come_in_plan_order():
    """Whatever order the places of the providers come in: an edit of a provider that
    covers nothing there (presence none) leaves the list as a run from scratch has it."""
    p = plan(start="2019-01-01", end="2019-03-31", mission_targeted=True, activities=[
        activity("P1", "2019-01-01", "2019-01-20", location="Alpha", coordinates=XY[0],
                 provides_security=True, presence="none", component="military"),
        activity("P2", "2019-01-10", "2019-01-15", location="Beta", coordinates=XY[0],
                 provides_security=True, presence="static", radius_km=10, component="military"),
        activity("P3", "2019-01-01", "2019-01-05", location="Alpha", coordinates=XY[0],
                 provides_security=True, presence="static", radius_km=10, component="military"),
        activity("X", "2019-01-01", "2019-01-20", location="Gamma", coordinates=XY[0],
                 engages_communities=True)])
    checker = Checker(p)
    brief = [a.refs for a in checker.run() if a.code == "CTX-BRIEF-PRESENCE"]
    assert brief == [("X", "P2", "P3")]
    edit = set_field(p.activities[0], "provides_security", False)
    edit.apply()
    assert [a.refs for a in checker.run([edit]) if a.code == "CTX-BRIEF-PRESENCE"] == brief
    assert _seen(checker.run([])) == _seen(run_checks(p))


def test_the_context_is_read_with_the_plan():
    """DATA-PII reads the plan's context with the plan: an edit of the context's summary
    is checked again."""
    plan = copy.deepcopy(dict(PLANS)["show_of_force"])
    checker = Checker(plan)
    assert "DATA-PII" not in {a.code for a in checker.run()}
    edit = set_field(plan.context, "summary", "Le maire: 76 12 34 56")
    edit.apply()
    assert [a.refs for a in checker.run([edit]) if a.code == "DATA-PII"] == [(plan.id,)]
