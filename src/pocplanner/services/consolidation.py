"""The mission view's inputs, as the command line and the app both gather them: stored plans
by id and exchange files received from the regions (encrypted ones with their passphrase),
consolidated by domain/consolidation.py, printed by reports/consolidated.py."""
from __future__ import annotations

from pathlib import Path

from pocplanner.domain.consolidation import Consolidation, Input, consolidate
from pocplanner.messages import Message, UserError

__all__ = [
    "Consolidation",
    "Input",
    "InputRefused",
    "consolidate",
    "consolidated_pdf",
    "read_inputs",
]


class InputRefused(UserError):
    """An input of the mission view cannot be read; says which and why."""

    def __init__(self, target: str, reason: Message | str) -> None:
        super().__init__(Message("{target} cannot be read: {reason}", target=target,
                                 reason=reason))
        self.target = target


def read_file(path: Path, passphrase: str | None = None) -> Input:
    from pocplanner.exchange import ExchangeError, PassphraseNeeded, load_file
    try:
        return Input(load_file(path, strict=False, passphrase=passphrase).plan, str(path))
    except PassphraseNeeded:
        raise InputRefused(str(path), Message("it is encrypted; give its passphrase")) from None
    except ExchangeError as exc:
        first = exc.problems[:3]          # Messages: said in the language of the command
        joined = "; ".join(f"{{p{i}}}" for i in range(len(first)))
        raise InputRefused(str(path), Message(joined, **{f"p{i}": p for i, p in
                                                         enumerate(first)})) from None
    except UserError as exc:                 # a wrong passphrase, a damaged sealed file
        raise InputRefused(str(path), exc.message) from None
    except OSError as exc:
        raise InputRefused(str(path), exc.strerror or str(exc)) from None


def read_inputs(targets: list[str], library=None, passphrase: str | None = None) -> list[Input]:
    """Each target: an exchange file (by its path) or the id of a plan of the library."""
    inputs = []
    for target in targets:
        path = Path(target)
        if path.exists() or target.lower().endswith(".json"):
            if not path.is_file():
                raise InputRefused(target, Message("there is no such file"))
            inputs.append(read_file(path, passphrase))
        elif library is not None and library.exists(target):
            inputs.append(Input(_as_sent(library, target), "library"))
        else:
            raise InputRefused(target, Message("it is neither a file nor the id of a stored "
                                               "plan"))
    return inputs


def _as_sent(library, plan_id: str):
    """A stored plan under the id its office gave it: a fork received from the mission
    network is stored under another id but is the same plan (CONS-FORK compares them)."""
    from pocplanner.storage.network import origin_id
    plan = library.load(plan_id)
    plan.id = origin_id(library.db, plan_id) or plan.id
    return plan


def consolidated_pdf(c: Consolidation, lang: str, redacted: bool = False,
                     places: tuple = ()) -> bytes:
    from pocplanner.reports.consolidated import consolidated_document
    return consolidated_document(c, lang, redacted, places)
