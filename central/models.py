"""The central database: stores, devices, orders, policies, managers and received returns.

Orders and returns carry ``seq``, a number from one counter (``sync_state.last_seq``) that
every change takes inside its own transaction. The counter's row lock is held until commit,
so numbers become visible in the order they were handed out: a feed that reads the counter
first and then everything at or below it can never skip a change committed late.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC in and out, on SQLite (which keeps no offset) as on PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("central stores timezone-aware timestamps only")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UtcDateTime(), dict[str, Any]: JSON(), list[Any]: JSON()}


class SyncState(Base):
    """One row: the change counter and the epoch that ties cursors to this database."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    epoch: Mapped[str] = mapped_column(String(32))
    last_seq: Mapped[int] = mapped_column(BigInteger)


class Store(Base):
    __tablename__ = "stores"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]


class Device(Base):
    """A kiosk or counter PC; it is known by the sha256 of its bearer token, never the token."""

    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    store_id: Mapped[str] = mapped_column(ForeignKey("stores.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]


class Order(Base):
    """An order as loaded from the commerce platform, kept as its JSON document.

    ``document`` keeps the platform's ``quantity_returned``; returns taken here are added on
    the way out, so a reload from the platform never erases them.
    """

    __tablename__ = "orders"
    __table_args__ = (
        Index("ix_orders_store_seq", "store_id", "seq"),
        Index("ix_orders_store_window_start", "store_id", "window_start"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    number: Mapped[str] = mapped_column(String(40))
    number_key: Mapped[str] = mapped_column(String(40), unique=True)
    store_id: Mapped[str] = mapped_column(String(40))
    #: Casefolded e-mail (casefolding can lengthen an address past its 254 characters).
    email_key: Mapped[str] = mapped_column(String(1000))
    #: When the return window starts counting: delivery, else purchase.
    window_start: Mapped[datetime]
    document: Mapped[dict[str, Any]]
    seq: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[datetime]


class PolicyVersion(Base):
    """Every policy ever served, so a case is re-checked under the version it was decided by."""

    __tablename__ = "policy_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version: Mapped[str] = mapped_column(String(80), unique=True)
    document: Mapped[dict[str, Any]]
    etag: Mapped[str] = mapped_column(String(80))
    #: Grows each time a version is made current; setting an old version again rolls back to it.
    activation: Mapped[int] = mapped_column(Integer, index=True)
    created_at: Mapped[datetime]


class Manager(Base):
    """Staff who approve exceptions on a device; only the PIN's slow salted hash is kept."""

    __tablename__ = "managers"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    #: None: a manager of every store (area managers, head office).
    store_id: Mapped[str | None] = mapped_column(ForeignKey("stores.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(40))
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean)
    updated_at: Mapped[datetime]


class Return(Base):
    """A received return case, keyed for ever by the case id (the idempotency key).

    The first answer given (status code and body) is stored with it, so a replay months
    later gets exactly that answer.
    """

    __tablename__ = "returns"
    __table_args__ = (Index("ix_returns_store_seq", "store_id", "seq"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    store_id: Mapped[str] = mapped_column(ForeignKey("stores.id"))
    #: The device whose token posted the case (the case's own device_id is in ``body``).
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), index=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    order_number: Mapped[str] = mapped_column(String(40))
    #: The order's normalised customer e-mail: a shopper's history spans stores and devices.
    customer_key: Mapped[str] = mapped_column(String(1000), index=True)
    policy_version: Mapped[str] = mapped_column(String(80))
    #: accepted, review, refused or refunded.
    status: Mapped[str] = mapped_column(String(16), index=True)
    body: Mapped[dict[str, Any]]
    body_hash: Mapped[str] = mapped_column(String(64))
    #: Money given back (refund plus store credit), for the shopper's frequent-returns history.
    refunded: Mapped[int] = mapped_column(BigInteger)
    response_status: Mapped[int] = mapped_column(Integer)
    response_body: Mapped[str] = mapped_column(Text)
    disagreements: Mapped[list[Any]]
    created_at: Mapped[datetime]
    received_at: Mapped[datetime]
    status_changed_at: Mapped[datetime]
    seq: Mapped[int] = mapped_column(BigInteger)


class ReturnLine(Base):
    """One line of a received case; ``counts`` says whether it uses up purchased quantity."""

    __tablename__ = "return_lines"
    __table_args__ = (Index("ix_return_lines_order_line", "order_id", "line_id"),)

    return_id: Mapped[str] = mapped_column(ForeignKey("returns.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"))
    line_id: Mapped[str] = mapped_column(String(40))
    quantity: Mapped[int] = mapped_column(Integer)
    counts: Mapped[bool] = mapped_column(Boolean)


class LookupThrottle(Base):
    """Per-device memory of order lookup misses, shared by every worker process."""

    __tablename__ = "lookup_throttle"

    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    misses: Mapped[int] = mapped_column(Integer)
    last_miss_at: Mapped[datetime | None]
    blocked_until: Mapped[datetime | None]


class AuditEntry(Base):
    """An entry of a device's hash-chained audit log, as the kiosk chained it.

    Keyed by (device, epoch, the kiosk's entry id): a replayed entry is recognised, and one
    that comes back with another hash is a conflict, never an overwrite. The epoch names the
    key the entry is chained with (``AuditEpoch``); "" for the unkeyed entries of older kiosks.
    """

    __tablename__ = "audit_entries"

    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    epoch: Mapped[str] = mapped_column(String(32), primary_key=True, server_default="")
    entry_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    store_id: Mapped[str] = mapped_column(ForeignKey("stores.id"), index=True)
    at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(200))
    details: Mapped[dict[str, Any]]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime]


class DeviceHealth(Base):
    """The latest health report of each device (``POST /v1/devices/health``); the next one replaces it.

    The figures ``kiosk-central devices`` judges are columns; ``report`` keeps the whole body
    (printers, the age of each synced copy, the cache's size). Ages were measured on the
    device's clock when it reported; ``received_at`` is this server's.
    """

    __tablename__ = "device_health"

    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    store_id: Mapped[str] = mapped_column(ForeignKey("stores.id"), index=True)
    received_at: Mapped[datetime]
    reported_at: Mapped[datetime]
    app_version: Mapped[str] = mapped_column(String(40))
    schema_version: Mapped[str] = mapped_column(String(40))
    policy_version: Mapped[str | None] = mapped_column(String(80))
    outbox_pending: Mapped[int] = mapped_column(Integer)
    outbox_refused: Mapped[int] = mapped_column(Integer)
    outbox_oldest_age_s: Mapped[int | None] = mapped_column(BigInteger)
    print_queue_depth: Mapped[int] = mapped_column(Integer)
    last_sync_age_s: Mapped[int | None] = mapped_column(BigInteger)
    free_disk_bytes: Mapped[int] = mapped_column(BigInteger)
    clock_offset_ms: Mapped[int | None] = mapped_column(BigInteger)
    report: Mapped[dict[str, Any]]


class AuditEpoch(Base):
    """A stretch of a device's audit log chained under one key (kiosk.workflow.audit_chain.Epoch).

    The kiosk makes the key and announces it before it sends the epoch's entries; central
    keeps it to check each entry's HMAC, and keeps the head the kiosk anchored last. The epoch
    "" stands for the unkeyed entries of older kiosks: it has no key.
    """

    __tablename__ = "audit_epochs"

    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    epoch: Mapped[str] = mapped_column(String(32), primary_key=True)
    store_id: Mapped[str] = mapped_column(ForeignKey("stores.id"), index=True)
    scheme: Mapped[str] = mapped_column(String(16))
    key: Mapped[str | None] = mapped_column(String(64))
    first_id: Mapped[int] = mapped_column(BigInteger)
    prev_hash: Mapped[str] = mapped_column(String(64))
    opened_at: Mapped[datetime]
    head_id: Mapped[int | None] = mapped_column(BigInteger)
    head_hash: Mapped[str | None] = mapped_column(String(64))
    anchored_at: Mapped[datetime | None]


class AuditAlarm(Base):
    """A difference found between a device's audit log and central's copy, kept for people to act on.

    One row per finding (device, epoch, entry, code); the same finding again only counts
    ``seen`` up. ``entry_id`` 0: the finding is about the epoch, not one entry.
    """

    __tablename__ = "audit_alarms"
    __table_args__ = (Index("ix_audit_alarms_finding", "device_id", "epoch", "entry_id", "code", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    store_id: Mapped[str] = mapped_column(ForeignKey("stores.id"), index=True)
    epoch: Mapped[str] = mapped_column(String(32))
    entry_id: Mapped[int] = mapped_column(BigInteger)
    code: Mapped[str] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(Text)
    raised_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    seen: Mapped[int] = mapped_column(Integer)


# Tables kept in their own modules; imported here so that Base.metadata knows every table.
from central import models_authorisations, models_backoffice, models_outcomes, models_security  # noqa: E402,F401
