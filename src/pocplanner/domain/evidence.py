"""Incident evidence beside a threat's likelihood (DOMAIN §11.2): which cercles a threat
concerns, the windows before the plan starts (the last 90 and 365 days, each against the
period of the same length just before), and the plan's `evidence` entry a planner takes —
counts with the source named, never the incidents themselves. Plain Python."""
from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from pocplanner.domain import geo
from pocplanner.domain.model import Plan, Threat
from pocplanner.domain.planning import next_id

WINDOWS = (90, 365)
MANY_EVENTS = 10          # THR-EVIDENCE: this many events or more and a likelihood of 1 or 2


class Window(NamedTuple):
    days: int
    start: dt.date
    end: dt.date
    previous_start: dt.date
    previous_end: dt.date


def window(plan: Plan, days: int) -> Window:
    """The `days` days up to the day before the plan starts, and the same length before."""
    end = plan.period.start - dt.timedelta(days=1)
    start = end - dt.timedelta(days=days - 1)
    previous_end = start - dt.timedelta(days=1)
    return Window(days, start, end, previous_end - dt.timedelta(days=days - 1), previous_end)


def threat_cercles(plan: Plan, threat: Threat, places: tuple = ()) -> tuple[frozenset[str], bool]:
    """The cercles (P-codes) of the threat's locations; a location naming the region stands
    for its cercles. (cercles, True) when they come from the threat; when none of its
    locations is placed, the cercles of the plan's region and False."""
    from pocplanner.domain.plan_map import region_cercles
    found: set[str] = set()
    for name in threat.locations:
        cercles = region_cercles(name) if not geo.cercle_named(name) else set()
        if cercles:
            found |= cercles
            continue
        spot = geo.locate(name, "", places)
        if spot:
            found.add(spot[0].pcode)
    if found:
        return frozenset(found), True
    return frozenset(region_cercles(plan.region)), False


class Figures(NamedTuple):
    """One source's counts for a threat in one window."""
    source_id: int
    source: str                    # "ACLED, accessed 2020-08-05"
    accessed: str
    window: Window
    events: int
    fatalities: int
    civilian_fatalities: int
    previous_events: int
    previous_fatalities: int


def source_label(name: str, accessed: str) -> str:
    """How the plan names a source (the exchange file's `source`): in English, like ids."""
    return f"{name}, accessed {accessed}" if accessed else name


def source_text(source: str, lang: str) -> str:
    """A source as the plan names it ("ACLED, accessed 2020-08-05"), in the language."""
    import re

    from pocplanner.messages import Message
    m = re.fullmatch(r"(.+), accessed (\d{4}-\d{2}-\d{2})", source)
    if not m:
        return source
    return Message("{name}, accessed {date}", name=m[1], date=m[2]).render(lang)


def entry_source_text(entry: dict[str, Any], lang: str) -> str:
    """An evidence entry's source as screen and paper show it: "ACLED, accessed 2020-08-05",
    or, when its counts were restricted to some actors, "ACLED, events by Dan Na Ambassagou,
    accessed 2020-08-05"."""
    import re

    from pocplanner.messages import Message
    source = str(entry.get("source", ""))
    actors = [str(a) for a in entry.get("actors") or [] if str(a).strip()]
    if not actors:
        return source_text(source, lang)
    who = ", ".join(actors)
    m = re.fullmatch(r"(.+), accessed (\d{4}-\d{2}-\d{2})", source)
    if not m:
        return Message("{name}, events by {actors}", name=source, actors=who).render(lang)
    return Message("{name}, events by {actors}, accessed {date}", name=m[1], actors=who,
                   date=m[2]).render(lang)


def actor_list(text: str) -> tuple[str, ...]:
    """The actors a planner typed or picked ("Dan Na Ambassagou; Dozo"), each once."""
    from pocplanner.domain.incidents.actors import names
    return names([text]) if text.strip() else ()


def evidence_entry(plan: Plan, threat: Threat, figures: Figures, pcodes: frozenset[str],
                   used_ids: list[str] | None = None,
                   actors: tuple[str, ...] = ()) -> dict[str, Any]:
    """The plan's `evidence` item for these figures, with a new id (not in used_ids, by
    default the plan's evidence ids); `actors`: the actors the counts were restricted to."""
    used = used_ids if used_ids is not None else [e.get("id", "") for e in plan.evidence]
    item: dict[str, Any] = {
        "id": next_id("E", used),
        "threat_id": threat.id, "source": figures.source[:300],
        "period_start": figures.window.start.isoformat(),
        "period_end": figures.window.end.isoformat(),
        "pcodes": sorted(pcodes), "events": figures.events,
        "fatalities": figures.fatalities, "previous_events": figures.previous_events}
    if figures.accessed:
        item["accessed"] = figures.accessed
    if actors:
        item["actors"] = list(actors)
    return item


def evidence_of(plan: Plan, threat_id: str) -> list[dict[str, Any]]:
    return [e for e in plan.evidence if e.get("threat_id") == threat_id]


def contradiction(likelihood: int, entries: list[dict[str, Any]]) -> str | None:
    """"many" when some evidence counts 10 events or more and the likelihood is 1 or 2,
    "none" when all of it counts no event and the likelihood is 5; else None."""
    if not entries:
        return None
    counts = [int(e.get("events", 0)) for e in entries]
    if likelihood <= 2 and max(counts) >= MANY_EVENTS:
        return "many"
    if likelihood == 5 and max(counts) == 0:
        return "none"
    return None
