"""`pocplanner consolidate FILE_OR_PLAN_ID... [--json] [--pdf OUT.pdf] [--lang en|fr]`: the
mission view from the command line. Exit 0; 1 when some plan has an open error; 2 when an
input is refused (the reason said)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pocplanner.cli.common import (
    CommandError,
    checked_output,
    db_path,
    file_passphrase,
    library,
    plan_inputs,
)
from pocplanner.cli.failures import os_reason
from pocplanner.i18n import tr

EXIT_OK, EXIT_PLAN_ERRORS = 0, 1


def add_parser(sub, common, lang: str) -> None:
    con = sub.add_parser("consolidate", parents=[common],
                         help=tr("read several regional plans together (the mission view)",
                                 lang))
    con.add_argument("targets", metavar="FILE_OR_PLAN_ID", nargs="+")
    con.add_argument("--json", action="store_true", help=tr("print JSON", lang))
    con.add_argument("--pdf", metavar="OUT.pdf",
                     help=tr("also write the consolidated mission PDF", lang))
    con.add_argument("--redacted", action="store_true",
                     help=tr("the edition for wider distribution, without sensitive fields",
                             lang))


def cmd_consolidate(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.services.consolidation import InputRefused, consolidate, read_inputs
    if args.pdf:
        checked_output(args, args.pdf, plan_inputs(args.targets))
    plans = library(args, lang) if db_path(args).exists() else None   # never created here
    try:
        inputs = read_inputs(args.targets, plans, file_passphrase(args, lang))
    except InputRefused as exc:
        raise CommandError(exc.text(lang)) from None
    places = tuple(plans.store.places()) if plans is not None else ()
    c = consolidate(inputs, places)
    if args.pdf:
        _write_pdf(c, args, lang, places)
    if args.json:
        print(json.dumps(c.to_json(lang), ensure_ascii=False, indent=2))
    else:
        _print(c, lang)
    return EXIT_PLAN_ERRORS if c.has_errors() else EXIT_OK


def _write_pdf(c, args, lang: str, places: tuple) -> None:
    from pocplanner.files import write_atomically
    from pocplanner.services.consolidation import consolidated_pdf
    try:
        write_atomically(Path(args.pdf), consolidated_pdf(c, lang, args.redacted, places))
    except OSError as exc:
        raise CommandError(tr("{path} cannot be written: {reason}.", lang, path=args.pdf,
                              reason=os_reason(exc, lang))) from None
    print(tr("Wrote {path}.", lang, path=args.pdf), file=sys.stderr)


def _print(c, lang: str) -> None:
    for s in c.plans:
        print(tr("{id}  {region}  {start} – {end}  version {version}  {errors} error(s), "
                 "{warnings} warning(s)", lang, id=s.key, region=s.plan.region,
                 start=s.plan.period.start.isoformat(), end=s.plan.period.end.isoformat(),
                 version=s.plan.version or 1, errors=s.errors, warnings=s.warnings))
    for a in c.advisories:
        print(f"{a.code:<18} {a.message(lang)}")
    if c.priority_threats:
        print(tr("Priority threats, highest risk first:", lang))
        for t in c.priority_threats[:20]:
            print(f"  {t.risk:>2}  {t.ref}  {t.region}  {t.title}")
