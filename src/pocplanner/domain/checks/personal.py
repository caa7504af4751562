"""DATA-PII: contact details in free text (docs/checks.md)."""
from __future__ import annotations

from collections.abc import Iterator

from pocplanner.domain.checks.advisory import WARNING, Advisory, shown_kind
from pocplanner.domain.checks.index import PlanIndex
from pocplanner.domain.model import Engagement, Plan, kind_of
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


def items(ix: PlanIndex) -> list:
    """What the check reads, item by item, in the order its advisories come: the plan (with
    its context), then the threats, responses, activities that count, assessments, alerts,
    reviews and engagement assessments (each with its risks and mitigations)."""
    plan = ix.written
    return [plan, *plan.threats, *plan.responses, *ix.originals, *plan.hrddp, *plan.alerts,
            *plan.reviews, *plan.engagements]


def _found(plan: Plan, item: object) -> Iterator[tuple[str, str, str, str]]:
    """(kind shown, id, field, text) for the free texts of one item holding contact
    details."""
    if item is plan:
        for name, text in _texts(plan, "plan"):
            yield "plan", plan.id, name, text
        for name, text in _texts(plan.context, "context"):
            yield "plan", plan.id, f"context.{name}", text
    elif isinstance(item, Engagement):
        for name, text in _texts(item, "engagement"):
            yield "engagement", item.id, name, text
        for i, r in enumerate(item.risks):
            for name, text in _texts(r, "risk"):
                yield "engagement", item.id, f"risks[{i}].{name}", text
        for i, m in enumerate(item.mitigations):
            for name, text in _texts(m, "mitigation"):
                yield "engagement", item.id, f"mitigations[{i}].{name}", text
    else:
        kind = kind_of(item)
        item_id = item.id       # type: ignore[attr-defined]
        for name, text in _texts(item, kind):
            yield shown_kind(kind), item_id, name, text


def advisories_of(ix: PlanIndex, item: object) -> list[Advisory]:
    """DATA-PII for one item of items()."""
    out = []
    for kind, item_id, field, text in _found(ix.written, item):
        found = contact_details(text)
        if found:
            out.append(Advisory("DATA-PII", WARNING, (item_id,),
                                "{field} of {id} holds what looks like personal contact "
                                "details ({found}); record groups and roles, never a person's "
                                "phone number or e-mail address.",
                                {"field": field, "id": item_id, "found": ", ".join(found)},
                                kind=kind))
    return out


def check_personal_data(ix: PlanIndex) -> Iterator[Advisory]:
    for item in items(ix):
        yield from advisories_of(ix, item)
