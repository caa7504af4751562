"""SQLite storage of plans (sqlite-utils for the schema), with linear migrations and
optional encryption at rest (SQLCipher)."""
from pocplanner.storage.backups import (
    BackupError,
    daily_backup,
    list_backups,
    make_backup,
    restore_backup,
)
from pocplanner.storage.database import is_encrypted, lock, open_database, unlock
from pocplanner.storage.driver import OperationalError
from pocplanner.storage.errors import (
    DatabaseLocked,
    DiskFull,
    NotWritable,
    PassphraseRequired,
    StorageError,
    WrongPassphrase,
)
from pocplanner.storage.plans import (
    PlanChanged,
    PlanNotFound,
    PlanStore,
    PlanSummary,
    VersionSummary,
)

__all__ = [
    "BackupError",
    "DatabaseLocked",
    "DiskFull",
    "NotWritable",
    "OperationalError",
    "PassphraseRequired",
    "PlanChanged",
    "PlanNotFound",
    "PlanStore",
    "PlanSummary",
    "StorageError",
    "VersionSummary",
    "WrongPassphrase",
    "daily_backup",
    "is_encrypted",
    "list_backups",
    "lock",
    "make_backup",
    "open_database",
    "passphrase_problem",
    "restore_backup",
    "set_passphrase",
    "unlock",
]


def __getattr__(name: str):
    """The passphrase change (rekey.py) is loaded when first used, not at start-up."""
    if name in ("passphrase_problem", "set_passphrase"):
        from pocplanner.storage import rekey
        return getattr(rekey, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
