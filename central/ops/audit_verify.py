"""``kiosk-central audit verify --device ID``: is central's copy of a device's audit log the chain it was?

Central checks every entry as it arrives; this checks the copy as it is now, so an entry
changed, removed or renumbered in central's own database after it arrived shows, by its id.
Each epoch is read in id order and must run without a gap from where it began, every entry
linking to the one before (the first to the hash its epoch was announced with) and matching
its hash under the epoch's key; the head the device anchored last must be the entry held
under its id; an epoch that goes on from an earlier one must link to central's copy of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from central.database import Database
from central.errors import AdminError
from central.models import AuditEntry, Device
from central.ops.audit_alarms import Alarm, alarms
from central.ops.audit_epochs import Held, held_epochs
from kiosk.workflow.audit_chain import entry_hash, keyed_hash

_entries = cast(Table, AuditEntry.__table__)
READ_BATCH = 1000


@dataclass(frozen=True)
class EpochCheck:
    held: Held
    #: (entry id, what is wrong) at the first entry that does not fit; None: sound
    problem: tuple[int, str] | None
    notes: tuple[str, ...] = ()

    def line(self) -> str:
        held = self.held
        name = f"epoch {held.epoch[:8]}" if held.epoch else "unkeyed entries"
        span = f"entries {held.low}-{held.high} held" if held.count else "no entries held yet"
        head = f", head {held.head_id} anchored" if held.head_id is not None else ""
        verdict = f"BROKEN at entry {self.problem[0]}: {self.problem[1]}" if self.problem else "OK"
        return f"  {name} ({held.scheme}, from entry {held.first_id}): {span}{head}: {verdict}"


@dataclass(frozen=True)
class DeviceAudit:
    device_id: str
    store_id: str
    epochs: list[EpochCheck]
    alarms: list[Alarm] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(check.problem is None for check in self.epochs)

    def lines(self) -> list[str]:
        out = [f"device {self.device_id} (store {self.store_id}): {len(self.epochs)} epoch(s) of its audit log"]
        for check in self.epochs:
            out.append(check.line())
            out += [f"    {note}" for note in check.notes]
        out.append(f"alarms: {len(self.alarms)}")
        out += [f"  {alarm.describe()}" for alarm in self.alarms]
        out.append("central's copy is sound" if self.ok else "central's copy does NOT match the chain")
        return out


def verify_device(db: Database, device_id: str) -> DeviceAudit:
    with db.reading() as session:
        device = session.get(Device, device_id)
        if device is None:
            raise AdminError(f"no device {device_id!r}")
        epochs = held_epochs(session, device_id)
        checks = [_check(session, device_id, held, epochs[:index]) for index, held in enumerate(epochs)]
        store_id = device.store_id
    return DeviceAudit(device_id, store_id, checks, alarms(db, device_id))


def _check(session: Session, device_id: str, held: Held, earlier: list[Held]) -> EpochCheck:
    problem = _link_to_earlier(session, device_id, held, earlier)
    expected_id, previous, at_head = held.first_id, held.prev_hash, None
    for entry in _stored(session, device_id, held.epoch):
        problem = problem or _entry_problem(held, entry, expected_id, previous)
        if problem:
            break
        at_head = entry.hash if entry.entry_id == held.head_id else at_head
        expected_id, previous = entry.entry_id + 1, entry.hash
    if problem is None and at_head is not None and at_head != held.head_hash:
        problem = (int(held.head_id or 0), "the entry held differs from the head the device anchored")
    notes: tuple[str, ...] = ()
    if held.head_id is not None and held.head_id > (held.high or 0):
        notes = (f"entries {(held.high or held.first_id - 1) + 1}-{held.head_id} were anchored but have not "
                 "arrived yet",)
    return EpochCheck(held, problem, notes)


def _entry_problem(held: Held, entry: AuditEntry, expected_id: int, previous: str) -> tuple[int, str] | None:
    if entry.entry_id != expected_id:
        return expected_id, f"entries {expected_id} to {entry.entry_id - 1} are missing from central's copy"
    if entry.prev_hash != previous:
        return entry.entry_id, f"it does not link to entry {entry.entry_id - 1}: one of them was changed at central"
    fields = (entry.entry_id, entry.at, entry.kind, entry.actor, entry.subject, entry.details, entry.prev_hash)
    digest = keyed_hash(bytes.fromhex(held.key), held.epoch, *fields) if held.key else entry_hash(*fields)
    if digest != entry.hash:
        return entry.entry_id, "it does not match its hash: it was changed at central after it arrived"
    return None


def _link_to_earlier(session: Session, device_id: str, held: Held, earlier: list[Held]) -> tuple[int, str] | None:
    """An epoch that goes on from entry k must link to central's copy of entry k, where held."""
    before = [e for e in earlier if e.first_id <= held.first_id - 1 and e.count]
    if held.first_id == 1 or not before:
        return None
    digest = session.scalar(select(_entries.c.hash).where(
        _entries.c.device_id == device_id, _entries.c.epoch == before[-1].epoch,
        _entries.c.entry_id == held.first_id - 1))
    if digest is not None and digest != held.prev_hash:
        return held.first_id, f"the epoch goes on from entry {held.first_id - 1}, which differs in central's copy"
    return None


def _stored(session: Session, device_id: str, epoch: str) -> Iterator[AuditEntry]:
    after = 0
    while True:
        rows = session.scalars(select(AuditEntry).where(
            AuditEntry.device_id == device_id, AuditEntry.epoch == epoch, AuditEntry.entry_id > after)
            .order_by(AuditEntry.entry_id).limit(READ_BATCH)).all()
        if not rows:
            return
        yield from rows
        after = rows[-1].entry_id
