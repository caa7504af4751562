"""Where pocplanner keeps its files: the user's data directory, per platform."""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "pocplanner"


def data_dir() -> Path:
    """~/.local/share/pocplanner on Linux, %LOCALAPPDATA%\\pocplanner on Windows,
    ~/Library/Application Support/pocplanner on macOS."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Application Support")
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP


def default_db_path() -> Path:
    """POCPLANNER_DB if set, else pocplanner.db in the data directory."""
    chosen = os.environ.get("POCPLANNER_DB")
    return Path(chosen).expanduser() if chosen else data_dir() / "pocplanner.db"
