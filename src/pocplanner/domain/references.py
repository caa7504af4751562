"""Which item refers to which: one declarative table (docs/architecture.md).

Every reference between the items of a plan, of every format, is one row: the kind of item
that holds it, the field (dotted through the item's sub-items: "levels.response_ids"), the
kind of item it names, and what removing the named item does to the holder:

- ``unlink``: the id is dropped from the list, or the field emptied; a reference held by a
  sub-item that names one item (a scenario's threat adjustment, a review's threat change)
  drops that sub-item;
- ``unlink_or_cascade``: as unlink, but a holder left naming nothing is removed too (a
  response with no threat);
- ``cascade``: the holder is removed with the item (an engagement assessment belongs to its
  activity).

The importer (exchange/reader.py) walks the table on the exchange file's dict, the checks
(REF-MISSING in domain/checks/integrity.py) and removal (domain/removal.py) on the model.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pocplanner.domain.model import ITEM_KINDS, Plan

UNLINK, UNLINK_OR_CASCADE, CASCADE = "unlink", "unlink_or_cascade", "cascade"


@dataclass(frozen=True)
class Reference:
    owner: str          # the kind of item that holds the reference
    field: str          # its field, dotted through sub-items
    target: str         # the kind of item it names
    on_removal: str     # unlink | unlink_or_cascade | cascade


REFERENCES = (
    Reference("response", "threat_ids", "threat", UNLINK_OR_CASCADE),
    Reference("activity", "response_id", "response", UNLINK),
    Reference("activity", "depends_on", "activity", UNLINK),
    Reference("activity", "runs_within", "activity", UNLINK),
    Reference("activity", "contingent_on", "scenario", UNLINK),
    Reference("activity", "supports", "assessment", UNLINK),
    Reference("engagement", "activity_id", "activity", CASCADE),
    Reference("evidence", "threat_id", "threat", CASCADE),
    Reference("indicator", "threat_ids", "threat", UNLINK),
    Reference("indicator", "levels.response_ids", "response", UNLINK),
    Reference("indicator", "levels.activity_ids", "activity", UNLINK),
    Reference("scenario", "trigger_ids", "indicator", UNLINK),
    Reference("scenario", "threat_adjustments.threat_id", "threat", UNLINK),
    Reference("handover", "site_id", "site", CASCADE),
    Reference("alert", "indicator_id", "indicator", CASCADE),
    Reference("alert", "response_ids", "response", UNLINK),
    Reference("alert", "activity_ids", "activity", UNLINK),
    Reference("review", "threat_changes.threat_id", "threat", UNLINK),
)


def list_path(kind: str) -> list[str]:
    """Where the exchange file lists that kind of item, below "plan"."""
    return ITEM_KINDS[kind].path.split(".")


def _get(node: Any, name: str) -> Any:
    return node.get(name) if isinstance(node, dict) else getattr(node, name)


def _holders(item: Any, field: str) -> Iterator[tuple[Any, list, str]]:
    """(the item or sub-item holding the last part of field, the path to it, the last part)."""
    *through, last = field.split(".")
    if not through:
        yield item, [], last
        return
    for i, sub in enumerate(_get(item, through[0]) or []):
        yield sub, [through[0], i], last


def _ids(value: Any) -> list[tuple[int | None, str]]:
    if isinstance(value, list):
        return [(j, v) for j, v in enumerate(value) if isinstance(v, str)]
    return [(None, value)] if isinstance(value, str) and value else []


# -- on the exchange file's dict (import) -----------------------------------------------
def kind_items(plan: dict[str, Any], kind: str) -> list[Any]:
    node: Any = plan
    for part in list_path(kind):
        node = node.get(part) if isinstance(node, dict) else None
    return node if isinstance(node, list) else []


def dict_id_lists(plan: dict[str, Any]) -> Iterator[tuple[str, list[tuple[list, str]]]]:
    """For each kind of item: (kind, [(JSON path of an item's id, the id)])."""
    for kind in ITEM_KINDS:
        base = ["plan", *list_path(kind)]
        yield kind, [(base + [i, "id"], item["id"]) for i, item in
                     enumerate(kind_items(plan, kind)) if isinstance(item, dict) and "id" in item]


def dict_references(plan: dict[str, Any]) -> Iterator[tuple[list, str, str]]:
    """(JSON path, the id named, the kind of item it must name) for every reference."""
    for ref in REFERENCES:
        base = ["plan", *list_path(ref.owner)]
        for i, item in enumerate(kind_items(plan, ref.owner)):
            for holder, sub, last in _holders(item, ref.field):
                for j, value in _ids(_get(holder, last)):
                    path = base + [i, *sub, last] + ([j] if j is not None else [])
                    yield path, value, ref.target


# -- on the model (checks and removal) ----------------------------------------------------
@dataclass
class Link:
    """One reference found in a plan: owner item, the holder (owner or a sub-item), the
    field on the holder, the id named."""
    ref: Reference
    owner: Any
    holder: Any
    name: str
    target_id: str


def links(plan: Plan, refs: tuple[Reference, ...] = REFERENCES) -> Iterator[Link]:
    for ref in refs:
        for item in plan.items(ref.owner):
            for holder, _sub, last in _holders(item, ref.field):
                for _j, value in _ids(_get(holder, last)):
                    yield Link(ref, item, holder, last, value)


def dangling(item: Any, refs: tuple[Reference, ...],
             known: dict[str, frozenset[str]]) -> Iterator[Link]:
    """The references of one item (refs: those its kind holds) that name no item of the
    kind they must name (known: the ids of each kind). Kept tight: the checks run it after
    edits."""
    for ref in refs:
        ids = known[ref.target]
        *through, last = ref.field.split(".")
        holders = _get(item, through[0]) or [] if through else (item,)
        for holder in holders:
            value = holder.get(last) if type(holder) is dict else getattr(holder, last)
            names = value if isinstance(value, list) else (value,) if value else ()
            for name in names:
                if isinstance(name, str) and name not in ids:
                    yield Link(ref, item, holder, last, name)


# The references each kind of item holds, in the order of REFERENCES.
REFERENCES_OF = {kind: tuple(r for r in REFERENCES if r.owner == kind)
                 for kind in dict.fromkeys(r.owner for r in REFERENCES)}


def links_to(plan: Plan, kind: str, item_id: str) -> Iterator[Link]:
    """The references that name that item."""
    for link in links(plan, tuple(r for r in REFERENCES if r.target == kind)):
        if link.target_id == item_id:
            yield link


def json_path(parts: list) -> str:
    """["plan", "scenarios", 0, "trigger_ids", 1] -> "plan.scenarios[0].trigger_ids[1]"."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"
