"""Audit alarms: a device's log and central's copy differ, and people must hear of it.

A refusal alone would only show on the kiosk, and only while it keeps trying; an alarm is
stored at central whatever becomes of the request that found it (its own transaction, after
the request's was rolled back), shown by ``kiosk-central audit alarms`` and ``audit verify``,
and counted again (``seen``) when the same finding comes back with the next sync.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central.auth import DeviceIdentity
from central.database import Database
from central.errors import ApiError
from central.models import AuditAlarm


class Divergence(ApiError):
    """A refusal that is also an alarm: the device's log and central's copy disagree."""

    def __init__(self, status: int, code: str, message: str, *, epoch: str, entry_id: int = 0) -> None:
        super().__init__(status, code, f"{message}; an audit alarm was raised at central", entry_id=entry_id)
        self.finding = Finding(epoch, entry_id, code, message)


@dataclass(frozen=True)
class Finding:
    epoch: str
    entry_id: int
    code: str
    message: str


@dataclass(frozen=True)
class Alarm:
    device_id: str
    store_id: str
    epoch: str
    entry_id: int
    code: str
    message: str
    raised_at: datetime
    last_seen_at: datetime
    seen: int

    def describe(self) -> str:
        where = f"entry {self.entry_id}" if self.entry_id else "the log"
        again = f", seen {self.seen} times, last {self.last_seen_at:%Y-%m-%d %H:%M}" if self.seen > 1 else ""
        return (f"{self.raised_at:%Y-%m-%d %H:%M} UTC device {self.device_id} (store {self.store_id}), epoch "
                f"{self.epoch[:8] or 'unkeyed'}, {where}: {self.code}: {self.message}{again}")


def raise_alarm(db: Database, device: DeviceIdentity, finding: Finding, now: datetime) -> None:
    """Store the finding, or count it again when it is stored already."""
    for _ in range(2):  # a racing writer may insert the same finding first: then it is counted
        try:
            with db.writing() as session:
                _store(session, device, finding, now)
            return
        except IntegrityError:
            continue


def _store(session: Session, device: DeviceIdentity, finding: Finding, now: datetime) -> None:
    row = session.scalars(select(AuditAlarm).where(
        AuditAlarm.device_id == device.id, AuditAlarm.epoch == finding.epoch,
        AuditAlarm.entry_id == finding.entry_id, AuditAlarm.code == finding.code)).one_or_none()
    if row is not None:
        row.seen += 1
        row.last_seen_at = now
        return
    session.add(AuditAlarm(device_id=device.id, store_id=device.store_id, epoch=finding.epoch,
                           entry_id=finding.entry_id, code=finding.code, message=finding.message, raised_at=now,
                           last_seen_at=now, seen=1))


def alarms(db: Database, device_id: str | None = None) -> list[Alarm]:
    """Every alarm (of one device), oldest first."""
    query = select(AuditAlarm).order_by(AuditAlarm.raised_at, AuditAlarm.id)
    if device_id is not None:
        query = query.where(AuditAlarm.device_id == device_id)
    with db.reading() as session:
        return [Alarm(r.device_id, r.store_id, r.epoch, r.entry_id, r.code, r.message, r.raised_at, r.last_seen_at,
                      r.seen) for r in session.scalars(query)]
