"""`pocplanner incidents …`: import incident data, write the log template, list and delete
sources, summarise by cercle, region, month or category."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from pocplanner.cli.common import CommandError, checked_output, library
from pocplanner.i18n import tr

EXIT_OK = 0
SHOWN_PROBLEMS = 200


def cmd_incidents(args: argparse.Namespace, lang: str) -> int:
    action = getattr(args, "action", None)
    if action is None:
        raise CommandError(tr("Say what to do: pocplanner incidents import|template|sources|"
                              "delete|summary|events (--help tells more).", lang))
    return ACTIONS[action](args, lang)


def _import(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.services.incidents import FileRefused, import_incidents
    path = Path(args.file)
    if not path.is_file():
        raise CommandError(tr("{path} is not a file.", lang, path=args.file))
    db = library(args, lang).db
    layout = None
    if args.layout:
        from pocplanner.services import incident_tables as tables
        if args.map:
            layout = tables.layout_from_options(args.layout, args.map)
            tables.save_layout(db, layout)
        else:
            layout = tables.layout(db, args.layout)
    elif args.map:
        raise CommandError(tr("--map needs --layout NAME: the name the mapping is saved "
                              "under.", lang))
    try:
        report = import_incidents(db, path, layout=layout)
    except FileRefused as exc:
        problems = exc.problem_texts(lang)
        shown = problems[:SHOWN_PROBLEMS]
        if len(problems) > len(shown):
            shown.append(tr("… and {n} more problems", lang, n=len(problems) - len(shown)))
        raise CommandError(exc.text(lang) + " " + tr("Nothing was imported.", lang),
                           shown) from None
    for i, skipped in enumerate(report.skipped):
        if i == SHOWN_PROBLEMS:
            print(tr("… and {n} more rows skipped", lang, n=len(report.skipped) - i),
                  file=sys.stderr)
            break
        print(tr("line {line} skipped: {problem}", lang, line=skipped.line,
                 problem=skipped.message.render(lang)), file=sys.stderr)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(tr("{format}: {rows} rows, {events} events ({duplicates} already stored) — "
             "source {id}.", lang, format=report.format, rows=report.rows,
             events=report.events, duplicates=report.duplicates, id=report.source_id))
    print(tr("Placed by coordinates {a}, by admin-2 name {b}, region only {c}, not placed {d}.",
             lang, a=report.placed_by_coordinates, b=report.placed_by_name,
             c=report.region_only, d=report.not_placed))
    return EXIT_OK


def _template(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.services.incidents import write_template
    out = checked_output(args, args.out)
    if not out.parent.is_dir():
        raise CommandError(tr("{path} cannot be written: choose a file in an existing "
                              "folder.", lang, path=args.out))
    try:
        write_template(out, lang)
    except OSError as exc:
        from pocplanner.cli.failures import os_error_text
        exc.filename = str(out)
        raise CommandError(os_error_text(exc, lang).removeprefix("pocplanner: ")) from None
    print(out)
    return EXIT_OK


def _sources(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.services.incidents import sources
    found = sources(library(args, lang).db)
    if args.json:
        print(json.dumps([s.to_json() for s in found], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not found:
        print(tr("No incident data yet. Import some with: pocplanner incidents import FILE",
                 lang))
    for s in found:
        print(tr("{id}  {name}  {file}  imported {date}  {events} events, {start} – {end}",
                 lang, id=s.id, name=s.name, file=s.file_name, date=s.accessed(),
                 events=s.events, start=s.date_from or "—", end=s.date_to or "—"))
        print("    " + s.attribution)
    return EXIT_OK


def _delete(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.services.incidents import delete_source
    try:
        source_id = int(args.source_id)
    except ValueError:
        raise CommandError(tr("{value} is not a source id (a number; 'pocplanner incidents "
                              "sources' lists them).", lang, value=args.source_id)) from None
    deleted = delete_source(library(args, lang).db, source_id)
    print(tr("Deleted incident source {id} and {n} events only it held.", lang, id=source_id,
             n=deleted), file=sys.stderr)
    return EXIT_OK


def _date(value: str | None, option: str, lang: str) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise CommandError(tr("{option}: {value} is not a date (YYYY-MM-DD).", lang,
                              option=option, value=value)) from None


def _summary(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.services.incidents import summary
    start, end = _date(args.date_from, "--from", lang), _date(args.date_to, "--to", lang)
    rows = summary(library(args, lang).db, args.region, start, end, args.by, lang)
    if args.json:
        print(json.dumps({"rows": rows}, ensure_ascii=False, indent=2))
        return EXIT_OK
    headers = [tr("Key", lang), tr("Name", lang), tr("Events", lang), tr("Fatalities", lang),
               tr("Civilian events", lang), tr("Civilian fatalities", lang)]
    table = [[str(r[k]) for k in ("key", "name", "events", "fatalities", "civilian_events",
                                  "civilian_fatalities")] for r in rows]
    widths = [max(len(row[i]) for row in table + [headers]) for i in range(len(headers))]
    for row in [headers] + table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
    return EXIT_OK


def _events(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.services.incident_events import events, to_json, where
    start, end = _date(args.date_from, "--from", lang), _date(args.date_to, "--to", lang)
    if args.category:
        from pocplanner import reference
        if args.category not in reference.vocabulary_keys("threat_categories"):
            raise CommandError(tr("--category: {value} is not a threat category key (such as "
                                  "intercommunal_violence).", lang, value=args.category))
    found = events(library(args, lang).db,
                   where(args.region, args.cercle, start, end, args.category,
                         tuple(args.actor or ())))
    if args.json:
        print(json.dumps({"events": [to_json(e) for e in found]}, ensure_ascii=False,
                         indent=2))
        return EXIT_OK
    if not found:
        print(tr("No event matches.", lang))
    for e in found:
        row = to_json(e)
        print(f"{e.date}  {row['cercle'] or '—'}  {e.place or '—'}  {e.event_type}  "
              f"{'; '.join(e.actors) or '—'}  {e.fatalities}  {e.uid}")
    return EXIT_OK


ACTIONS = {"import": _import, "template": _template, "sources": _sources, "delete": _delete,
           "summary": _summary, "events": _events}


def add_parser(sub, common, lang: str) -> None:
    inc = sub.add_parser("incidents", parents=[common],
                         help=tr("incident data (ACLED, UCDP GED, the mission's log) as "
                                 "evidence for the threat assessment", lang))
    actions = inc.add_subparsers(dest="action", metavar="ACTION")
    imp = actions.add_parser("import", parents=[common],
                             help=tr("import an incident file (CSV)", lang))
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--json", action="store_true", help=tr("print JSON", lang))
    imp.add_argument("--layout", metavar="NAME",
                     help=tr("read another system's table through the column mapping saved "
                             "under NAME (with --map: save it first)", lang))
    imp.add_argument("--map", metavar="FIELD=COLUMN", action="append",
                     help=tr("map a column to a field (date, place, latitude, longitude, type, "
                             "actors, fatalities, id, region, cercle); repeat", lang))
    tpl = actions.add_parser("template", parents=[common],
                             help=tr("write the mission's incident log template (CSV)", lang))
    tpl.add_argument("out", metavar="OUT.csv")
    src = actions.add_parser("sources", parents=[common],
                             help=tr("list the imported incident sources", lang))
    src.add_argument("--json", action="store_true", help=tr("print JSON", lang))
    dele = actions.add_parser("delete", parents=[common],
                              help=tr("delete an incident source and its events", lang))
    dele.add_argument("source_id", metavar="SOURCE_ID")
    summ = actions.add_parser("summary", parents=[common],
                              help=tr("count the stored events", lang))
    summ.add_argument("--region", metavar="NAME")
    summ.add_argument("--from", dest="date_from", metavar="DATE")
    summ.add_argument("--to", dest="date_to", metavar="DATE")
    summ.add_argument("--by", choices=["cercle", "region", "month", "category"],
                      default="cercle")
    summ.add_argument("--json", action="store_true", help=tr("print JSON", lang))
    _add_events_parser(actions, common, lang)


def _add_events_parser(actions, common, lang: str) -> None:
    evs = actions.add_parser("events", parents=[common],
                             help=tr("list the stored events (newest first)", lang))
    evs.add_argument("--region", metavar="NAME")
    evs.add_argument("--cercle", metavar="NAME")
    evs.add_argument("--from", dest="date_from", metavar="DATE")
    evs.add_argument("--to", dest="date_to", metavar="DATE")
    evs.add_argument("--category", metavar="KEY")
    evs.add_argument("--actor", metavar="TEXT", action="append",
                     help=tr("only the events of an actor whose name contains TEXT (any case "
                             "or accents; repeat for several)", lang))
    evs.add_argument("--json", action="store_true", help=tr("print JSON", lang))
