"""Storing the keyed hash-chained audit log (kiosk.workflow.audit_chain) in SQLite.

The GUI thread and the sync worker both append. Reading the last hash and inserting the
next entry must not interleave, or two entries would claim the same predecessor and the
chain would fork; so an append runs in a transaction that took SQLite's write lock first
(``BEGIN IMMEDIATE``). The same lock covers changes to the key file (kiosk.db.audit_keys).
The (id, hash) of the newest entry is also kept in the settings table, sealed with its
epoch's key, so cutting the newest rows off the log, and moving the head back to match,
does not go unnoticed.

Rows are read back one by one for verification and export: a row someone garbled (a date
that is not one, details that are not JSON) is reported by its id, never as a traceback.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Mapping

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from kiosk.db.audit_keys import AuditKeys, AuditKeysUnreadable
from kiosk.db.engine import Database
from kiosk.db.models import AuditLogRow
from kiosk.db.settings_store import get_setting, put_setting
from kiosk.workflow.audit_chain import (
    AuditEntry,
    AuditKind,
    ChainBreak,
    Epoch,
    Tip,
    UnreadableRow,
    chain_entry,
    seal_head,
    verify_chain,
)
from kiosk.workflow.errors import StorageError

HEAD_KEY = "audit_head"
_COLUMNS = (AuditLogRow.id, AuditLogRow.at, AuditLogRow.kind, AuditLogRow.actor_id, AuditLogRow.subject,
            AuditLogRow.details, AuditLogRow.prev_hash, AuditLogRow.hash, AuditLogRow.epoch)
_RAW = ("SELECT id, at, kind, actor_id, subject, details, prev_hash, hash, {epoch} FROM audit_log "
        "WHERE id > :after {where} ORDER BY id LIMIT :limit")


class AuditRowUnreadable(StorageError):
    """A stored audit row cannot be read back as an entry; the message names the row."""


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


def append(session: Session, keys: AuditKeys, *, at: datetime, kind: AuditKind | str, actor: str, subject: str = "",
           details: Mapping[str, Any] | None = None, epoch: Epoch | None = None) -> AuditEntry:
    """Chain one entry onto the log inside the caller's transaction (which it locks for writing).

    The epoch is the key file's current one (or ``epoch``, just begun by ``restart``).
    """
    hold_write_lock(session)
    last = tip(session)
    epoch = epoch or keys.epoch_to_chain_in(last)
    entry = chain_entry(last, at=at, kind=kind, actor=actor, subject=subject, details=details, epoch=epoch)
    session.add(AuditLogRow(id=entry.id, at=entry.at, kind=entry.kind, actor_id=entry.actor, subject=entry.subject,
                            details=dict(entry.details), prev_hash=entry.prev_hash, hash=entry.hash,
                            epoch=entry.epoch, delivered=False))
    put_setting(session, HEAD_KEY, f"{entry.id}:{entry.hash}:{seal_head(epoch.key, entry)}")
    session.flush()
    return entry


def record(database: Database, **fields: Any) -> AuditEntry:
    """Append one entry in its own transaction (see ``append`` for the fields)."""
    with write_transaction(database) as session:
        return append(session, AuditKeys.beside(database.path), **fields)


def restart(session: Session, keys: AuditKeys, *, at: datetime, reason: str,
            details: Mapping[str, Any] | None = None) -> AuditEntry:
    """Begin a new epoch after the newest entry, with an entry saying why (a restored backup must
    not write again ids central holds with other content)."""
    hold_write_lock(session)
    epoch = keys.start_epoch(tip(session))
    return append(session, keys, at=at, kind=AuditKind.EPOCH_START, actor="kiosk", subject="audit log",
                  details={"reason": reason, **(details or {})}, epoch=epoch)


def tip(session: Session) -> Tip | None:
    """The newest entry's id, hash and epoch: all that chaining the next one needs (read even
    when the rest of that row is garbled)."""
    row = session.execute(select(AuditLogRow.id, AuditLogRow.hash, AuditLogRow.epoch)
                          .order_by(AuditLogRow.id.desc()).limit(1)).one_or_none()
    return Tip(int(row[0]), str(row[1]), str(row[2] or "")) if row else None


def stored_rows(session: Session, *, epoch: str | None = None, after: int = 0,
                batch: int = 1000) -> Iterator[AuditEntry | UnreadableRow]:
    """Every row in id order (of one epoch, when given), read raw in batches and parsed one by one."""
    has_epoch = _has_epoch_column(session)
    if epoch is not None and not has_epoch:
        epoch, after = (None, after) if epoch == "" else (None, 2**62)
    query = text(_RAW.format(epoch="epoch" if has_epoch else "''", where="AND epoch = :epoch" if epoch is not None
                             else ""))
    while True:
        rows = session.execute(query, {"after": after, "limit": batch, "epoch": epoch}).all()
        if not rows:
            return
        for row in rows:
            yield _parsed(tuple(row))
        after = int(rows[-1][0])


def entries(session: Session, *, batch: int = 1000) -> Iterator[AuditEntry]:
    """Every entry in id order, read in batches so a long log never sits in memory.

    Raises AuditRowUnreadable at a garbled row (verification and export use ``stored_rows``).
    """
    for row in stored_rows(session, batch=batch):
        if isinstance(row, UnreadableRow):
            raise AuditRowUnreadable(f"audit row {row.id} cannot be read: {row.reason}")
        yield row


def head(session: Session) -> tuple[int, str] | None:
    """The (id, hash) recorded as the newest entry, kept apart from the rows."""
    stored = _stored_head(session)
    return (stored[0], stored[1]) if stored else None


def _stored_head(session: Session) -> tuple[int, str, str] | None:
    """(id, hash, the kiosk's seal: "" before keys) of the recorded head."""
    value = get_setting(session, HEAD_KEY)
    if not value:
        return None
    entry_id, _, rest = value.partition(":")
    digest, _, seal = rest.partition(":")
    try:
        return int(entry_id), digest, seal
    except ValueError:
        return -1, digest, seal  # garbled: it can match no row, so verification says so


def verify(session: Session, keys: AuditKeys | None = None) -> tuple[int, ChainBreak | None]:
    """How many rows were read and the first break in the chain, if any.

    Reads in one snapshot (a read transaction), so entries appended meanwhile by the running
    kiosk do not look like rows added behind its back. ``keys`` default to the file beside
    the database; without it, keyed rows cannot be checked and the first of them is reported.
    """
    begin_snapshot(session)
    counted = 0
    try:
        epochs = (keys or _keys_beside(session)).load()
    except AuditKeysUnreadable:
        epochs = ()

    def counting() -> Iterator[AuditEntry | UnreadableRow]:
        nonlocal counted
        for row in stored_rows(session):
            counted += 1
            yield row

    stored = _stored_head(session)
    found = verify_chain(counting(), head=(stored[0], stored[1]) if stored else None, epochs=epochs,
                         head_seal=stored[2] if stored else None)
    return counted, found


def epoch_spans(session: Session) -> list[tuple[str, int, int]]:
    """(epoch, first id, last id) of each epoch the rows hold, oldest first."""
    rows = session.execute(select(AuditLogRow.epoch, func.min(AuditLogRow.id), func.max(AuditLogRow.id))
                           .group_by(AuditLogRow.epoch).order_by(func.min(AuditLogRow.id)))
    return [(str(epoch or ""), int(first), int(last)) for epoch, first, last in rows]


def undelivered_count(session: Session) -> int:
    """Rows central has not confirmed (as of the last sync)."""
    return int(session.scalar(select(func.count()).select_from(AuditLogRow).where(AuditLogRow.delivered.is_(False)))
               or 0)


def undelivered(session: Session) -> list[tuple[str, int, str]]:
    """(epoch, id, hash) of the rows central has not confirmed, in id order."""
    rows = session.execute(select(AuditLogRow.epoch, AuditLogRow.id, AuditLogRow.hash)
                           .where(AuditLogRow.delivered.is_(False)).order_by(AuditLogRow.id))
    return [(str(epoch or ""), int(entry_id), str(digest)) for epoch, entry_id, digest in rows]


def confirm_delivered(session: Session, epoch: str, through: int | None) -> None:
    """Make ``delivered`` say what central holds of ``epoch``: the rows up to ``through`` (None: none)."""
    limit = through if through is not None else 0
    session.execute(update(AuditLogRow).where(AuditLogRow.epoch == epoch, AuditLogRow.id <= limit,
                                              AuditLogRow.delivered.is_(False)).values(delivered=True))
    session.execute(update(AuditLogRow).where(AuditLogRow.epoch == epoch, AuditLogRow.id > limit,
                                              AuditLogRow.delivered.is_(True)).values(delivered=False))


def _keys_beside(session: Session) -> AuditKeys:
    """The key file beside the database file the session reads."""
    return AuditKeys.beside(Path(str(session.get_bind().engine.url.database)))


def _has_epoch_column(session: Session) -> bool:
    """A file from before migration 0004 (read as found by ``kiosk audit``) has no epoch column."""
    columns = session.execute(text("SELECT name FROM pragma_table_info('audit_log')")).scalars()
    return "epoch" in set(columns)


def _parsed(row: tuple[Any, ...]) -> AuditEntry | UnreadableRow:
    entry_id = int(row[0])
    try:
        names = ("kind", "actor", "subject", "prev_hash", "hash", "epoch")
        kind, actor, subject, prev_hash, digest, epoch = (
            _text(value, name) for value, name in zip((row[2], row[3], row[4], row[6], row[7], row[8]), names))
        return AuditEntry(entry_id, _timestamp(row[1]), kind, actor, subject, _details(row[5]), prev_hash, digest,
                          epoch)
    except ValueError as error:
        return UnreadableRow(entry_id, str(error))


def _text(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"its {name} is not text ({type(value).__name__})")
    return value


def _timestamp(value: Any) -> datetime:
    try:
        moment = datetime.fromisoformat(_text(value, "time"))
    except ValueError as error:
        raise ValueError(f"its time {str(value)[:40]!r} is not a timestamp") from error
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def _details(value: Any) -> dict[str, Any]:
    try:
        details = json.loads(_text(value, "details"))
    except ValueError as error:
        raise ValueError(f"its details are not JSON ({error})") from error
    if not isinstance(details, dict):
        raise ValueError("its details are not a JSON object")
    return details
