"""Reset and re-registration keep the audit chain deliverable, against the real central: a reset
waits for undelivered entries like for unsent returns, the new log after it is a new epoch
central takes beside the old one (it used to refuse every push for good), and a kiosk
registered again as another device gives it the whole log."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from central.models import AuditEntry as CentralAuditEntry
from central.ops import devices
from central.ops.audit_alarms import alarms
from central.ops.audit_verify import verify_device
from kiosk.cli import audit as audit_cli
from kiosk.cli import sync as sync_cli
from kiosk.db.backups import write_backup
from kiosk.services.recovery import recover
from tests.sync.conftest import STORE, KioskUnderTest
from tests.sync.support import kiosk_profile, utc_now
from tests.sync.test_audit_push import write_entries


def cli(*args: str) -> int:
    return sync_cli.main(list(args))


def new_device(central) -> tuple[str, str]:  # noqa: ANN001
    made = devices.add_device(central.db, STORE, "", utc_now())
    return made.id, made.token


def held(central, device_id: str) -> list[tuple[str, int]]:  # noqa: ANN001
    with central.db.reading() as session:
        rows = session.execute(select(CentralAuditEntry.epoch, CentralAuditEntry.entry_id)
                               .where(CentralAuditEntry.device_id == device_id)
                               .order_by(CentralAuditEntry.received_at, CentralAuditEntry.entry_id))
        return [(epoch, entry_id) for epoch, entry_id in rows]


def registered_kiosk(central, folder: Path) -> tuple[KioskUnderTest, str, str]:  # noqa: ANN001
    device_id, token = new_device(central)
    settings = kiosk_profile(folder, server_url=central.url, token=token, store_id=STORE)
    return KioskUnderTest(settings), device_id, token


def test_reset_waits_for_undelivered_audit_entries_like_for_unsent_returns(central, tmp_path, capsys):  # noqa: ANN001
    kiosk, _, _ = registered_kiosk(central, tmp_path / "kiosk")
    profile = str(kiosk.settings.profile)
    write_entries(kiosk, 2)
    assert cli("--profile", profile, "sync", "--once") == 0
    write_entries(kiosk, 3)
    kiosk.close()
    capsys.readouterr()

    assert cli("--profile", profile, "reset-profile", "--yes") == 2
    assert "3 audit entries are not on the server yet; sync first" in capsys.readouterr().err
    export = tmp_path / "unsent.jsonl"
    assert cli("--profile", profile, "outbox", "export", "--out", str(export)) == 0
    assert "exported 0 unsent return(s) and 3 audit entries" in capsys.readouterr().out
    lines = [json.loads(line) for line in export.read_text().splitlines()]
    assert lines[0]["audit_entries"] == 3 and [line["audit_id"] for line in lines[1:]] == [3, 4, 5]
    assert all(line["entry"]["hash"] == line["hash"] for line in lines[1:])

    assert cli("--profile", profile, "reset-profile", "--yes", "--exported", str(export)) == 0
    assert "audit-keys.json" in capsys.readouterr().out
    assert not (kiosk.settings.profile / "audit-keys.json").exists()


def test_after_a_reset_and_registering_again_the_new_log_reaches_central(central, tmp_path, capsys):  # noqa: ANN001
    kiosk, device_id, token = registered_kiosk(central, tmp_path / "kiosk")
    profile = str(kiosk.settings.profile)
    write_entries(kiosk, 3)
    kiosk.close()
    assert cli("--profile", profile, "sync", "--once") == 0
    assert cli("--profile", profile, "reset-profile", "--yes") == 0  # everything was delivered
    assert cli("--profile", profile, "register", "--server", central.url, "--token", token) == 0

    kiosk = KioskUnderTest(kiosk.settings)
    write_entries(kiosk, 2)  # entries 1 and 2 again, of a new log
    kiosk.close()
    capsys.readouterr()
    assert cli("--profile", profile, "sync", "--once") == 0
    assert "audit: 2 sent, head 2 anchored at central" in capsys.readouterr().out
    epochs = {epoch for epoch, _ in held(central, device_id)}
    assert len(epochs) == 2 and [entry_id for _, entry_id in held(central, device_id)] == [1, 2, 3, 1, 2]
    assert alarms(central.db, device_id) == []
    assert verify_device(central.db, device_id).ok
    assert audit_cli.main(["--profile", profile, "audit", "verify"]) == 0
    assert "2 entries of this log held there, every one identical" in capsys.readouterr().out


def test_registering_again_as_another_device_gives_it_the_whole_log(central, tmp_path, capsys):  # noqa: ANN001
    kiosk, first_device, _ = registered_kiosk(central, tmp_path / "kiosk")
    profile = str(kiosk.settings.profile)
    write_entries(kiosk, 4)
    kiosk.close()
    assert cli("--profile", profile, "sync", "--once") == 0
    second_device, token = new_device(central)
    assert cli("--profile", profile, "register", "--server", central.url, "--token", token) == 0

    kiosk = KioskUnderTest(kiosk.settings)
    write_entries(kiosk, 1)
    kiosk.close()
    capsys.readouterr()
    assert cli("--profile", profile, "sync", "--once") == 0
    assert "audit: 5 sent, head 5 anchored at central" in capsys.readouterr().out
    assert [entry_id for _, entry_id in held(central, second_device)] == [1, 2, 3, 4, 5]
    assert [entry_id for _, entry_id in held(central, first_device)] == [1, 2, 3, 4]
    assert alarms(central.db, second_device) == [] and verify_device(central.db, second_device).ok
    assert audit_cli.main(["--profile", profile, "audit", "verify"]) == 0


def test_moving_to_another_server_waits_for_undelivered_audit_entries(central, tmp_path, capsys):  # noqa: ANN001
    kiosk, _, _ = registered_kiosk(central, tmp_path / "kiosk")
    write_entries(kiosk, 2)
    kiosk.close()
    capsys.readouterr()
    status = cli("--profile", str(kiosk.settings.profile), "register", "--server", "http://127.0.0.1:9",
                 "--token", "kc_other", "--no-check")
    assert status == 2 and "2 audit entries are not on the server yet" in capsys.readouterr().err


def test_a_restored_backup_goes_on_in_a_new_epoch_that_central_takes(central, tmp_path, capsys):  # noqa: ANN001
    kiosk, device_id, _ = registered_kiosk(central, tmp_path / "kiosk")
    profile = str(kiosk.settings.profile)
    write_entries(kiosk, 3)
    kiosk.close()
    assert cli("--profile", profile, "sync", "--once") == 0
    write_backup(kiosk.settings.database_path, kiosk.settings.profile, utc_now())
    kiosk = KioskUnderTest(kiosk.settings)
    write_entries(kiosk, 2)
    kiosk.close()
    assert cli("--profile", profile, "sync", "--once") == 0  # central holds 1-5

    recover(kiosk.settings, utc_now())  # back to entries 1-3, and an entry saying so in a new epoch
    capsys.readouterr()
    assert cli("--profile", profile, "sync", "--once") == 1  # once: central says what the file lost
    out = capsys.readouterr().out
    assert "ALARM" in out and "central holds entries 4 to 5" in out
    assert cli("--profile", profile, "sync", "--once") == 0
    assert [(a.code, a.entry_id) for a in alarms(central.db, device_id)] == [("audit_log_cut", 4)]
    assert verify_device(central.db, device_id).ok
    assert audit_cli.main(["--profile", profile, "audit", "verify"]) == 0
    assert "audit log OK: 4 entries" in capsys.readouterr().out
