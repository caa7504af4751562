"""The commands that act on the database and a plan's history: history, backup, restore,
passphrase, and starting the desktop app."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pocplanner.cli.common import CommandError, checked_output, db_path, library, passphrase
from pocplanner.cli.failures import os_reason
from pocplanner.i18n import N_, tr

EXIT_OK = 0


def _print_diff(plans, plan_id: str, old: int, new: int, lang: str) -> None:
    from pocplanner.domain.diff import LISTS, diff_plans
    changes = diff_plans(*(plans.store.load_version(plan_id, r) for r in (old, new)))
    if changes.is_empty():
        print(tr("No difference.", lang))
    if changes.fields:
        print(tr("Changed: {fields}", lang, fields=", ".join(changes.fields)))
    for name in LISTS:
        c = changes.lists[name]
        for label, ids in ((N_("added"), c.added), (N_("removed"), c.removed),
                           (N_("changed"), c.changed)):
            if ids:
                print(f"{name} {tr(label, lang)}: {', '.join(ids)}")


def cmd_history(args: argparse.Namespace, lang: str) -> int:
    import json

    from pocplanner.services.database import PlanNotFound
    plans = library(args, lang)
    try:
        if args.restore is not None:
            revision = plans.store.restore_version(args.plan_id, args.restore)
            print(tr("Version {old} of {id} is now the current plan (version {new}).", lang,
                     old=args.restore, id=args.plan_id, new=revision))
            return EXIT_OK
        if args.diff:
            _print_diff(plans, args.plan_id, *args.diff, lang)
            return EXIT_OK
        versions = plans.store.history(args.plan_id)
    except PlanNotFound as exc:
        raise CommandError(tr("There is no plan or version {what}; 'pocplanner history PLAN_ID' "
                              "lists the versions.", lang, what=exc.args[0])) from None
    except OverflowError:                 # a version number beyond any SQLite integer
        what = args.restore if args.restore is not None else args.diff
        raise CommandError(tr("There is no plan or version {what}; 'pocplanner history PLAN_ID' "
                              "lists the versions.", lang, what=what)) from None
    if args.json:
        print(json.dumps([v.to_json() for v in versions], ensure_ascii=False, indent=2))
        return EXIT_OK
    for v in versions:
        print(f"{v.revision:>4}  {v.saved_at.replace('T', ' ')[:19]}  {v.os_user:<12}  "
              f"{v.prepared_by}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.services.database import copy_outside, make_backup
    out = Path(args.out) if args.out else None
    if out is not None and out.is_dir() and not out.is_symlink():   # the copy goes into it
        import datetime as dt
        out = out / f"{db_path(args).stem}-{dt.datetime.now():%Y%m%d-%H%M%S}.db"
    if out is not None:
        checked_output(args, out, replaces_database=True)
    db = library(args, lang).db
    if out is None:
        print(make_backup(db, "manual"))
        return EXIT_OK
    try:
        print(copy_outside(db, out))
    except OSError as exc:
        raise CommandError(tr("{path} cannot be written: {reason}.", lang, path=out,
                              reason=os_reason(exc, lang))) from None
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.services.database import BackupError, restore
    try:
        safety = restore(Path(args.backup), db_path(args), passphrase=passphrase(args, lang))
    except BackupError as exc:
        raise CommandError(exc.text(lang)) from None
    library(args, lang)      # migrates an older backup to the current schema
    print(tr("Restored {backup}.", lang, backup=args.backup), file=sys.stderr)
    if safety:
        print(tr("The database as it was is kept in {path}.", lang, path=safety),
              file=sys.stderr)
    return EXIT_OK


def cmd_passphrase(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.services.database import StorageError, change_passphrase, is_encrypted
    path = db_path(args)
    new = passphrase(args, lang, "new_passphrase_file", "POCPLANNER_NEW_PASSPHRASE")
    if not new:
        raise CommandError(tr("Give the new passphrase in POCPLANNER_NEW_PASSPHRASE or with "
                              "--new-passphrase-file FILE.", lang))
    encrypted = is_encrypted(path)
    old = passphrase(args, lang) if encrypted else None
    if encrypted and not old:
        raise CommandError(tr("The database is encrypted: give its current passphrase in "
                              "POCPLANNER_PASSPHRASE or with --passphrase-file FILE.", lang))
    plans = library(args, lang)          # migrated, and checked to open, before the change
    from pocplanner.services.database import outside_copies
    elsewhere = outside_copies(plans.db)
    plans.close()
    try:
        left = change_passphrase(path, old, new)
    except StorageError as exc:
        raise CommandError(exc.text(lang)) from None
    print(tr("The database is now encrypted with the new passphrase.", lang) if encrypted else
          tr("The database and its backups are now encrypted with the passphrase. Keep it "
             "safe: without it the plans cannot be recovered.", lang), file=sys.stderr)
    for backup in left:
        print(tr("This copy could not be re-encrypted and was left as it was: {path}", lang,
                 path=backup), file=sys.stderr)
    for copy in elsewhere:
        print(tr("A copy made outside the backups folder is not encrypted by this change; "
                 "delete it or keep it safe: {path}", lang, path=copy), file=sys.stderr)
    return EXIT_OK


def cmd_gui(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.ui.system_check import problem
    text = problem()
    if text:
        raise CommandError(text)
    from pocplanner.ui.app import run_app
    return run_app(db_path(args), lang=lang, passphrase=passphrase(args, lang),
                   exit_after_start=getattr(args, "exit_after_start", False),
                   open_plan=getattr(args, "open_plan", None), step=getattr(args, "step", None))
