"""The command line's commands in one table (COMMANDS: each command's arguments and the
function that runs it), and its arguments in the user's language (argparse's own words
included). Adding a command is one entry in COMMANDS."""
from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from typing import NamedTuple

from pocplanner import __version__
from pocplanner.domain.flow import STEPS
from pocplanner.i18n import LANGUAGES, tr


def _common_options(lang: str) -> argparse.ArgumentParser:
    """The options every command takes: --db, the passphrase files, --lang."""
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

    return common


def build_parser(lang: str, only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or with only: just that command's arguments (what a run of
    that command needs: building all of them costs ~10 ms of every start of the app)."""
    common = _common_options(lang)
    parser = argparse.ArgumentParser(
        prog="pocplanner", parents=[common],
        description=tr("Build protection-of-civilians regional action plans, offline.", lang))
    parser.add_argument("--version", action="version", version=f"pocplanner {__version__}")
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, command in COMMANDS.items():
        if only is None or name == only:
            command.add_arguments(sub, common, lang)
    return parser


def parse(argv: list[str], lang: str) -> argparse.Namespace:
    """The arguments; a run that names its command first (or none: the app) builds only that
    command's parser, anything else (help, an option first, a typo) the whole one."""
    first = argv[0] if argv else "gui"
    if first in COMMANDS and not {"-h", "--help"} & set(argv):
        return build_parser(lang, only=first).parse_args(argv)
    return build_parser(lang).parse_args(argv)


def _gui(sub, common, lang: str) -> None:
    gui = sub.add_parser("gui", parents=[common], help=tr("start the desktop app (default)", lang))
    gui.add_argument("--exit-after-start", action="store_true",
                     help=tr("quit as soon as the main window is shown (smoke tests)", lang))
    gui.add_argument("--open", metavar="PLAN_ID", dest="open_plan",
                     help=tr("open this plan in its window", lang))
    gui.add_argument("--step", choices=STEPS,
                     help=tr("start on this step of the opened plan", lang))


def _list(sub, common, lang: str) -> None:
    lst = sub.add_parser("list", parents=[common], help=tr("list the stored plans", lang))
    lst.add_argument("--json", action="store_true", help=tr("print JSON", lang))


def _import(sub, common, lang: str) -> None:
    imp = sub.add_parser("import", parents=[common],
                         help=tr("store a plan from an exchange file and print its id", lang))
    imp.add_argument("file", metavar="FILE")


def _export(sub, common, lang: str) -> None:
    exp = sub.add_parser("export", parents=[common],
                         help=tr("write a stored plan as an exchange file", lang))
    exp.add_argument("plan_id", metavar="PLAN_ID")
    exp.add_argument("out", metavar="OUT.json")
    exp.add_argument("--encrypt", action="store_true",
                     help=tr("protect the file with the passphrase (for USB transfer)", lang))


def _check(sub, common, lang: str) -> None:
    chk = sub.add_parser("check", parents=[common],
                         help=tr("list a plan's advisories; exit 1 if any is an error", lang))
    chk.add_argument("target", metavar="FILE_OR_PLAN_ID")
    chk.add_argument("--json", action="store_true", help=tr("print JSON", lang))


def _pdf(sub, common, lang: str) -> None:
    pdf = sub.add_parser("pdf", parents=[common],
                         help=tr("print a plan as a PDF regional action plan", lang))
    pdf.add_argument("target", metavar="FILE_OR_PLAN_ID")
    pdf.add_argument("out", metavar="OUT.pdf")
    pdf.add_argument("--redacted", action="store_true",
                     help=tr("the edition for wider distribution, without sensitive fields", lang))


def _report(sub, common, lang: str) -> None:
    rep = sub.add_parser("report", parents=[common],
                         help=tr("print a plan's POC status report as a PDF (activities, "
                                 "alerts, reviews, incidents, advisories)", lang))
    rep.add_argument("target", metavar="FILE_OR_PLAN_ID")
    rep.add_argument("out", metavar="OUT.pdf")
    rep.add_argument("--as-of", metavar="YYYY-MM-DD", dest="as_of",
                     help=tr("the day the report speaks of (default: the plan's as-of date, "
                             "else today)", lang))
    rep.add_argument("--redacted", action="store_true",
                     help=tr("the edition for wider distribution, without sensitive fields", lang))


def _map(sub, common, lang: str) -> None:
    m = sub.add_parser("map", parents=[common],
                       help=tr("draw a plan's map alone (PNG or PDF)", lang))
    m.add_argument("target", metavar="FILE_OR_PLAN_ID")
    m.add_argument("out", metavar="OUT.png|OUT.pdf")
    m.add_argument("--layer", choices=["risk", "activities", "incidents"],
                   help=tr("only the threat risk by cercle, only the activities, or only "
                           "the incidents by cercle (default: all three)", lang))
    m.add_argument("--date", metavar="YYYY-MM-DD",
                   help=tr("show which activities run that day and whether security cover "
                           "holds them", lang))


def _history(sub, common, lang: str) -> None:
    hist = sub.add_parser("history", parents=[common],
                          help=tr("list a plan's saved versions, compare or restore one", lang))
    hist.add_argument("plan_id", metavar="PLAN_ID")
    hist.add_argument("--json", action="store_true", help=tr("print JSON", lang))
    hist.add_argument("--diff", nargs=2, type=int, metavar=("OLD", "NEW"),
                      help=tr("what changed between two versions", lang))
    hist.add_argument("--restore", type=int, metavar="VERSION",
                      help=tr("make this version the current plan again (as a new version)", lang))


def _backup(sub, common, lang: str) -> None:
    bak = sub.add_parser("backup", parents=[common],
                         help=tr("copy the whole database (default: into the backups folder)", lang))
    bak.add_argument("out", metavar="OUT", nargs="?")


def _restore(sub, common, lang: str) -> None:
    res = sub.add_parser("restore", parents=[common],
                         help=tr("replace the database by a backup (the current one is kept)", lang))
    res.add_argument("backup", metavar="BACKUP")


def _passphrase(sub, common, lang: str) -> None:
    pwd = sub.add_parser("passphrase", parents=[common],
                         help=tr("encrypt the database with a passphrase, or change it", lang))
    pwd.add_argument("--new-passphrase-file", metavar="FILE",
                     help=tr("read the new passphrase from FILE (default: "
                             "$POCPLANNER_NEW_PASSPHRASE)", lang))


def _delete(sub, common, lang: str) -> None:
    dele = sub.add_parser("delete", parents=[common], help=tr("delete a stored plan", lang))
    dele.add_argument("plan_id", metavar="PLAN_ID")


def _consolidate(sub, common, lang: str) -> None:
    from pocplanner.cli.mission_commands import add_parser
    add_parser(sub, common, lang)


def _incidents(sub, common, lang: str) -> None:
    from pocplanner.cli.incident_commands import add_parser
    add_parser(sub, common, lang)


def _network(sub, common, lang: str) -> None:
    from pocplanner.cli.network_commands import add_parser
    add_parser(sub, common, lang)


class Command(NamedTuple):     # not a dataclass: the app's start would import dataclasses
    add_arguments: Callable[[argparse._SubParsersAction, argparse.ArgumentParser, str], None]
    runs: str          # "module:function" of pocplanner.cli, imported when the command runs

    def runner(self) -> Callable[[argparse.Namespace, str], int]:
        module, function = self.runs.split(":")
        return getattr(importlib.import_module(f"pocplanner.cli.{module}"), function)


# Every command: its arguments and what runs it (in the order `pocplanner --help` lists them).
COMMANDS = {
    "gui": Command(_gui, "database_commands:cmd_gui"),
    "list": Command(_list, "plan_commands:cmd_list"),
    "import": Command(_import, "plan_commands:cmd_import"),
    "export": Command(_export, "plan_commands:cmd_export"),
    "check": Command(_check, "plan_commands:cmd_check"),
    "pdf": Command(_pdf, "plan_commands:cmd_pdf"),
    "map": Command(_map, "plan_commands:cmd_map"),
    "report": Command(_report, "report_commands:cmd_report"),
    "history": Command(_history, "database_commands:cmd_history"),
    "backup": Command(_backup, "database_commands:cmd_backup"),
    "restore": Command(_restore, "database_commands:cmd_restore"),
    "passphrase": Command(_passphrase, "database_commands:cmd_passphrase"),
    "delete": Command(_delete, "plan_commands:cmd_delete"),
    "incidents": Command(_incidents, "incident_commands:cmd_incidents"),
    "consolidate": Command(_consolidate, "mission_commands:cmd_consolidate"),
    "network": Command(_network, "network_commands:cmd_network"),
}


def language_asked(argv: list[str]) -> str | None:
    """--lang from the command line before parsing it, so that help and usage errors are
    already in that language."""
    for i, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else (
            argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None)
        if value in LANGUAGES:
            return value
    return None


def translate_argparse(lang: str) -> None:
    """argparse's own words (usage, options, its error messages) through our catalogue."""
    argparse._ = lambda text: tr(text, lang)
    argparse.ngettext = lambda one, many, n: tr(one if n == 1 else many, lang)
