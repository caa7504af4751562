"""Storage problems, each said in words for the user."""
from __future__ import annotations

from pocplanner.messages import UserError


class StorageError(UserError):
    """A database problem, said in words for the user."""


class PassphraseRequired(StorageError):
    """The database is encrypted and no passphrase was given."""


class WrongPassphrase(StorageError):
    """The passphrase does not open the encrypted database; nothing was changed."""


class DatabaseLocked(StorageError):
    """The app locked the database after idle time; it opens again with the passphrase."""
