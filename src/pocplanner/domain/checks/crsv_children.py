"""Sexual violence and children (DOMAIN §12.8): THR-CRSV and THR-CHILDREN."""
from __future__ import annotations

import re
from collections.abc import Iterator

from pocplanner.domain.checks.advisory import WARNING, Advisory
from pocplanner.domain.checks.index import PlanIndex
from pocplanner.domain.scoring import is_priority

CRSV_TOOLS = ("crsv_referral", "mara_reporting")
CHILDREN_TOOL = "mrm_reporting"
CHILD_WORDS = ("child", "children", "boys", "girls", "pupils", "students", "school", "schools",
               "enfant", "enfants", "garçons", "filles", "élèves", "école", "écoles")
# whole words, any case: "enfants-soldats" names children, "schoolchildren" does not (§12.11.13)
_CHILD = re.compile(r"(?<!\w)(?:" + "|".join(CHILD_WORDS) + r")(?!\w)", re.IGNORECASE)


def names_children(group: str) -> bool:
    """True when an entry of a threat's groups at risk names children (§12.8)."""
    return _CHILD.search(group) is not None


def _tools(ix: PlanIndex, threat_id: str) -> set[str]:
    return {r.tool for r in ix.responses_of_threat.get(threat_id, ())}


def check_crsv_and_children(ix: PlanIndex) -> Iterator[Advisory]:
    for t in ix.plan.threats:
        if not is_priority(t):
            continue
        tools = _tools(ix, t.id)
        if t.category == "sexual_violence" and not tools & set(CRSV_TOOLS):
            yield Advisory("THR-CRSV", WARNING, (t.id,),
                           "Priority threat {id} is sexual violence, but no response refers "
                           "survivors to care (survivor referral) or monitors and reports it "
                           "(MARA): patrols alone do not answer it.", {"id": t.id},
                           kind="threat")
        if any(names_children(g) for g in t.groups_at_risk) and CHILDREN_TOOL not in tools:
            yield Advisory("THR-CHILDREN", WARNING, (t.id,),
                           "Priority threat {id} puts children at risk, but no response "
                           "documents grave violations against children (MRM).", {"id": t.id},
                           kind="threat")
