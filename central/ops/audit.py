"""Receiving each device's keyed hash-chained audit log, once per entry, never rewritten.

An entry is known by (device, epoch, the kiosk's entry id). A keyed epoch must have been
announced first (central.ops.audit_epochs), so that central holds its key; entries without
an epoch are the unkeyed ones of older kiosks and are still taken. A batch is checked whole
before anything is written, so it is stored completely or not at all:

* an entry held already with the same hash is a replay and is skipped (the kiosk may post
  a batch again when it missed the answer);
* an entry held already, or twice in the batch, or anchored as the device's head, with
  another hash is a conflict (409 ``audit_entry_conflict``): the copy central holds is never
  rewritten;
* a new entry must link to its predecessor: its ``prev_hash`` is the hash of entry id - 1
  when that entry is in the batch or held already (where its epoch began, the hash the
  epoch was announced with), else 422 ``audit_chain_broken`` naming the first entry that does
  not link. A predecessor not seen yet is not required: a device's log may arrive from any
  point;
* a new entry's hash must be the one its content gives under its epoch's key (unkeyed
  entries: plain sha256), else 422 ``audit_entry_altered``;
* once a device keys its log, an unkeyed entry at or past where its keyed log begins is
  refused (422 ``audit_scheme_downgrade``): relabelling entries as unkeyed gains nothing.

Each of those refusals is also an alarm (central.ops.audit_alarms), stored whatever becomes
of the batch. Two posts of the same entries racing on PostgreSQL meet at the primary key:
the loser gets a transient 503 and its retry is a replay.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Mapping, Sequence, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from central.audit_schemas import AuditEntryIn
from central.auth import DeviceIdentity
from central.database import Database
from central.errors import ApiError
from central.models import AuditEntry, AuditEpoch
from central.ops.audit_alarms import Divergence, raise_alarm
from kiosk.workflow.audit_chain import GENESIS, entry_hash, keyed_hash
from kiosk.workflow.clock import parse_utc

_entries = cast(Table, AuditEntry.__table__)
Batch = Mapping[int, AuditEntryIn]


def receive_entries(db: Database, device: DeviceIdentity, entries: Sequence[AuditEntryIn], now: datetime) -> int:
    """Store the entries not held yet and return how many that was; ApiError stores nothing."""
    try:
        return _receive(db, device, entries, now)
    except Divergence as found:
        raise_alarm(db, device, found.finding, now)
        raise


def _receive(db: Database, device: DeviceIdentity, entries: Sequence[AuditEntryIn], now: datetime) -> int:
    batches = _by_epoch(entries)
    with db.writing() as session:
        epochs = {row.epoch: row for row in session.scalars(select(AuditEpoch).where(AuditEpoch.device_id == device.id))}
        rows = [row for epoch, batch in sorted(batches.items())
                for row in _new_rows(session, device, epoch, epochs.get(epoch), batch, epochs, now)]
        if rows:
            session.execute(_entries.insert(), rows)
    return len(rows)


def _by_epoch(entries: Sequence[AuditEntryIn]) -> dict[str, dict[int, AuditEntryIn]]:
    batches: dict[str, dict[int, AuditEntryIn]] = defaultdict(dict)
    for entry in entries:
        twin = batches[entry.epoch].setdefault(entry.id, entry)
        if twin.hash != entry.hash:
            raise _conflict(entry, "appears twice in the batch with different hashes")
    return batches


def _new_rows(session: Session, device: DeviceIdentity, epoch: str, known: AuditEpoch | None, batch: Batch,
              epochs: Mapping[str, AuditEpoch], now: datetime) -> list[dict[str, object]]:
    if epoch and known is None:
        raise ApiError(422, "audit_epoch_unknown", f"audit epoch {epoch[:8]} was never announced: post it to "
                       "/v1/audit/epochs first; nothing was stored", entry_id=min(batch))
    if not epoch:
        _refuse_downgrade(batch, epochs)
    held = _held_hashes(session, device.id, epoch, set(batch) | {entry_id - 1 for entry_id in batch})
    _refuse_conflicts(batch, {**_anchored(known), **held})
    new = [entry for entry_id, entry in sorted(batch.items()) if entry_id not in held]
    _refuse_broken_links(new, batch, held, known)
    _refuse_altered(new, known)
    return [_row(device, entry, now) for entry in new]


def _anchored(known: AuditEpoch | None) -> dict[int, str]:
    """The head the device anchored: an entry that arrives later must be that very entry."""
    if known is None or known.head_id is None or known.head_hash is None:
        return {}
    return {int(known.head_id): known.head_hash}


def _held_hashes(session: Session, device_id: str, epoch: str, entry_ids: set[int]) -> dict[int, str]:
    rows = session.execute(select(_entries.c.entry_id, _entries.c.hash).where(
        _entries.c.device_id == device_id, _entries.c.epoch == epoch, _entries.c.entry_id.in_(sorted(entry_ids))))
    return {int(entry_id): digest for entry_id, digest in rows}


def _refuse_downgrade(batch: Batch, epochs: Mapping[str, AuditEpoch]) -> None:
    keyed_from = min((int(row.first_id) for name, row in epochs.items() if name), default=None)
    late = [entry_id for entry_id in sorted(batch) if keyed_from is not None and entry_id >= keyed_from]
    if late:
        raise Divergence(422, "audit_scheme_downgrade", f"audit entry {late[0]} is unkeyed, but this device keys "
                         f"its log from entry {keyed_from}: it was relabelled; nothing was stored",
                         epoch="", entry_id=late[0])


def _refuse_conflicts(batch: Batch, held: Mapping[int, str]) -> None:
    for entry_id, entry in sorted(batch.items()):
        if entry_id in held and held[entry_id] != entry.hash:
            raise _conflict(entry, "is held already with another hash: the device's log was changed")


def _refuse_broken_links(new: Sequence[AuditEntryIn], batch: Batch, held: Mapping[int, str],
                         known: AuditEpoch | None) -> None:
    first_id, start = (int(known.first_id), known.prev_hash) if known is not None else (1, GENESIS)
    for entry in new:
        before = entry.id - 1
        if entry.id < first_id:
            raise Divergence(422, "audit_chain_broken", f"audit entry {entry.id} comes before its epoch, which "
                             f"begins at entry {first_id}; nothing was stored", epoch=entry.epoch, entry_id=entry.id)
        expected = start if entry.id == first_id else batch[before].hash if before in batch else held.get(before)
        if expected is not None and entry.prev_hash != expected:
            raise Divergence(422, "audit_chain_broken",
                             f"audit entry {entry.id} does not link to entry {before}: its prev_hash differs",
                             epoch=entry.epoch, entry_id=entry.id)


def _refuse_altered(new: Sequence[AuditEntryIn], known: AuditEpoch | None) -> None:
    for entry in new:
        if _expected_hash(entry, known) != entry.hash:
            raise Divergence(422, "audit_entry_altered",
                             f"audit entry {entry.id} does not match its hash: it was changed after it was chained; "
                             "nothing was stored", epoch=entry.epoch, entry_id=entry.id)


def _expected_hash(entry: AuditEntryIn, known: AuditEpoch | None) -> str:
    fields = (entry.id, parse_utc(entry.at), entry.kind, entry.actor, entry.subject, entry.details, entry.prev_hash)
    if not entry.epoch or known is None or known.key is None:
        return entry_hash(*fields)
    return keyed_hash(bytes.fromhex(known.key), entry.epoch, *fields)


def _conflict(entry: AuditEntryIn, why: str) -> Divergence:
    return Divergence(409, "audit_entry_conflict", f"audit entry {entry.id} {why}; nothing was stored",
                      epoch=entry.epoch, entry_id=entry.id)


def _row(device: DeviceIdentity, entry: AuditEntryIn, now: datetime) -> dict[str, object]:
    return {"device_id": device.id, "epoch": entry.epoch, "entry_id": entry.id, "store_id": device.store_id,
            "at": parse_utc(entry.at), "kind": entry.kind, "actor": entry.actor, "subject": entry.subject,
            "details": entry.details, "prev_hash": entry.prev_hash, "hash": entry.hash, "received_at": now}
