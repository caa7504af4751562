"""What a received plan version is to this laptop (DOMAIN §14): nothing new, a new plan, the
next version of a plan it holds, an older version it lacked, or a fork. Pure logic: the ledger
of versions comes in, a decision goes out; storage and files are the services' business."""
from __future__ import annotations

from dataclasses import dataclass

DUPLICATE, NEW_PLAN, NEW_VERSION, HISTORY, FORK = ("duplicate", "new_plan", "new_version",
                                                   "history", "fork")


@dataclass(frozen=True)
class Version:
    """One version of a plan as the network knows it."""
    sha256: str
    plan_id: str                 # the plan's id as its office wrote it
    version: int
    parent_sha256: str | None
    stored_as: str = ""          # the id of the library plan that holds it here


@dataclass(frozen=True)
class Head:
    """The version a library plan currently is."""
    stored_as: str
    plan_id: str
    sha256: str
    version: int


@dataclass(frozen=True)
class Decision:
    kind: str
    stored_as: str = ""          # the library plan it goes to (NEW_VERSION, HISTORY)


def classify(incoming: Version, known: dict[str, Version], heads: list[Head]) -> Decision:
    """known: every version already received or published here, by content hash; heads: the
    library plans that came from (or went to) the network."""
    if incoming.sha256 in known:
        return Decision(DUPLICATE, known[incoming.sha256].stored_as)
    same_plan = [h for h in heads if h.plan_id == incoming.plan_id]
    if not same_plan:
        return Decision(NEW_PLAN)
    for head in same_plan:
        if incoming.parent_sha256 and incoming.parent_sha256 == head.sha256:
            return Decision(NEW_VERSION, head.stored_as)
    child = next((v for v in known.values() if v.parent_sha256 == incoming.sha256), None)
    if child is not None:              # arrived after a version made from it: history
        return Decision(HISTORY, child.stored_as)
    return Decision(FORK)


def order_for_receiving(versions: list[Version]) -> list[Version]:
    """Parents before children, so that versions arriving together in any order are read as
    the chain they are (then by version number, then hash: the same order everywhere)."""
    by_hash = {v.sha256: v for v in versions}

    def depth(v: Version) -> int:
        seen, n = set(), 0
        while v.parent_sha256 in by_hash and v.sha256 not in seen:
            seen.add(v.sha256)
            v, n = by_hash[v.parent_sha256], n + 1
        return n
    return sorted(versions, key=lambda v: (depth(v), v.version, v.sha256))


def fork_groups(versions: list[Version]) -> list[list[Version]]:
    """Versions of one plan made from the same parent with different content (CONS-FORK)."""
    groups: dict[tuple[str, str | None], list[Version]] = {}
    for v in versions:
        groups.setdefault((v.plan_id, v.parent_sha256), []).append(v)
    return [g for g in groups.values() if len(g) > 1]
