"""Keyed audit epochs at central: keys announced before their entries, entries checked under
them, older kiosks' unkeyed entries still taken, the head anchored and compared, a new log
(a reset profile) accepted beside the old one, and every divergence kept as an alarm."""

from __future__ import annotations

import dataclasses
import secrets
from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy import text

from central.ops.audit_alarms import alarms
from central.ops.audit_verify import verify_device
from kiosk.workflow.audit_chain import GENESIS, AuditEntry, AuditKind, Epoch, chain_entry, entry_hash
from tests.central.support import NOW


def new_epoch(first_id: int = 1, prev_hash: str = GENESIS) -> Epoch:
    return Epoch(secrets.token_hex(16), secrets.token_bytes(32), first_id, prev_hash)


def chained(count: int, epoch: Epoch | None, previous: AuditEntry | None = None,
            subject: str = "K7QM-4TZ9-XH2") -> list[AuditEntry]:
    """``count`` entries after ``previous``, keyed under ``epoch`` (unkeyed when None)."""
    entries = []
    for index in range(count):
        previous = chain_entry(previous, at=NOW + timedelta(minutes=index), kind=AuditKind.REFUND, actor="C-1",
                               subject=subject, details={"amount": 2500 + index}, epoch=epoch)
        entries.append(previous)
    return entries


def announce(kiosk: Any, epoch: Epoch) -> httpx.Response:
    return kiosk.http.post("/v1/audit/epochs", json={"epoch": epoch.id, "scheme": "hmac-sha256",
                                                     "key": epoch.key.hex(), "first_id": epoch.first_id,
                                                     "prev_hash": epoch.prev_hash})


def post(kiosk: Any, entries: list[AuditEntry]) -> httpx.Response:
    return kiosk.http.post("/v1/audit", json={"entries": [entry.to_dict() for entry in entries]})


def anchor(kiosk: Any, entry: AuditEntry, digest: str | None = None) -> httpx.Response:
    return kiosk.http.post("/v1/audit/head", json={"epoch": entry.epoch, "id": entry.id,
                                                   "hash": digest or entry.hash})


def alarm_codes(central: Any, kiosk: Any) -> list[tuple[str, int]]:
    return [(alarm.code, alarm.entry_id) for alarm in alarms(central.db, kiosk.device_id)]


def error_of(answer: httpx.Response) -> tuple[int, str, Any]:
    error = answer.json()["error"]
    return answer.status_code, error["code"], error.get("entry_id")


def test_keyed_entries_are_taken_once_their_epoch_is_announced(central):
    kiosk, epoch = central.kiosk(), new_epoch()
    entries = chained(3, epoch)
    assert error_of(post(kiosk, entries)) == (422, "audit_epoch_unknown", 1)
    assert announce(kiosk, epoch).json() == {"epoch": epoch.id, "new": True, "alarm": None}
    assert announce(kiosk, epoch).json()["new"] is False  # the same announcement again is harmless
    assert post(kiosk, entries).json() == {"received": 3, "new": 3}
    held = kiosk.get("/v1/audit/epochs").json()["epochs"]
    assert [(e["epoch"], e["held"], e["held_low"], e["held_high"]) for e in held] == [(epoch.id, 3, 1, 3)]
    assert alarm_codes(central, kiosk) == []


def test_a_keyed_entry_rehashed_without_the_key_is_refused_and_kept_as_an_alarm(central):
    kiosk, epoch = central.kiosk(), new_epoch()
    entries = chained(3, epoch)
    announce(kiosk, epoch)
    edited = dataclasses.replace(entries[1], details={"amount": 1})
    unkeyed = entry_hash(edited.id, edited.at, edited.kind, edited.actor, edited.subject, edited.details,
                         edited.prev_hash)  # all someone without the key can compute
    answer = post(kiosk, [entries[0], dataclasses.replace(edited, hash=unkeyed)])
    assert error_of(answer) == (422, "audit_entry_altered", 2)
    assert "an audit alarm was raised at central" in answer.json()["error"]["message"]
    assert alarm_codes(central, kiosk) == [("audit_entry_altered", 2)]
    post(kiosk, [entries[0], dataclasses.replace(edited, hash=unkeyed)])
    assert [alarm.seen for alarm in alarms(central.db, kiosk.device_id)] == [2]  # counted again, not repeated


def test_an_epoch_announced_again_with_another_key_is_a_conflict_and_an_alarm(central):
    kiosk, epoch = central.kiosk(), new_epoch()
    announce(kiosk, epoch)
    assert error_of(announce(kiosk, dataclasses.replace(epoch, key=secrets.token_bytes(32)))) == (
        409, "audit_epoch_conflict", 0)
    assert alarm_codes(central, kiosk) == [("audit_epoch_conflict", 0)]


def test_older_kiosks_unkeyed_entries_are_taken_and_an_upgrade_goes_on_in_a_new_epoch(central):
    kiosk = central.kiosk()
    unkeyed = chained(3, None)
    assert post(kiosk, unkeyed).json() == {"received": 3, "new": 3}  # an old version, no epoch at all
    epoch = new_epoch(4, unkeyed[-1].hash)
    assert announce(kiosk, epoch).json()["alarm"] is None
    keyed = chained(2, epoch, unkeyed[-1])
    assert post(kiosk, keyed).json()["new"] == 2
    assert anchor(kiosk, keyed[-1]).json() == {"epoch": epoch.id, "id": 5, "held": 2}
    relabelled = chained(1, None, keyed[-1])  # an unkeyed entry where the log is keyed
    assert error_of(post(kiosk, relabelled)) == (422, "audit_scheme_downgrade", 6)
    held = kiosk.get("/v1/audit/epochs").json()["epochs"]
    assert [(e["epoch"], e["scheme"], e["held"]) for e in held] == [("", "sha256", 3), (epoch.id, "hmac-sha256", 2)]
    assert verify_device(central.db, kiosk.device_id).ok


def test_a_new_log_from_entry_one_is_a_new_epoch_whose_ids_do_not_collide(central):
    """A reset profile starts again at entry 1; keyed by (device, epoch, id) both logs are kept."""
    kiosk, first, second = central.kiosk(), new_epoch(), new_epoch()
    announce(kiosk, first)
    old_log = chained(3, first)
    post(kiosk, old_log)
    anchor(kiosk, old_log[-1])
    assert announce(kiosk, second).json()["alarm"] is None
    new_log = chained(2, second, subject="after the reset")
    assert post(kiosk, new_log).json()["new"] == 2
    assert anchor(kiosk, new_log[-1]).status_code == 200
    assert alarm_codes(central, kiosk) == []
    assert verify_device(central.db, kiosk.device_id).ok


def test_a_new_log_while_anchored_entries_never_arrived_is_an_alarm(central):
    kiosk, first, second = central.kiosk(), new_epoch(), new_epoch()
    announce(kiosk, first)
    old_log = chained(5, first)
    post(kiosk, old_log[:3])
    anchor(kiosk, old_log[2])
    anchor(kiosk, old_log[4])  # the head moved on, the entries never came
    answer = announce(kiosk, second).json()
    assert answer["new"] is True and "entries 4 to 5" in answer["alarm"]
    assert alarm_codes(central, kiosk) == [("audit_entries_lost", 4)]


def test_the_anchored_head_is_compared_with_centrals_copy(central):
    kiosk, epoch = central.kiosk(), new_epoch()
    announce(kiosk, epoch)
    entries = chained(4, epoch)
    post(kiosk, entries[:3])
    assert anchor(kiosk, entries[2]).status_code == 200
    assert error_of(anchor(kiosk, entries[2], "e" * 64)) == (409, "audit_diverged", 3)
    assert error_of(anchor(kiosk, entries[1])) == (409, "audit_log_cut", 3)
    assert anchor(kiosk, entries[3]).status_code == 200  # the head ahead of what arrived: fine
    forged = chained(1, epoch, entries[2], subject="forged")[0]
    assert error_of(post(kiosk, [forged])) == (409, "audit_entry_conflict", 4)  # not the anchored entry 4
    assert post(kiosk, [entries[3]]).json()["new"] == 1
    unknown = dataclasses.replace(entries[3], epoch=secrets.token_hex(16))
    assert error_of(anchor(kiosk, unknown)) == (422, "audit_epoch_unknown", 4)
    assert alarm_codes(central, kiosk) == [("audit_diverged", 3), ("audit_log_cut", 3), ("audit_entry_conflict", 4)]


def test_an_epoch_begun_below_what_central_holds_is_taken_with_an_alarm(central):
    """A file put back from an older copy: the kiosk goes on in a new epoch after its last entry."""
    kiosk, first = central.kiosk(), new_epoch()
    announce(kiosk, first)
    entries = chained(5, first)
    post(kiosk, entries)
    after_restore = new_epoch(4, entries[2].hash)
    answer = announce(kiosk, after_restore).json()
    assert answer["new"] is True and "central holds entries 4 to 5" in answer["alarm"]
    assert alarm_codes(central, kiosk) == [("audit_log_cut", 4)]
    going_on = chained(2, after_restore, entries[2], subject="after the restore")
    assert post(kiosk, going_on).json()["new"] == 2
    assert anchor(kiosk, going_on[-1]).status_code == 200
    assert verify_device(central.db, kiosk.device_id).ok


def test_hashes_are_paged_in_id_order(central):
    kiosk, epoch = central.kiosk(), new_epoch()
    announce(kiosk, epoch)
    entries = chained(5, epoch)
    post(kiosk, entries)
    page = kiosk.get("/v1/audit/hashes", params={"epoch": epoch.id, "after": 1, "limit": 2}).json()
    assert page == {"epoch": epoch.id, "entries": [{"id": 2, "hash": entries[1].hash},
                                                   {"id": 3, "hash": entries[2].hash}]}
    assert kiosk.get("/v1/audit/hashes", params={"epoch": "not-hex"}).status_code == 422


def test_verify_names_the_entry_changed_or_removed_in_centrals_own_database(central, capsys):
    from central.cli import main

    kiosk, epoch = central.kiosk(), new_epoch()
    announce(kiosk, epoch)
    post(kiosk, chained(6, epoch))
    url = central.db.engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "audit", "verify", "--device", kiosk.device_id]) == 0
    assert "central's copy is sound" in capsys.readouterr().out
    with central.db.writing() as session:
        session.execute(text("UPDATE audit_entries SET subject = 'edited' WHERE device_id = :d AND entry_id = 4"),
                        {"d": kiosk.device_id})
    assert main(["--db", url, "audit", "verify", "--device", kiosk.device_id]) == 1
    assert "BROKEN at entry 4: it does not match its hash" in capsys.readouterr().out
    with central.db.writing() as session:
        session.execute(text("DELETE FROM audit_entries WHERE device_id = :d AND entry_id = 2"),
                        {"d": kiosk.device_id})
    assert verify_device(central.db, kiosk.device_id).epochs[0].problem == (
        2, "entries 2 to 2 are missing from central's copy")


def test_alarms_are_listed_and_make_the_command_fail(central, capsys):
    from central.cli import main

    kiosk, epoch = central.kiosk(), new_epoch()
    announce(kiosk, epoch)
    entries = chained(2, epoch)
    post(kiosk, entries)
    anchor(kiosk, entries[1], "d" * 64)
    url = central.db.engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "audit", "alarms", "--device", kiosk.device_id]) == 1
    out = capsys.readouterr().out
    assert f"device {kiosk.device_id}" in out and "entry 2: audit_diverged" in out
