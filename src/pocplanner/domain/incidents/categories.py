"""Which threat category (DOMAIN §3) an incident counts towards: the documented rules of
resources/reference/incident_categories.json for each source format, and the planner's own
choices for one source (overrides), which win. The most precise rule wins: event type with
sub-event type and actor type, then with the sub-event type, then with the actor type, then
the event type alone. "" means the event counts towards no threat category."""
from __future__ import annotations

import json
from functools import cache, lru_cache
from typing import Any, NamedTuple

from pocplanner import reference

CIVILIANS = "civilians"     # EventKind.civilian: the source says civilians were targeted or killed


class EventKind(NamedTuple):
    event_type: str
    sub_event_type: str
    actor_type: str
    civilian: str = ""        # CIVILIANS or ""

    def key(self) -> str:
        """The key of a planner's choice for this kind (stored with the source; kinds
        without civilian harm keep the three-part keys of before)."""
        return "|".join(self if self.civilian else self[:3])

    @classmethod
    def of_key(cls, key: str) -> "EventKind":
        parts = (key.split("|") + ["", "", "", ""])[:4]
        return cls(*parts)


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return json.loads(reference.resource_text("reference", "incident_categories.json"))


def about(lang: str) -> str:
    return reference.localized(_data()["about"], lang)


def actor_label(actor: str, lang: str) -> str:
    texts = _data()["actor_types"].get(actor)
    if texts:
        return reference.localized(texts, lang)
    return reference.label("perpetrator_types", actor, lang) if actor else ""


def event_type_label(event_type: str, lang: str) -> str:
    texts = _data()["event_types"].get(event_type)
    return reference.localized(texts, lang) if texts else event_type


@cache
def _rules(format_key: str) -> dict[tuple[str, str, str, str], str]:
    return {(r["event_type"].lower(), r.get("sub_event_type", "").lower(), r.get("actor", ""),
             CIVILIANS if r.get("civilians") else ""):
            r["category"] for r in _data()["rules"].get(format_key, [])}


def rules(format_key: str) -> list[dict[str, str]]:
    """The documented rules of one format, as the resource lists them."""
    return list(_data()["rules"].get(format_key, []))


class CategoryMap:
    """The categories of one source: its format's rules and the planner's choices."""

    def __init__(self, format_key: str, overrides: dict[str, str] | None = None) -> None:
        self.format_key = format_key
        self.overrides = dict(overrides or {})
        self._rules = _rules(format_key)
        self._cache: dict[EventKind, str] = {}

    def default(self, kind: EventKind) -> str:
        if self.format_key == "log":          # the log names the threat category itself
            return kind.event_type
        if self.format_key == "table":        # another system's type, when it names one
            from pocplanner.domain.incidents.formats import category_named
            return category_named(kind.event_type)
        et, sub, actor = kind.event_type.lower(), kind.sub_event_type.lower(), kind.actor_type
        harm = (kind.civilian, "") if kind.civilian else ("",)
        for civ in harm:             # a rule for civilian harm first, when there was some
            for candidate in ((et, sub, actor, civ), (et, sub, "", civ), (et, "", actor, civ),
                              (et, "", "", civ)):
                if candidate in self._rules:
                    return self._rules[candidate]
        return ""

    def of(self, event_type: str, sub_event_type: str, actor_type: str, civilian: str) -> str:
        """The category of a kind given by its parts (an import asks once per event)."""
        key = (event_type, sub_event_type, actor_type, civilian)   # equal to its EventKind
        found = self._cache.get(key)  # type: ignore[call-overload]
        if found is None:
            found = self.category(EventKind(event_type, sub_event_type, actor_type, civilian))
        return found

    def category(self, kind: EventKind) -> str:
        found = self._cache.get(kind)
        if found is None:
            found = self._cache[kind] = self.overrides.get(kind.key(), self.default(kind))
        return found
