"""What a plan still lacks before "no advisories" means anything (#28): an empty new plan has
nothing to check, and must not be told it "passes every check". The app's panel, the
`pocplanner check` command and the printed plan all say the same."""
from __future__ import annotations

from pocplanner.domain.model import Plan
from pocplanner.i18n import LANGUAGES
from pocplanner.messages import Message


def still_missing(plan: Plan) -> Message | None:
    """Which of region, threats, responses and activities the plan has none of yet; None when
    it has them all."""
    missing = [name for name, absent in (
        (Message("no region"), not plan.region.strip()),
        (Message("no threats"), not plan.threats),
        (Message("no responses"), not plan.responses),
        (Message("no activities"), not plan.activities)) if absent]
    if not missing:
        return None
    return Message("Nothing to check yet: the plan has {missing}.",
                   missing=_joined(missing))


def _joined(parts: list[Message]) -> dict[str, str]:
    return {lang: ", ".join(p.render(lang) for p in parts) for lang in LANGUAGES}


def no_advisories_text(plan: Plan, lang: str) -> str:
    """The words for a plan without advisories: what it still lacks, or that it passes."""
    gap = still_missing(plan)
    return gap.render(lang) if gap else Message("No advisories: the plan passes every "
                                                "check.").render(lang)
