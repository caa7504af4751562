"""What the command line prints cannot drive the terminal: a plan received from elsewhere may
hold escape sequences in its title (clearing the screen, changing the window title, faking
output). Every control character except newline and tab is shown escaped (\x1b)."""
from __future__ import annotations

import io

_KEEP = {"\n", "\t"}
_TABLE = {c: f"\\x{c:02x}" for c in (*range(0x20), 0x7f, *range(0x80, 0xa0))
          if chr(c) not in _KEEP}


def escape_controls(text: str) -> str:
    return text.translate(_TABLE)


class SafeStream(io.TextIOBase):
    """A text stream that escapes control characters on their way to the terminal."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(escape_controls(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def close(self) -> None:
        self._stream.close()

    def __del__(self) -> None:
        """A wrapper that goes away leaves the stream it wraps open (io's default would close
        it: the command line run in process, then the caller's own stdout)."""

    @property
    def encoding(self) -> str:
        return getattr(self._stream, "encoding", "utf-8")

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()
