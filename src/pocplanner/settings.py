"""The user's settings: a small JSON file in the data folder, read into a typed object.

Kept outside the database because some are needed before it is opened (the language of the
passphrase dialog). A damaged or hand-edited file never stops the app: unreadable values fall
back to their defaults.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from pocplanner.files import write_atomically
from pocplanner.paths import data_dir

DEFAULT_LOCK_MINUTES = 15


@dataclass
class Settings:
    language: str | None = None          # None: from the system locale at first start
    lock_minutes: int = DEFAULT_LOCK_MINUTES   # auto-lock of an encrypted database; 0: never

    @staticmethod
    def path() -> Path:
        return data_dir() / "settings.json"

    @classmethod
    def load(cls) -> "Settings":
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        settings = cls()
        if not isinstance(raw, dict):
            return settings
        defaults = cls()
        for f in fields(cls):
            value = raw.get(f.name, getattr(defaults, f.name))
            default = getattr(defaults, f.name)
            if f.name == "language":
                ok = value in (None, "en", "fr")
            elif isinstance(default, bool):
                ok = isinstance(value, bool)
            else:
                ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 1440
            setattr(settings, f.name, value if ok else default)
        return settings

    def save(self) -> None:
        path = self.path()
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, json.dumps(asdict(self), indent=2).encode("utf-8"))
