"""Lookups the checks share, built once per run."""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from pocplanner.domain.model import Activity, Plan
from pocplanner.domain.places import place_key
from pocplanner.domain.places_points import Resolver, Where
from pocplanner.domain.timeline import ONE_DAY, Coverage, merge, security_providers, valid_dates

__all__ = ["ONE_DAY", "Coverage", "PlanIndex", "merge", "valid_dates"]


class PlanIndex:
    def __init__(self, plan: Plan, places: tuple = ()) -> None:
        self.plan = plan
        # The activities every check reads: run_checks gives the plan in effect (§13).
        self.running: list[Activity] = list(plan.activities)
        self.threat_ids = {t.id for t in plan.threats}
        self.response_ids = {r.id for r in plan.responses}
        self.activities: dict[str, Activity] = {}
        for a in plan.activities:
            self.activities.setdefault(a.id, a)
        self.place = {id(a): place_key(a.location) for a in plan.activities}
        self.resolver = Resolver(plan.areas, places)
        self._where: dict[int, Where] = {}
        self._presence: dict[int, Any] = {}
        self._end_of_cover: dict[int, Any] = {}
        self._reaches: dict[tuple, bool] = {}
        self._providers_fp: tuple[list[tuple[Activity, str, int]], list[tuple]] | None = None
        from pocplanner.domain.presence import (
            perpetrator_threats,
            relied_on_perpetrators,
            tools_of_activities,
        )
        self.tools = tools_of_activities(plan)
        self.perpetrators = perpetrator_threats(plan, self.resolver)
        self.relies_on_perpetrators = relied_on_perpetrators(self.running, self.where,
                                                             self.perpetrators)
        self.providers = security_providers(a for a in self.running
                                            if id(a) not in self.relies_on_perpetrators)
        from pocplanner.domain.transition import site_closures
        self.closures = site_closures(plan)     # the mission's security ends with its sites
        self._coverage: dict[tuple, Coverage] = {}
        self._footprints: dict[tuple, list[Activity]] = {}
        self.responses_of_threat: dict[str, list] = defaultdict(list)
        for r in plan.responses:
            for tid in dict.fromkeys(r.threat_ids):
                self.responses_of_threat[tid].append(r)
        self.response_ids_with_activity = {a.response_id for a in plan.activities if a.response_id}
        self.engaged_activity_ids = {e.activity_id for e in plan.engagements}
        self.cancelled: set[str] = set()     # ids of the activities left out as cancelled (§13)

    def where(self, a: Activity) -> Where:
        """Where the activity is (§12.2): a point, an area, or unresolved."""
        found = self._where.get(id(a))
        if found is None:
            found = self._where[id(a)] = self.resolver.activity(a)
        return found

    def presence(self, a: Activity):
        """a's presence (kind, radius), worked out once per run: the cover checks ask for
        each pair of activities (#27: an edit on plan L must stay under 50 ms)."""
        found = self._presence.get(id(a))
        if found is None:
            from pocplanner.domain.presence import presence_of
            found = self._presence[id(a)] = presence_of(a, self.tools.get(a.id))
        return found

    def reaches(self, p: Activity, place: Where) -> bool:
        """p's footprint covers that place (§12.2), remembered by place: a plan has far
        fewer places than pairs of activities."""
        here, radius = self.where(p), self.presence(p).radius_km
        key = (here, radius, place)
        found = self._reaches.get(key)
        if found is None:
            from pocplanner.domain.places_points import covers
            found = self._reaches[key] = covers(here, radius, place)
        return found

    def end_of_cover(self, a: Activity):
        """The last day a provides security, its site's closure considered (§12.5)."""
        found = self._end_of_cover.get(id(a))
        if found is None:
            from pocplanner.domain.transition import clipped_end
            found = self._end_of_cover[id(a)] = clipped_end(a, self.closures)
        return found

    def covering(self, x: Activity, kinds: tuple[str, ...]) -> list[Activity]:
        """The security-providing activities that count and whose footprint covers x's place
        (§12.2), of the given presence kinds."""
        here = self.where(x)
        key = (here, kinds)
        if key not in self._footprints:
            from pocplanner.domain.places_points import covers
            providers, footprints = self._provider_footprints()
            reached = {n for n, (w, radius) in enumerate(footprints) if covers(w, radius, here)}
            self._footprints[key] = [s for s, kind, n in providers
                                     if kind in kinds and n in reached]
        return self._footprints[key]

    def _provider_footprints(self) -> tuple[list[tuple[Activity, str, int]], list[tuple]]:
        """The providers in order with their presence kind and footprint number, and the
        distinct footprints (place, radius): a place is tested against each footprint once
        (#27: plan L has ~330 providers on a few dozen footprints)."""
        if self._providers_fp is None:
            numbers: dict[tuple, int] = {}
            providers = []
            for group in self.providers.values():
                for s in group:
                    p = self.presence(s)
                    n = numbers.setdefault((self.where(s), p.radius_km), len(numbers))
                    providers.append((s, p.kind, n))
            self._providers_fp = (providers, list(numbers))
        return self._providers_fp

    def footprint_coverage(self, x: Activity, kinds: tuple[str, ...] = ("static", "mobile"),
                           excluding: Activity | None = None) -> Coverage:
        """The days on which security that counts covers x's place (x itself left out)."""
        skip = id(excluding) if excluding is not None and excluding.provides_security else 0
        key = (self.where(x), kinds, skip)
        if key not in self._coverage:
            spans = [(s.start, self.end_of_cover(s)) for s in self.covering(x, kinds)
                     if id(s) != skip]
            self._coverage[key] = Coverage.of([(s, e) for s, e in spans if s <= e])
        return self._coverage[key]

    def coverage(self, place: str, excluding: Activity | None = None) -> Coverage:
        """Security coverage at a place (same key), leaving out one activity (it cannot cover
        itself)."""
        skip = id(excluding) if excluding is not None and excluding.provides_security else 0
        key = (place, skip)
        if key not in self._coverage:
            spans = [(a.start, self.end_of_cover(a))
                     for a in self.providers.get(place, ()) if id(a) != skip]
            self._coverage[key] = Coverage.of([(s, e) for s, e in spans if s <= e])
        return self._coverage[key]
