"""The commands that act on plans: list, import, export, check, pdf, delete."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pocplanner.cli.common import (
    CommandError,
    checked_output,
    date_option,
    db_path,
    file_passphrase,
    library,
    plan_from_file_or_library,
    plan_inputs,
    refused,
)
from pocplanner.cli.failures import os_reason
from pocplanner.i18n import N_, tr

EXIT_OK, EXIT_PLAN_ERRORS, EXIT_FAILED = 0, 1, 2
SEVERITY_LABELS = {"error": N_("error"), "warning": N_("warning")}


def cmd_list(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.reference import label
    lib = library(args, lang)
    plans = lib.plans()
    if args.json:
        from pocplanner.services.network.status import versions_by_plan
        versions = versions_by_plan(lib)      # plans of the mission network: each version
        print(json.dumps([p.to_json() | ({"versions": versions[p.id]} if p.id in versions
                                         else {}) for p in plans], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not plans:
        print(tr("No plans yet. Import one with: pocplanner import FILE", lang))
        return EXIT_OK
    headers = [tr("ID", lang), tr("Title", lang), tr("Region", lang), tr("Period", lang),
               tr("Status", lang), tr("Last change", lang)]
    rows = [[p.id, p.title, p.region, p.period(lang),
             label("statuses", p.status, lang), p.updated_local(lang)] for p in plans]
    widths = [min(max(len(r[i]) for r in rows + [headers]), 48) for i in range(len(headers))]
    for row in [headers] + rows:
        print("  ".join(cell[:w].ljust(w) for cell, w in zip(row, widths)).rstrip())
    return EXIT_OK


def cmd_import(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.exchange import ExchangeError, load_file
    try:
        plan = load_file(Path(args.file), strict=True,
                         passphrase=file_passphrase(args, lang)).plan
    except ExchangeError as exc:
        raise refused(args.file, exc, lang) from None
    imported = library(args, lang).add(plan)
    if imported.unsafe_id:
        print(tr("The plan id {old} is not a safe name (letters, digits, - _ . only); the "
                 "plan is stored as {new}.", lang, old=imported.wanted_id, new=plan.id),
              file=sys.stderr)
    elif imported.renamed:
        print(tr("A plan with the id {old} is already stored; this one is stored as {new}.",
                 lang, old=imported.wanted_id, new=plan.id), file=sys.stderr)
    print(plan.id)
    return EXIT_OK


def cmd_export(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.exchange import ExchangeError
    from pocplanner.messages import UserError
    from pocplanner.reference import label
    passphrase = file_passphrase(args, lang) if args.encrypt else None
    if args.encrypt and not passphrase:
        raise CommandError(tr("--encrypt needs a passphrase: set POCPLANNER_PASSPHRASE or give "
                              "--passphrase-file FILE.", lang))
    checked_output(args, args.out)
    try:
        plan = library(args, lang).export(args.plan_id, Path(args.out), passphrase=passphrase)
    except UserError as exc:
        raise CommandError(exc.text(lang)) from None
    except ExchangeError as exc:
        if not exc.schema:                # the file could not be written (folder, disk…)
            raise CommandError(exc.problem_texts(lang)[0]) from None
        raise CommandError(tr("The plan {id} cannot be exported yet:", lang, id=args.plan_id),
                           exc.problem_texts(lang)) from None
    if passphrase:
        print(tr("The file is encrypted with the passphrase.", lang), file=sys.stderr)
    print(tr("Exported plan {id} to {path} (sensitivity: {sensitivity}).", lang, id=plan.id,
             path=args.out, sensitivity=label("sensitivities", plan.sensitivity, lang)),
          file=sys.stderr)
    return EXIT_OK


def cmd_check(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.domain.checks import ERROR, has_errors, run_checks
    plan = plan_from_file_or_library(args, lang)
    advisories = run_checks(plan, places=_user_places(_local_db(args, lang)))   # §12.2
    if args.json:
        print(json.dumps({"advisories": [a.to_json(lang) for a in advisories]},
                         ensure_ascii=False, indent=2))
    else:
        for a in advisories:
            severity = tr(SEVERITY_LABELS[a.severity], lang)
            print(f"{severity.upper():8} {a.code:19} {a.message(lang)}")
        errors = sum(a.severity == ERROR for a in advisories)
        warnings = len(advisories) - errors
        if advisories:
            print(tr("{errors} error(s), {warnings} warning(s).", lang, errors=errors,
                     warnings=warnings))
        else:
            from pocplanner.domain.completeness import no_advisories_text
            print(no_advisories_text(plan, lang))
    return EXIT_PLAN_ERRORS if has_errors(advisories) else EXIT_OK


def _written(args: argparse.Namespace, lang: str, write) -> int:
    """Run write(); an OSError becomes one clear line naming args.out."""
    try:
        write()
    except OSError as exc:
        raise CommandError(tr("{path} cannot be written: {reason}.", lang, path=args.out,
                              reason=os_reason(exc, lang))) from None
    print(tr("Wrote {path}.", lang, path=args.out), file=sys.stderr)
    return EXIT_OK


def _print_language(args: argparse.Namespace, plan, lang: str) -> str:
    from pocplanner.services.printing import print_language
    return print_language(plan, getattr(args, "lang", None), lang)


def cmd_pdf(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.services.printing import write_pdf
    checked_output(args, args.out, plan_inputs([args.target]))
    plan = plan_from_file_or_library(args, lang)
    db = _local_db(args, lang)
    if args.redacted:            # what it keeps as typed: the planner checks before sharing
        from pocplanner.domain.redaction_review import kept_texts_lines
        kept = kept_texts_lines(plan, lang)
        if kept:
            print(tr("The redacted edition keeps these texts as typed; shorten any that names "
                     "a person, an armed group or a village:", lang), file=sys.stderr)
            for line in kept:
                print(f"  • {line}", file=sys.stderr)
    return _written(args, lang, lambda: write_pdf(
        plan, Path(args.out), _print_language(args, plan, lang), redacted=args.redacted,
        places=_user_places(db), db=db))


def cmd_map(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.services.maps import map_pdf_bytes, write_map
    from pocplanner.ui.charts.map_image import first_page_png
    out = checked_output(args, args.out, plan_inputs([args.target]))
    if out.suffix.lower() not in (".png", ".pdf"):
        raise CommandError(tr("{path}: the map is written as .png or .pdf; name the file so.",
                              lang, path=args.out))
    on = date_option("--date", args.date or None, lang)
    plan = plan_from_file_or_library(args, lang)
    layers = (args.layer,) if args.layer else ("risk", "activities", "incidents")
    db = _local_db(args, lang)
    pdf = map_pdf_bytes(plan, _print_language(args, plan, lang), on, layers, _user_places(db),
                        db)
    return _written(args, lang, lambda: write_map(pdf, out, first_page_png))


def _user_places(db) -> tuple:
    """The places users added in the app (none without the database)."""
    from pocplanner.services.maps import user_places
    return tuple(user_places(db)) if db is not None else ()


def _local_db(args: argparse.Namespace, lang: str):
    """The database (its places, its incident counts), when it is there and opens."""
    if not db_path(args).exists():
        return None
    try:
        return library(args, lang).db
    except CommandError as exc:      # said: the output lacks what the database would add
        print(tr("Without the database ({reason}) the incident layer and the places added in "
                 "the app are left out.", lang, reason=str(exc).rstrip(".")), file=sys.stderr)
        return None


def cmd_delete(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.messages import UserError
    try:
        library(args, lang).delete(args.plan_id)
    except UserError as exc:
        raise CommandError(exc.text(lang)) from None
    print(tr("Deleted plan {id}.", lang, id=args.plan_id), file=sys.stderr)
    return EXIT_OK
