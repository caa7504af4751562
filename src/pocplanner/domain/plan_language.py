"""A plan is written in its language (issue #28).

What the product writes into a plan — the default title of a new item, the title of an
activity made from a response — is in the plan's language (`writing_language`).

An activity made from a protection tool keeps the tool's key through its response. While its
title is still the catalogue's name of that tool (in any language), the title is the
catalogue's, not the planner's: it prints in the language of the edition (`in_language`), so
the same plan prints in French and in English without retyping. A title the planner changed
is the planner's own text and stays as typed. Default titles of new items ("New threat",
"Nouvelle menace", …) follow the same rule. No field is added to the exchange format: the
rule reads the title, the response and the catalogue.
"""
from __future__ import annotations

import copy

from pocplanner.domain.model import Activity, Plan
from pocplanner.i18n import LANGUAGES, N_, tr
from pocplanner.reference import catalogue, localized

DEFAULT_TITLES = (N_("New threat"), N_("New activity"), N_("New scenario"), N_("New site"),
                  N_("New POC plan"))


def writing_language(plan: Plan, fallback: str) -> str:
    """The language the product writes into this plan: the plan's own, else the app's."""
    for lang in (plan.language, fallback):
        if lang in LANGUAGES:
            return lang
    return "en"


def default_title(text: str, lang: str) -> str:
    """A default title ("New threat") in the language."""
    return tr(text, lang)


def _default_key(title: str) -> str | None:
    for text in DEFAULT_TITLES:
        if any(title == tr(text, lang) for lang in LANGUAGES):
            return text
    return None


def catalogue_tool(plan: Plan, activity: Activity):
    """The catalogue tool whose name the activity's title still is (any language), or None
    when the title is the planner's own text."""
    response = plan.item("response", activity.response_id) if activity.response_id else None
    tool = catalogue().tools.get(response.tool) if response else None
    if tool and activity.title.strip() in {v.strip() for v in tool.label.values() if v}:
        return tool
    return None


def is_own_text(plan: Plan, activity: Activity) -> bool:
    """True when the activity's title is the planner's (printed as typed)."""
    return catalogue_tool(plan, activity) is None and _default_key(activity.title) is None


def title_in(plan: Plan, activity: Activity, lang: str) -> str:
    """The activity's title as an edition in `lang` prints it."""
    tool = catalogue_tool(plan, activity)
    if tool is not None:
        return localized(tool.label, lang)
    key = _default_key(activity.title)
    return tr(key, lang) if key else activity.title


def _retitle(item, lang: str, attr: str = "title") -> None:
    key = _default_key(getattr(item, attr))
    if key:
        setattr(item, attr, tr(key, lang))


def in_language(plan: Plan, lang: str) -> Plan:
    """A copy of the plan whose catalogue titles and default titles are in `lang`; the
    planner's own texts are unchanged. The plan itself is not touched."""
    shown = copy.deepcopy(plan)
    for activity in shown.activities:
        activity.title = title_in(shown, activity, lang)
    for item in (*shown.threats, *shown.scenarios):
        _retitle(item, lang)
    for site in shown.transition.sites:
        _retitle(site, lang, "name")
    _retitle(shown, lang)
    return shown
