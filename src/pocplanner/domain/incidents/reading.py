"""Reading an incident file: its encoding, delimiter and format judged from its start, then
its rows streamed as Events (a file of 200,000 rows never sits whole in memory).

A file that cannot be read at all (not text, no known header, columns missing) is refused
with every problem (FileRefused); a row that cannot be read is skipped and listed with its
line (IncidentFile.skipped). One event is counted once, even when the file has one row per
actor (ACLED's actor-based files repeat `event_id_cnty`)."""
from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from pocplanner.domain.incidents.event import Event, RowProblem
from pocplanner.domain.incidents.formats import Format, detect, normalise_header
from pocplanner.messages import Message, UserError

SAMPLE = 1 << 20
MAX_FIELD = 1 << 20            # no cell of an incident file is longer than 1 MB
csv.field_size_limit(MAX_FIELD)


class Skipped(NamedTuple):
    line: int
    message: Message


class FileRefused(UserError):
    """The file is not an incident file pocplanner reads; nothing was imported."""

    def __init__(self, path: Path | str, problems: list[Message],
                 unknown_format: bool = False) -> None:
        super().__init__(Message("{file} cannot be imported as incident data.",
                                 file=Path(path).name))
        self.problems = problems
        self.unknown_format = unknown_format   # another system's table: a mapping reads it

    def problem_texts(self, lang: str = "en") -> list[str]:
        return [p.render(lang) for p in self.problems]


class Cancelled(Exception):
    """The user stopped the import; nothing was imported."""


def _encoding(sample: bytes) -> str | None:
    """utf-16 (with its mark), utf-8 (with or without one), else Windows-1252 (Excel's CSV on
    a French Windows); None for a file that is not text."""
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in sample:
        return None
    try:
        sample.decode("utf-8")
        return "utf-8-sig"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 3:       # a character cut by the end of the sample
            return "utf-8-sig"
    return "cp1252"


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t", "|")}
    return max(counts, key=lambda d: counts[d]) if max(counts.values()) else ","


def _rows(reader, path: Path) -> Iterator[list[str]]:
    """The CSV rows; a cell over MAX_FIELD (or a quote never closed that swallows the rest
    of the file) refuses the file with its line."""
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            too_long = "field larger" in str(exc)
            raise FileRefused(path, [Message(
                "line {line}: a cell is longer than {limit} MB (a quote never closed?)"
                if too_long else "line {line}: the CSV cannot be read ({reason})",
                line=reader.line_num, limit=MAX_FIELD >> 20, reason=str(exc))]) from None
        yield row


class IncidentFile:
    """An incident file opened for reading: format, encoding and delimiter known. With a
    layout (another system's table mapped column by column), the layout says how to read it
    instead of the header."""

    def __init__(self, path: Path | str, layout: Any = None) -> None:
        self.path = Path(path)
        self._sniff()
        if layout is not None:
            problems = layout.problems(self.header)
            if problems:
                raise FileRefused(self.path, problems)
            self.format: Format = layout.format()
        else:
            self.format = self._detected()
        self.rows = 0              # data rows read
        self.duplicates_in_file = 0
        self.skipped: list[Skipped] = []

    @classmethod
    def header_only(cls, path: Path | str) -> "IncidentFile":
        """The file's encoding, delimiter, header and first rows, whatever its columns (the
        mapping dialog's preview); not for reading events."""
        opened = cls.__new__(cls)
        opened.path = Path(path)
        opened._sniff()
        return opened

    def _sniff(self) -> None:
        try:
            with open(self.path, "rb") as fh:
                sample = fh.read(SAMPLE)
            self.size = self.path.stat().st_size
        except OSError as exc:
            raise FileRefused(self.path, [Message("it cannot be read: {reason}",
                                                  reason=exc.strerror or exc)]) from None
        encoding = _encoding(sample)
        if encoding is None or not sample.strip():
            problem = Message("it is not a text (CSV) file") if sample.strip() else \
                Message("it is empty")
            raise FileRefused(self.path, [problem])
        self.encoding = encoding
        text = sample.decode(encoding, errors="replace")
        lines = text.splitlines()
        self.delimiter = _delimiter(lines[0])
        rows = list(csv.reader(io.StringIO("\n".join(lines[:2])), delimiter=self.delimiter))
        self.raw_header = [c.strip().strip("\ufeff").strip() for c in rows[0]] if rows else []
        self.header = normalise_header(rows[0]) if rows else []
        self.hxl = len(rows) > 1 and all(c.strip().startswith("#") for c in rows[1] if c.strip())

    def _detected(self) -> Format:
        found = detect(self.header)
        if found is None:
            raise FileRefused(self.path, [Message(
                "line 1: the header names no known format (an ACLED export with "
                "event_id_cnty, UCDP GED with id, type_of_violence, where_prec and best, or "
                "the mission's incident log with incident_id); it reads: {header}",
                header=", ".join(self.header[:8])[:200]), Message(
                "another system's table imports through a column mapping: the import "
                "dialog, or --layout NAME with --map FIELD=COLUMN")], unknown_format=True)
        missing = [c for c in found.required if c not in self.header]
        if missing:
            raise FileRefused(self.path, [Message("line 1: column {column} is missing "
                                                  "({format})", column=c,
                                                  format=found.name) for c in missing])
        return found

    def first_rows(self, count: int) -> list[list[str]]:
        """The first data rows as they are (the mapping dialog's preview)."""
        out: list[list[str]] = []
        with open(self.path, "rb") as raw:
            text = io.TextIOWrapper(raw, encoding=self.encoding, errors="replace", newline="")
            reader = csv.reader(text, delimiter=self.delimiter)
            next(reader, None)
            for row in reader:
                if any(cell.strip() for cell in row):
                    out.append(row)
                if len(out) >= count:
                    break
        return out

    def events(self, progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> Iterator[Event]:
        """The file's events, each once; progress(bytes read, bytes in all) now and then;
        Cancelled when cancelled() says so."""
        column = {name: i for i, name in reversed(list(enumerate(self.header)))}
        read = self.format.make_reader(column)
        seen: set[str] = set()
        width = len(self.header)
        with open(self.path, "rb") as raw:
            text = io.TextIOWrapper(raw, encoding=self.encoding, errors="replace", newline="")
            reader = csv.reader(text, delimiter=self.delimiter)
            next(reader, None)
            if self.hxl:
                next(reader, None)
            for row in _rows(reader, self.path):
                if not "".join(row).strip():
                    continue
                if len(row) < width:          # a short row: its missing cells are empty
                    row += [""] * (width - len(row))
                self.rows += 1
                if self.rows % 5000 == 0:
                    if cancelled is not None and cancelled():
                        raise Cancelled()
                    if progress is not None:
                        progress(raw.tell(), self.size)
                try:
                    event = read(row)
                except RowProblem as problem:
                    self.skipped.append(Skipped(reader.line_num, problem.message))
                    continue
                if event.uid in seen:
                    self.duplicates_in_file += 1
                    continue
                seen.add(event.uid)
                yield event
        if progress is not None:
            progress(self.size, self.size)
