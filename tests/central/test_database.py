"""The database layer: migrations that match the models, SQLite set up for safe concurrent writes."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from central.database import Database, normalise_url
from central.models import Base


def test_migrations_build_exactly_the_models_and_run_twice_harmlessly(db_urls):
    db = Database.open(db_urls())
    try:
        db.migrate()
        db.migrate()
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        db.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys_and_full_sync(sqlite_file):
    db = Database.open(sqlite_file)
    db.migrate()
    with db.engine.connect() as connection:
        pragmas = {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                   for name in ("journal_mode", "foreign_keys", "synchronous")}
    db.dispose()
    assert pragmas == {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2}


@pytest.mark.parametrize(("given", "expected"), [
    ("postgres://u:p@db:5432/central", "postgresql+psycopg://u:***@db:5432/central"),
    ("postgresql://u@db/central", "postgresql+psycopg://u@db/central"),
    ("postgresql+psycopg2://u@db/central", "postgresql+psycopg://u@db/central"),
    ("sqlite:///central.sqlite3", "sqlite:///central.sqlite3"),
])
def test_database_urls_are_normalised(given, expected):
    assert str(normalise_url(given)) == expected


def test_a_bare_path_is_a_sqlite_file(tmp_path):
    assert normalise_url(str(tmp_path / "c.db")).database == str(tmp_path / "c.db")


@pytest.mark.parametrize("url", ["mysql://db/central", "sqlite://", "sqlite:///:memory:"])
def test_other_databases_are_refused(url):
    with pytest.raises(ValueError):
        Database.open(url)
