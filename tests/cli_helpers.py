"""Running the installed `pocplanner` command as a user does."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

POCPLANNER = shutil.which("pocplanner", path=str(Path(sys.executable).parent))


def run(*args, db=None, env=None, input=None):
    full_env = dict(os.environ, **(env or {}))
    cmd = [POCPLANNER, *args] + (["--db", str(db)] if db else [])
    return subprocess.run(cmd, capture_output=True, text=True, env=full_env, input=input,
                          timeout=120)


def assert_no_traceback(result):
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
