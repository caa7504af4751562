"""List the texts outside Qt that need a translation (tr("...") calls and advisory messages),
and report which are missing from resources/i18n/<lang>.json.

    python3 scripts/extract_messages.py            # print the missing ones for fr
    python3 scripts/extract_messages.py --update   # add missing ones to fr.json, empty
"""
from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "pocplanner"
# dynamic texts that reach tr() through a variable
EXTRA: list[str] = []


def messages() -> list[str]:
    found: dict[str, None] = {}
    for path in sorted(SOURCES.rglob("*.py")):
        if "ui" in path.relative_to(SOURCES).parts:
            continue   # Qt code uses Qt's own tr() and .ts files
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            index = {"tr": 0, "t": 0, "N_": 0, "Message": 0, "Advisory": 3}.get(name)
            if index is None or len(node.args) <= index:
                continue
            arg = node.args[index]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found[arg.value] = None
    for text in EXTRA:
        found[text] = None
    return list(found)


def main() -> int:
    target = ROOT / "resources" / "i18n" / "fr.json"
    catalogue = json.loads(target.read_text(encoding="utf-8")) if target.exists() else {}
    missing = [m for m in messages() if not catalogue.get(m)]
    if "--update" in sys.argv:
        for m in missing:
            catalogue.setdefault(m, "")
        target.write_text(json.dumps(catalogue, ensure_ascii=False, indent=1) + "\n",
                          encoding="utf-8")
    for m in missing:
        print(m)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
