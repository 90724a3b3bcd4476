"""Storing the hash-chained audit log (kiosk.workflow.audit_chain) in SQLite.

The GUI thread and the sync worker both append. Reading the last hash and inserting the
next entry must not interleave, or two entries would claim the same predecessor and the
chain would fork; so an append runs in a transaction that took SQLite's write lock first
(``BEGIN IMMEDIATE``). The (id, hash) of the newest entry is also kept in the settings
table, so cutting the newest rows off the log does not go unnoticed.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime
from typing import Any, Iterator, Mapping, Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kiosk.db.engine import Database
from kiosk.db.models import AuditLogRow
from kiosk.db.settings_store import get_setting, put_setting
from kiosk.workflow.audit_chain import AuditEntry, AuditKind, ChainBreak, chain_entry, verify_chain

HEAD_KEY = "audit_head"
_COLUMNS = (AuditLogRow.id, AuditLogRow.at, AuditLogRow.kind, AuditLogRow.actor_id, AuditLogRow.subject,
            AuditLogRow.details, AuditLogRow.prev_hash, AuditLogRow.hash)


def hold_write_lock(session: Session) -> None:
    """Start the session's transaction with SQLite's write lock, unless it already holds one.

    Must come before the transaction's first write; a transaction that already wrote holds
    the lock anyway.
    """
    connection = session.connection()
    if not connection.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def begin_snapshot(session: Session) -> None:
    """Start a read transaction now, so every later read sees one snapshot (the driver
    would otherwise read outside any transaction until the first write)."""
    connection = session.connection()
    if not connection.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
        connection.exec_driver_sql("BEGIN")


@contextmanager
def write_transaction(database: Database) -> Iterator[Session]:
    """A session whose transaction holds the write lock from its start; commits on success."""
    with database.session() as session, session.begin():
        hold_write_lock(session)
        yield session


def append(session: Session, *, at: datetime, kind: AuditKind | str, actor: str, subject: str = "",
           details: Mapping[str, Any] | None = None) -> AuditEntry:
    """Chain one entry onto the log inside the caller's transaction (which it locks for writing)."""
    hold_write_lock(session)
    last = session.execute(select(*_COLUMNS).order_by(AuditLogRow.id.desc()).limit(1)).one_or_none()
    entry = chain_entry(AuditEntry(*last) if last else None, at=at, kind=kind, actor=actor, subject=subject,
                        details=details)
    session.add(AuditLogRow(id=entry.id, at=entry.at, kind=entry.kind, actor_id=entry.actor, subject=entry.subject,
                            details=dict(entry.details), prev_hash=entry.prev_hash, hash=entry.hash, delivered=False))
    put_setting(session, HEAD_KEY, f"{entry.id}:{entry.hash}")
    session.flush()
    return entry


def record(database: Database, **fields: Any) -> AuditEntry:
    """Append one entry in its own transaction (see ``append`` for the fields)."""
    with write_transaction(database) as session:
        return append(session, **fields)


def entries(session: Session, *, batch: int = 1000) -> Iterator[AuditEntry]:
    """Every entry in id order, read in batches (as plain rows) so a long log never sits in memory."""
    after = 0
    while True:
        rows = session.execute(select(*_COLUMNS).where(AuditLogRow.id > after).order_by(AuditLogRow.id).limit(batch)).all()
        if not rows:
            return
        for row in rows:
            yield AuditEntry(*row)
        after = rows[-1][0]


def head(session: Session) -> tuple[int, str] | None:
    value = get_setting(session, HEAD_KEY)
    if not value:
        return None
    entry_id, _, digest = value.partition(":")
    return int(entry_id), digest


def verify(session: Session) -> tuple[int, ChainBreak | None]:
    """How many entries were read and the first break in the chain, if any.

    Reads in one snapshot (a read transaction), so entries appended meanwhile by the running
    kiosk do not look like rows added behind its back.
    """
    begin_snapshot(session)
    counted = 0

    def counting() -> Iterator[AuditEntry]:
        nonlocal counted
        for entry in entries(session):
            counted += 1
            yield entry

    found = verify_chain(counting(), head=head(session))
    return counted, found


def pending_audit_entries(session: Session, limit: int) -> list[AuditEntry]:
    """The oldest entries not yet delivered to central, in chain order."""
    rows = session.execute(select(*_COLUMNS).where(AuditLogRow.delivered.is_(False)).order_by(AuditLogRow.id).limit(limit))
    return [AuditEntry(*row) for row in rows]


def mark_audit_delivered(session: Session, ids: Sequence[int]) -> int:
    """Central has these entries; the caller commits. Returns how many rows changed."""
    if not ids:
        return 0
    result = session.execute(
        update(AuditLogRow).where(AuditLogRow.id.in_(list(ids)), AuditLogRow.delivered.is_(False)).values(delivered=True)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
