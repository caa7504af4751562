"""Before a redacted edition is printed (#28): the free texts it keeps as typed that may name
people, armed groups or villages — threat titles, the planner's own activity titles, the places
of activities that engage communities, early-warning indicators and scenario titles — so that
the planner can shorten them first. The app lists them in the edition dialog; `pocplanner pdf
--redacted` lists them on its error stream. Nothing is changed automatically: only the planner
knows whether "Dan Na Ambassagou" or a village's name may travel."""
from __future__ import annotations

from typing import NamedTuple

from pocplanner.domain.model import Plan
from pocplanner.domain.plan_language import is_own_text
from pocplanner.messages import Message


class KeptText(NamedTuple):
    item_id: str
    what: Message
    text: str


def kept_texts(plan: Plan) -> list[KeptText]:
    found = [KeptText(t.id, Message("threat title"), t.title) for t in plan.threats]
    found += [KeptText(a.id, Message("activity title"), a.title) for a in plan.activities
              if is_own_text(plan, a)]
    found += [KeptText(a.id, Message("place of an activity that engages communities"),
                       a.location) for a in plan.activities if a.engages_communities]
    found += [KeptText(i.id, Message("early-warning indicator"), i.indicator)
              for i in plan.early_warning]
    found += [KeptText(s.id, Message("scenario title"), s.title) for s in plan.scenarios]
    return [k for k in found if k.text.strip()]


def kept_texts_lines(plan: Plan, lang: str, limit: int = 40) -> list[str]:
    """One line per text: "T1 (threat title): Attacks by …"; the rest counted."""
    kept = kept_texts(plan)
    lines = [Message("{id} ({what}): {text}", id=k.item_id, what=k.what, text=k.text)
             .render(lang) for k in kept[:limit]]
    if len(kept) > limit:
        lines.append(Message("… and {n} more", n=str(len(kept) - limit)).render(lang))
    return lines
