"""The `pocplanner` command: the desktop app and the plan library from the command line.

Exit codes: 0 done; 1 `check` found errors in the plan; 2 the command could not be done
(bad file, unknown plan, unreadable database) — always with one clear message, never a
Python traceback.
"""
from __future__ import annotations

import sys

from pocplanner.cli.common import CommandError, db_path
from pocplanner.cli.parser import COMMANDS, language_asked, parse, translate_argparse
from pocplanner.i18n import default_language, tr
from pocplanner.messages import UserError

EXIT_OK, EXIT_FAILED = 0, 2


def _operational_error() -> type[Exception]:
    """The database driver's "busy or cannot write" error, once storage has been loaded."""
    storage = sys.modules.get("pocplanner.storage")
    return storage.OperationalError if storage else _NeverRaised


class _NeverRaised(Exception):
    pass


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from pocplanner.cli.safe_output import SafeStream
    if not isinstance(sys.stdout, SafeStream):      # nothing printed can drive the terminal
        sys.stdout, sys.stderr = SafeStream(sys.stdout), SafeStream(sys.stderr)
    from pocplanner.settings import Settings
    lang = language_asked(argv) or default_language(Settings.load().language)
    translate_argparse(lang)
    args = parse(argv, lang)
    lang = getattr(args, "lang", None) or lang
    if args.self_test:        # hidden: checks an installed or bundled pocplanner, headless
        from pocplanner.ui.selftest import run
        return run()
    command = args.command or "gui"
    if db_path(args).is_dir():            # refused before anything is created beside it
        print(tr("pocplanner: {path} is a folder, not a database file.", lang,
                 path=db_path(args)), file=sys.stderr)
        return EXIT_FAILED
    from pocplanner import logs
    logs.setup(db_path(args))
    try:
        return COMMANDS[command].runner()(args, lang)
    except CommandError as exc:
        logs.info("%s: refused or failed (%d detail lines)", command, len(exc.details))
        print(f"pocplanner: {exc}", file=sys.stderr)
        for detail in exc.details:
            print(f"  - {detail}", file=sys.stderr)
        return EXIT_FAILED
    except UserError as exc:            # a core error no command turned into its own words
        logs.info("%s: %s", command, type(exc).__name__)
        print(f"pocplanner: {exc.text(lang)}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return EXIT_OK
    except _operational_error() as exc:
        from pocplanner.cli.failures import database_error_text
        logs.log_exception(command, exc)
        print(database_error_text(exc, db_path(args), lang), file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:          # the medium: full, read-only, no permission, too large
        from pocplanner.cli.failures import os_error_text
        logs.log_exception(command, exc)
        print(os_error_text(exc, lang), file=sys.stderr)
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
