"""An advisory: one finding of the plan checks (DOMAIN.md §9)."""
from __future__ import annotations

from dataclasses import dataclass, field

from pocplanner.i18n import tr

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Advisory:
    code: str
    severity: str                 # "error" | "warning"
    refs: tuple[str, ...]         # ids of the items concerned, the item itself first
    text: str                     # English message with {placeholders}: the translation id
    params: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    kind: str = "plan"            # plan | threat | response | activity | engagement

    def message(self, lang: str = "en") -> str:
        return tr(self.text, lang, **self.params)

    def to_json(self, lang: str = "en") -> dict[str, object]:
        return {"code": self.code, "severity": self.severity,
                "message": self.message(lang), "refs": list(self.refs)}
