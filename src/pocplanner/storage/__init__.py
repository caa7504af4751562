"""SQLite storage of plans (sqlite-utils), with linear migrations."""
from pocplanner.storage.backups import (BackupError, daily_backup, list_backups, make_backup,
                                        restore_backup)
from pocplanner.storage.database import StorageError, open_database
from pocplanner.storage.plans import (PlanChanged, PlanNotFound, PlanStore, PlanSummary,
                                      VersionSummary)

__all__ = ["BackupError", "daily_backup", "list_backups", "make_backup", "restore_backup",
           "StorageError", "open_database", "PlanChanged", "PlanNotFound",
           "PlanStore", "PlanSummary", "VersionSummary"]
