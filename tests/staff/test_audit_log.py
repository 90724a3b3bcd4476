"""The audit log on disk: concurrent appends keep one chain, the app cannot edit it, and
`kiosk audit verify` run as a real process names the first row someone changed by hand, even
one who re-computed the hashes without the key, cut the tail and moved the head back, or left
a row that cannot be read."""

from __future__ import annotations

import json
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from kiosk.cli import audit as audit_cli
from kiosk.config import Settings
from kiosk.db import audit_log
from kiosk.db.engine import Database
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.services.staff import PinRefused, StaffDesk
from kiosk.workflow.audit_chain import AuditKind
from tests.staff.conftest import NOW
from tests.sync.audit_files import LogFile

REPO = Path(__file__).resolve().parents[2]


def fill(staff: StaffDesk) -> None:
    """Six entries of different kinds, one of them carrying a shopper's email."""
    with pytest.raises(PinRefused):
        staff.login("C001", "0000")
    staff.login("C001", "1357")
    staff.record(AuditKind.REPRINT, subject="case-1", details={"email": "maria.garcia@example.com", "pin": "1357"})
    staff.record(AuditKind.SETTINGS_CHANGE, details={"key": "printer", "value": "counter"})
    staff.record(AuditKind.POLICY_UPDATE, details={"version": "v2"})
    staff.logout()


def run_cli(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "kiosk.cli.audit", "--profile", str(settings.profile), "audit", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)


def tamper(database: Database, *statements: str) -> None:
    """What someone with the file and the sqlite3 shell could do; the triggers are no obstacle to them."""
    raw = sqlite3.connect(database.path)
    raw.execute("drop trigger audit_log_no_update")
    raw.execute("drop trigger audit_log_no_delete")
    for statement in statements:
        raw.execute(statement)
    raw.commit()
    raw.close()


def test_an_untouched_log_verifies(staff: StaffDesk, settings: Settings) -> None:
    fill(staff)
    result = run_cli(settings, "verify")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "6 entries" in result.stdout


@pytest.mark.parametrize("change", [
    "update audit_log set details = '{\"purpose\": \"login\", \"failures\": 0}' where id = 3",
    "update audit_log set actor_id = 'M001' where id = 3",
    "update audit_log set kind = 'logout' where id = 3",
    "update audit_log set at = '2026-11-27 14:00:00.000000' where id = 3",
    "update audit_log set hash = '" + "a" * 64 + "' where id = 3",
    "update audit_log set prev_hash = '" + "b" * 64 + "' where id = 3",
])
def test_editing_any_row_by_hand_makes_verify_fail_naming_that_row(
        staff: StaffDesk, settings: Settings, database: Database, change: str, capsys) -> None:  # noqa: ANN001
    fill(staff)
    tamper(database, change)
    assert audit_cli.main(["--profile", str(settings.profile), "audit", "verify"]) == 1
    assert "BROKEN at row 3" in capsys.readouterr().out


def test_verify_as_a_separate_process_exits_non_zero_naming_the_edited_row(
        staff: StaffDesk, settings: Settings, database: Database) -> None:
    fill(staff)
    tamper(database, "update audit_log set details = '{}' where id = 5")
    result = run_cli(settings, "verify")
    assert result.returncode == 1
    assert "BROKEN at row 5" in result.stdout


def test_deleting_a_row_or_the_newest_rows_is_detected(staff: StaffDesk, settings: Settings, database: Database) -> None:
    fill(staff)
    tamper(database, "delete from audit_log where id = 4")
    result = run_cli(settings, "verify")
    assert result.returncode == 1 and "row 4 is missing" in result.stdout


def test_cutting_the_newest_rows_off_is_detected(staff: StaffDesk, settings: Settings, database: Database, capsys) -> None:  # noqa: ANN001
    fill(staff)
    tamper(database, "delete from audit_log where id >= 5")
    assert audit_cli.main(["--profile", str(settings.profile), "audit", "verify"]) == 1
    assert "BROKEN at row 5" in capsys.readouterr().out


def test_the_application_itself_cannot_edit_or_delete_entries(staff: StaffDesk, database: Database) -> None:
    fill(staff)
    raw = sqlite3.connect(database.path)
    for statement in ("update audit_log set kind = 'login' where id = 1", "delete from audit_log where id = 6"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            raw.execute(statement)
    raw.close()


def test_export_writes_every_entry_as_a_json_line_without_pins_or_full_emails(
        staff: StaffDesk, settings: Settings, tmp_path: Path) -> None:
    fill(staff)
    target = tmp_path / "audit.jsonl"
    result = run_cli(settings, "export", "--out", str(target))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [e["id"] for e in lines] == [1, 2, 3, 4, 5, 6]
    assert [e["kind"] for e in lines] == ["login_failed", "login", "reprint", "settings_change", "policy_update", "logout"]
    assert lines[2]["details"] == {"email": "m***@example.com"}
    assert all(lines[i]["prev_hash"] == lines[i - 1]["hash"] for i in range(1, 6))
    text = target.read_text(encoding="utf-8")
    assert "maria.garcia" not in text and "1357" not in text


def test_verify_without_a_database_says_so(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    assert audit_cli.main(["--profile", str(tmp_path / "nowhere"), "audit", "verify"]) == 2
    assert "no database" in capsys.readouterr().out


def test_appends_from_two_threads_form_one_unbroken_chain(database: Database) -> None:
    def writer(actor: str) -> None:
        for n in range(40):
            audit_log.record(database, at=NOW, kind=AuditKind.REPRINT, actor=actor, subject=f"case-{n}")

    threads = [threading.Thread(target=writer, args=(name,)) for name in ("gui", "sync")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with database.session() as session:
        counted, broken = audit_log.verify(session)
    assert (counted, broken) == (80, None)


def test_delivery_is_recorded_outside_the_chain_without_breaking_it(staff: StaffDesk, database: Database) -> None:
    fill(staff)
    with database.session() as session, session.begin():
        epoch = audit_log.tip(session).epoch
        audit_log.confirm_delivered(session, epoch, 4)
    with database.session() as session:
        assert [entry_id for _, entry_id, _ in audit_log.undelivered(session)] == [5, 6]
        assert audit_log.verify(session) == (6, None)


def test_hashes_recomputed_without_the_key_are_caught_at_the_row_changed(
        staff: StaffDesk, settings: Settings, database: Database) -> None:
    fill(staff)
    database.close()
    log = LogFile(database.path)
    log.execute("UPDATE audit_log SET actor_id = 'M001' WHERE id = 2")
    log.rechain(2, with_key=False)  # every hash and the head made to fit, as the old scheme allowed
    result = run_cli(settings, "verify", "--offline")
    assert result.returncode == 1 and "BROKEN at row 2: row 2 was changed after it was written" in result.stdout


def test_cutting_the_tail_and_moving_the_head_back_is_caught_without_central(
        staff: StaffDesk, settings: Settings, database: Database) -> None:
    fill(staff)
    database.close()
    log = LogFile(database.path)
    log.execute("DELETE FROM audit_log WHERE id >= 5")
    log.set_head(with_key=False)  # the head says row 4, but its seal needs the key
    result = run_cli(settings, "verify", "--offline")
    assert result.returncode == 1
    assert "BROKEN at row 5: the recorded head of the log (row 4) was not written by the kiosk" in result.stdout


@pytest.mark.parametrize(("column", "value", "reason"), [
    ("details", "{not json", "its details are not JSON"),
    ("at", "the day before yesterday", "its time 'the day before yesterday' is not a timestamp"),
    ("details", "[1, 2]", "its details are not a JSON object"),
])
def test_a_row_that_cannot_be_read_is_named_never_a_traceback(
        staff: StaffDesk, settings: Settings, database: Database, tmp_path: Path, column: str, value: str,
        reason: str) -> None:
    fill(staff)
    database.close()
    LogFile(database.path).execute(f"UPDATE audit_log SET {column} = ? WHERE id = 3", parameters=(value,))
    result = run_cli(settings, "verify", "--offline")
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert f"BROKEN at row 3: row 3 cannot be read: {reason}" in result.stdout
    exported = run_cli(settings, "export", "--out", str(tmp_path / "audit.jsonl"))
    assert exported.returncode == 0, exported.stderr
    lines = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text(encoding="utf-8").splitlines()]
    assert lines[2]["id"] == 3 and reason in lines[2]["unreadable"] and lines[3]["id"] == 4


def test_the_key_is_kept_outside_the_database_for_the_owner_only(staff: StaffDesk, settings: Settings,
                                                                 database: Database) -> None:
    fill(staff)
    keys = UnitOfWork(database).audit_keys
    assert keys.path.parent == settings.profile and stat.S_IMODE(keys.path.stat().st_mode) == 0o600
    (epoch,) = keys.load()
    database.close()
    assert epoch.key.hex().encode() not in database.path.read_bytes() and epoch.key not in database.path.read_bytes()
    assert {row["epoch"] for row in LogFile(database.path).rows()} == {epoch.id}
    keys.path.unlink()  # a copy of the database without the key file cannot be checked, and says so
    result = run_cli(settings, "verify", "--offline")
    assert result.returncode == 1 and "whose key this kiosk does not hold" in result.stdout
