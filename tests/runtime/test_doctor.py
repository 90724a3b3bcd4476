"""`kiosk doctor` against a real central server on loopback and real profile files."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

import pytest

from kiosk.config import Settings
from kiosk.db.backups import write_backup
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.services.doctor import Check, run_doctor
from kiosk.workflow.policy import parse_policy
from tests.sync.support import LiveCentral, demo_policy, kiosk_profile, open_database, running_central

STORE = "S-DOC"


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@pytest.fixture
def central(tmp_path: Path) -> Iterator[LiveCentral]:
    with running_central(tmp_path, STORE) as server:
        yield server


@pytest.fixture
def healthy(tmp_path: Path, central: LiveCentral) -> Settings:
    """A registered profile with a database, a fresh backup and a printer writing to a folder."""
    settings = kiosk_profile(tmp_path / "kiosk", server_url=central.url, token=central.add_device(STORE),
                             store_id=STORE)
    open_database(settings).close()
    write_backup(settings.database_path, settings.profile, utc_now())
    printers = {"counter": {"kind": "pdf", "directory": str(tmp_path / "slips")}}
    return replace(settings, printers=printers)


def by_name(checks: list[Check]) -> dict[str, Check]:
    return {check.name: check for check in checks}


def test_a_healthy_kiosk_passes_every_check(healthy: Settings) -> None:
    checks = by_name(run_doctor(healthy, utc_now))
    assert all(check.ok for check in checks.values()), [c.line() for c in checks.values() if not c.ok]
    assert set(checks) >= {"free disk", "database", "backup", "printer counter", "central", "device token", "clock"}


def test_a_clock_ten_minutes_off_needs_attention(healthy: Settings) -> None:
    checks = by_name(run_doctor(healthy, lambda: utc_now() + timedelta(minutes=10)))
    assert not checks["clock"].ok and "ahead of central" in checks["clock"].detail
    assert checks["central"].ok


def test_a_revoked_or_wrong_token_needs_attention(tmp_path: Path, central: LiveCentral) -> None:
    settings = kiosk_profile(tmp_path / "kiosk", server_url=central.url, token="not-a-real-token", store_id=STORE)
    checks = by_name(run_doctor(settings, utc_now))
    assert checks["central"].ok and not checks["device token"].ok
    assert "register the device again" in checks["device token"].detail


def test_an_unreachable_server_needs_attention(healthy: Settings, central: LiveCentral) -> None:
    central.stop()
    checks = by_name(run_doctor(healthy, utc_now))
    assert not checks["central"].ok and "does not answer" in checks["central"].detail


def test_a_damaged_database_and_no_backup_need_attention(tmp_path: Path, healthy: Settings) -> None:
    healthy.database_path.write_bytes(b"garbage" * 100)
    for copy in (healthy.profile / "backups").iterdir():
        copy.unlink()
    checks = by_name(run_doctor(healthy, utc_now))
    assert not checks["database"].ok and "kiosk recover" in checks["database"].detail
    assert not checks["backup"].ok


def test_an_unregistered_kiosk_without_printers_is_told_what_to_do(tmp_path: Path) -> None:
    from kiosk.config import load_settings

    settings = load_settings(tmp_path / "fresh")
    settings.profile.mkdir(parents=True)
    checks = by_name(run_doctor(settings, utc_now))
    assert "kiosk register" in checks["central"].detail and not checks["printers"].ok


def test_the_clock_limit_is_the_active_policys(healthy: Settings) -> None:
    """The running kiosk holds window verdicts past the policy's limit, so the doctor warns there."""
    document = demo_policy()
    document.setdefault("approval", {})["max_clock_offset_minutes"] = 15
    database = open_database(healthy)
    try:
        with UnitOfWork(database).writing() as tx:
            tx.policies.activate(parse_policy(document), received_at=utc_now())
    finally:
        database.close()
    assert by_name(run_doctor(healthy, lambda: utc_now() + timedelta(minutes=10)))["clock"].ok
    twenty_off = by_name(run_doctor(healthy, lambda: utc_now() + timedelta(minutes=20)))["clock"]
    assert not twenty_off.ok and "policy's 15 minutes" in twenty_off.detail
