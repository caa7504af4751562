"""Community-engagement risk assessment (docs/checks.md): ENG-*."""
from __future__ import annotations

from collections.abc import Iterator

from pocplanner import reference
from pocplanner.domain.checks.advisory import ERROR, WARNING, Advisory
from pocplanner.domain.checks.index import PlanIndex
from pocplanner.domain.empty_words import is_empty_text
from pocplanner.i18n import N_

MITIGATION_NEEDED_FROM = 10   # a risk scoring this or more needs mitigation
TOP_BAND_FROM = 15            # residual risk in the top band needs a recorded rationale


def _risk_label(key: str) -> dict[str, str] | str:
    """The risk as the form names it (in the user's language when shown), or a custom key."""
    term = next((t for t in reference.engagement_terms()["risks"] if t.key == key), None)
    return term.label if term else key.removeprefix("custom:")


def _activity(ix: PlanIndex, activity_id: str) -> str:
    """An activity as the tables show it: its id and title."""
    a = ix.activities.get(activity_id)
    return f"{activity_id} ({a.title})" if a is not None else activity_id


def check_engagements(ix: PlanIndex) -> Iterator[Advisory]:
    for a in ix.plan.activities:
        if a.engages_communities and a.id not in ix.engaged_activity_ids:
            yield Advisory("ENG-UNASSESSED", ERROR, (a.id,),
                           "Activity {activity} engages communities but has no engagement "
                           "risk assessment.", {"activity": _activity(ix, a.id)},
                           kind="activity")
    for e in ix.plan.engagements:
        yield from _check_assessment(ix, e)


def _check_assessment(ix: PlanIndex, e) -> Iterator[Advisory]:
    activity = _activity(ix, e.activity_id)
    yield from _unmitigated(e, activity)
    residual = e.residual_score()
    if (residual >= TOP_BAND_FROM and e.decision in ("go", "conditional")
            and is_empty_text(e.decision_rationale)):
        yield Advisory("ENG-RESIDUAL", ERROR, (e.id,),
                       "The engagement assessment of activity {activity} goes ahead with a "
                       "residual risk of {score} (top band) and no recorded rationale for the "
                       "decision.", {"activity": activity, "score": str(residual)},
                       kind="engagement")
    if e.decision == "pending":
        yield Advisory("ENG-PENDING", WARNING, (e.id,),
                       "The decision on engaging communities in activity {activity} is still "
                       "pending.", {"activity": activity}, kind="engagement")
    elif e.decision == "no_go" and e.activity_id in ix.activities:
        yield Advisory("ENG-NOGO-SCHEDULED", WARNING, (e.id, e.activity_id),
                       "The engagement assessment decided no-go, but activity {activity} is "
                       "still in the plan.", {"activity": activity}, kind="engagement")


def _addresses(risk_key: str, mitigations: set[str]) -> bool:
    """A mitigation of the list addresses the risk (§12.7); a risk the table does not know
    (a custom one) is addressed by any mitigation."""
    wanted = reference.risk_mitigations().get(risk_key)
    return bool(mitigations) if wanted is None else bool(wanted & mitigations)


def _unmitigated(e, activity: str) -> Iterator[Advisory]:
    """ENG-NOMITIGATION (refined, §12.7): the worst risk scoring 10 or more that no listed
    mitigation addresses."""
    keys = {m.key for m in e.mitigations}
    open_risks = [r for r in e.risks if r.score >= MITIGATION_NEEDED_FROM
                  and not _addresses(r.key, keys)]
    worst = max(open_risks, key=lambda r: r.score, default=None)
    if worst is None:
        return
    params = {"activity": activity, "score": str(worst.score), "risk": _risk_label(worst.key)}
    if not keys:
        text = N_("The engagement assessment of activity {activity} rates a risk at "
                  "{score} ({risk}) but lists no mitigation.")
    else:
        text = N_("The engagement assessment of activity {activity} rates a risk at {score} "
                  "({risk}), and none of its mitigations addresses that risk; choose one "
                  "that does: {options}.")
        params["options"] = _mitigation_labels(reference.risk_mitigations()[worst.key])
    yield Advisory("ENG-NOMITIGATION", ERROR, (e.id,), text, params, kind="engagement")


def _mitigation_labels(keys) -> dict[str, str]:
    """The mitigations' names, joined, in each language."""
    terms = [t for t in reference.engagement_terms()["mitigations"] if t.key in keys]
    return {lang: ", ".join(t.text(lang) for t in terms) for lang in ("en", "fr")}
