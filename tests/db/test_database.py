"""The local SQLite file: migrations, pragmas, backups, and atomic case + outbox writes."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from kiosk.db import case_store
from kiosk.db.engine import (
    KEPT_BACKUPS,
    SCHEMA_HEAD,
    Database,
    DatabaseCorrupt,
    current_revision,
    head_revision,
    make_engine,
    migrate,
)
from kiosk.db.models import Base, OutboxRow, ReturnCaseRow
from kiosk.workflow.cases import CaseLine, Resolution, ReturnCase, new_case_id
from kiosk.workflow.ids import LineId, OrderNumber, mint_return_code

NOW = datetime(2026, 11, 27, 12, tzinfo=timezone.utc)


def a_case(**changes: object) -> ReturnCase:
    base = dict(
        id=new_case_id(), code=mint_return_code(), order_number=OrderNumber("R100001"), store_id="S001",
        device_id="device-1", created_at=NOW, currency="USD", resolution=Resolution.REFUND,
        lines=(CaseLine(LineId("L1"), "SKU-1", "Tee", 1, "too_small", "eligible", 2700),),
        policy_version="v1", refund_total=2700, customer_email="a@example.com",
    )
    base.update(changes)
    return ReturnCase(**base)  # type: ignore[arg-type]


def test_the_schema_head_known_at_start_up_is_the_newest_migration() -> None:
    assert SCHEMA_HEAD == head_revision()


def test_an_empty_file_is_migrated_to_head(tmp_path: Path) -> None:
    database = Database(tmp_path / "kiosk.sqlite").open()
    assert current_revision(database.engine) == head_revision()
    with database.engine.connect() as connection:
        tables = {row[0] for row in connection.exec_driver_sql("select name from sqlite_master where type='table'")}
    assert {"orders", "order_lines", "return_cases", "outbox", "print_jobs", "policy_versions", "staff"} <= tables
    database.close()


def test_an_older_schema_is_backed_up_and_migrated_to_head_keeping_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.sqlite"
    engine = make_engine(path)
    migrate(engine, "0001")
    with engine.begin() as connection:
        connection.execute(text("insert into settings (key, value) values ('device', 'kept')"))
    engine.dispose()

    database = Database(path).open()
    assert current_revision(database.engine) == head_revision()
    with database.engine.connect() as connection:
        assert connection.execute(text("select value from settings where key='device'")).scalar() == "kept"
    backups = list(tmp_path.glob("kiosk.before-*.sqlite"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("select value from settings").fetchone() == ("kept",)
    copy.close()
    database.close()


def test_only_the_newest_backups_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.sqlite"
    older = [tmp_path / f"kiosk.before-000{i}.2026010{i}T000000Z.sqlite" for i in range(1, 5)]
    for age, copy in enumerate(older):
        copy.write_bytes(b"an old copy")
        os.utime(copy, (1_700_000_000 + age, 1_700_000_000 + age))  # the last is the newest
    unrelated = tmp_path / "other.before-0001.20260101T000000Z.sqlite"
    unrelated.write_bytes(b"another profile's copy")
    engine = make_engine(path)
    migrate(engine, "0001")
    engine.dispose()

    Database(path).open().close()
    kept = sorted(tmp_path.glob("kiosk.before-*.sqlite"))
    assert len(kept) == KEPT_BACKUPS
    assert older[-1] in kept and older[-2] in kept  # with the copy just made
    assert not older[0].exists() and not older[1].exists()
    assert unrelated.exists()


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    database = Database(tmp_path / "kiosk.sqlite").open()
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []
    database.close()


def test_every_connection_uses_wal_full_sync_and_foreign_keys(tmp_path: Path) -> None:
    database = Database(tmp_path / "kiosk.sqlite").open()
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("pragma journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("pragma synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("pragma foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("pragma secure_delete").scalar() == 1
    database.close()


def test_a_case_is_saved_with_its_outbox_event(tmp_path: Path) -> None:
    database = Database(tmp_path / "kiosk.sqlite").open()
    case = a_case()
    with database.session() as session, session.begin():
        case_store.save_case(session, case, now=NOW)
    with database.session() as session:
        event = session.execute(select(OutboxRow)).scalar_one()
        assert event.idempotency_key == case.id and event.state == "pending"
        assert event.payload == case.to_dict()
        assert case_store.load_case(session, case.id) == case
    database.close()


def test_a_failed_save_leaves_neither_case_nor_event(tmp_path: Path) -> None:
    database = Database(tmp_path / "kiosk.sqlite").open()
    first = a_case()
    with database.session() as session, session.begin():
        case_store.save_case(session, first, now=NOW)
    clash = a_case(code=first.code)  # the unique return code makes the case insert fail
    with pytest.raises(IntegrityError), database.session() as session, session.begin():
        case_store.save_case(session, clash, now=NOW)
    with database.session() as session:
        assert session.execute(select(ReturnCaseRow.id)).scalars().all() == [first.id]
        assert [e.case_id for e in session.execute(select(OutboxRow)).scalars()] == [first.id]
    database.close()


def test_an_unclean_shutdown_triggers_a_quick_check_that_refuses_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.sqlite"
    database = Database(path).open()
    database.engine.dispose()  # no close(): the running marker stays, as after a crash
    assert path.with_name("kiosk.sqlite.running").exists()
    Database(path).open().close()  # a healthy file passes the check
    opened = Database(path).open()
    with opened.engine.connect() as connection:
        connection.exec_driver_sql("pragma wal_checkpoint(truncate)")
    opened.engine.dispose()
    with path.open("r+b") as handle:  # damage the schema page, as a torn write would
        handle.seek(100)
        handle.write(b"\xff" * 3000)
    with pytest.raises(DatabaseCorrupt):
        Database(path).open()


def test_only_cases_saved_after_the_cached_copy_count_as_not_yet_returned(tmp_path: Path) -> None:
    from datetime import timedelta

    database = Database(tmp_path / "kiosk.sqlite").open()
    older = a_case(created_at=NOW - timedelta(hours=2))
    newer = a_case(created_at=NOW, lines=(CaseLine(LineId("L1"), "SKU-1", "Tee", 2, "too_small", "eligible", 5400),))
    with database.session() as session, session.begin():
        case_store.save_case(session, older, now=NOW)
        case_store.save_case(session, newer, now=NOW)
    with database.session() as session:
        assert case_store.returned_quantities(session, "R100001", since=NOW - timedelta(hours=1)) == {"L1": 2}
        assert case_store.returned_quantities(session, "R100001") == {"L1": 3}
        assert case_store.returned_quantities(session, "R999999") == {}
    database.close()
