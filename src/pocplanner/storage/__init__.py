"""SQLite storage of plans (sqlite-utils), with linear migrations."""
from pocplanner.storage.database import StorageError, backup_database, open_database
from pocplanner.storage.plans import PlanChanged, PlanNotFound, PlanStore, PlanSummary

__all__ = ["StorageError", "backup_database", "open_database", "PlanChanged", "PlanNotFound",
           "PlanStore", "PlanSummary"]
