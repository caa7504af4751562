"""The SQLite library behind storage: SQLCipher (through `sqlcipher3`), which reads and writes
plain SQLite files as well as files encrypted page by page with a passphrase.

Everything in storage connects through `connect()` so that a database, its WAL, its journal
and its backups are all encrypted with the same passphrase when it has one. SQLCipher derives
the key from the passphrase with PBKDF2-HMAC-SHA512 (256,000 rounds) and a per-file salt, and
authenticates every page (HMAC-SHA512); a wrong passphrase reads as "file is not a database".
"""
from __future__ import annotations

import os
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlite

Connection = sqlite.Connection
Cursor = sqlite.Cursor
Error = sqlite.Error
DatabaseError = sqlite.DatabaseError
OperationalError = sqlite.OperationalError
IntegrityError = sqlite.IntegrityError

PLAIN_HEADER = b"SQLite format 3\x00"


def quoted(passphrase: str) -> str:
    """The passphrase as an SQL string literal (PRAGMA takes no bound parameters)."""
    if "\x00" in passphrase:
        raise ValueError("a passphrase cannot contain a NUL character")
    return "'" + passphrase.replace("'", "''") + "'"


def connect(path: Path | str, passphrase: str | None = None, *, readonly: bool = False,
            timeout: float = 5.0, autocommit: bool = True) -> sqlite.Connection:
    """A connection keyed with the passphrase (None: a plain database). The key is checked
    by the caller's first read, which fails with DatabaseError if it is wrong."""
    # read-only: immutable, so that SQLite needs neither a journal nor a WAL index beside it
    target = f"file:{Path(path).as_posix()}?mode=ro&immutable=1" if readonly else str(path)
    conn = sqlite.connect(target, timeout=timeout, uri=readonly,
                          isolation_level=None if autocommit else "DEFERRED")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")   # SQLCipher would print to stderr
        if passphrase is not None:
            conn.execute(f"PRAGMA key = {quoted(passphrase)}")
        conn.execute("PRAGMA temp_store = MEMORY")       # no temporary files beside the data
    except BaseException:
        conn.close()
        raise
    return conn


# Pictures, documents, archives and sealed exchange files: signatures of 3 bytes or more, so
# that an encrypted database, which starts with a random salt, is never taken for one (a
# one-byte "{" for JSON did that once in 256 new databases). Text such as JSON is told apart
# by its entropy: printable text stays far below the threshold.
# Signatures of at least three bytes (a random salt starts so once in 16 million rekeys):
# pictures, documents, archives and compressed files, audio and video.
OTHER_FORMATS = (b"\x89PNG", b"%PDF", b"PK\x03\x04", b"\xff\xd8\xff", b"GIF8",
                 b"PPLNENC1", b"\x1f\x8b\x08", b"7z\xbc\xaf\x27\x1c", b"\xfd7zXZ\x00",
                 b"BZh", b"\x28\xb5\x2f\xfd", b"Rar!\x1a\x07", b"OggS", b"RIFF",
                 b"\x1a\x45\xdf\xa3", b"ID3", b"fLaC", b"\xd0\xcf\x11\xe0")


def is_encrypted(path: Path) -> bool:
    """True for a file that looks like an encrypted database, judged by its content: whole
    pages (512 bytes or more), and a first page as random as ciphertext (SQLCipher starts
    with a random salt; a plain database, even with a damaged header, is mostly structure
    and zeros; a picture or a document has its own signature)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
            size = os.fstat(fh.fileno()).st_size
    except OSError:
        return False
    if size < 512 or size % 512 or head.startswith(PLAIN_HEADER) or \
            head.startswith(OTHER_FORMATS) or head[4:8] in (b"ftyp", b"moov"):   # mp4, mov
        return False
    return _entropy(head[:1024]) > 7.0


def _entropy(data: bytes) -> float:
    """Shannon entropy in bits per byte: ~7.8 for 1 KB of ciphertext, far less for a page of
    a plain database."""
    import math
    from collections import Counter
    if not data:
        return 0.0
    n = len(data)
    return -sum(c / n * math.log2(c / n) for c in Counter(data).values())


def exists(path: Path) -> bool:
    """A database file with content (SQLite creates empty files on a failed open)."""
    try:
        return Path(path).stat().st_size > 0
    except OSError:
        return False
