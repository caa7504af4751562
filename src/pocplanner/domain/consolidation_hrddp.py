"""Due diligence across regions (DOMAIN §12.4, mission view): the statuses of every region's
assessments side by side, one row per supported force, and CONS-HRDDP when the same force
(entity names compared as place names are: case, accents and punctuation do not matter) has
different statuses in two regions' plans."""
from __future__ import annotations

from typing import NamedTuple

from pocplanner.domain.checks import WARNING, Advisory
from pocplanner.domain.places import place_key


class ForceRow(NamedTuple):
    entity: str                       # as the first plan writes it
    force_kind: str
    statuses: dict[str, str]          # plan key -> status (the plan's last one for the force)
    ids: dict[str, str]               # plan key -> the assessment's id in that plan


def _key(entity: str) -> str:
    return place_key(entity)


def force_rows(plans) -> list[ForceRow]:
    """plans: the mission view's PlanStatus list (key, plan, …)."""
    rows: dict[str, ForceRow] = {}
    for s in plans:
        for a in s.plan.hrddp:
            if not a.entity.strip():
                continue
            row = rows.setdefault(_key(a.entity), ForceRow(a.entity, a.force_kind, {}, {}))
            row.statuses[s.key] = a.status
            row.ids[s.key] = a.id
    return sorted(rows.values(), key=lambda r: _key(r.entity))


def hrddp_advisories(plans) -> list[Advisory]:
    region_of = {s.key: s.plan.region for s in plans}
    out = []
    for row in force_rows(plans):
        by_region: dict[str, set[str]] = {}
        for key, status in row.statuses.items():
            by_region.setdefault(place_key(region_of[key]), set()).add(status)
        if len(by_region) < 2 or len(set(row.statuses.values())) < 2:
            continue
        refs = tuple(f"{k}:{row.ids[k]}" for k in row.statuses)
        # no unit name in the message: it reaches the redacted mission PDF (the tab names it)
        out.append(Advisory("CONS-HRDDP", WARNING, refs,
                            "One force is given different due-diligence statuses by the plans "
                            "of different regions ({items}); agree one decision on supporting "
                            "it.", {"items": ", ".join(refs)}, kind="assessment"))
    return out
