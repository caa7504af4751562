"""Refresh and compile the app's Qt translations (resources/translations/).

    python3 dev.py translations            # lupdate the .ts from the sources, lrelease the .qm
    python3 dev.py translations --fill F   # also fill unfinished messages from a JSON file
                                           # {"English source": "traduction", ...}

`pyside6-lupdate` collects every self.tr() / QCoreApplication.translate() of src/pocplanner/ui
into pocplanner_<lang>.ts (existing translations are kept; vanished ones are dropped);
`pyside6-lrelease` compiles it into the .qm file the app loads. Translators may also edit the
.ts with Qt Linguist (`pyside6-linguist`). French typography — a no-break space before
« : ; ? ! » and inside « guillemets » — is applied to every French translation.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ["fr"]
BIN = Path(sys.executable).parent

from pocplanner.i18n import french_typography  # noqa: E402  (one rule, shared)


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "src" / "pocplanner" / "ui").rglob("*.py"))


def ts_path(lang: str) -> Path:
    return FOLDER / f"pocplanner_{lang}.ts"


def lupdate(lang: str) -> None:
    tool = BIN / "pyside6-lupdate"
    subprocess.run([str(tool), *sources(), "-no-obsolete", "-locations", "none",
                    "-target-language", lang, "-ts", str(ts_path(lang))], cwd=ROOT, check=True)


def fill(lang: str, table: dict[str, object]) -> int:
    """Fill unfinished messages from table; returns how many are still unfinished."""
    tree = ET.parse(ts_path(lang))
    unfinished = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation.get("type") == "unfinished" and source in table:
            value = table[source]
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value, value]
                translation.text = None
                while len(translation.findall("numerusform")) < len(forms):
                    ET.SubElement(translation, "numerusform")
                for form, text in zip(translation.findall("numerusform"), forms):
                    form.text = french_typography(text)
            else:
                translation.text = french_typography(value[-1] if isinstance(value, list)
                                                     else value)
            del translation.attrib["type"]
        if translation.get("type") == "unfinished":
            unfinished += 1
    for translation in tree.getroot().iter("translation"):   # typography, also on old ones
        if translation.text:
            translation.text = french_typography(translation.text)
        for form in translation.findall("numerusform"):
            form.text = french_typography(form.text or "")
    tree.write(ts_path(lang), encoding="utf-8", xml_declaration=True)
    return unfinished


# English needs translating only where a count chooses the form: "%n threat(s)" becomes
# "1 threat" / "2 threats". These are made from the source text unless written out here.
ENGLISH_PLURALS = {
    "%n backup(s) could not be re-encrypted and were left as they were.": [
        "%n backup could not be re-encrypted and was left as it was.",
        "%n backups could not be re-encrypted and were left as they were."],
}


def english_plurals() -> None:
    """pocplanner_en.ts: the plural forms of every %n message, filled in (lupdate -pluralonly)."""
    tool = BIN / "pyside6-lupdate"
    subprocess.run([str(tool), *sources(), "-pluralonly", "-no-obsolete", "-locations", "none",
                    "-target-language", "en", "-ts", str(ts_path("en"))], cwd=ROOT, check=True)
    tree = ET.parse(ts_path("en"))
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        forms = ENGLISH_PLURALS.get(source) or [source.replace("(s)", ""),
                                                 source.replace("(s)", "s")]
        translation = message.find("translation")
        for form, text in zip(translation.findall("numerusform"), forms):
            form.text = text
        translation.attrib.pop("type", None)
    tree.write(ts_path("en"), encoding="utf-8", xml_declaration=True)
    lrelease("en")


def lrelease(lang: str) -> None:
    tool = BIN / "pyside6-lrelease"
    subprocess.run([str(tool), str(ts_path(lang)), "-qm",
                    str(FOLDER / f"pocplanner_{lang}.qm")], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fill", metavar="JSON", type=Path)
    args = parser.parse_args()
    FOLDER.mkdir(parents=True, exist_ok=True)
    table = json.loads(args.fill.read_text(encoding="utf-8")) if args.fill else {}
    for lang in LANGUAGES:
        lupdate(lang)
        left = fill(lang, table)
        lrelease(lang)
        print(f"{lang}: {left} unfinished message(s)")
    english_plurals()
    return 0


if __name__ == "__main__":
    sys.exit(main())
