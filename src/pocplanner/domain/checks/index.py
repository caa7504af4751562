"""Lookups the checks share, built once per run."""
from __future__ import annotations

from collections import defaultdict

from pocplanner.domain.model import Activity, Plan
from pocplanner.domain.places import place_key
from pocplanner.domain.timeline import ONE_DAY, Coverage, merge, security_providers, valid_dates

__all__ = ["ONE_DAY", "Coverage", "PlanIndex", "merge", "valid_dates"]


class PlanIndex:
    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.threat_ids = {t.id for t in plan.threats}
        self.response_ids = {r.id for r in plan.responses}
        self.activities: dict[str, Activity] = {}
        for a in plan.activities:
            self.activities.setdefault(a.id, a)
        self.place = {id(a): place_key(a.location) for a in plan.activities}
        self.providers = security_providers(plan.activities)
        from pocplanner.domain.transition import site_closures
        self.closures = site_closures(plan)     # the mission's security ends with its sites
        self._coverage: dict[tuple[str, int], Coverage] = {}
        self.responses_of_threat: dict[str, list] = defaultdict(list)
        for r in plan.responses:
            for tid in dict.fromkeys(r.threat_ids):
                self.responses_of_threat[tid].append(r)
        self.response_ids_with_activity = {a.response_id for a in plan.activities if a.response_id}
        self.engaged_activity_ids = {e.activity_id for e in plan.engagements}
        self.cancelled: set[str] = set()     # ids of the activities left out as cancelled (§13)

    def coverage(self, place: str, excluding: Activity | None = None) -> Coverage:
        """Security coverage at a place, leaving out one activity (it cannot cover itself)."""
        skip = id(excluding) if excluding is not None and excluding.provides_security else 0
        key = (place, skip)
        if key not in self._coverage:
            from pocplanner.domain.transition import clipped_end
            spans = [(a.start, clipped_end(a, self.closures))
                     for a in self.providers.get(place, ()) if id(a) != skip]
            self._coverage[key] = Coverage.of([(s, e) for s, e in spans if s <= e])
        return self._coverage[key]
