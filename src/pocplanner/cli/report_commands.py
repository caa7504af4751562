"""`pocplanner report FILE_OR_PLAN_ID OUT.pdf [--as-of DATE] [--redacted] [--lang en|fr]`:
the POC status report (DOMAIN §13)."""
from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from pocplanner.cli.common import (
    CommandError,
    checked_output,
    plan_from_file_or_library,
    plan_inputs,
)
from pocplanner.cli.plan_commands import _local_db, _print_language, _written
from pocplanner.i18n import tr


def cmd_report(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.services.status_report import write_status_pdf
    as_of = None
    if args.as_of:
        try:
            as_of = dt.date.fromisoformat(args.as_of)
        except ValueError:
            raise CommandError(tr("--as-of {value}: not a date; write it as YYYY-MM-DD.", lang,
                                  value=args.as_of)) from None
    checked_output(args, args.out, plan_inputs([args.target]))     # the one output rule
    plan = plan_from_file_or_library(args, lang)
    db = _local_db(args, lang)
    return _written(args, lang, lambda: write_status_pdf(
        plan, Path(args.out), _print_language(args, plan, lang), as_of,
        redacted=args.redacted, db=db))
