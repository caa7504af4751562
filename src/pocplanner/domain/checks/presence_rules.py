"""Who provides security, and where (DOMAIN §12.2, §12.3, §12.6): SEQ-PERPETRATOR, SEQ-AREA,
SEQ-NOTHREAT."""
from __future__ import annotations

from collections.abc import Iterator

from pocplanner.domain.checks.advisory import WARNING, Advisory
from pocplanner.domain.checks.index import PlanIndex
from pocplanner.i18n import N_

COMPONENT_FORCES = {"host_state": N_("host-state forces"), "partner": N_("partner forces")}


def check_perpetrators(ix: PlanIndex) -> Iterator[Advisory]:
    """SEQ-PERPETRATOR: once per host-state or partner activity relied on for security
    where its forces are the perpetrators of a priority threat (§12.11.9)."""
    from pocplanner.messages import Message
    for a in ix.running:
        threats = ix.relies_on_perpetrators.get(id(a))
        if threats:
            yield Advisory("SEQ-PERPETRATOR", WARNING, (a.id, *threats),
                           "Activity {id} relies on {forces} for security in {place}, where "
                           "they are the perpetrators of priority threat {threats}: their "
                           "presence does not count as protection there.",
                           {"id": a.id, "forces": Message(COMPONENT_FORCES[a.component]),
                            "place": a.location, "threats": ", ".join(threats)},
                           kind="activity")


def check_areas(ix: PlanIndex) -> Iterator[Advisory]:
    """SEQ-AREA: an activity that engages communities or requires security, or a static
    presence, is placed at a whole cercle or region."""
    for a in ix.running:
        static = a.provides_security and ix.presence(a).kind == "static"
        if not (a.engages_communities or a.requires_security or static):
            continue
        if ix.where(a).is_area:
            yield Advisory("SEQ-AREA", WARNING, (a.id,),
                           "Activity {id} is placed at {place}, a whole cercle or region: say "
                           "where (a village, or a point on the map) — security cover and "
                           "exposure are local.", {"id": a.id, "place": a.location},
                           kind="activity")


def check_military_without_threat(ix: PlanIndex) -> Iterator[Advisory]:
    """SEQ-NOTHREAT: a military activity that provides security or is an operation answers
    no priority threat."""
    priority, responses = ix.priority_ids(), ix.responses_by_id()
    for a in ix.running:
        if a.component != "military" or not (a.provides_security or a.military_operation):
            continue
        r = responses.get(a.response_id or "")
        if r is None or not priority.intersection(r.threat_ids):
            yield Advisory("SEQ-NOTHREAT", WARNING, (a.id,),
                           "Military activity {id} answers no priority threat: link it to a "
                           "response to one, or reconsider it — the analysis of threats to "
                           "civilians drives military deployment.", {"id": a.id},
                           kind="activity")
