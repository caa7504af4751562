"""Every check, in the order the advisories list them, with what it reads of the plan: the
ground on which the checker re-runs, after an edit, only the checks the edit can change
(checker.py).

A read is "section" (any field of it) or "section.field". The sections are the plan's lists
by their exchange names (threats, activities, engagements…), "context", "transition", and
"plan" for the plan's own fields (period, areas, title…). A check that reads the activities
also reads which of them count: their id and status (a cancelled activity is left out).

Per activity: the check's advisories about an activity come first-referenced to it and
depend on that activity, on the reads listed and on its shared key only; after an edit of
some activities, it runs again for those alone.

Shared key: a value built from the index that holds what the check reads through the plan's
other activities (the security providers that count, and where). Compared by value: an
edit that leaves it equal leaves the check's use of it unchanged.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from pocplanner.domain.checks import personal
from pocplanner.domain.checks.advisory import Advisory
from pocplanner.domain.checks.assets import check_assets, check_runs_within
from pocplanner.domain.checks.cover import check_brief_presence, check_cover, check_vacuum
from pocplanner.domain.checks.crsv_children import check_crsv_and_children
from pocplanner.domain.checks.drawdown import check_after_close, check_mandate
from pocplanner.domain.checks.due_diligence import check_due_diligence
from pocplanner.domain.checks.early_warning import check_indicators, check_scenarios
from pocplanner.domain.checks.engagement import check_engagements
from pocplanner.domain.checks.evidence import check_evidence
from pocplanner.domain.checks.index import PlanIndex
from pocplanner.domain.checks.integrity import (
    check_dates,
    check_duplicates,
    check_references,
    known_ids,
    reference_items,
    references_of,
)
from pocplanner.domain.checks.monitoring import check_monitoring
from pocplanner.domain.checks.personal import TEXT_FIELDS, check_personal_data
from pocplanner.domain.checks.presence_rules import (
    check_areas,
    check_military_without_threat,
    check_perpetrators,
)
from pocplanner.domain.checks.reprisal_risk import check_threat_omitted
from pocplanner.domain.checks.responses import check_responses, check_threats
from pocplanner.domain.checks.sequencing import (
    check_cycles,
    check_harm_and_hrddp,
    check_order,
    check_period,
)
from pocplanner.domain.checks.transition import check_transition
from pocplanner.domain.model import ITEM_KINDS

Read = tuple[str, str]          # (section, field), field "*" for any
ANY = "*"
DATES = ("start", "end", "actual_start", "actual_end")     # the effective dates (§13)
PRIORITY = ("priority", "likelihood", "impact")             # is_priority (scoring.py)
ITEM_SECTIONS = ("threats", "responses", "activities", "engagements", "evidence",
                 "early_warning", "scenarios", "hrddp", "alerts", "reviews")
SECTIONS = (*ITEM_SECTIONS, "context", "transition", "plan")


def reads(*names: str | Iterable[str]) -> frozenset[Read]:
    """reads("threats", "activities.start", ["activities.end", …]): the reads as pairs."""
    out: set[Read] = set()
    for name in names:
        for one in ([name] if isinstance(name, str) else name):
            section, _, field = one.partition(".")
            out.add((section, field or ANY))
    if any(s == "activities" for s, _f in out):
        out |= {("activities", "id"), ("activities", "status")}
    return frozenset(out)


def fields(section: str, *names: str) -> list[str]:
    return [f"{section}.{n}" for n in names]


# what providers_key holds of each provider, and what it is derived from
PROVIDER_FIELDS = frozenset(("activities", f) for f in (
    "location", "coordinates", "presence", "radius_km", "component", "response_id",
    "provides_security", *DATES))


def providers_key(ix: PlanIndex) -> tuple:
    """Everything the cover checks read of the security providers that count: their place,
    presence, radius, dates and end of cover (after the perpetrator rule and the closures)."""
    found = ix.memo.get(providers_key)
    if found is None:
        found = ix.memo[providers_key] = _providers_key(ix)
    return found


def _providers_key(ix: PlanIndex) -> tuple:
    out = []
    for place, group in ix.providers.items():
        for s in group:
            p = ix.presence(s)
            out.append((place, ix.where(s), p.kind, p.radius_km, s.id, s.location,
                        s.start, s.end, ix.end_of_cover(s)))
    return tuple(out)


def near_changed_providers(ix: PlanIndex, before: tuple, now: tuple) -> set[int]:
    """The positions in ix.running of the activities whose place the footprint of a provider
    that changed (as it was, or as it is) covers: only their cover can have changed."""
    memo = ix.memo.setdefault(near_changed_providers, {})
    if (id(before), id(now)) not in memo:
        memo[id(before), id(now)] = (_near_changed(ix, before, now), before, now)
    return memo[id(before), id(now)][0]


def _near_changed(ix: PlanIndex, before: tuple, now: tuple) -> set[int]:
    from pocplanner.domain.places_points import covers
    changed = set(before) ^ set(now)
    footprints = {(e[1], e[3]) for e in changed if e[2] in ("static", "mobile")}
    if not footprints:
        return set()
    by_place: dict[tuple, list[int]] = {}
    for i, a in enumerate(ix.running):
        by_place.setdefault((a.location, tuple(a.coordinates or ())), []).append(i)
    out: set[int] = set()
    for positions in by_place.values():
        here = ix.where(ix.running[positions[0]])
        if any(covers(where, radius, here) for where, radius in footprints):
            out.update(positions)
    return out


def vacuum_key(ix: PlanIndex) -> tuple:
    """SEQ-VACUUM reads the providers and where and when the plan engages communities."""
    engagers = tuple((ix.where(a), a.id, a.start) for a in ix.plan.activities
                     if a.engages_communities and a.start <= a.end)
    return providers_key(ix), engagers


def vacuum_reached(ix: PlanIndex, before: tuple, now: tuple) -> set[int]:
    """The static presences that a change of the providers reaches, and those whose
    footprint covers the place of an engagement that changed."""
    from pocplanner.domain.places_points import covers
    out = set(near_changed_providers(ix, before[0], now[0]))     # a copy: that one is kept
    places = {e[0] for e in set(before[1]) ^ set(now[1])}
    if places:
        position = ix.position()         # ix.running is the plan's activities in effect
        for (where, kind, radius), group in ix.provider_groups().items():
            if kind == "static" and any(covers(where, radius, p) for p in places):
                out.update(position[id(s)] for s in group)
    return out


def priority_key(ix: PlanIndex) -> frozenset[str]:
    """The ids of the priority threats."""
    return frozenset(ix.priority_ids())


def perpetrators_key(ix: PlanIndex) -> tuple:
    """The priority threats whose perpetrators are host-state or partner forces, and where
    (§12.3)."""
    return tuple((component, tuple((t.id, tuple(places)) for t, places in threats))
                 for component, threats in ix.perpetrators.items())


def tools_key(ix: PlanIndex) -> dict[str, str]:
    """The tool of each activity's response: its default presence (§12.1)."""
    return ix.tools


def tools_changed(ix: PlanIndex, before: dict, now: dict) -> set[int]:
    changed = {k for k in before.keys() | now.keys() if before.get(k) != now.get(k)}
    return {i for i, a in enumerate(ix.running) if a.id in changed}


@dataclass(frozen=True)
class CheckSpec:
    name: str
    run: Callable[[PlanIndex], Iterable[Advisory]]
    reads: frozenset[Read]          # for a check per activity: what it reads besides them
    per_activity: bool = False
    shared: Callable[[PlanIndex], object] | None = None
    # a check per activity: the positions of the activities whose advisories a change of
    # the shared key can change (ix, key before, key now); the others keep theirs
    affected: Callable[[PlanIndex, Any, Any], set[int]] | None = None
    # what the check reads only through its shared key (the key holds it, or what is derived
    # from it): tests/test_checker.py does not ask for it among the reads
    through_key: frozenset[Read] = frozenset()
    # a check item by item: the items it reads (each only through of_item), in order
    items: Callable[[PlanIndex], list] | None = None
    of_item: Callable[[PlanIndex, Any], list[Advisory]] = lambda ix, item: []


def _duplicates(ix: PlanIndex) -> Iterator[Advisory]:
    return check_duplicates(ix.written)         # the plan as written, cancelled included


def _responses(ix: PlanIndex) -> Iterator[Advisory]:
    from pocplanner.reference import catalogue
    return check_responses(ix, ix.catalogue or catalogue())


_TEXTS = [f"{ITEM_KINDS[kind].path if kind in ITEM_KINDS else kind}.{name}"
          for kind, names in TEXT_FIELDS.items() if kind in (*ITEM_KINDS, "plan", "context")
          for name in names]     # risks and mitigations: their engagements, read whole

_PERPETRATORS = fields("threats", "id", "locations", "perpetrator_type", "category", *PRIORITY)
_IDS = reads([f"{s}.id" for s in ITEM_SECTIONS if s != "evidence"], "evidence", "transition")
_PROVIDERS = reads([f"activities.{f}" for _s, f in PROVIDER_FIELDS], _PERPETRATORS,
                   "responses.id", "responses.tool", "transition", "plan.areas")
# What each shared key is built from: an edit that touches none of it leaves it as it was.
KEY_READS: dict[Callable, frozenset[Read]] = {
    known_ids: _IDS,
    providers_key: _PROVIDERS,
    vacuum_key: _PROVIDERS | reads(fields("activities", "engages_communities", "location",
                                          "coordinates", *DATES)),
    perpetrators_key: reads(_PERPETRATORS, "plan.areas"),
    tools_key: reads("responses.id", "responses.tool", "activities.response_id"),
    priority_key: reads(fields("threats", "id", *PRIORITY)),
}

SPECS: tuple[CheckSpec, ...] = (
    CheckSpec("duplicates", _duplicates, _IDS),
    CheckSpec("references", check_references, reads(
        "threats.id", "responses.id", "responses.threat_ids",
        fields("activities", "response_id", "depends_on", "runs_within", "contingent_on",
               "supports"), "engagements.id", "engagements.activity_id", "evidence",
        "early_warning", "scenarios", "transition", "hrddp.id",
        fields("alerts", "id", "indicator_id", "response_ids", "activity_ids"), "reviews"),
        shared=known_ids, items=reference_items, of_item=references_of),
    CheckSpec("dates", check_dates, reads("plan.period", "plan.id",
                                          fields("activities", *DATES))),
    CheckSpec("period", check_period, reads("plan.period"), per_activity=True),
    CheckSpec("cycles", check_cycles, reads("activities.depends_on")),
    CheckSpec("order", check_order, reads(fields("activities", "depends_on", *DATES))),
    CheckSpec("cover", check_cover, reads("plan.areas"), per_activity=True,
              shared=providers_key, affected=near_changed_providers),
    CheckSpec("vacuum", check_vacuum, reads("plan.period", "plan.areas"), per_activity=True,
              shared=vacuum_key, affected=vacuum_reached),
    CheckSpec("harm", check_harm_and_hrddp, reads(), per_activity=True),
    CheckSpec("brief_presence", check_brief_presence, reads(
        "context.mission_targeted", "plan.areas"), per_activity=True, shared=providers_key,
        affected=near_changed_providers),
    CheckSpec("threats", check_threats, reads(
        fields("threats", "id", "title", *PRIORITY), "responses")),
    CheckSpec("evidence", check_evidence, reads(
        fields("threats", "id", "title", "likelihood"), "evidence")),
    CheckSpec("indicators", check_indicators, reads(
        fields("threats", "id", "title", *PRIORITY), "early_warning", "plan.period",
        "activities.status"), shared=providers_key, through_key=PROVIDER_FIELDS),
    CheckSpec("scenarios", check_scenarios, reads(
        fields("threats", "id", "title", *PRIORITY), "scenarios",
        "activities.contingent_on")),
    CheckSpec("transition", check_transition, reads(
        "transition", "plan.areas", _PERPETRATORS,
        fields("activities", "engages_communities", "location", *DATES))),
    CheckSpec("engagements", check_engagements, reads(
        "engagements", fields("activities", "engages_communities", "title"))),
    CheckSpec("personal_data", check_personal_data, reads(
        _TEXTS, "engagements", "alerts", "reviews", "plan.id",
        [f"{s}.id" for s in ("threats", "responses", "activities", "hrddp")]),
        items=personal.items, of_item=personal.advisories_of),
    CheckSpec("monitoring", check_monitoring, reads(
        "plan", "context.as_of", "context.review_every_days", "reviews", "alerts",
        "early_warning", fields("activities", "title", *DATES))),
    CheckSpec("due_diligence", check_due_diligence, reads(
        fields("activities", "supports_non_un_forces", "supports", "component", "response_id",
               "hrddp_assessed", "location", "coordinates", *DATES),
        "hrddp", "responses.id", "responses.supporting", "context.drawdown", "transition",
        "plan.areas", _PERPETRATORS)),
    CheckSpec("crsv_children", check_crsv_and_children, reads(
        fields("threats", "id", "category", "groups_at_risk", *PRIORITY), "responses")),
    CheckSpec("runs_within", check_runs_within, reads(
        fields("activities", "runs_within", *DATES))),
    CheckSpec("after_close", check_after_close, reads("transition"), per_activity=True),
    CheckSpec("mandate", check_mandate, reads("context.mandate_end"), per_activity=True),
    CheckSpec("perpetrators", check_perpetrators, reads("plan.areas"), per_activity=True,
              shared=perpetrators_key),
    CheckSpec("areas", check_areas, reads("plan.areas"), per_activity=True,
              shared=tools_key, affected=tools_changed),
    CheckSpec("military_without_threat", check_military_without_threat, reads(
        "responses.id", "responses.threat_ids"), per_activity=True, shared=priority_key,
        through_key=reads(fields("threats", "id", *PRIORITY))),
    CheckSpec("threat_omitted", check_threat_omitted, reads(
        fields("threats", "id", "locations", "category", *PRIORITY), "engagements",
        "plan.areas",
        fields("activities", "engages_communities", "title", "location", "coordinates"))),
    CheckSpec("assets", check_assets, reads(
        "context.assets_available", "transition",
        fields("activities", "assets", "provides_security", "component", "location",
               *DATES))),
    CheckSpec("responses", _responses, reads("responses", "activities.response_id")),
)
