"""A damaged or emptied database never loses returns silently: the kiosk refuses, names the
newest backup, and recovery restores every return the backup holds."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable

import pytest

from kiosk.config import Settings
from kiosk.db.backups import KEPT_COPIES, newest_backup, write_backup
from kiosk.db.engine import Database, DatabaseCorrupt, DatabaseMissing
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.services.recovery import NothingToRestore, back_up_if_due, open_database, recover
from kiosk.sync.credentials import credentials_path
from kiosk.workflow.cases import CaseLine, Resolution, ReturnCase, new_case_id
from kiosk.workflow.errors import StorageError
from kiosk.workflow.ids import LineId, OrderNumber, mint_return_code

NOW = datetime(2026, 11, 27, 12, tzinfo=timezone.utc)


def a_case(created_at: datetime = NOW) -> ReturnCase:
    return ReturnCase(
        id=new_case_id(), code=mint_return_code(), order_number=OrderNumber("R100001"), store_id="S001",
        device_id="device-1", created_at=created_at, currency="USD", resolution=Resolution.REFUND,
        lines=(CaseLine(LineId("L1"), "SKU-1", "Tee", 1, "too_small", "eligible", 2700),),
        policy_version="v1", refund_total=2700, customer_email="a@example.com",
    )


def save_cases(settings: Settings, count: int) -> list[str]:
    database = open_database(settings)
    ids = []
    try:
        with UnitOfWork(database).writing() as tx:
            for _ in range(count):
                case = a_case()
                tx.cases.save(case, now=NOW)
                ids.append(case.id)
    finally:
        database.close()
    return ids


@pytest.fixture
def in_service(demo_settings: Settings) -> Settings:
    """A registered profile with returns, one backup, and nothing sent to central yet."""
    credentials_path(demo_settings.profile).write_text("{}", encoding="utf-8")
    return demo_settings


def zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


def truncated(path: Path) -> None:
    with path.open("rb+") as handle:
        handle.truncate(path.stat().st_size // 3)


def garbage_mid_file(path: Path) -> None:
    size = path.stat().st_size
    with path.open("rb+") as handle:
        for start in range(4096, size - 4096, 8192):  # every other page past the first
            handle.seek(start)
            handle.write(os.urandom(4096))


def header_destroyed(path: Path) -> None:
    with path.open("rb+") as handle:
        handle.write(b"\0" * 100)


DAMAGE: dict[str, Callable[[Path], None]] = {
    "zero bytes": zero_bytes, "truncated": truncated, "garbage mid-file": garbage_mid_file,
    "header destroyed": header_destroyed,
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damage_is_refused_with_the_backup_named_and_recovery_restores_it(in_service: Settings, damage: str) -> None:
    backed_up = save_cases(in_service, 3)
    copy = write_backup(in_service.database_path, in_service.profile, NOW)
    save_cases(in_service, 1)  # after the backup: these damages leave it unreadable
    DAMAGE[damage](in_service.database_path)

    with pytest.raises(StorageError) as refused:
        open_database(in_service)
    message = str(refused.value)
    assert str(in_service.database_path) in message and copy.name in message and "kiosk recover" in message

    report = recover(in_service, NOW + timedelta(hours=1))
    assert report.restored.cases == 3 and report.restored.unsent == 3
    database = open_database(in_service)
    try:
        with UnitOfWork(database).reading() as tx:
            assert all(tx.cases.load(case_id).id == case_id for case_id in backed_up)
            assert tx.orders.count() == 0  # pulled again from central at the next sync
    finally:
        database.close()
    assert report.damaged_kept_at is not None and report.damaged_kept_at.exists()
    assert report.missing_case_ids is None  # these damages leave no case readable
    assert any("could not be read" in line for line in report.lines())


def test_recovery_names_the_returns_a_readable_file_has_beyond_the_backup(in_service: Settings) -> None:
    save_cases(in_service, 2)
    write_backup(in_service.database_path, in_service.profile, NOW)
    later = save_cases(in_service, 2)
    report = recover(in_service, NOW + timedelta(hours=1))
    assert report.missing_case_ids == frozenset(later)
    assert any(later[0] in line for line in report.lines())


def test_a_missing_file_in_a_profile_in_service_is_refused(in_service: Settings) -> None:
    save_cases(in_service, 1)
    write_backup(in_service.database_path, in_service.profile, NOW)
    in_service.database_path.unlink()
    with pytest.raises(DatabaseMissing, match="missing, but this profile was in use"):
        open_database(in_service)


def test_a_new_profile_starts_on_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.sqlite"
    path.write_bytes(b"")
    Database(path).open().close()  # nothing shows it was ever used: a first start


def test_garbage_written_while_the_kiosk_was_stopped_is_found_without_a_crash_marker(in_service: Settings) -> None:
    save_cases(in_service, 2)
    garbage_mid_file(in_service.database_path)
    assert not in_service.database_path.with_name("kiosk.sqlite.running").exists()
    with pytest.raises(DatabaseCorrupt, match="is damaged"):
        open_database(in_service)


def test_a_clean_shutdown_is_opened_without_a_check_and_still_works(in_service: Settings) -> None:
    ids = save_cases(in_service, 1)
    assert in_service.database_path.with_name("kiosk.sqlite.clean").exists()
    database = open_database(in_service)
    try:
        with UnitOfWork(database).reading() as tx:
            assert tx.cases.load(ids[0]).id == ids[0]
    finally:
        database.close()


def test_a_backup_is_small_and_forgets_the_order_cache(in_service: Settings) -> None:
    save_cases(in_service, 2)
    copy = write_backup(in_service.database_path, in_service.profile, NOW)
    assert copy.stat().st_size < in_service.database_path.stat().st_size / 2
    restored = Database(copy).open()
    try:
        with UnitOfWork(restored).reading() as tx:
            assert tx.orders.count() == 0 and len(tx.cases.recent()) == 2
            assert tx.settings.get("sync.orders.cursor") is None
    finally:
        restored.close()


def test_backups_are_made_when_due_and_only_the_newest_are_kept(in_service: Settings) -> None:
    first = back_up_if_due(in_service, NOW)
    assert first is not None and back_up_if_due(in_service, NOW + timedelta(hours=1)) is None
    for hours in range(5, 5 + 4 * (KEPT_COPIES + 1), 5):
        assert back_up_if_due(in_service, NOW + timedelta(hours=hours)) is not None
    copies = sorted((in_service.profile / "backups").glob("kiosk-*.sqlite"))
    assert len(copies) == KEPT_COPIES and newest_backup(in_service.profile) == copies[-1]


def test_recovery_without_a_backup_says_so(in_service: Settings) -> None:
    with pytest.raises(NothingToRestore, match="no backup"):
        recover(in_service, NOW)
