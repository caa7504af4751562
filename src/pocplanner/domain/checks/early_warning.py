"""The early-warning and response matrix and the contingency scenarios (DOMAIN §11.6):
THR-NOINDICATOR, EW-NORESPONSE, EW-UNANSWERED, CTG-MISSING, CTG-NOTRIGGER, CTG-NOACTIVITY."""
from __future__ import annotations

from collections.abc import Iterator

from pocplanner.domain.checks.advisory import ERROR, WARNING, Advisory
from pocplanner.domain.checks.index import PlanIndex
from pocplanner.domain.places import place_key
from pocplanner.domain.scoring import is_priority
from pocplanner.i18n import N_

WORST_CASE_FROM = 15        # CTG-MISSING: a priority threat scoring this much or more

LEVEL_NAMES = {"watch": N_("watch"), "alert": N_("alert"), "crisis": N_("crisis")}


def check_indicators(ix: PlanIndex) -> Iterator[Advisory]:
    plan = ix.plan
    named = {tid for ind in plan.early_warning for tid in ind.threat_ids}
    for t in plan.threats:
        if is_priority(t) and t.id not in named:
            yield Advisory("THR-NOINDICATOR", WARNING, (t.id,),
                           "Priority threat {id} ({title}) is named by no indicator of the "
                           "early-warning matrix (step 4): nothing says when it is coming. "
                           "The indicators written in the threat itself count once they "
                           "are in the matrix.",
                           {"id": t.id, "title": t.title}, kind="threat")
    for ind in plan.early_warning:
        for level in ind.levels:
            if level.level in ("alert", "crisis") and not _answered(ix, level):
                yield Advisory("EW-NORESPONSE", ERROR, (ind.id,),
                               "Indicator {id}: its {level} level has no pre-agreed response "
                               "or activity.", {"id": ind.id,
                                                "level": _level(level.level)},
                               kind="indicator")
        if ind.source == "community_alert_network":
            yield from _unanswered(ix, ind)


def _answered(ix: PlanIndex, level) -> bool:
    """A level is answered by a response or by an activity that is not cancelled (§12.11.2)."""
    return bool(level.response_ids
                or any(a not in ix.cancelled for a in level.activity_ids))


def _level(name: str):
    from pocplanner.messages import Message
    return Message(LEVEL_NAMES.get(name, name))


def _unanswered(ix: PlanIndex, ind) -> Iterator[Advisory]:
    period = ix.plan.period
    silent = []
    for place in dict.fromkeys(ind.places):
        providers = ix.providers.get(place_key(place), ())
        if not any(a.start <= period.end and a.end >= period.start for a in providers):
            silent.append(place)
    if silent:
        yield Advisory("EW-UNANSWERED", WARNING, (ind.id,),
                       "Indicator {id} relies on a community alert network in {places}, where "
                       "no security-providing activity is planned in the plan period: an "
                       "alert that nobody answers destroys trust.",
                       {"id": ind.id, "places": ", ".join(silent)}, kind="indicator")


def check_scenarios(ix: PlanIndex) -> Iterator[Advisory]:
    plan = ix.plan
    worst = {a.threat_id for s in plan.scenarios if s.kind == "worst_case"
             for a in s.threat_adjustments}
    for t in plan.threats:
        if is_priority(t) and t.score >= WORST_CASE_FROM and t.id not in worst:
            yield Advisory("CTG-MISSING", WARNING, (t.id,),
                           "Priority threat {id} ({title}) scores {score} but no worst-case "
                           "scenario concerns it.",
                           {"id": t.id, "title": t.title, "score": str(t.score)}, kind="threat")
    contingent = {a.contingent_on for a in plan.activities if a.contingent_on}
    for s in plan.scenarios:
        if not s.trigger_ids:
            yield Advisory("CTG-NOTRIGGER", WARNING, (s.id,),
                           "Scenario {id} ({title}) has no trigger: no indicator says it is "
                           "happening.", {"id": s.id, "title": s.title}, kind="scenario")
        if s.kind == "worst_case" and s.id not in contingent:
            yield Advisory("CTG-NOACTIVITY", WARNING, (s.id,),
                           "Worst-case scenario {id} ({title}) has no activity contingent on "
                           "it: nothing is ready if it happens.",
                           {"id": s.id, "title": s.title}, kind="scenario")
