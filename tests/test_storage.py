import json
import sqlite3

import pytest
from sqlite_utils import Database

from pocplanner.domain.model import Plan
from pocplanner.storage import (
    PlanChanged,
    PlanNotFound,
    PlanStore,
    StorageError,
    driver,
    migrations,
    open_database,
)


@pytest.fixture
def sample_plan(sample_document):
    return Plan.from_dict(sample_document["plan"])


def test_new_database_is_at_the_latest_schema_in_wal_mode(db_path):
    db = open_database(db_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db_path.exists()


def test_saved_plan_loads_back_equal(store, sample_plan, db_path):
    store.save(sample_plan)
    again = PlanStore(open_database(db_path)).load(sample_plan.id)
    assert again == sample_plan
    assert again.to_dict() == sample_plan.to_dict()


def test_listing_shows_title_region_period_status_and_last_change(store, sample_plan):
    store.save(sample_plan)
    [row] = store.list()
    assert (row.id, row.title, row.region, row.period_start, row.period_end, row.status,
            row.sensitivity, row.revision) == (
        "sample-gao-2019-q1", sample_plan.title, "Gao", "2019-01-01", "2019-03-31", "draft",
        "strictly_confidential", 1)
    assert row.updated_at.startswith("20")


def test_each_save_is_a_new_revision_and_stale_saves_are_refused(store, sample_plan):
    assert store.save(sample_plan) == 1
    assert store.save(sample_plan, expected_revision=1) == 2
    with pytest.raises(PlanChanged):
        store.save(sample_plan, expected_revision=1)
    assert store.revision(sample_plan.id) == 2


def test_a_failed_save_changes_nothing(store, sample_plan):
    store.save(sample_plan)
    before = store.load(sample_plan.id)
    sample_plan.title = None   # violates NOT NULL: the transaction must roll back
    with pytest.raises(driver.IntegrityError):
        store.save(sample_plan)
    assert store.load(sample_plan.id) == before
    assert store.revision(sample_plan.id) == 1


def test_delete_and_missing_plan(store, sample_plan):
    store.save(sample_plan)
    assert store.delete(sample_plan.id) is True
    assert store.delete(sample_plan.id) is False
    with pytest.raises(PlanNotFound):
        store.load(sample_plan.id)


def test_free_id(store, sample_plan):
    assert store.free_id(sample_plan.id) == sample_plan.id
    store.save(sample_plan)
    assert store.free_id(sample_plan.id) == "sample-gao-2019-q1-2"


def test_migration_from_version_1_backfills_and_backs_up_first(db_path, sample_document):
    # A database as the first release wrote it: schema 1, no sensitivity column.
    db_path.parent.mkdir(parents=True)
    old = Database(sqlite3.connect(db_path, isolation_level=None))
    migrations.apply(old, upto=1)
    old.execute("INSERT INTO plans (id, title, region, period_start, period_end, status, "
                "document, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ["sample-gao-2019-q1", "Gao", "Gao", "2019-01-01", "2019-03-31", "draft",
                 json.dumps(sample_document["plan"]), "2019-01-01T00:00:00+00:00",
                 "2019-01-01T00:00:00+00:00"])
    assert "sensitivity" not in old["plans"].columns_dict
    old.conn.close()

    store = PlanStore(open_database(db_path))
    [row] = store.list()
    assert row.sensitivity == "strictly_confidential"
    assert row.revision == 1
    assert store.load("sample-gao-2019-q1").to_dict() == sample_document["plan"]

    [backup] = (db_path.parent / "backups").glob("*.db")
    kept = sqlite3.connect(backup)
    assert kept.execute("PRAGMA user_version").fetchone()[0] == 1
    assert kept.execute("SELECT id FROM plans").fetchall() == [("sample-gao-2019-q1",)]
    kept.close()


def test_a_newer_database_is_refused_and_left_alone(db_path):
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match="newer version of pocplanner"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(db_path):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is a shopping list, not a database" * 100)
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match="not a pocplanner database"):
        open_database(db_path)
    assert db_path.read_bytes() == before
