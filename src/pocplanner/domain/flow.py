"""The guided flow through a plan: its steps and where each advisory is fixed.

Kept free of Qt so that the order of the steps and the navigation rules can be tested on
their own; the plan window shows one page per step.
"""
from __future__ import annotations

from pocplanner.i18n import N_

STEPS = ("context", "threats", "responses", "early_warning", "sequencing", "engagement",
         "transition", "review")
# Steps that Back and Next pass by unless the plan needs them (the step list still shows
# them): the transition, when the context does not say the mission is drawing down.
OPTIONAL = ("transition",)
STEP_TITLES = {
    "context": N_("1. Context"),
    "threats": N_("2. Threat assessment"),
    "responses": N_("3. Responses (tiers 1–3)"),
    "early_warning": N_("4. Early warning"),
    "sequencing": N_("5. Sequencing"),
    "engagement": N_("6. Engagement risks"),
    "transition": N_("7. Transition"),
    "review": N_("8. Review"),
}
# Which step holds the item an advisory is about.
STEP_FOR_KIND = {"plan": "context", "threat": "threats", "response": "responses",
                 "activity": "sequencing", "engagement": "engagement",
                 "indicator": "early_warning", "scenario": "early_warning",
                 "site": "transition", "handover": "transition", "evidence": "threats",
                 "assessment": "sequencing", "alert": "early_warning", "review": "review"}
STEP_FOR_CODE = {"ENG-UNASSESSED": "engagement", "THR-UNANSWERED": "responses",
                 "RSP-TIER2ONLY": "responses", "RSP-NOACTIVITY": "sequencing",
                 "THR-NOINDICATOR": "early_warning", "CTG-MISSING": "early_warning"}


class Flow:
    """Where the user is in the steps (a plain class: the command line and the app's start
    read this module, and a dataclass would import dataclasses before the library shows)."""

    def __init__(self, index: int = 0, skipped: tuple[str, ...] = ()) -> None:
        self.index = index
        self.skipped = skipped          # optional steps Back and Next pass by

    def __repr__(self) -> str:
        return f"Flow(index={self.index!r}, skipped={self.skipped!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Flow) and (other.index, other.skipped) == (self.index,
                                                                             self.skipped)

    @property
    def step(self) -> str:
        return STEPS[self.index]

    def _neighbour(self, direction: int) -> int | None:
        i = self.index + direction
        while 0 <= i < len(STEPS) and STEPS[i] in self.skipped:
            i += direction
        return i if 0 <= i < len(STEPS) else None

    def can_go_back(self) -> bool:
        return self._neighbour(-1) is not None

    def can_go_next(self) -> bool:
        return self._neighbour(1) is not None

    def next(self) -> str:
        neighbour = self._neighbour(1)
        if neighbour is not None:
            self.index = neighbour
        return self.step

    def back(self) -> str:
        neighbour = self._neighbour(-1)
        if neighbour is not None:
            self.index = neighbour
        return self.step

    def go(self, step: str) -> str:
        self.index = STEPS.index(step)
        return self.step


def skipped_steps(drawdown: bool | None) -> tuple[str, ...]:
    """The optional steps Next passes by for this plan."""
    return () if drawdown else OPTIONAL


def step_for_advisory(code: str, kind: str) -> str:
    """The step where the user fixes what the advisory is about."""
    return STEP_FOR_CODE.get(code) or STEP_FOR_KIND.get(kind, "context")
