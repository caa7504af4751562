"""Reference data shipped in resources/: vocabularies, scales, tool catalogue, engagement
risks and mitigations, gazetteer. Loaded with importlib.resources; no Qt, no SQL.

Everything here is read-only and loaded once per process (the files do not change while
the program runs).
"""
from __future__ import annotations

import csv
import io
import json
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

from pocplanner.i18n import N_
from pocplanner.names import normalized

RESOURCE_PACKAGE = "pocplanner.resources"


def resource_text(*parts: str) -> str:
    return resources.files(RESOURCE_PACKAGE).joinpath(*parts).read_text(encoding="utf-8")


def _json(*parts: str) -> dict[str, Any]:
    return json.loads(resource_text(*parts))


def localized(texts: dict[str, str], lang: str) -> str:
    """The text in the asked language, falling back to English."""
    return texts.get(lang) or texts["en"]


class Term(NamedTuple):
    key: str
    label: dict[str, str]
    help: dict[str, str] | None = None

    def text(self, lang: str = "en") -> str:
        return localized(self.label, lang)


class Caution(NamedTuple):
    when: tuple[str, ...]   # context conditions, any of which makes it apply; empty: always
    text: dict[str, str]


class Tool(NamedTuple):
    key: str
    tier: int
    phases: tuple[str, ...]
    lead: tuple[str, ...]
    support: tuple[str, ...]
    flags: dict[str, bool]
    label: dict[str, str]
    does: dict[str, str]
    works_when: dict[str, str]
    cautions: tuple[Caution, ...] = ()
    enabler: bool = False     # §12.6: makes protection possible, is not a tier-1/3 answer


class Catalogue(NamedTuple):
    tools: dict[str, Tool]
    conditions: dict[str, dict[str, str]]

    def tier_of(self, key: str) -> int | None:
        tool = self.tools.get(key)
        return tool.tier if tool else None


class Place(NamedTuple):
    level: int
    pcode: str
    parent_pcode: str
    name: str
    aliases: tuple[str, ...]


class Gazetteer(NamedTuple):
    places: tuple[Place, ...]
    frame: str = N_("pre-2016 layout: 8 regions and the Bamako district (OCHA Mali / DNCT via "
                    "HDX; geoBoundaries)")

    def regions(self) -> list[Place]:
        return [p for p in self.places if p.level == 1]

    def areas_of(self, region_pcode: str) -> list[Place]:
        return [p for p in self.places if p.parent_pcode == region_pcode]

    def find(self, name: str, level: int | None = None) -> Place | None:
        """The place with this name or alias, ignoring case and accents."""
        key = normalized(name)
        for p in self.places:
            if (level is None or p.level == level) and (
                    normalized(p.name) == key or any(normalized(a) == key for a in p.aliases)):
                return p
        return None


@cache
def vocabularies() -> dict[str, list[Term]]:
    data = _json("reference", "vocabularies.json")
    return {name: [Term(i["key"], i["label"], i.get("help")) for i in items]
            for name, items in data.items() if isinstance(items, list)}


def vocabulary_keys(name: str) -> list[str]:
    return [t.key for t in vocabularies()[name]]


def label(vocabulary: str, key: str, lang: str = "en") -> str:
    """The label of a vocabulary key; the key itself when it is not in the vocabulary."""
    for term in vocabularies()[vocabulary]:
        if term.key == key:
            return term.text(lang)
    return key


@cache
def scales() -> dict[str, Any]:
    return _json("reference", "scales.json")


def tool_label(key: str, lang: str = "en") -> str:
    """A tool's name in the language: the catalogue's label, or a custom tool's own words."""
    tool = catalogue().tools.get(key)
    if tool:
        return localized(tool.label, lang)
    return key.removeprefix("custom:")


@cache
def timeline_colours() -> dict[str, Any]:
    """The Gantt chart's colours (resources/reference/timeline.json): per component, the
    security cover, the plan period; the same on screen and on paper."""
    return _json("reference", "timeline.json")


@cache
def map_style() -> dict[str, Any]:
    """The map's colours and marker shapes (resources/reference/map.json)."""
    return _json("reference", "map.json")


def component_colour(component: str) -> str:
    colours = timeline_colours()
    return colours["components"].get(component, colours["other_component"])


@cache
def engagement_terms() -> dict[str, list[Term]]:
    data = _json("reference", "engagement.json")
    return {name: [Term(i["key"], i["label"], i.get("help")) for i in data[name]]
            for name in ("risks", "mitigations")}


@cache
def catalogue() -> Catalogue:
    data = _json("catalogue", "tools.json")
    tools = {}
    for t in data["tools"]:
        tools[t["key"]] = Tool(
            key=t["key"], tier=t["tier"], phases=tuple(t["phases"]), lead=tuple(t["lead"]),
            support=tuple(t["support"]), flags=dict(t["flags"]), label=t["label"],
            does=t["does"], works_when=t["works_when"],
            cautions=tuple(Caution(tuple(c["when"]), c["text"]) for c in t["cautions"]),
            enabler=bool(t.get("enabler", False)))
    return Catalogue(tools=tools, conditions=data["conditions"])


@cache
def risk_mitigations() -> dict[str, frozenset[str]]:
    """DOMAIN §12.7 (resources/reference/risk_mitigations.json): engagement risk key -> the
    mitigation keys that address it."""
    data = _json("reference", "risk_mitigations.json")
    return {risk: frozenset(keys) for risk, keys in data["addresses"].items()}


class Presence(NamedTuple):
    presence: str             # static | mobile | none
    radius_km: float


@cache
def presence_defaults() -> dict[str, Presence]:
    """DOMAIN §12.1 (resources/reference/presence.json): tool key -> its default presence
    kind and footprint radius; the key "" holds the default of any other tool, a custom tool
    or no response (use presence_default)."""
    data = _json("reference", "presence.json")
    out = {key: Presence(v["presence"], float(v["radius_km"])) for key, v in data["tools"].items()}
    out[""] = Presence(data["default"]["presence"], float(data["default"]["radius_km"]))
    return out


def presence_default(tool: str | None) -> Presence:
    """The catalogue's presence kind and radius for a tool (None: no response)."""
    defaults = presence_defaults()
    return defaults.get(tool or "", defaults[""])


@cache
def gazetteer() -> Gazetteer:
    reader = csv.DictReader(io.StringIO(resource_text("gazetteer", "mali.csv")))
    return Gazetteer(tuple(
        Place(int(r["level"]), r["pcode"], r["parent_pcode"], r["name"],
              tuple(a for a in r["aliases"].split(";") if a))
        for r in reader))


@cache
def exchange_schema(version: int = 1) -> dict[str, Any]:
    """The exchange format's schema of that version (1, 2 or 3)."""
    return _json("schema", f"pocplan-v{int(version)}.schema.json")


FORMAT_VERSIONS = (1, 2, 3)     # read; files are written in the last one


def demo_plan_bytes(lang: str = "en", kind: str = "plan") -> bytes:
    """A bundled demo plan (fictitious, marked so in its title): the regional plan in the
    language, (kind "motion") the same plan six weeks into its period, or (kind "retrait")
    the French example of a drawdown."""
    suffix = "fr" if lang == "fr" else "en"
    name = ("demo-retrait-fr.pocplan.json" if kind == "retrait"
            else f"demo-motion-{suffix}.pocplan.json" if kind == "motion"
            else f"demo-{suffix}.pocplan.json")
    return resources.files(RESOURCE_PACKAGE).joinpath("demo", name).read_bytes()


@cache
def help_content() -> dict[str, Any]:
    """The offline help: what each step is for, glossary explanations, and what to do about
    each advisory code (resources/help/help.json, English and French)."""
    return _json("help", "help.json")
