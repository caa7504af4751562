"""The mission view (DOMAIN §11.7): several regional plans read together — their status, the
priority threats of all regions ranked, the threat category × region matrix, the tier mix by
region, the scarce assets each needs by day with clashes, the highest risk by cercle across
plans, and the cross-plan advisories CONS-OVERLAP, CONS-ASSET, CONS-FORK, CONS-HRDDP, CONS-OPEN-ERRORS.
Items are named PLAN_ID:ITEM_ID. Plain Python; never more than counts of engagements."""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from typing import NamedTuple

from pocplanner.domain.checks import ERROR, WARNING, Advisory, run_checks
from pocplanner.domain.consolidation_hrddp import hrddp_advisories
from pocplanner.domain.follow_up import motion
from pocplanner.domain.model import Plan
from pocplanner.domain.places import place_key
from pocplanner.domain.plan_names import plan_name, region_columns
from pocplanner.domain.scoring import is_priority, threats_by_risk
from pocplanner.domain.timeline import in_effect


class Input(NamedTuple):
    plan: Plan
    origin: str                 # "library" or the file it came from


class PlanStatus(NamedTuple):
    key: str                    # the plan's id, with "#2", "#3"… when the same id comes again
    plan: Plan
    origin: str
    advisories: list
    errors: int
    warnings: int

    def to_json(self) -> dict:
        p = self.plan
        return {"id": p.id, "region": p.region,
                "period": {"start": p.period.start.isoformat(), "end": p.period.end.isoformat()},
                "version": p.version or 1, "status": p.status or "draft",
                "errors": self.errors, "warnings": self.warnings,
                **(motion(p).to_json() if p.context.as_of else {})}   # a plan in motion


class RankedThreat(NamedTuple):
    ref: str                    # PLAN_ID:THREAT_ID
    region: str
    title: str
    risk: int
    category: str
    likelihood: int
    impact: int

    def to_json(self) -> dict:
        return {"ref": self.ref, "region": self.region, "title": self.title, "risk": self.risk}


class AssetUse(NamedTuple):
    asset: str
    plan_key: str
    region: str
    activity_id: str
    start: dt.date
    end: dt.date
    contingent: bool


class Consolidation(NamedTuple):
    plans: list[PlanStatus]
    advisories: list[Advisory]
    priority_threats: list[RankedThreat]
    categories: dict[str, dict[str, int]]      # category -> region -> priority threats
    tiers: dict[str, dict[int, int]]           # region -> tier -> responses
    assets: dict[str, list[AssetUse]]          # asset -> uses, by start
    clashes: list[tuple[AssetUse, AssetUse]]
    engagements: dict[str, int]                # region -> engagement assessments (a count)
    columns: dict[str, str] | None = None      # plan key -> region (and period) column

    def regions(self) -> list[str]:
        """The columns regions are compared in: one per region and period (#28)."""
        return sorted(set((self.columns or {}).values())
                      or {s.plan.region for s in self.plans}, key=place_key)

    def to_json(self, lang: str = "en") -> dict:
        return {"plans": [s.to_json() for s in self.plans],
                "advisories": [a.to_json(lang) for a in self.advisories],
                "priority_threats": [t.to_json() for t in self.priority_threats]}

    def has_errors(self) -> bool:
        return any(s.errors for s in self.plans)


def _keys(inputs: list[Input]) -> list[str]:
    seen: Counter = Counter()
    keys = []
    for i in inputs:
        seen[i.plan.id] += 1
        keys.append(i.plan.id if seen[i.plan.id] == 1 else f"{i.plan.id}#{seen[i.plan.id]}")
    return keys


def consolidate(inputs: list[Input], places: tuple = ()) -> Consolidation:
    """places: those the users of this database added, resolving before the gazetteer in
    every plan's checks as they do when the plan is opened here (§12.2)."""
    keys = _keys(inputs)
    plans = []
    for key, i in zip(keys, inputs):
        found = run_checks(i.plan, places=places)
        errors = sum(a.severity == ERROR for a in found)
        plans.append(PlanStatus(key, i.plan, i.origin, found, errors, len(found) - errors))
    columns = region_columns([(s.key, s.plan) for s in plans])
    ranked = sorted((RankedThreat(f"{s.key}:{t.id}", columns[s.key], t.title, t.score,
                                  t.category, t.likelihood, t.impact)
                     for s in plans for t in threats_by_risk(s.plan) if is_priority(t)),
                    key=lambda t: (-t.risk, place_key(t.region), t.ref))
    categories: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for t in ranked:
        categories[t.category][t.region] += 1
    tiers: dict[str, dict[int, int]] = defaultdict(lambda: {1: 0, 2: 0, 3: 0})
    engagements: Counter = Counter()
    for s in plans:
        column = columns[s.key]
        for r in s.plan.responses:
            tiers[column][r.tier] = tiers[column].get(r.tier, 0) + 1
        engagements[column] += len(s.plan.engagements)
    assets, clashes = _assets(plans)
    advisories = (_forks(plans) + _overlaps(plans) + _asset_advisories(clashes)
                  + hrddp_advisories(plans) + _open_errors(plans))
    return Consolidation(plans, advisories, ranked,
                         {k: dict(v) for k, v in categories.items()},
                         {k: dict(v) for k, v in tiers.items()}, assets, clashes,
                         dict(engagements), columns)


def only_tier2(c: Consolidation) -> list[str]:
    """Regions whose responses are all physical protection (tier 2)."""
    return [region for region, t in c.tiers.items() if t.get(2) and not t.get(1) and not t.get(3)]


def _document(plan: Plan) -> str:
    return json.dumps(plan.to_dict(), sort_keys=True, ensure_ascii=False)


def _forks(plans: list[PlanStatus]) -> list[Advisory]:
    out = []
    by_version: dict[tuple[str, int], list[PlanStatus]] = defaultdict(list)
    for s in plans:
        by_version[(s.plan.id, s.plan.version or 1)].append(s)
    for (plan_id, version), group in by_version.items():
        contents = {_document(s.plan) for s in group}
        if len(contents) > 1:
            out.append(Advisory("CONS-FORK", WARNING, tuple(s.key for s in group),
                                "Plan {id} version {version} comes {n} times with different "
                                "content ({origins}): the region has two plans under one name.",
                                {"id": plan_id, "version": str(version), "n": str(len(group)),
                                 "origins": "; ".join(s.origin for s in group)}, kind="plan"))
    return out


def _same(a: PlanStatus, b: PlanStatus) -> bool:
    return a.plan.id == b.plan.id and _document(a.plan) == _document(b.plan)


def _overlaps(plans: list[PlanStatus]) -> list[Advisory]:
    out = []
    for i, a in enumerate(plans):
        for b in plans[i + 1:]:
            if place_key(a.plan.region) != place_key(b.plan.region) or _same(a, b) or \
                    a.plan.id == b.plan.id:
                continue                    # the same plan twice, or a fork (CONS-FORK)
            start = max(a.plan.period.start, b.plan.period.start)
            end = min(a.plan.period.end, b.plan.period.end)
            if start <= end:
                out.append(Advisory("CONS-OVERLAP", WARNING, (a.key, b.key),
                                    "Plans {a} and {b} both cover {region} from {start} to "
                                    "{end}: which one holds?",
                                    {"a": plan_name(a.plan), "b": plan_name(b.plan),
                                     "region": a.plan.region,
                                     "start": start.isoformat(), "end": end.isoformat()},
                                    kind="plan"))
    return out


def _assets(plans: list[PlanStatus]):
    """Uses of each asset, and the clashes: two different plans (another id; a plan and its
    fork or its copy are one plan) needing it on overlapping days."""
    assets: dict[str, list[AssetUse]] = defaultdict(list)
    for s in plans:
        for a in in_effect(s.plan).activities:     # effective dates, cancelled left out (§13)
            if a.start <= a.end:
                for asset in dict.fromkeys(a.assets):
                    assets[asset].append(AssetUse(asset, s.key, s.plan.region, a.id, a.start,
                                                  a.end, bool(a.contingent_on)))
    clashes = []
    for uses in assets.values():
        uses.sort(key=lambda u: (u.start, u.plan_key, u.activity_id))
        for i, u in enumerate(uses):
            for v in uses[i + 1:]:
                if v.start > u.end:
                    break
                if v.plan_key.split("#")[0] != u.plan_key.split("#")[0]:   # not one plan twice
                    clashes.append((u, v))
    return dict(assets), clashes


def _asset_advisories(clashes) -> list[Advisory]:
    from pocplanner import reference
    labels = {t.key: t.label for t in reference.vocabularies()["assets"]}
    out = []
    for u, v in clashes:
        start, end = max(u.start, v.start), min(u.end, v.end)
        out.append(Advisory("CONS-ASSET", WARNING,
                            (f"{u.plan_key}:{u.activity_id}", f"{v.plan_key}:{v.activity_id}"),
                            "{asset}: {a} ({region_a}) and {b} ({region_b}) both need it from "
                            "{start} to {end}.",
                            {"asset": labels.get(u.asset, u.asset),
                             "a": f"{u.plan_key}:{u.activity_id}", "region_a": u.region,
                             "b": f"{v.plan_key}:{v.activity_id}", "region_b": v.region,
                             "start": start.isoformat(), "end": end.isoformat()}, kind="activity"))
    return out


def _open_errors(plans: list[PlanStatus]) -> list[Advisory]:
    return [Advisory("CONS-OPEN-ERRORS", WARNING, (s.key,),
                     "Plan {id} ({region}) has {n} open errors.",
                     {"id": plan_name(s.plan), "region": s.plan.region, "n": str(s.errors)},
                     kind="plan")
            for s in plans if s.errors]


def mission_map(c: Consolidation, places: tuple = ()):
    """One map of every region: each cercle in the colour of its highest threat risk in any
    plan; no activity markers (the mission view shows assets and counts, not activities)."""
    from pocplanner.domain import geo
    from pocplanner.domain.plan_map import CercleArea, PlanMap, plan_map
    risk: dict[str, int] = {}
    threats: dict[str, list[str]] = defaultdict(list)
    covered: set[str] = set()
    not_placed: list[str] = []
    for s in c.plans:
        pm = plan_map(s.plan, places=places)
        for area in pm.areas:
            if area.in_region:
                covered.add(area.cercle.pcode)
            if area.risk > risk.get(area.cercle.pcode, 0):
                risk[area.cercle.pcode] = area.risk
            threats[area.cercle.pcode] += [f"{s.key}:{t}" for t in area.threat_ids]
        not_placed += [n for n in pm.not_placed if n not in not_placed]
    cercles = geo.cercles()
    areas = tuple(CercleArea(ce, ce.pcode in covered, risk.get(ce.pcode, 0),
                             tuple(threats.get(ce.pcode, ())), ()) for ce in cercles)
    box = (min(ce.bbox[0] for ce in cercles), min(ce.bbox[1] for ce in cercles),
           max(ce.bbox[2] for ce in cercles), max(ce.bbox[3] for ce in cercles))
    return PlanMap("", areas, (), tuple(not_placed), box, None)
