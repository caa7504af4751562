"""`pocplanner report FILE_OR_PLAN_ID OUT.pdf [--as-of DATE] [--redacted] [--lang en|fr]`:
the POC status report (DOMAIN §13)."""
from __future__ import annotations

import argparse
from pathlib import Path

from pocplanner.cli.common import (
    checked_output,
    date_option,
    plan_from_file_or_library,
    plan_inputs,
)
from pocplanner.cli.plan_commands import _local_db, _print_language, _written


def cmd_report(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.services.status_report import write_status_pdf
    as_of = date_option("--as-of", args.as_of or None, lang)
    checked_output(args, args.out, plan_inputs([args.target]))     # the one output rule
    plan = plan_from_file_or_library(args, lang)
    db = _local_db(args, lang)
    return _written(args, lang, lambda: write_status_pdf(
        plan, Path(args.out), _print_language(args, plan, lang), as_of,
        redacted=args.redacted, db=db))
