"""An advisory: one finding of the plan checks (docs/checks.md)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from pocplanner.messages import Message

ERROR = "error"
WARNING = "warning"


def day_span(start: dt.date, end: dt.date) -> str:
    """Days as the advisories write them: "2019-01-05", or "2019-01-05 – 2019-01-20"."""
    return start.isoformat() if start == end else f"{start.isoformat()} – {end.isoformat()}"


def shown_kind(kind: str) -> str:
    """The kind of item an advisory about an item of that kind is shown on (the step that
    fixes it, flow.py): an alert's on its indicator (the alert log is the indicator's)."""
    return "indicator" if kind == "alert" else kind


@dataclass(frozen=True)
class Advisory:
    code: str
    severity: str                 # "error" | "warning"
    refs: tuple[str, ...]         # ids of the items concerned, the item itself first, each once
    text: str                     # English message with {placeholders}: the translation id
    params: Mapping[str, object] = field(default_factory=dict, compare=False, hash=False)
    kind: str = "plan"            # a kind of item (domain/model ITEM_KINDS), or "plan"

    def __post_init__(self) -> None:
        object.__setattr__(self, "refs", tuple(dict.fromkeys(self.refs)))

    def message(self, lang: str = "en") -> str:
        """The message in the language, dates written as that language writes them."""
        return Message(self.text, **self.params).render(lang)

    def to_json(self, lang: str = "en") -> dict[str, object]:
        return {"code": self.code, "severity": self.severity,
                "message": self.message(lang), "refs": list(self.refs)}
