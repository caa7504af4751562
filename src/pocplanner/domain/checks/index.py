"""Lookups the checks share, built once per run."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from pocplanner.domain.model import Activity, Plan
from pocplanner.domain.places import place_key
from pocplanner.domain.places_points import PlaceIndex, Where, resolver_for
from pocplanner.domain.presence import Presence, presence_of
from pocplanner.domain.timeline import ONE_DAY, Coverage, merge, security_providers, valid_dates
from pocplanner.reference import Catalogue

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
        self.resolver = resolver_for(tuple(plan.areas), tuple(places))
        self._where: dict[int, Where] = {}
        # what is derived once per run, on first use (a copy of the index for some
        # activities, checker.py, shares it)
        self.memo: dict = {}
        self._presence: dict[int, Presence] = {}
        self._ends: dict[int, dt.date] = {}
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
        self.written: Plan = plan            # the plan as written (REF-MISSING, ID-DUPLICATE)
        self.originals: list[Activity] = self.running   # running's activities as written
        self.catalogue: Catalogue | None = None    # what the responses are checked against

    def priority_ids(self) -> set[str]:
        """The ids of the priority threats."""
        found = self.memo.get("priority")
        if found is None:
            from pocplanner.domain.scoring import is_priority
            found = self.memo["priority"] = {t.id for t in self.plan.threats if is_priority(t)}
        return found

    def responses_by_id(self) -> dict:
        """Each response by its id (the last of a repeated id)."""
        found = self.memo.get("responses")
        if found is None:
            found = self.memo["responses"] = {r.id: r for r in self.plan.responses}
        return found

    def where(self, a: Activity) -> Where:
        """Where the activity is (§12.2): a point, an area, or unresolved."""
        found = self._where.get(id(a))
        if found is None:
            found = self._where[id(a)] = self.resolver.activity(a)
        return found

    def presence(self, a: Activity):
        found = self._presence.get(id(a))
        if found is None:
            found = self._presence[id(a)] = presence_of(a, self.tools.get(a.id))
        return found

    def provider_groups(self) -> dict[tuple, list[Activity]]:
        """The security providers that count, by (place, presence kind, radius)."""
        found = self.memo.get("groups")
        if found is None:
            found = self.memo["groups"] = {}
            for group in self.providers.values():
                for s in group:
                    p = self.presence(s)
                    found.setdefault((self.where(s), p.kind, p.radius_km), []).append(s)
        return found

    def end_of_cover(self, a: Activity):
        """The last day a provides security, its site's closure considered (§12.5)."""
        if not self.closures:
            return a.end
        found = self._ends.get(id(a))
        if found is None:
            from pocplanner.domain.transition import clipped_end
            found = self._ends[id(a)] = clipped_end(a, self.closures)
        return found

    def covering(self, x: Activity, kinds: tuple[str, ...]) -> list[Activity]:
        """The security-providing activities that count and whose footprint covers x's place
        (§12.2), of the given presence kinds, in plan order (whatever the order of places)."""
        here = self.where(x)
        key = (here, kinds)
        if key not in self._footprints:
            from pocplanner.domain.places_points import covers
            groups, index, reach = self.groups_by_place()
            found = []
            for i in index.candidates(here, reach):
                (where, kind, radius), group = groups[i]
                if kind in kinds and covers(where, radius, here):
                    found.extend(group)
            position = self.position()
            found.sort(key=lambda s: position[id(s)])
            self._footprints[key] = found
        return self._footprints[key]

    def position(self) -> dict[int, int]:
        """id(activity) -> its position among the plan's activities (in effect)."""
        found = self.memo.get("position")
        if found is None:
            found = self.memo["position"] = {id(a): i for i, a in
                                             enumerate(self.plan.activities)}
        return found

    def groups_by_place(self) -> tuple[list, PlaceIndex, float]:
        """provider_groups() as a list, its places indexed, and the longest radius."""
        found = self.memo.get("group_index")
        if found is None:
            groups = list(self.provider_groups().items())
            found = self.memo["group_index"] = (
                groups, PlaceIndex([w for (w, _k, _r), _g in groups]),
                max((r for (_w, _k, r), _g in groups), default=0.0))
        return found

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
