"""Turning encryption on, and changing the passphrase, without ever risking the data.

The database is copied, page by page, into a new file encrypted with the new passphrase
(`sqlcipher_export`), the copy is flushed to disk and checked, and only then renamed over
the old file in one step. Killed at any moment before the rename, the old file opens with the
old passphrase (or without one); after it, the new file opens with the new one. The backups
are then re-encrypted one by one the same way, so that an old passphrase, or the plain text
of the time before encryption, does not live on in backups/. A damaged copy kept in clear
beside the database (a restore over a damaged plain database keeps one, `NAME.damaged`) is
sealed into `NAME.damaged.sealed` (the encrypted exchange files' AES-GCM, same passphrase) and
the clear copy wiped: it cannot be opened as a database, but a specialist can still recover it.

No other pocplanner may have the database open meanwhile: the app closes its plan windows
first, and the change is refused while another program holds the database (its WAL file is
then still there after we closed ours).
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from pocplanner.crypto import DecryptionError, decrypt, encrypt, passphrase_problem
from pocplanner.files import private_file, write_atomically
from pocplanner.messages import Message
from pocplanner.storage import driver
from pocplanner.storage.backups import backups_dir, list_backups
from pocplanner.storage.database import connect_checked
from pocplanner.storage.errors import StorageError

SQLITE_HEADER = b"SQLite format 3\x00"




def _wipe(fh) -> None:
    """Overwrite a file we hold open with zeros (best effort: a journaling file system or an
    SSD may keep older copies of the blocks)."""
    try:
        size = os.fstat(fh.fileno()).st_size
        fh.seek(0)
        chunk = b"\x00" * 65536
        for _ in range(0, size, len(chunk)):
            fh.write(chunk)
        fh.flush()
        os.fsync(fh.fileno())
    except OSError:
        pass


def _export(path: Path, old: str | None, new: str, target: Path) -> None:
    """Copy the database at path (opened with old) into target, encrypted with new."""
    target.unlink(missing_ok=True)
    conn = driver.connect(path, old if driver.is_encrypted(path) else None)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY {driver.quoted(new)}", [str(target)])
        conn.execute("SELECT sqlcipher_export('rekeyed')")
        conn.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
        conn.execute("DETACH DATABASE rekeyed")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    private_file(target)            # SQLCipher makes it with the umask (0644)
    with open(target, "rb") as fh:
        os.fsync(fh.fileno())
    check = driver.connect(target, new, readonly=True)
    try:
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise driver.DatabaseError("the encrypted copy failed its integrity check")
    finally:
        check.close()


def _replace(part: Path, path: Path) -> None:
    """Rename part over path in one step, then wipe the old file's content (best effort)."""
    old = None
    if os.name == "posix" and path.exists():
        old = open(path, "r+b")     # the old inode outlives the rename while we hold it
    try:
        os.replace(part, path)      # the one step that switches passphrases
        try:
            if os.name == "posix":
                fd = os.open(path.parent, os.O_RDONLY)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
        except OSError:
            pass
        if old is not None:
            _wipe(old)
    finally:
        if old is not None:
            old.close()


def set_passphrase(path: Path, old: str | None, new: str,
                   progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """Encrypt the database at path with `new` (old: its current passphrase, None if it is
    not encrypted yet). Returns the backups and damaged copies that could not be re-encrypted
    (made with yet another passphrase, or damaged); they are left as they were."""
    path = Path(path)
    problem = passphrase_problem(new)
    if problem:
        raise StorageError(problem)
    if not driver.exists(path):
        raise StorageError(Message("The database {path} does not exist.", path=path))
    connect_checked(path, old)[0].close()       # WrongPassphrase: nothing changed
    part = path.with_name(path.name + ".rekey")
    backups = list_backups(path)
    total = 1 + len(backups)
    try:
        _export(path, old, new, part)
    except driver.Error as exc:
        part.unlink(missing_ok=True)
        raise StorageError(Message("The database could not be encrypted ({reason}); it was left "
                              "as it was.", reason=exc)) from exc
    for suffix in ("-wal", "-shm"):
        if Path(f"{path}{suffix}").exists() and Path(f"{path}{suffix}").stat().st_size:
            part.unlink(missing_ok=True)
            raise StorageError(Message("Another pocplanner has the database open; close it, then "
                                  "try again. Nothing was changed."))
    try:
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        _replace(part, path)
    except OSError as exc:          # the rename did not happen: the old file is untouched
        part.unlink(missing_ok=True)
        raise StorageError(Message("The database could not be encrypted ({reason}); it was left "
                              "as it was.", reason=exc)) from exc
    if progress:
        progress(1, total)
    left = _seal_damaged_copy(path, old, new)
    _wipe_partial_backups(path)
    for done, backup in enumerate(backups, start=2):
        if not _rekey_backup(backup, old, new):
            left.append(backup)
        if progress:
            progress(done, total)
    return left


def finish_interrupted(path: Path, key: str | None) -> list[Path]:
    """What a passphrase change killed half-way left: backups still in clear beside an
    encrypted database (the first encryption re-encrypts them after the database). Each is
    encrypted with the database's passphrase now, on the next open; returns them."""
    if key is None:
        return []
    done = []
    for backup in list_backups(path):
        try:
            with open(backup, "rb") as fh:
                if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                    continue              # encrypted (with this passphrase or an older one)
        except OSError:
            continue
        if _rekey_backup(backup, None, key):
            done.append(backup)
    return done


def _rekey_backup(backup: Path, old: str | None, new: str) -> bool:
    """The backup re-encrypted with `new` through NAME.rekey, or, when it cannot be read as a
    database but is in clear, sealed (_seal_in_clear). False when it was left as it was."""
    part = backup.with_name(backup.name + ".rekey")
    try:
        _export(backup, old, new, part)
        _replace(part, backup)
    except (driver.Error, OSError):
        part.unlink(missing_ok=True)
        return _seal_in_clear(backup, new)
    return True


def _seal_in_clear(copy: Path, new: str) -> bool:
    """A copy that could not be re-encrypted as a database (damaged) but is plain text:
    sealed with the new passphrase (NAME.sealed, the encrypted exchange files' format) and
    the clear file wiped. True when nothing is left in clear."""
    try:
        with open(copy, "r+b") as fh:
            data = fh.read()
            if driver.is_encrypted(copy):
                return False          # ciphertext of another passphrase: no clear text
            write_atomically(copy.with_name(copy.name + ".sealed"), encrypt(data, new))
            _wipe(fh)
        copy.unlink()
        return True
    except OSError:
        return False


def _seal_damaged_copy(path: Path, old: str | None, new: str) -> list[Path]:
    """Seal the clear damaged copy beside the database with `new`, or re-seal an earlier sealed
    one; returns the copies left as they were (an I/O error, or sealed with yet another
    passphrase). A damaged copy of an encrypted database is ciphertext already: left alone."""
    damaged = path.with_name(path.name + ".damaged")
    sealed = path.with_name(path.name + ".damaged.sealed")
    left = []
    try:
        if damaged.is_file():
            with open(damaged, "r+b") as fh:
                data = fh.read()
                if old is None or data.startswith(SQLITE_HEADER):
                    write_atomically(sealed, encrypt(data, new))
                    _wipe(fh)
                    damaged.unlink()
        elif sealed.is_file() and old is not None:
            write_atomically(sealed, encrypt(decrypt(sealed.read_bytes(), old), new))
    except (OSError, DecryptionError):
        left.append(damaged if damaged.exists() else sealed)
    return left


def _wipe_partial_backups(path: Path) -> None:
    """A backup interrupted by a kill leaves its partial copy (*.part), written with the
    encryption of its time: wiped, nothing is making a backup while we hold the database."""
    folder = backups_dir(path)
    for partial in folder.glob("*.part") if folder.is_dir() else []:
        try:
            with open(partial, "r+b") as fh:
                _wipe(fh)
            partial.unlink()
        except OSError:
            pass
