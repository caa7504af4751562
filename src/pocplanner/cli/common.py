"""What every command shares: where the database is, passphrases from files or the
environment, opening the library, and reading a plan from a file or the library."""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from pocplanner.i18n import tr

MAX_PASSPHRASE_FILE = 4096      # bytes read from --passphrase-file (its first line counts)


class CommandError(Exception):
    """The command cannot be done; the message says why, for the user."""

    def __init__(self, message: str, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.details = details or []


def db_path(args: argparse.Namespace) -> Path:
    from pocplanner.paths import default_db_path
    chosen = getattr(args, "db", None)
    return Path(chosen).expanduser() if chosen else default_db_path()


def passphrase(args: argparse.Namespace, lang: str, option: str = "passphrase_file",
               variable: str = "POCPLANNER_PASSPHRASE") -> str | None:
    """From --passphrase-file (first line) or $POCPLANNER_PASSPHRASE; never from the command line
    itself, where other users of the computer could read it."""
    path = getattr(args, option, None)
    if path:
        try:
            with open(path, "rb") as fh:        # a line, not /dev/zero read to the end
                text = fh.read(MAX_PASSPHRASE_FILE).decode("utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(tr("{path} cannot be read: {reason}.", lang, path=path,
                                  reason=getattr(exc, "strerror", None) or exc)) from None
        value = text[0] if text and text[0] else None
    else:
        value = os.environ.get(variable) or None
    if value is None:
        return None
    from pocplanner.crypto import normalize_passphrase
    value = normalize_passphrase(value)
    if "\x00" in value:
        raise CommandError(tr("The passphrase holds a NUL character; a passphrase is a line "
                              "of text.", lang))
    return value or None


def file_passphrase(args: argparse.Namespace, lang: str) -> str | None:
    """The passphrase of an encrypted exchange file: its own if given, else the database's."""
    return (passphrase(args, lang, "file_passphrase_file", "POCPLANNER_FILE_PASSPHRASE")
            or passphrase(args, lang))


def library(args: argparse.Namespace, lang: str):
    """The library of --db, opened with its passphrase; a CommandError says why not."""
    from pocplanner.services.database import StorageError
    from pocplanner.services.library import PassphraseRequired, open_library
    try:
        return open_library(db_path(args), passphrase=passphrase(args, lang))
    except PassphraseRequired as exc:
        raise CommandError(exc.text(lang) + " " + tr("Set POCPLANNER_PASSPHRASE or give "
                                                     "--passphrase-file FILE.", lang)) from None
    except StorageError as exc:
        raise CommandError(exc.text(lang)) from None


def date_option(option: str, value: str | None, lang: str):
    """The day an option names (--date, --as-of), None when not given; CommandError when the
    text is not a date."""
    if value is None:
        return None
    import datetime as dt
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CommandError(tr("{option} {value}: not a date; write it as YYYY-MM-DD.", lang,
                              option=option, value=value)) from None


def checked_output(args: argparse.Namespace, out: str | Path, inputs=(),
                   replaces_database: bool = False) -> Path:
    """OUT after the one output rule (services/outputs.py): never an input of the command,
    the database, a backup, a folder, a link, a device or a FIFO. Raises UnsafeOutput (a
    UserError, said in the user's language) before anything is written."""
    from pocplanner.services.outputs import check_output
    return check_output(out, inputs, db_path(args), replaces_database=replaces_database)


def plan_inputs(targets) -> list[Path]:
    """The targets that are files (the others are ids of stored plans)."""
    return [Path(t) for t in targets if Path(t).exists()]


def refused(path: str, exc, lang: str) -> CommandError:
    """An exchange file that was refused: one line, or the file and each problem."""
    problems = exc.problem_texts(lang)
    if not exc.schema:    # not even readable as JSON: one line says it all
        return CommandError(problems[0])
    return CommandError(tr("{file} was refused:", lang, file=path), problems)


def plan_from_file_or_library(args: argparse.Namespace, lang: str):
    """args.target: an exchange file (read leniently: problems become advisories) or the id
    of a stored plan."""
    from pocplanner.exchange import ExchangeError, load_file
    from pocplanner.messages import UserError
    target = args.target
    path = Path(target)
    if path.exists() or target.lower().endswith(".json") or os.sep in target:
        try:
            return load_file(path, strict=False, passphrase=file_passphrase(args, lang)).plan
        except ExchangeError as exc:
            raise refused(target, exc, lang) from None
    if not db_path(args).exists():      # reading: never create an empty database for it
        raise CommandError(tr("{target} is neither a file nor the id of a stored plan.", lang,
                              target=target))
    plans = library(args, lang)
    if not plans.exists(target):
        raise CommandError(tr("{target} is neither a file nor the id of a stored plan.", lang,
                              target=target))
    try:
        return plans.load(target)
    except UserError as exc:
        raise CommandError(exc.text(lang)) from None
