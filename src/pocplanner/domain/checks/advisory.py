"""An advisory: one finding of the plan checks (docs/checks.md)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from pocplanner.i18n import format_date, tr

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _localized(value: object, lang: str) -> object:
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return format_date(dt.date.fromisoformat(value), lang)
        except ValueError:
            return value
    return value

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
        """The message in the language, dates written as that language writes them."""
        params = {k: _localized(v, lang) for k, v in self.params.items()}
        return tr(self.text, lang, **params)

    def to_json(self, lang: str = "en") -> dict[str, object]:
        return {"code": self.code, "severity": self.severity,
                "message": self.message(lang), "refs": list(self.refs)}
