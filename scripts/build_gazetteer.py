"""Rebuild resources/gazetteer/mali.csv from the shared OCHA P-code table.

    python3 scripts/build_gazetteer.py ../shared/data/mali_adm1_adm2_pcodes.csv

The source spells some names without accents; the accented French form is restored here,
and the usual English names are kept as aliases so that matching finds either.
"""
import csv
import sys
from pathlib import Path

ACCENTED = {
    "Segou": "Ségou", "Kenieba": "Kéniéba", "Diema": "Diéma", "Yelimane": "Yélimané",
    "Bafoulabe": "Bafoulabé", "Djenne": "Djenné", "Tenenkou": "Ténenkou", "Dire": "Diré",
    "Niafunke": "Niafunké", "Menaka": "Ménaka", "Abeibara": "Abeïbara", "Baroueli": "Barouéli",
    "Dioila": "Dioïla", "Kolondieba": "Kolondiéba",
}
ALIASES = {"Tombouctou": "Timbuktu"}

rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
out = Path(__file__).resolve().parent.parent / "resources" / "gazetteer" / "mali.csv"
with open(out, "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["level", "pcode", "parent_pcode", "name", "aliases"])
    seen = set()
    for r in rows:
        if r["adm1_pcode"] not in seen:
            seen.add(r["adm1_pcode"])
            name = ACCENTED.get(r["adm1_name"], r["adm1_name"])
            w.writerow([1, r["adm1_pcode"], "", name, ALIASES.get(name, "")])
    for r in rows:
        name = ACCENTED.get(r["adm2_name"], r["adm2_name"])
        w.writerow([2, r["adm2_pcode"], r["adm1_pcode"], name, ALIASES.get(name, "")])
print(f"wrote {out}")
