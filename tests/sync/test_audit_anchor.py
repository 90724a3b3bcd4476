"""The audit log against the real central: keyed entries, the head anchored at every sync, a log
rewritten even with its key caught by central and raised as an alarm, ``delivered`` that hides
nothing, an upgraded kiosk's unkeyed entries, and a file put back from an older copy."""

from __future__ import annotations

import shutil

from sqlalchemy import select

from central.models import AuditEntry as CentralAuditEntry
from central.ops.audit_alarms import alarms
from central.ops.audit_verify import verify_device
from kiosk.cli import audit as audit_cli
from kiosk.cli import sync as sync_cli
from kiosk.db.engine import Database
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.services.sync_review import SyncStaffActions
from kiosk.sync.health import read_health
from kiosk.ui.sync_screen import SyncScreen
from kiosk.workflow.audit_chain import AuditKind, chain_entry
from kiosk.workflow.clock import system_clock
from tests.sync.audit_files import LogFile
from tests.sync.conftest import KioskUnderTest
from tests.sync.support import utc_now
from tests.sync.test_audit_push import write_entries


def sync(kiosk, capsys) -> tuple[int, list[str]]:  # noqa: ANN001
    status = sync_cli.main(["--profile", str(kiosk.settings.profile), "sync", "--once"])
    return status, capsys.readouterr().out.splitlines()


def verify(kiosk, capsys, *extra: str) -> tuple[int, str]:  # noqa: ANN001
    status = audit_cli.main(["--profile", str(kiosk.settings.profile), "audit", "verify", *extra])
    return status, capsys.readouterr().out


def device_of(central, kiosk) -> str:  # noqa: ANN001
    """The central device id the kiosk's entries are held under."""
    with central.db.reading() as session:
        return str(session.scalars(select(CentralAuditEntry.device_id)).first())


def held(central, device_id: str) -> list[tuple[str, int]]:  # noqa: ANN001
    with central.db.reading() as session:
        rows = session.execute(select(CentralAuditEntry.epoch, CentralAuditEntry.entry_id)
                               .where(CentralAuditEntry.device_id == device_id)
                               .order_by(CentralAuditEntry.epoch, CentralAuditEntry.entry_id))
        return [(epoch, entry_id) for epoch, entry_id in rows]


def test_entries_are_keyed_outside_the_database_and_the_head_is_anchored_at_central(central, make_kiosk, capsys):  # noqa: ANN001
    kiosk = make_kiosk()
    write_entries(kiosk, 4)
    keys = kiosk.uow.audit_keys
    assert keys.exists() and oct(keys.path.stat().st_mode & 0o777) == "0o600"
    key = keys.load()[0].key
    assert key not in kiosk.settings.database_path.read_bytes() and key.hex().encode() not in \
        kiosk.settings.database_path.read_bytes()
    status, out = sync(kiosk, capsys)
    assert status == 0 and "audit: 4 sent, head 4 anchored at central" in out
    assert keys.load()[0].anchor is not None and keys.load()[0].anchor[0] == 4
    assert verify(kiosk, capsys) == (0, "central's copy: 4 entries of this log held there, every one identical\n"
                                        "audit log OK: 4 entries, every link holds\n")
    assert verify_device(central.db, device_of(central, kiosk)).ok


def test_a_log_rewritten_with_its_key_fails_the_sync_and_is_an_alarm_at_central(central, make_kiosk, capsys, qtbot):  # noqa: ANN001
    kiosk = make_kiosk()
    write_entries(kiosk, 5)
    assert sync(kiosk, capsys)[0] == 0
    kiosk.close()
    log = LogFile(kiosk.settings.database_path)
    log.execute("UPDATE audit_log SET details = '{\"copy\": \"none\"}' WHERE id = 3")
    log.rechain(3, with_key=True)  # they took the key file as well ...
    log.move_anchors(5)  # ... and made its anchor fit
    assert verify(kiosk, capsys, "--offline")[0] == 0  # the file alone holds together now
    status, out = verify(kiosk, capsys)
    assert status == 1 and "audit log BROKEN at row 3: row 3 differs from the copy central holds" in out

    status, lines = sync(kiosk, capsys)
    assert status == 1
    assert any(line.startswith("audit: 0 sent; central refused the log") and "audit_diverged" in line
               for line in lines), lines
    device = device_of(central, kiosk)
    assert [(alarm.code, alarm.entry_id) for alarm in alarms(central.db, device)] == [("audit_diverged", 5)]
    reopened = Database(kiosk.settings.database_path).open()
    try:
        health = read_health(UnitOfWork(reopened), registered=True, online=True, now=utc_now())
    finally:
        reopened.close()
    assert health.problem is not None and "audit_diverged" in health.problem
    screen = SyncScreen(SyncStaffActions(None, system_clock, wake=lambda: None))  # type: ignore[arg-type]
    qtbot.addWidget(screen)
    screen.show_health(health)  # the staff sync screen says it, in the sync's own words
    assert not screen.problem.isHidden() and "central refused the log" in screen.problem.text()
    assert verify_device(central.db, device).ok  # central's own copy is still the chain


def test_a_delivered_flag_set_by_hand_hides_no_entry(central, make_kiosk, capsys):  # noqa: ANN001
    kiosk = make_kiosk()
    write_entries(kiosk, 3)
    assert sync(kiosk, capsys)[0] == 0
    write_entries(kiosk, 2)
    kiosk.close()
    LogFile(kiosk.settings.database_path).execute("UPDATE audit_log SET delivered = 1")
    status, out = sync(kiosk, capsys)
    assert status == 0 and "audit: 2 sent, head 5 anchored at central" in out
    assert len(held(central, device_of(central, kiosk))) == 5


def test_an_upgraded_kiosk_keeps_its_unkeyed_entries_and_goes_on_in_a_keyed_epoch(central, make_kiosk, capsys):  # noqa: ANN001
    kiosk = make_kiosk()
    kiosk.close()
    previous = None
    for index in range(3):  # what an older version wrote: unkeyed entries, a head without a seal
        previous = chain_entry(previous, at=utc_now(), kind=AuditKind.LOGIN, actor="C001", details={"n": index})
        LogFile(kiosk.settings.database_path).execute(
            "INSERT INTO audit_log (id, at, kind, actor_id, subject, details, prev_hash, hash, epoch, delivered) "
            "VALUES (?, ?, 'login', 'C001', '', ?, ?, ?, '', 0)",
            parameters=(previous.id, previous.at.strftime("%Y-%m-%d %H:%M:%S.%f"), f'{{"n": {index}}}',
                        previous.prev_hash, previous.hash))
    LogFile(kiosk.settings.database_path).execute(
        "INSERT INTO settings (key, value) VALUES ('audit_head', ?)", parameters=(f"3:{previous.hash}",))
    kiosk = KioskUnderTest(kiosk.settings)  # the same profile, opened by this version
    write_entries(kiosk, 2)
    epochs = kiosk.uow.audit_keys.load()
    assert [(e.first_id, e.prev_hash) for e in epochs] == [(4, previous.hash)]
    kiosk.close()
    status, out = sync(kiosk, capsys)
    assert status == 0 and "audit: 5 sent, head 5 anchored at central" in out
    device = device_of(central, kiosk)
    assert held(central, device) == sorted([("", 1), ("", 2), ("", 3), (epochs[0].id, 4), (epochs[0].id, 5)])
    assert verify(kiosk, capsys)[0] == 0
    assert verify_device(central.db, device).ok
    LogFile(kiosk.settings.database_path).execute("UPDATE audit_log SET epoch = '' WHERE id = 5")
    LogFile(kiosk.settings.database_path).rechain(5, with_key=False)  # relabelled as unkeyed
    status, out = verify(kiosk, capsys, "--offline")
    assert status == 1 and "BROKEN at row 5: row 5 claims the unkeyed scheme" in out


def test_a_file_put_back_from_an_older_copy_goes_on_in_a_new_epoch(central, make_kiosk, capsys, tmp_path):  # noqa: ANN001
    kiosk = make_kiosk()
    write_entries(kiosk, 3)
    assert sync(kiosk, capsys)[0] == 0
    kiosk.close()
    older = tmp_path / "older.sqlite"
    shutil.copy(kiosk.settings.database_path, older)
    kiosk = KioskUnderTest(kiosk.settings)
    write_entries(kiosk, 2)
    kiosk.close()
    assert sync(kiosk, capsys)[0] == 0  # central holds 1-5
    shutil.copy(older, kiosk.settings.database_path)  # put back by hand: rows 1-3 only
    kiosk = KioskUnderTest(kiosk.settings)
    write_entries(kiosk, 1)  # the log cannot go on in the old epoch: central holds 4 and 5 there
    first, second = kiosk.uow.audit_keys.load()
    assert (second.first_id, second.prev_hash) == (4, next(r["hash"] for r in LogFile(
        kiosk.settings.database_path).rows() if r["id"] == 3))
    kiosk.close()
    status, lines = sync(kiosk, capsys)
    assert status == 1 and any("ALARM" in line and "central holds entries 4 to 5" in line for line in lines), lines
    assert sync(kiosk, capsys)[0] == 0  # said once; what is written from now on arrives
    device = device_of(central, kiosk)
    assert [(alarm.code, alarm.entry_id) for alarm in alarms(central.db, device)] == [("audit_log_cut", 4)]
    assert (second.id, 4) in held(central, device) and (first.id, 5) in held(central, device)
    assert verify(kiosk, capsys)[0] == 0
    assert verify_device(central.db, device).ok


def test_verify_says_when_central_cannot_be_asked(central, make_kiosk, capsys):  # noqa: ANN001
    kiosk = make_kiosk()
    write_entries(kiosk, 2)
    central.stop()
    status, out = verify(kiosk, capsys)
    assert status == 0 and "central's copy: not compared (central did not answer" in out
