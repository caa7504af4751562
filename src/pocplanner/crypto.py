"""Sealing bytes with a passphrase: encrypted exchange files for carrying plans on USB sticks,
and sealed copies of damaged databases. Used by exchange and storage alike.

Layout: MAGIC (8 bytes) · salt (16) · nonce (12) · AES-256-GCM ciphertext of the plain JSON
file, with MAGIC + salt as associated data. The key comes from the passphrase through scrypt
(memory-hard: 2^15 × 8 × 1, 32 MB), so guessing passphrases on a seized stick is slow.
A wrong passphrase and a changed byte both fail the authentication: nothing is decrypted.
"""
from __future__ import annotations

import os

from pocplanner.messages import Message, UserError

MAGIC = b"PPLNENC1"
SALT, NONCE = 16, 12
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 15, 8, 1


MIN_LENGTH = 8


def normalize_passphrase(text: str) -> str:
    """The same passphrase whatever typed or stored it: Unicode NFC (an "é" typed on Windows
    and on Linux is one character), without a byte-order mark a Windows editor may add."""
    import unicodedata
    return unicodedata.normalize("NFC", text.removeprefix("\ufeff"))


def passphrase_problem(passphrase: str) -> Message | None:
    """Why a new passphrase (of the database or of an exchange file) cannot be used, or None."""
    if len(passphrase) < MIN_LENGTH:
        return Message("A passphrase needs at least {n} characters; a few words that belong "
                       "together are easy to remember and hard to guess.", n=MIN_LENGTH)
    if any(ord(c) < 32 for c in passphrase):
        return Message("A passphrase cannot contain control characters.")
    return None


class DecryptionError(UserError):
    """The bytes could not be opened with this passphrase; nothing was decrypted."""


def is_encrypted(data: bytes) -> bool:
    return data.startswith(MAGIC)


def _key(passphrase: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(
        passphrase.encode("utf-8"))


def encrypt(plain: bytes, passphrase: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    if not passphrase:
        raise ValueError("empty passphrase")
    salt, nonce = os.urandom(SALT), os.urandom(NONCE)
    header = MAGIC + salt
    return header + nonce + AESGCM(_key(passphrase, salt)).encrypt(nonce, plain, header)


def decrypt(data: bytes, passphrase: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    if len(data) < len(MAGIC) + SALT + NONCE + 16:
        raise DecryptionError(Message("The encrypted file is truncated."))
    salt = data[len(MAGIC):len(MAGIC) + SALT]
    nonce = data[len(MAGIC) + SALT:len(MAGIC) + SALT + NONCE]
    try:
        return AESGCM(_key(passphrase, salt)).decrypt(nonce, data[len(MAGIC) + SALT + NONCE:],
                                                     MAGIC + salt)
    except InvalidTag:
        raise DecryptionError(Message("The passphrase is wrong, or the file was changed after it "
                                 "was encrypted.")) from None
