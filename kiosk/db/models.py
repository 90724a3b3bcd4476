"""The kiosk's local tables (SQLAlchemy 2.x typed models).

Rows map to and from the domain's plain classes in the repositories; nothing outside
kiosk.db sees these classes. Timestamps are stored as UTC.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, MetaData, String, Text, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC and hands them back aware.

    SQLite has no timezone type; this keeps every timestamp we read timezone-aware.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("refusing to store a naive datetime")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return value.replace(tzinfo=timezone.utc) if value is not None else None


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class OrderRow(Base):
    __tablename__ = "orders"

    number: Mapped[str] = mapped_column(String(40), primary_key=True)
    store_id: Mapped[str] = mapped_column(String(40))
    email_key: Mapped[str] = mapped_column(String(254), doc="casefolded email, for lookup")
    phone_key: Mapped[str] = mapped_column(String(40), default="")
    customer_name: Mapped[str] = mapped_column(String(200), default="")
    currency: Mapped[str] = mapped_column(String(3))
    placed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    document: Mapped[dict[str, Any]] = mapped_column(JSON, doc="the full order JSON")

    lines: Mapped[list[OrderLineRow]] = relationship(back_populates="order", cascade="all, delete-orphan")

    __table_args__ = (
        Index("ix_orders_email_key", "email_key"),
        Index("ix_orders_phone_key", "phone_key"),
        Index("ix_orders_placed_at", "placed_at"),
    )


class OrderLineRow(Base):
    __tablename__ = "order_lines"

    order_number: Mapped[str] = mapped_column(ForeignKey("orders.number", ondelete="CASCADE"), primary_key=True)
    line_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    sku: Mapped[str] = mapped_column(String(64))
    product_id: Mapped[str] = mapped_column(String(64))
    category: Mapped[str] = mapped_column(String(64))
    quantity: Mapped[int] = mapped_column(Integer)
    quantity_returned: Mapped[int] = mapped_column(Integer, default=0)

    order: Mapped[OrderRow] = relationship(back_populates="lines")


class VariantRow(Base):
    """A sellable variant with its stock at this store, for exchanges."""

    __tablename__ = "variants"

    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    product_id: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[str] = mapped_column(String(200))
    attributes: Mapped[dict[str, str]] = mapped_column(JSON)
    unit_price: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    in_stock: Mapped[int] = mapped_column(Integer, default=0)


class PolicyVersionRow(Base):
    __tablename__ = "policy_versions"

    version: Mapped[str] = mapped_column(String(64), primary_key=True)
    effective_at: Mapped[datetime] = mapped_column(UtcDateTime)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    etag: Mapped[str | None] = mapped_column(String(128), nullable=True)
    document: Mapped[dict[str, Any]] = mapped_column(JSON)
    active: Mapped[bool] = mapped_column(default=False)


class ReturnCaseRow(Base):
    __tablename__ = "return_cases"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    order_number: Mapped[str] = mapped_column(String(40), index=True)
    store_id: Mapped[str] = mapped_column(String(40))
    device_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    status: Mapped[str] = mapped_column(String(24))
    resolution: Mapped[str] = mapped_column(String(24))
    currency: Mapped[str] = mapped_column(String(3))
    refund_total: Mapped[int] = mapped_column(Integer)
    credit_total: Mapped[int] = mapped_column(Integer, default=0)
    policy_version: Mapped[str] = mapped_column(String(64))
    customer_email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    customer_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    server_status: Mapped[str | None] = mapped_column(String(24), nullable=True)
    document: Mapped[dict[str, Any]] = mapped_column(JSON, doc="ReturnCase.to_dict(), what is pushed")

    lines: Mapped[list[ReturnCaseLineRow]] = relationship(back_populates="case", cascade="all, delete-orphan")


class ReturnCaseLineRow(Base):
    __tablename__ = "return_case_lines"

    case_id: Mapped[str] = mapped_column(ForeignKey("return_cases.id", ondelete="CASCADE"), primary_key=True)
    line_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    sku: Mapped[str] = mapped_column(String(64))
    quantity: Mapped[int] = mapped_column(Integer)
    reason_code: Mapped[str] = mapped_column(String(40))
    condition: Mapped[str | None] = mapped_column(String(24), nullable=True)
    verdict: Mapped[str] = mapped_column(String(24))
    refund_amount: Mapped[int] = mapped_column(Integer)

    case: Mapped[ReturnCaseRow] = relationship(back_populates="lines")


class OutboxRow(Base):
    """An event waiting to be delivered to the central API, at least once."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("return_cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    server_response: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


class PrintJobRow(Base):
    """A document to print; it stays queued until the printer has taken it."""

    __tablename__ = "print_jobs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("return_cases.id"), nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(24), doc="slip, store_copy, label, refusal, test")
    printer: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    printed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    output_path: Mapped[str | None] = mapped_column(Text, nullable=True)


class StaffRow(Base):
    __tablename__ = "staff"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16), doc="clerk or manager")
    pin_hash: Mapped[str] = mapped_column(String(256))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    #: the hash as central sent it (None for local staff); pin_hash may be a rehash of it
    source_hash: Mapped[str | None] = mapped_column(String(256), nullable=True)


class SettingRow(Base):
    """Small durable key/value state: sync cursors, device identity, demo marker."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class StaffLockoutRow(Base):
    """Wrong-PIN counts and locks, kept on disk so restarting the kiosk does not lift a lock."""

    __tablename__ = "staff_lockouts"

    key: Mapped[str] = mapped_column(String(64), primary_key=True, doc="a staff id, or the key of PIN-only entry")
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AuditLogRow(Base):
    """The append-only, hash-chained audit trail (kiosk.workflow.audit_chain).

    Ids are assigned by the writer as last id + 1 inside the write lock, so a gap means a
    removed row. ``epoch`` names the key the row is chained with ("" for the unkeyed scheme of
    older versions). Only ``delivered`` ever changes after insert: it is outside the chain, a
    copy of what central confirmed at the last sync, and the sync sends what central lacks
    whatever the flag says, so setting it by hand hides nothing.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    kind: Mapped[str] = mapped_column(String(32))
    actor_id: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(64), default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    epoch: Mapped[str] = mapped_column(String(32), default="", server_default="")
    delivered: Mapped[bool] = mapped_column(default=False, index=True)


class StoreStockRow(Base):
    """This store's stock of a SKU as central last sent it (the stock feed); exchanges read it."""

    __tablename__ = "store_stock"

    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    store_id: Mapped[str] = mapped_column(String(40))
    on_hand: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AuthorisationRow(Base):
    """A return started online (issue 18), as central last sent it: this store's open ones
    come with the sync, others are kept when a live lookup found them."""

    __tablename__ = "authorisations"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))
    order_number: Mapped[str] = mapped_column(String(40), index=True)
    store_id: Mapped[str | None] = mapped_column(String(40), nullable=True)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    document: Mapped[dict[str, Any]] = mapped_column(JSON, doc="the authorisation JSON as central sent it")
