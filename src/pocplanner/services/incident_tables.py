"""Other systems' incident tables: the saved column mappings (layouts), a file's header and
first rows read through a mapping with the problems found (the mapping dialog's preview), and
the import through a layout named on the command line (`--layout NAME`)."""
from __future__ import annotations

from pathlib import Path

from pocplanner.domain.incidents import IncidentFile
from pocplanner.domain.incidents.mapping import FIELDS, Layout, PreviewRow, guess, preview
from pocplanner.messages import Message, UserError
from pocplanner.storage import incident_layouts as stored

__all__ = ["FIELDS", "Layout", "NoSuchLayout", "PreviewRow", "guess", "layout", "layouts",
           "open_table", "preview", "save_layout"]

layouts = stored.layouts
save_layout = stored.save_layout
delete_layout = stored.delete_layout


class NoSuchLayout(UserError):
    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(Message("There is no saved layout {name}; saved layouts: {known}. "
                                 "Save one with --layout NAME --map FIELD=COLUMN … or from "
                                 "the import dialog.", name=name, known=", ".join(known) or "—"))


class BadMapping(UserError):
    pass


def layout(db, name: str) -> Layout:
    found = stored.layout(db, name)
    if found is None:
        raise NoSuchLayout(name, [lay.name for lay in stored.layouts(db)])
    return found


def layout_from_options(name: str, options: list[str]) -> Layout:
    """A layout from `--map FIELD=COLUMN` options (date=Date, place="Lieu", …)."""
    columns: dict[str, str] = {}
    for option in options:
        field, sep, column = option.partition("=")
        field = field.strip().lower()
        if not sep or field not in FIELDS or not column.strip():
            raise BadMapping(Message("--map {option}: write FIELD=COLUMN, FIELD one of "
                                     "{fields}", option=option, fields=", ".join(FIELDS)))
        columns[field] = column.strip().lower()
    return Layout(name.strip()[:80], columns)


def open_table(path: Path | str) -> IncidentFile:
    """A file's header and start, whatever its columns (for the mapping dialog)."""
    return IncidentFile.header_only(path)
