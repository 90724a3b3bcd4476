"""A device's audit epochs at central: announcing them, anchoring the head, saying what is held.

A kiosk begins an epoch (a stretch of its log under a new key) after an upgrade from the
unkeyed scheme, when its database starts again from entry 1 (a reset profile), and after a
restore from a backup; it announces the epoch's key before sending its entries, so the
chain stays deliverable, and central checks where the epoch begins against its copy:

* a new log (from entry 1) while entries of an earlier epoch were anchored but never
  arrived: ``audit_entries_lost``;
* an epoch that continues from entry k, when central's copy of entry k has another hash:
  ``audit_diverged``; when central holds entries of the earlier epoch past k: the device's
  log lost them (``audit_log_cut``).

Those are alarms, not refusals: the epoch is taken, so what the kiosk writes from now on
still arrives. At every sync the kiosk anchors its head (its newest entry): central compares
it with its copy (an entry held with another hash, entries held past it, a head anchored
before further on) and refuses a head that does not fit, as an alarm (409).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from central.audit_schemas import EpochIn, HeadIn
from central.auth import DeviceIdentity
from central.database import Database
from central.errors import ApiError
from central.models import AuditEntry, AuditEpoch
from central.ops.audit_alarms import Divergence, Finding, raise_alarm
from kiosk.workflow.audit_chain import GENESIS, LEGACY

_entries = cast(Table, AuditEntry.__table__)


@dataclass(frozen=True)
class Held:
    """What central holds of one epoch of a device's log."""

    epoch: str
    scheme: str
    first_id: int
    prev_hash: str
    key: str | None
    count: int
    low: int | None
    high: int | None
    head_id: int | None
    head_hash: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"epoch": self.epoch, "scheme": self.scheme, "first_id": self.first_id, "held": self.count,
                "held_low": self.low, "held_high": self.high, "head_id": self.head_id, "head_hash": self.head_hash}


def held_epochs(session: Session, device_id: str) -> list[Held]:
    """Every epoch of the device, in the order the device began them (unkeyed entries first)."""
    stats = {epoch: (int(count), low, high) for epoch, count, low, high in session.execute(
        select(_entries.c.epoch, func.count(), func.min(_entries.c.entry_id), func.max(_entries.c.entry_id))
        .where(_entries.c.device_id == device_id).group_by(_entries.c.epoch))}
    rows = {row.epoch: row for row in session.scalars(
        select(AuditEpoch).where(AuditEpoch.device_id == device_id).order_by(AuditEpoch.opened_at, AuditEpoch.epoch))}
    names = ([""] if "" in stats or "" in rows else []) + [name for name in rows if name]
    return [_held(name, rows.get(name), stats.get(name, (0, None, None))) for name in names]


def list_epochs(db: Database, device: DeviceIdentity) -> list[dict[str, Any]]:
    with db.reading() as session:
        return [held.to_dict() for held in held_epochs(session, device.id)]


def announce_epoch(db: Database, device: DeviceIdentity, epoch: EpochIn, now: datetime) -> tuple[bool, str | None]:
    """Take an epoch's key; (new?, what was found wrong where it begins, if anything)."""
    try:
        with db.writing() as session:
            existing = session.get(AuditEpoch, (device.id, epoch.epoch))
            if existing is not None:
                _same_announcement(existing, epoch)
                return False, None
            findings = _where_it_begins(held_epochs(session, device.id), epoch)
            session.add(AuditEpoch(device_id=device.id, epoch=epoch.epoch, store_id=device.store_id,
                                   scheme=epoch.scheme, key=epoch.key, first_id=epoch.first_id,
                                   prev_hash=epoch.prev_hash, opened_at=now))
    except Divergence as found:
        raise_alarm(db, device, found.finding, now)
        raise
    for finding in findings:
        raise_alarm(db, device, finding, now)
    return True, "; ".join(finding.message for finding in findings) or None


def anchor_head(db: Database, device: DeviceIdentity, head: HeadIn, now: datetime) -> dict[str, Any]:
    """Compare the device's head with central's copy and keep it; Divergence (an alarm) when it does not fit."""
    try:
        with db.writing() as session:
            row = session.get(AuditEpoch, (device.id, head.epoch)) or _unkeyed_epoch(session, device, head, now)
            held = next(h for h in held_epochs(session, device.id) if h.epoch == head.epoch)
            _check_head(session, device.id, held, head)
            row.head_id, row.head_hash, row.anchored_at = head.id, head.hash, now
            return {"epoch": head.epoch, "id": head.id, "held": held.count}
    except Divergence as found:
        raise_alarm(db, device, found.finding, now)
        raise


def hashes_page(db: Database, device: DeviceIdentity, epoch: str, after: int, limit: int) -> list[dict[str, Any]]:
    """(id, hash) of the device's entries of ``epoch`` past ``after``, in id order."""
    with db.reading() as session:
        rows = session.execute(select(_entries.c.entry_id, _entries.c.hash).where(
            _entries.c.device_id == device.id, _entries.c.epoch == epoch, _entries.c.entry_id > after)
            .order_by(_entries.c.entry_id).limit(limit))
        return [{"id": int(entry_id), "hash": digest} for entry_id, digest in rows]


def _held(name: str, row: AuditEpoch | None, stats: tuple[int, Any, Any]) -> Held:
    count, low, high = stats
    low_id, high_id = (int(low), int(high)) if count else (None, None)
    if row is None:
        return Held(name, LEGACY, 1, GENESIS, None, count, low_id, high_id, None, None)
    return Held(name, row.scheme, int(row.first_id), row.prev_hash, row.key, count, low_id, high_id,
                int(row.head_id) if row.head_id is not None else None, row.head_hash)


def _same_announcement(existing: AuditEpoch, epoch: EpochIn) -> None:
    if (existing.key, int(existing.first_id), existing.prev_hash, existing.scheme) != (
            epoch.key, epoch.first_id, epoch.prev_hash, epoch.scheme):
        raise Divergence(409, "audit_epoch_conflict", f"audit epoch {epoch.epoch[:8]} is held already with another "
                         "key or start: the device's key file was changed", epoch=epoch.epoch)


def _where_it_begins(earlier: list[Held], epoch: EpochIn) -> list[Finding]:
    if epoch.first_id == 1:
        return [_lost(held, f"the device began a new log (epoch {epoch.epoch[:8]})") for held in earlier
                if _anchored_not_held(held)]
    before = [held for held in earlier if held.first_id <= epoch.first_id - 1 and held.count]
    if not before:
        return []
    return _continuation(before[-1], epoch)


def _continuation(previous: Held, epoch: EpochIn) -> list[Finding]:
    findings = []
    name, start = previous.epoch[:8] or "unkeyed", epoch.first_id
    if previous.high is not None and previous.high >= start:
        findings.append(Finding(previous.epoch, start, "audit_log_cut",
                                f"the device's log goes on in epoch {epoch.epoch[:8]} from entry {start}, but central "
                                f"holds entries {start} to {previous.high} of epoch {name}: the device lost them "
                                "(put back from an older copy?) or they were cut"))
    elif _anchored_not_held(previous) and (previous.head_id or 0) >= start:
        findings.append(_lost(previous, f"the device's log goes on in epoch {epoch.epoch[:8]} from entry {start}"))
    return findings


def _anchored_not_held(held: Held) -> bool:
    return held.head_id is not None and held.head_id > (held.high or 0)


def _lost(held: Held, what: str) -> Finding:
    first = (held.high or held.first_id - 1) + 1
    return Finding(held.epoch, first, "audit_entries_lost",
                   f"{what}, but entries {first} to {held.head_id} of epoch {held.epoch[:8] or 'unkeyed'}, "
                   "anchored at a sync, never arrived")


def _unkeyed_epoch(session: Session, device: DeviceIdentity, head: HeadIn, now: datetime) -> AuditEpoch:
    if head.epoch:
        raise ApiError(422, "audit_epoch_unknown", f"audit epoch {head.epoch[:8]} was never announced: post it to "
                       "/v1/audit/epochs first", entry_id=head.id)
    row = AuditEpoch(device_id=device.id, epoch="", store_id=device.store_id, scheme=LEGACY, key=None, first_id=1,
                     prev_hash=GENESIS, opened_at=now)
    session.add(row)
    session.flush()
    return row


def _check_head(session: Session, device_id: str, held: Held, head: HeadIn) -> None:
    name = head.epoch[:8] or "unkeyed"
    if head.id < held.first_id:
        if head.id != held.first_id - 1 or head.hash != held.prev_hash:
            raise _diverged(head, f"the device's head, entry {head.id}, is not where epoch {name} begins")
        return
    digest = session.scalar(select(_entries.c.hash).where(
        _entries.c.device_id == device_id, _entries.c.epoch == head.epoch, _entries.c.entry_id == head.id))
    if (digest is not None and digest != head.hash) or (held.head_id == head.id and held.head_hash != head.hash):
        raise _diverged(head, f"the device's entry {head.id} differs from central's copy: its log was changed")
    reached = max(held.high or 0, held.head_id or 0)
    if reached > head.id:
        raise Divergence(409, "audit_log_cut", f"the device's log of epoch {name} ends at entry {head.id}, but it "
                         f"reached entry {reached} before (held or anchored at central): entries were cut from it",
                         epoch=head.epoch, entry_id=head.id + 1)


def _diverged(head: HeadIn, message: str) -> Divergence:
    return Divergence(409, "audit_diverged", message, epoch=head.epoch, entry_id=head.id)
