"""The user's settings: a small JSON file in the data folder, read into a typed object.

Kept outside the database because some are needed before it is opened (the language of the
passphrase dialog). A damaged or hand-edited file never stops the app: unreadable values fall
back to their defaults.
"""
from __future__ import annotations

import json
from pathlib import Path

from pocplanner.files import private_folder, write_atomically
from pocplanner.paths import data_dir

DEFAULT_LOCK_MINUTES = 15


class Settings:
    """The settings and their types. A plain class rather than a dataclass: it is read at
    every start, and the dataclasses module alone costs a noticeable part of it."""

    language: str | None            # None: from the system locale at first start
    lock_minutes: int               # auto-lock of an encrypted database; 0: never
    splitters: dict[str, str]       # where the planner left each divider (Qt state, base64)
    DEFAULTS: dict[str, object] = {"language": None, "lock_minutes": DEFAULT_LOCK_MINUTES, "splitters": {}}

    def __init__(self, language: str | None = None,
                 lock_minutes: int = DEFAULT_LOCK_MINUTES,
                 splitters: dict[str, str] | None = None) -> None:
        self.language = language
        self.lock_minutes = lock_minutes
        self.splitters = dict(splitters or {})

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Settings) and vars(self) == vars(other)

    def __repr__(self) -> str:
        return f"Settings({vars(self)!r})"

    @staticmethod
    def path() -> Path:
        return data_dir() / "settings.json"

    @staticmethod
    def _valid(name: str, value: object) -> bool:
        if name == "language":
            return value in (None, "en", "fr")
        if name == "splitters":
            return isinstance(value, dict) and all(
                isinstance(k, str) and isinstance(v, str) and len(v) < 400
                for k, v in value.items()) and len(value) < 100
        return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 1440

    @classmethod
    def load(cls) -> "Settings":
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        settings = cls()
        if not isinstance(raw, dict):
            return settings
        for name, default in cls.DEFAULTS.items():
            value = raw.get(name, default)
            value = value if cls._valid(name, value) else default
            setattr(settings, name, dict(value) if isinstance(value, dict) else value)
        return settings

    def save(self) -> None:
        path = self.path()
        private_folder(path.parent)
        data = {name: getattr(self, name) for name in self.DEFAULTS}
        write_atomically(path, json.dumps(data, indent=2).encode("utf-8"))
