"""DATA-PII: contact details in free text (docs/checks.md)."""
from __future__ import annotations

from collections.abc import Iterator

from pocplanner.domain.checks.advisory import WARNING, Advisory
from pocplanner.domain.checks.index import PlanIndex
from pocplanner.domain.model import Plan
from pocplanner.domain.personal_data import contact_details, has_contact_details

# Fields that hold free text, by item kind (ids, keys, enums and dates are left out).
TEXT_FIELDS = {
    "plan": ("title", "region", "areas", "office", "prepared_by"),
    "context": ("summary", "mandate_notes"),
    "threat": ("title", "description", "perpetrator", "groups_at_risk", "locations",
               "indicators", "triggers", "sources"),
    "response": ("tool", "lead_section", "supporting", "rationale", "indicator"),
    "activity": ("title", "lead_section", "location", "harm_mitigation", "notes", "outcome"),
    "engagement": ("communities", "decision_rationale", "decided_by"),
    "risk": ("notes",),
    "mitigation": ("key", "owner", "notes"),
    "alert": ("place", "outcome"),                          # the plan in motion (§13)
    "review": ("by", "summary", "decisions"),
    "assessment": ("entity", "grounds", "mitigations", "conditions"),   # due diligence (§12.4)
}


def _texts(obj: object, kind: str) -> Iterator[tuple[str, str]]:
    """(field, text) for the free texts of the item that hold contact details (the checks
    run after every edit: the texts are read without building anything for the others)."""
    for name in TEXT_FIELDS[kind]:
        value = getattr(obj, name)
        if type(value) is str:
            if has_contact_details(value):
                yield name, value
        elif isinstance(value, list):
            for text in value:
                if isinstance(text, str) and has_contact_details(text):
                    yield name, text


def _scan(plan: Plan) -> Iterator[tuple[str, str, str, str]]:
    """(kind, id, field, text) for every free-text value of the plan holding contact
    details."""
    for name, text in _texts(plan, "plan"):
        yield "plan", plan.id, name, text
    for name, text in _texts(plan.context, "context"):
        yield "plan", plan.id, f"context.{name}", text
    for kind, items in (("threat", plan.threats), ("response", plan.responses),
                        ("activity", plan.activities), ("assessment", plan.hrddp)):
        for item in items:
            for name, text in _texts(item, kind):
                yield kind, item.id, name, text
    for kind, entries in (("alert", plan.alerts), ("review", plan.reviews)):
        for entry in entries:
            for name, text in _texts(entry, kind):
                yield kind if kind == "review" else "indicator", entry.id, name, text
    for e in plan.engagements:
        for name, text in _texts(e, "engagement"):
            yield "engagement", e.id, name, text
        for i, r in enumerate(e.risks):
            for name, text in _texts(r, "risk"):
                yield "engagement", e.id, f"risks[{i}].{name}", text
        for i, m in enumerate(e.mitigations):
            for name, text in _texts(m, "mitigation"):
                yield "engagement", e.id, f"mitigations[{i}].{name}", text


def check_personal_data(ix: PlanIndex) -> Iterator[Advisory]:
    for kind, item_id, field, text in _scan(ix.plan):
        found = contact_details(text)
        if found:
            yield Advisory("DATA-PII", WARNING, (item_id,),
                           "{field} of {id} holds what looks like personal contact details "
                           "({found}); record groups and roles, never a person's phone number "
                           "or e-mail address.",
                           {"field": field, "id": item_id, "found": ", ".join(found)},
                           kind=kind)
