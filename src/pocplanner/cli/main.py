"""The `pocplanner` command: the desktop app and the plan library from the command line.

Exit codes: 0 done; 1 `check` found errors in the plan; 2 the command could not be done
(bad file, unknown plan, unreadable database) — always with one clear message, never a
Python traceback.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from pocplanner import __version__
from pocplanner.i18n import LANGUAGES, N_, default_language, tr

EXIT_OK, EXIT_PLAN_ERRORS, EXIT_FAILED = 0, 1, 2
SEVERITY_LABELS = {"error": N_("error"), "warning": N_("warning")}


class CommandError(Exception):
    """The command cannot be done; the message says why, for the user."""

    def __init__(self, message: str, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.details = details or []


def _parser(lang: str) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help=tr("the database file (default: $POCPLANNER_DB, or pocplanner.db "
                                "in your data folder)", lang))
    common.add_argument("--passphrase-file", metavar="FILE", default=argparse.SUPPRESS,
                        help=tr("read the passphrase of the encrypted database and encrypted "
                                "files from FILE (default: $POCPLANNER_PASSPHRASE); a new "
                                "database is encrypted with it", lang))
    common.add_argument("--file-passphrase-file", metavar="FILE", default=argparse.SUPPRESS,
                        help=tr("read the passphrase of an encrypted exchange file from FILE "
                                "when it differs from the database's (default: "
                                "$POCPLANNER_FILE_PASSPHRASE)", lang))
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                        help=tr("language of messages (default: your system's)", lang))

    parser = argparse.ArgumentParser(
        prog="pocplanner", parents=[common],
        description=tr("Build protection-of-civilians regional action plans, offline.", lang))
    parser.add_argument("--version", action="version", version=f"pocplanner {__version__}")
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", parents=[common], help=tr("start the desktop app (default)", lang))
    gui.add_argument("--exit-after-start", action="store_true",
                     help=tr("quit as soon as the main window is shown (smoke tests)", lang))
    gui.add_argument("--open", metavar="PLAN_ID", dest="open_plan",
                     help=tr("open this plan in the wizard", lang))
    gui.add_argument("--step", choices=("context", "threats", "responses", "sequencing",
                                        "engagement", "review"),
                     help=tr("start on this step of the opened plan", lang))

    lst = sub.add_parser("list", parents=[common], help=tr("list the stored plans", lang))
    lst.add_argument("--json", action="store_true", help=tr("print JSON", lang))

    imp = sub.add_parser("import", parents=[common],
                         help=tr("store a plan from an exchange file and print its id", lang))
    imp.add_argument("file", metavar="FILE")

    exp = sub.add_parser("export", parents=[common],
                         help=tr("write a stored plan as an exchange file", lang))
    exp.add_argument("plan_id", metavar="PLAN_ID")
    exp.add_argument("out", metavar="OUT.json")
    exp.add_argument("--encrypt", action="store_true",
                     help=tr("protect the file with the passphrase (for USB transfer)", lang))

    chk = sub.add_parser("check", parents=[common],
                         help=tr("list a plan's advisories; exit 1 if any is an error", lang))
    chk.add_argument("target", metavar="FILE_OR_PLAN_ID")
    chk.add_argument("--json", action="store_true", help=tr("print JSON", lang))

    pdf = sub.add_parser("pdf", parents=[common],
                         help=tr("print a plan as a PDF regional action plan", lang))
    pdf.add_argument("target", metavar="FILE_OR_PLAN_ID")
    pdf.add_argument("out", metavar="OUT.pdf")
    pdf.add_argument("--redacted", action="store_true",
                     help=tr("the edition for wider distribution, without sensitive fields", lang))

    hist = sub.add_parser("history", parents=[common],
                          help=tr("list a plan's saved versions, compare or restore one", lang))
    hist.add_argument("plan_id", metavar="PLAN_ID")
    hist.add_argument("--json", action="store_true", help=tr("print JSON", lang))
    hist.add_argument("--diff", nargs=2, type=int, metavar=("OLD", "NEW"),
                      help=tr("what changed between two versions", lang))
    hist.add_argument("--restore", type=int, metavar="VERSION",
                      help=tr("make this version the current plan again (as a new version)", lang))

    bak = sub.add_parser("backup", parents=[common],
                         help=tr("copy the whole database (default: into the backups folder)", lang))
    bak.add_argument("out", metavar="OUT", nargs="?")

    res = sub.add_parser("restore", parents=[common],
                         help=tr("replace the database by a backup (the current one is kept)", lang))
    res.add_argument("backup", metavar="BACKUP")

    pwd = sub.add_parser("passphrase", parents=[common],
                         help=tr("encrypt the database with a passphrase, or change it", lang))
    pwd.add_argument("--new-passphrase-file", metavar="FILE",
                     help=tr("read the new passphrase from FILE (default: "
                             "$POCPLANNER_NEW_PASSPHRASE)", lang))

    dele = sub.add_parser("delete", parents=[common], help=tr("delete a stored plan", lang))
    dele.add_argument("plan_id", metavar="PLAN_ID")
    return parser


def _db_path(args: argparse.Namespace) -> Path:
    from pocplanner.paths import default_db_path
    chosen = getattr(args, "db", None)
    return Path(chosen).expanduser() if chosen else default_db_path()


def _store(args: argparse.Namespace, lang: str):
    from pocplanner.storage import PassphraseRequired, PlanStore, StorageError, open_database
    try:
        return PlanStore(open_database(_db_path(args), lang, passphrase=_passphrase(args, lang)))
    except PassphraseRequired as exc:
        raise CommandError(str(exc) + " " + tr("Set POCPLANNER_PASSPHRASE or give "
                                               "--passphrase-file FILE.", lang)) from None
    except StorageError as exc:
        raise CommandError(str(exc)) from None


def _load_stored(store, plan_id: str, lang: str):
    from pocplanner.storage import PlanNotFound
    try:
        return store.load(plan_id)
    except PlanNotFound:
        raise CommandError(tr("There is no plan with the id {id}; 'pocplanner list' shows "
                              "the stored plans.", lang, id=plan_id)) from None


def _passphrase(args: argparse.Namespace, lang: str, option: str = "passphrase_file",
                variable: str = "POCPLANNER_PASSPHRASE") -> str | None:
    """From --passphrase-file (first line) or $POCPLANNER_PASSPHRASE; never from the command line
    itself, where other users of the computer could read it."""
    path = getattr(args, option, None)
    if path:
        try:
            text = Path(path).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(tr("{path} cannot be read: {reason}.", lang, path=path,
                                  reason=getattr(exc, "strerror", None) or exc)) from None
        return text[0] if text and text[0] else None
    return os.environ.get(variable) or None


def _file_passphrase(args: argparse.Namespace, lang: str) -> str | None:
    """The passphrase of an encrypted exchange file: its own if given, else the database's."""
    return (_passphrase(args, lang, "file_passphrase_file", "POCPLANNER_FILE_PASSPHRASE")
            or _passphrase(args, lang))


def _refused(path: str, exc, lang: str) -> CommandError:
    if not exc.schema:    # not even readable as JSON: one line says it all
        return CommandError(exc.problems[0])
    return CommandError(tr("{file} was refused:", lang, file=path), exc.problems)


def cmd_list(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.reference import label
    plans = _store(args, lang).list()
    if args.json:
        print(json.dumps([p.to_json() for p in plans], ensure_ascii=False, indent=2))
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
        loaded = load_file(Path(args.file), strict=True, lang=lang,
                           passphrase=_file_passphrase(args, lang))
    except ExchangeError as exc:
        raise _refused(args.file, exc, lang) from None
    store = _store(args, lang)
    plan = loaded.plan
    wanted = plan.id
    store.add_imported(plan)
    if plan.id != wanted:
        print(tr("A plan with the id {old} is already stored; this one is stored as {new}.",
                 lang, old=wanted, new=plan.id), file=sys.stderr)
    print(plan.id)
    return EXIT_OK


def cmd_export(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.exchange import ExchangeError, export_plan
    from pocplanner.reference import label
    plan = _load_stored(_store(args, lang), args.plan_id, lang)
    passphrase = _file_passphrase(args, lang) if args.encrypt else None
    if args.encrypt and not passphrase:
        raise CommandError(tr("--encrypt needs a passphrase: set POCPLANNER_PASSPHRASE or give "
                              "--passphrase-file FILE.", lang))
    try:
        export_plan(plan, Path(args.out), lang, passphrase=passphrase)
    except ExchangeError as exc:
        raise CommandError(tr("The plan {id} cannot be exported yet:", lang, id=plan.id),
                           exc.problems) from None
    if passphrase:
        print(tr("The file is encrypted with the passphrase.", lang), file=sys.stderr)
    print(tr("Exported plan {id} to {path} (sensitivity: {sensitivity}).", lang, id=plan.id,
             path=args.out, sensitivity=label("sensitivities", plan.sensitivity, lang)), file=sys.stderr)
    return EXIT_OK


def _plan_from_file_or_store(args: argparse.Namespace, lang: str):
    from pocplanner.exchange import ExchangeError, load_file
    target = args.target
    path = Path(target)
    if path.exists() or target.lower().endswith(".json") or os.sep in target:
        try:
            return load_file(path, strict=False, lang=lang,
                             passphrase=_file_passphrase(args, lang)).plan
        except ExchangeError as exc:
            raise _refused(target, exc, lang) from None
    store = _store(args, lang)
    if not store.exists(target):
        raise CommandError(tr("{target} is neither a file nor the id of a stored plan.", lang,
                              target=target))
    return _load_stored(store, target, lang)


def cmd_check(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.domain.checks import ERROR, has_errors, run_checks
    advisories = run_checks(_plan_from_file_or_store(args, lang))
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
            print(tr("No advisories: the plan passes every check.", lang))
    return EXIT_PLAN_ERRORS if has_errors(advisories) else EXIT_OK


def cmd_pdf(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.reports import render_pdf
    plan = _plan_from_file_or_store(args, lang)
    language = getattr(args, "lang", None) or plan.language or lang
    try:
        render_pdf(plan, Path(args.out), language, redacted=args.redacted)
    except OSError as exc:
        raise CommandError(tr("{path} cannot be written: {reason}.", lang, path=args.out,
                              reason=exc.strerror or exc)) from None
    print(tr("Wrote {path}.", lang, path=args.out), file=sys.stderr)
    return EXIT_OK


def cmd_history(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.domain.diff import LISTS, diff_plans
    from pocplanner.storage import PlanNotFound
    store = _store(args, lang)
    try:
        if args.restore is not None:
            revision = store.restore_version(args.plan_id, args.restore)
            print(tr("Version {old} of {id} is now the current plan (version {new}).", lang,
                     old=args.restore, id=args.plan_id, new=revision))
            return EXIT_OK
        if args.diff:
            old, new = (store.load_version(args.plan_id, r) for r in args.diff)
            changes = diff_plans(old, new)
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
            return EXIT_OK
        versions = store.history(args.plan_id)
    except PlanNotFound as exc:
        raise CommandError(tr("There is no plan or version {what}; 'pocplanner history PLAN_ID' "
                              "lists the versions.", lang, what=exc.args[0])) from None
    if args.json:
        print(json.dumps([v.to_json() for v in versions], ensure_ascii=False, indent=2))
        return EXIT_OK
    for v in versions:
        print(f"{v.revision:>4}  {v.saved_at.replace('T', ' ')[:19]}  {v.os_user:<12}  "
              f"{v.prepared_by}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.storage.backups import copy_database, make_backup
    store = _store(args, lang)
    if args.out:
        path = copy_database(store.db, Path(args.out))
    else:
        path = make_backup(store.db, "manual")
    print(path)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.storage import BackupError, restore_backup
    try:
        safety = restore_backup(Path(args.backup), _db_path(args), lang,
                                passphrase=_passphrase(args, lang))
    except BackupError as exc:
        raise CommandError(str(exc)) from None
    _store(args, lang)      # migrates an older backup to the current schema
    print(tr("Restored {backup}.", lang, backup=args.backup), file=sys.stderr)
    if safety:
        print(tr("The database as it was is kept in {path}.", lang, path=safety),
              file=sys.stderr)
    return EXIT_OK


def cmd_passphrase(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.storage import StorageError, is_encrypted, set_passphrase
    path = _db_path(args)
    new = _passphrase(args, lang, "new_passphrase_file", "POCPLANNER_NEW_PASSPHRASE")
    if not new:
        raise CommandError(tr("Give the new passphrase in POCPLANNER_NEW_PASSPHRASE or with "
                              "--new-passphrase-file FILE.", lang))
    encrypted = is_encrypted(path)
    old = _passphrase(args, lang) if encrypted else None
    if encrypted and not old:
        raise CommandError(tr("The database is encrypted: give its current passphrase in "
                              "POCPLANNER_PASSPHRASE or with --passphrase-file FILE.", lang))
    _store(args, lang).db.close()          # migrated, and checked to open, before the change
    try:
        left = set_passphrase(path, old, new, lang)
    except StorageError as exc:
        raise CommandError(str(exc)) from None
    print(tr("The database is now encrypted with the new passphrase.", lang) if encrypted else
          tr("The database and its backups are now encrypted with the passphrase. Keep it "
             "safe: without it the plans cannot be recovered.", lang), file=sys.stderr)
    for backup in left:
        print(tr("This copy could not be re-encrypted and was left as it was: {path}", lang,
                 path=backup), file=sys.stderr)
    return EXIT_OK


def cmd_delete(args: argparse.Namespace, lang: str) -> int:
    store = _store(args, lang)
    if not store.delete(args.plan_id):
        raise CommandError(tr("There is no plan with the id {id}; 'pocplanner list' shows "
                              "the stored plans.", lang, id=args.plan_id))
    print(tr("Deleted plan {id}.", lang, id=args.plan_id), file=sys.stderr)
    return EXIT_OK


def cmd_gui(args: argparse.Namespace, lang: str) -> int:
    from pocplanner.ui.system_check import problem
    text = problem()
    if text:
        raise CommandError(text)
    from pocplanner.ui.app import run_app
    return run_app(_db_path(args), lang=lang, passphrase=_passphrase(args, lang),
                   exit_after_start=getattr(args, "exit_after_start", False),
                   open_plan=getattr(args, "open_plan", None), step=getattr(args, "step", None))


COMMANDS = {"gui": cmd_gui, "list": cmd_list, "import": cmd_import, "export": cmd_export,
            "check": cmd_check, "pdf": cmd_pdf, "history": cmd_history, "backup": cmd_backup,
            "restore": cmd_restore, "passphrase": cmd_passphrase, "delete": cmd_delete}


def _operational_error() -> type[Exception]:
    """The database driver's "busy or cannot write" error, once storage has been loaded."""
    storage = sys.modules.get("pocplanner.storage")
    return storage.OperationalError if storage else _NeverRaised


class _NeverRaised(Exception):
    pass


def _language_asked(argv: list[str]) -> str | None:
    """--lang from the command line before parsing it, so that help and usage errors are
    already in that language."""
    for i, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else (
            argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None)
        if value in LANGUAGES:
            return value
    return None


def _translate_argparse(lang: str) -> None:
    """argparse's own words (usage, options, its error messages) through our catalogue."""
    argparse._ = lambda text: tr(text, lang)
    argparse.ngettext = lambda one, many, n: tr(one if n == 1 else many, lang)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from pocplanner.settings import Settings
    lang = _language_asked(argv) or default_language(Settings.load().language)
    _translate_argparse(lang)
    args = _parser(lang).parse_args(argv)
    lang = getattr(args, "lang", None) or lang
    if args.self_test:        # hidden: checks an installed or bundled pocplanner, headless
        from pocplanner.selftest import run
        return run()
    command = args.command or "gui"
    from pocplanner import logs
    logs.setup(_db_path(args))
    try:
        return COMMANDS[command](args, lang)
    except CommandError as exc:
        logs.LOGGER.info("%s: refused or failed (%d detail lines)", command, len(exc.details))
        print(f"pocplanner: {exc}", file=sys.stderr)
        for detail in exc.details:
            print(f"  - {detail}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return EXIT_OK
    except _operational_error() as exc:
        logs.log_exception(command, exc)
        print(tr("pocplanner: the database is busy or cannot be written ({reason}); another "
                 "pocplanner may be saving. Try again in a moment.", lang, reason=exc),
              file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:   # the last line of defence: one line, never a traceback
        logs.log_exception(command, exc)
        try:
            text = tr("pocplanner: unexpected error ({kind}): {reason}", lang,
                      kind=type(exc).__name__, reason=exc)
        except Exception:
            text = f"pocplanner: unexpected error ({type(exc).__name__}): {exc}"
        print(text, file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
