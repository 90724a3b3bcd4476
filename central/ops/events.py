"""The log of what was done at central: redemptions, voids, refund answers, stock loads.

Kiosks keep their own hash-chained audit log (central/ops/audit.py holds their copies); this
is central's own record of actions taken here, written in the same transaction as the
action, so an action and its record commit or roll back together.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.database import Database
from central.models_outcomes import CentralEvent
from kiosk.workflow.clock import format_utc


@dataclass(frozen=True)
class Event:
    id: int
    at: datetime
    kind: str
    actor: str
    subject: str
    store_id: str | None
    details: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "at": format_utc(self.at), "kind": self.kind, "actor": self.actor,
                "subject": self.subject, "store_id": self.store_id, "details": self.details}

    def describe(self) -> str:
        where = f" [{self.store_id}]" if self.store_id else ""
        return f"{format_utc(self.at)}  {self.kind:<20} {self.subject}{where}  by {self.actor}  {self.details}"


def record(session: Session, kind: str, actor: str, subject: str, details: Mapping[str, Any], now: datetime,
           *, store_id: str | None = None) -> None:
    """Record an action inside the caller's write transaction."""
    session.add(CentralEvent(at=now, kind=kind[:40], actor=actor[:64], subject=subject[:200], store_id=store_id,
                             details=dict(details)))


def events(db: Database, *, kind: str | None = None, subject: str | None = None, store_id: str | None = None,
           limit: int = 100) -> list[Event]:
    """The newest ``limit`` events (oldest of them first), optionally of one kind, subject or store."""
    query = select(CentralEvent).order_by(CentralEvent.id.desc()).limit(limit)
    if kind:
        query = query.where(CentralEvent.kind == kind)
    if subject:
        query = query.where(CentralEvent.subject == subject)
    if store_id:
        query = query.where(CentralEvent.store_id == store_id)
    with db.reading() as session:
        rows = list(session.scalars(query))
    return [Event(r.id, r.at, r.kind, r.actor, r.subject, r.store_id, dict(r.details)) for r in reversed(rows)]
