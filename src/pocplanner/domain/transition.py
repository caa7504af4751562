"""Drawdown and transition (DOMAIN §11.5): the mission's sites closing, what is handed over
to whom, and the departure view — for each cercle, the priority threats, the last day of
security presence and the handovers in place. Plain Python."""
from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from pocplanner.domain import geo
from pocplanner.domain.model import Handover, Plan, Site
from pocplanner.domain.places import place_key
from pocplanner.domain.planning import next_id
from pocplanner.i18n import tr

SECURITY_SITES = ("base", "temporary_base", "police_post")
MISSION_FORCES = ("military", "police")        # their security ends when their sites close
REPRISAL_WINDOW_DAYS = 90


def site_closures(plan: Plan) -> dict[str, dt.date]:
    """Place key -> the day the mission's last security site there closes (bases, temporary
    bases, police posts). After it, the mission's military and police provide no security
    at that place, whatever the activities' dates say."""
    closures: dict[str, dt.date] = {}
    for site in plan.transition.sites:
        if site.kind in SECURITY_SITES:
            key = place_key(site.place)
            closures[key] = max(closures.get(key, site.closes), site.closes)
    return closures


def clipped_end(activity, closures: dict[str, dt.date]) -> dt.date:
    """The last day an activity provides security, its site's closure considered."""
    return closed_before(activity, closures) or activity.end


def closed_before(activity, closures: dict[str, dt.date],
                  end: dt.date | None = None) -> dt.date | None:
    """The day the mission's last security site at a military or police activity's place
    closes, when that is before the activity's end (end: its effective end, by default the
    planned one): its later days run from a closed site (TRN-AFTERCLOSE, the Gantt's crossed
    days). None otherwise."""
    if activity.component in MISSION_FORCES:
        close = closures.get(place_key(activity.location))
        if close is not None and close < (end or activity.end):
            return close
    return None


def handovers_of(plan: Plan, site: Site) -> list[Handover]:
    return [h for h in plan.transition.handovers if h.site_id == site.id]


def has_successor(h: Handover) -> bool:
    return bool(h.successor) and h.successor != "none"


def new_site(plan: Plan, place: str, closes: dt.date, lang: str = "en") -> Site:
    return Site(id=next_id("ST", [s.id for s in plan.transition.sites]), name=tr("New site", lang),
                place=place, kind="base", closes=closes)


def new_handover(plan: Plan, site: Site, tool: str = "protection_handover") -> Handover:
    return Handover(id=next_id("H", [h.id for h in plan.transition.handovers]),
                    site_id=site.id, tool=tool, status="planned")


class CercleDeparture(NamedTuple):
    pcode: str
    name: str
    threats: tuple[str, ...]               # priority threats there, highest risk first
    sites: tuple[Site, ...]
    last_security: dt.date | None          # last day a security-providing activity is there
    handovers: tuple[Handover, ...]
    open_codes: tuple[str, ...]            # TRN-* advisories about its sites


def departure_view(plan: Plan, advisories=(), places: tuple = ()) -> list[CercleDeparture]:
    """Each cercle with a site or a priority threat, those with sites first, soonest closure
    first: the picture a head of office takes to the decision on the withdrawal sequence."""
    from pocplanner.domain.scoring import is_priority, threats_by_risk
    region = ""
    cercle_of: dict[str, geo.Cercle | None] = {}

    def cercle(name: str):
        if name not in cercle_of:
            found = geo.locate(name, region, places)
            cercle_of[name] = found[0] if found else None
        return cercle_of[name]

    closures = site_closures(plan)
    rows: dict[str, dict] = {}

    def row(c: geo.Cercle) -> dict:
        return rows.setdefault(c.pcode, {"name": c.name, "threats": [], "sites": [],
                                         "last": None, "handovers": [], "codes": []})
    for site in plan.transition.sites:
        c = cercle(site.place)
        if c is not None:
            row(c)["sites"].append(site)
            row(c)["handovers"] += handovers_of(plan, site)
            row(c)["codes"] += [a.code for a in advisories if site.id in a.refs
                                and a.code.startswith("TRN-")]
    for t in threats_by_risk(plan):
        if is_priority(t):
            for name in t.locations:
                c = cercle(name)
                if c is not None and t.id not in row(c)["threats"]:
                    row(c)["threats"].append(t.id)
    for a in plan.activities:
        if a.provides_security and a.start <= a.end:
            c = cercle(a.location)
            if c is not None and c.pcode in rows:
                end, last = clipped_end(a, closures), rows[c.pcode]["last"]
                if end >= a.start and (last is None or end > last):
                    rows[c.pcode]["last"] = end
    out = [CercleDeparture(k, v["name"], tuple(v["threats"]), tuple(v["sites"]), v["last"],
                           tuple(v["handovers"]), tuple(dict.fromkeys(v["codes"])))
           for k, v in rows.items()]
    far = dt.date.max
    return sorted(out, key=lambda r: (not r.sites, min((s.closes for s in r.sites), default=far),
                                      r.name))
