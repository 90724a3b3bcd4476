"""Receiving each device's hash-chained audit log, once per entry, never rewritten.

An entry is known by (device, the kiosk's entry id). A batch is checked whole before
anything is written, so it is stored completely or not at all:

* an entry held already with the same hash is a replay and is skipped (the kiosk may post
  a batch again when it missed the answer);
* an entry held already, or twice in the batch, with another hash is a conflict (409
  ``audit_entry_conflict``): the log that central holds is never rewritten;
* a new entry must link to its predecessor: its ``prev_hash`` is the hash of entry id - 1
  when that entry is in the batch or held already (the all-zero genesis hash for entry 1),
  else 422 ``audit_chain_broken`` naming the first entry that does not link. A predecessor
  not seen yet is not required: a device's log may arrive from any point.

* a new entry's hash must be the one its content gives (``kiosk.workflow.audit_chain``), else
  422 ``audit_entry_altered``: an entry edited after it was chained is not kept as if sound.

Two posts of the same entries racing on PostgreSQL meet at the primary key: the
loser gets a transient 503 and its retry is a replay.
"""

from __future__ import annotations

from datetime import datetime
from typing import Mapping, Sequence, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from central.auth import DeviceIdentity
from central.database import Database
from central.errors import ApiError
from central.models import AuditEntry
from central.schemas import AuditEntryIn
from kiosk.workflow.audit_chain import GENESIS, entry_hash
from kiosk.workflow.clock import parse_utc

_entries = cast(Table, AuditEntry.__table__)


def receive_entries(db: Database, device: DeviceIdentity, entries: Sequence[AuditEntryIn], now: datetime) -> int:
    """Store the entries not held yet and return how many that was; ApiError stores nothing."""
    batch = _by_id(entries)
    with db.writing() as session:
        held = _held_hashes(session, device.id, set(batch) | {entry_id - 1 for entry_id in batch})
        _refuse_conflicts(batch, held)
        new = [entry for entry_id, entry in sorted(batch.items()) if entry_id not in held]
        _refuse_broken_links(new, batch, held)
        _refuse_altered(new)
        if new:
            session.execute(_entries.insert(), [_row(device, entry, now) for entry in new])
    return len(new)


def _by_id(entries: Sequence[AuditEntryIn]) -> dict[int, AuditEntryIn]:
    batch: dict[int, AuditEntryIn] = {}
    for entry in entries:
        twin = batch.setdefault(entry.id, entry)
        if twin.hash != entry.hash:
            raise _conflict(entry.id, "appears twice in the batch with different hashes")
    return batch


def _held_hashes(session: Session, device_id: str, entry_ids: set[int]) -> dict[int, str]:
    rows = session.execute(select(_entries.c.entry_id, _entries.c.hash).where(
        _entries.c.device_id == device_id, _entries.c.entry_id.in_(sorted(entry_ids))))
    return {int(entry_id): digest for entry_id, digest in rows}


def _refuse_conflicts(batch: Mapping[int, AuditEntryIn], held: Mapping[int, str]) -> None:
    for entry_id, entry in sorted(batch.items()):
        if entry_id in held and held[entry_id] != entry.hash:
            raise _conflict(entry_id, "is held already with another hash: the device's log was changed")


def _refuse_broken_links(new: Sequence[AuditEntryIn], batch: Mapping[int, AuditEntryIn],
                         held: Mapping[int, str]) -> None:
    for entry in new:
        before = entry.id - 1
        expected = GENESIS if before == 0 else batch[before].hash if before in batch else held.get(before)
        if expected is not None and entry.prev_hash != expected:
            raise ApiError(422, "audit_chain_broken",
                           f"audit entry {entry.id} does not link to entry {before}: its prev_hash differs",
                           entry_id=entry.id)


def _refuse_altered(new: Sequence[AuditEntryIn]) -> None:
    for entry in new:
        content = entry_hash(entry.id, parse_utc(entry.at), entry.kind, entry.actor, entry.subject, entry.details,
                             entry.prev_hash)
        if content != entry.hash:
            raise ApiError(422, "audit_entry_altered",
                           f"audit entry {entry.id} does not match its hash: it was changed after it was chained; "
                           "nothing was stored", entry_id=entry.id)


def _conflict(entry_id: int, why: str) -> ApiError:
    return ApiError(409, "audit_entry_conflict", f"audit entry {entry_id} {why}; nothing was stored",
                    entry_id=entry_id)


def _row(device: DeviceIdentity, entry: AuditEntryIn, now: datetime) -> dict[str, object]:
    return {"device_id": device.id, "entry_id": entry.id, "store_id": device.store_id, "at": parse_utc(entry.at),
            "kind": entry.kind, "actor": entry.actor, "subject": entry.subject, "details": entry.details,
            "prev_hash": entry.prev_hash, "hash": entry.hash, "received_at": now}
