#!/usr/bin/env python3
"""The repro script of the third hostile round (issue #29): each listed fault as its own probe,
run against the installed `pocplanner` beside this Python. Prints one line per probe — FOUND
(the fault is there) or ok — and exits 1 if any fault is found.

    .venv/bin/python scripts/hostile_round3.py [--keep]

Probes that need root (a full tmpfs, a read-only bind mount) use the file size limit instead
where mounting is not allowed. Everything happens in a temporary folder."""
from __future__ import annotations

import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "gao-sample-v2.pocplan.json"
POCPLANNER = str(Path(sys.executable).parent / "pocplanner")
PASS = {"POCPLANNER_PASSPHRASE": "a long passphrase"}
NEW = {"POCPLANNER_NEW_PASSPHRASE": "a long passphrase"}
BAD_WORDS = ("Traceback", "unexpected error")
PROBES = []


def probe(fn):
    PROBES.append(fn)
    return fn


def pp(*args, db, env=None, limit=None, timeout=300):
    full = {k: v for k, v in os.environ.items() if not k.startswith("POCPLANNER_")}
    full.update(env or {})
    pre = (lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))) if limit else None
    return subprocess.run([POCPLANNER, *map(str, args), "--db", str(db)], capture_output=True,
                          text=True, env=full, preexec_fn=pre, timeout=timeout)


def plan_file(d: Path, mutate=None, name="in.json") -> Path:
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    if mutate:
        mutate(doc["plan"])
    path = d / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def log_csv(d: Path, rows, name="log.csv") -> Path:
    header = ("incident_id,date,region,cercle,place,latitude,longitude,precise,category,"
              "perpetrator_type,fatalities,civilian_fatalities,civilians_targeted")
    path = d / name
    path.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def row(uid, date="2018-06-10", fatalities="3"):
    return f"{uid},{date},Mopti,Bankass,,,,,intercommunal_violence,community_militia," \
           f"{fatalities},0,yes"


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True).stdout


# --- data lost ---------------------------------------------------------------------------

@probe
def pdf_overwrites_its_input(d):
    src = plan_file(d)
    before = src.read_bytes()
    pp("pdf", src, src, db=d / "x.db")
    other = plan_file(d, name="b.json")
    pp("consolidate", src, other, "--pdf", other, db=d / "x.db")
    return src.read_bytes() != before or other.read_bytes() != before


@probe
def backup_onto_the_database(d):
    db = d / "lib.db"
    pp("import", plan_file(d), db=db)
    result = pp("backup", db, db=db)
    return result.returncode == 0


@probe
def passphrase_tells_to_delete_the_database(d):
    db = d / "lib.db"
    pp("import", plan_file(d), db=db)
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO copies (path, made_at) VALUES (?, '2026-01-01')", [str(db)])
    conn.commit()
    conn.close()
    return str(db) in pp("passphrase", db=db, env=NEW).stderr


@probe
def deleting_a_source_loses_shared_events(d):
    db = d / "x.db"
    pp("incidents", "import", log_csv(d, [row("J1"), row("J2"), row("J3")], "jan.csv"), db=db)
    pp("incidents", "import", log_csv(d, [row("J1"), row("J2"), row("J3"), row("F4")],
                                      "feb.csv"), db=db)
    pp("incidents", "delete", "1", db=db)
    out = pp("incidents", "summary", "--by", "region", "--json", db=db).stdout
    return sum(r["events"] for r in json.loads(out)["rows"]) != 4


@probe
def outputs_replace_links_fifos_devices(d):
    target = d / "target.txt"
    target.write_text("kept")
    link, fifo = d / "link.pdf", d / "fifo.pdf"
    link.symlink_to(target)
    os.mkfifo(fifo)
    src = plan_file(d)
    for out in (link, fifo, "/dev/null"):
        pp("pdf", src, out, db=d / "x.db", timeout=60)
    return not link.is_symlink() or not Path("/dev/null").is_char_device() or \
        not fifo.is_fifo() or target.read_text() != "kept"


# --- leaked ------------------------------------------------------------------------------

@probe
def killed_passphrase_leaves_backups_in_clear(d):
    db = d / "x.db"
    pp("import", plan_file(d), db=db)
    pp("backup", db=db)
    backups = list((d / "backups").glob("*.db"))
    clear = {p: p.read_bytes() for p in backups}
    pp("passphrase", db=db, env=NEW)
    for path, data in clear.items():          # as a kill before the backups leaves them
        path.write_bytes(data)
    pp("list", db=db, env=PASS)
    return any(p.read_bytes().startswith(b"SQLite format 3") for p in backups)


@probe
def killed_outside_backup_part_stays(d):
    db, out = d / "x.db", d / "stick.db"
    pp("import", plan_file(d), db=db)
    pp("backup", out, db=db)
    part = d / "stick.db.part"                 # what a kill during the copy leaves
    part.write_bytes(out.read_bytes())
    result = pp("passphrase", db=db, env=NEW)  # wiped at the next open, or at least named
    return (part.exists() and str(part) not in result.stderr) or \
        (pp("list", db=db, env=PASS), part.exists())[1]


@probe
def new_database_with_a_one_letter_passphrase(d):
    pp("import", plan_file(d), db=d / "new.db", env={"POCPLANNER_PASSPHRASE": "a"})
    return (d / "new.db").exists()


@probe
def database_and_backups_0644_after_passphrase(d):
    old = os.umask(0o022)
    try:
        db = d / "x.db"
        pp("import", plan_file(d), db=db)
        pp("backup", db=db)
        pp("passphrase", db=db, env=NEW)
    finally:
        os.umask(old)
    files = [db, *(d / "backups").glob("*.db")]
    return any(p.stat().st_mode & 0o077 for p in files)


@probe
def redacted_pdf_prints_hq_review_note(d):
    src = plan_file(d, lambda p: p.update(review_note="Noteconfidentielleduqg"))
    pp("pdf", src, d / "r.pdf", "--redacted", db=d / "x.db")
    return "Noteconfidentielleduqg" in pdf_text(d / "r.pdf")


# --- crashes and misleading messages ------------------------------------------------------

@probe
def dates_at_the_calendars_edge_crash(d):
    def edge(p):
        p["activities"][0]["end"] = "9999-12-31"
    src = plan_file(d, edge)
    results = [pp(c, src, *extra, db=d / "x.db") for c, *extra in
               (("check",), ("pdf", d / "o.pdf"), ("map", d / "o.png"))]
    return any(w in r.stderr for r in results for w in BAD_WORDS) or \
        pp("import", src, db=d / "x.db").returncode == 0


@probe
def huge_fatalities_break_summaries(d):
    db = d / "x.db"
    pp("incidents", "import", log_csv(d, [row("A1", fatalities="9000000000000000000"),
                                          row("A2", fatalities="99999999999999999999999"),
                                          row("A3")]), db=db)
    results = [pp("incidents", "summary", db=db), pp("incidents", "delete",
                                                     "99999999999999999999999", db=db)]
    return any(w in r.stderr for r in results for w in (*BAD_WORDS, "overflow", "busy"))


@probe
def lists_without_a_size_limit(d):
    src = plan_file(d, lambda p: p["threats"][0].update(
        indicators=[f"Indicateur {i}" for i in range(20_000)]))
    return pp("import", src, db=d / "x.db").returncode == 0


@probe
def full_disk_said_as_damaged(d):
    where = d / "small"
    where.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(where)],
                      capture_output=True).returncode != 0:
        db = d / "x.db"
        pp("import", plan_file(d), db=db)
        result = pp("import", plan_file(d), db=db, limit=4096)
        return "ulimit" not in result.stderr
    try:
        db = where / "x.db"
        pp("import", plan_file(d), db=db)
        with open(where / "fill", "wb") as fh:
            try:
                while True:
                    fh.write(b"\0" * 65536)
            except OSError:
                pass
        results = [pp("list", db=db), pp("import", plan_file(d), db=db),
                   pp("incidents", "template", where / "t.csv", db=db)]
        return results[0].returncode != 0 or any(
            w in r.stderr for r in results[1:] for w in ("damaged", "busy", *BAD_WORDS))
    finally:
        subprocess.run(["umount", "-l", str(where)])


@probe
def file_size_limit_said_as_busy(d):
    db = d / "x.db"
    pp("import", plan_file(d), db=db)
    results = [pp("backup", d / "o.db", db=db, limit=8192),
               pp("pdf", plan_file(d), d / "o.pdf", db=db, limit=8192)]
    return any(w in r.stderr for r in results for w in ("busy", *BAD_WORDS))


@probe
def template_into_unwritable_folder(d):
    result = pp("incidents", "template", d / "missing" / "t.csv", db=d / "x.db")
    return any(w in result.stderr for w in BAD_WORDS)


@probe
def csv_field_over_16_mb(d):
    path = log_csv(d, [row("A1"), "A2,2018-06-10,Mopti,Bankass,\"" + "x" * (17 << 20) + "\"" +
                       ",,,,intercommunal_violence,,1,0,yes"])
    result = pp("incidents", "import", path, db=d / "x.db")
    return any(w in result.stderr for w in BAD_WORDS)


@probe
def passphrase_file_dev_zero_read_forever(d):
    try:
        pp("list", "--passphrase-file", "/dev/zero", db=d / "x.db", timeout=30)
    except subprocess.TimeoutExpired:
        return True
    return False


@probe
def template_example_row_imported(d):
    db = d / "x.db"
    pp("incidents", "template", d / "t.csv", db=db)
    pp("incidents", "import", d / "t.csv", db=db)
    return "No incident data yet" not in pp("incidents", "sources", db=db).stdout


@probe
def map_cuts_unknown_places_unsaid(d):
    def unknown(p):
        base = p["activities"][1]
        p["activities"] += [dict(base, id=f"X{i}", location=f"Hameau inconnu numero {i:02d}")
                            for i in range(15)]
    pp("map", plan_file(d, unknown), d / "m.pdf", db=d / "x.db")
    text = " ".join(pdf_text(d / "m.pdf").split())
    shown = sum(f"Hameau inconnu numero {i:02d}" in text for i in range(15))
    return shown < 15 and f"{15 - shown} more" not in text and f"{15 - shown} autres" not in text


@probe
def arabic_running_header_unjoined(d):
    title = "خطة حماية المدنيين"
    pp("pdf", plan_file(d, lambda p: p.update(title=title)), d / "a.pdf", db=d / "x.db")
    return title in pdf_text(d / "a.pdf")              # the unjoined letters


@probe
def arabic_brackets_reversed(d):
    sys.path.insert(0, str(ROOT / "src"))
    from pocplanner.reports.shaping import shaped
    return not shaped("هجمات (20)").startswith("(20)")


@probe
def incidents_delete_says_nothing(d):
    db = d / "x.db"
    pp("incidents", "import", log_csv(d, [row("A1")]), db=db)
    return not pp("incidents", "delete", "1", db=db).stderr.strip()


@probe
def reading_commands_create_a_database(d):
    pp("check", "no-such-plan", db=d / "NEW.db")
    pp("consolidate", "no-such-plan", plan_file(d), db=d / "NEW.db")
    return (d / "NEW.db").exists()


@probe
def added_place_moves_a_gazetteer_town(d):
    sys.path.insert(0, str(ROOT / "src"))
    from pocplanner.domain import geo
    return geo.UserPlace("Gao", pcode="ML0101").problem() is None or \
        geo.UserPlace("Camp\x00", pcode="ML0101").problem() is None or \
        geo.UserPlace("x" * 100_000, pcode="ML0101").problem() is None


@probe
def restore_dev_null_does_not_exist(d):
    return "does not exist" in pp("restore", "/dev/null", db=d / "x.db").stderr


@probe
def format_version_true_said_wrongly(d):
    src = d / "v.json"
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc["format_version"] = True
    src.write_text(json.dumps(doc), encoding="utf-8")
    return "reads version" in pp("import", src, db=d / "x.db").stderr


@probe
def incident_dates_and_digits_lenient(d):
    db = d / "x.db"
    result = pp("incidents", "import", log_csv(d, [row("A1", "2020-07-31Tgarbage!!"),
                                                   row("A2", "٢٠٢٠-٠٧-٣١"), row("A3")]),
                "--json", db=db)
    return not result.stdout or json.loads(result.stdout)["events"] != 1


@probe
def archives_called_encrypted(d):
    import gzip
    data = gzip.compress(os.urandom(5000))
    path = d / "a.gz"
    path.write_bytes(data + b"\0" * (-len(data) % 512))
    return "encrypted" in pp("list", db=path).stderr


@probe
def consolidate_reasons_in_english(d):
    bad = plan_file(d, lambda p: p["threats"][0].update(likelihood=9), "bad.json")
    result = pp("consolidate", bad, plan_file(d), "--lang", "fr", db=d / "x.db")
    return "is above the maximum" in result.stderr


@probe
def encrypted_database_silently_dropped(d):
    db = d / "x.db"
    pp("import", plan_file(d), db=db, env=PASS)
    return "left out" not in pp("pdf", plan_file(d), d / "o.pdf", db=db).stderr


def main() -> int:
    keep = "--keep" in sys.argv
    found = 0
    for fn in PROBES:
        d = Path(tempfile.mkdtemp(prefix="hostile3-"))   # no probe name: it holds the words
        try:
            fault = fn(d)
        except Exception as exc:          # a probe that breaks is reported, not hidden
            fault = True
            print(f"  ({fn.__name__}: {type(exc).__name__}: {exc})")
        found += bool(fault)
        print(f"{'FOUND' if fault else 'ok   '}  {fn.__name__}", flush=True)
        if not keep:
            shutil.rmtree(d, ignore_errors=True)
    print(f"{found} of {len(PROBES)} faults found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
