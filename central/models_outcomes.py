"""Central tables for outcomes: defined on central.models.Base, imported by central.models.

What a decision becomes once central holds the case: store-credit vouchers and their ledger,
refund instructions for the payment side (and the service tokens it pulls them with), each
store's stock, and the log of what people and services did here (``central_events``).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from central.models import Base


class Voucher(Base):
    """A voucher minted on a kiosk for a case, known here once the case has synced.

    ``code`` is the normalised code (no dashes). The balance never goes below zero: every
    redemption is a conditional update (central.ops.vouchers), and the database checks it too.
    """

    __tablename__ = "vouchers"
    __table_args__ = (CheckConstraint("balance >= 0", name="balance_not_negative"),)

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    return_id: Mapped[str] = mapped_column(ForeignKey("returns.id"), index=True)
    store_id: Mapped[str] = mapped_column(ForeignKey("stores.id"), index=True)
    #: store_credit, or collect_at_counter (cash an unattended kiosk could not pay out).
    kind: Mapped[str] = mapped_column(String(24))
    currency: Mapped[str] = mapped_column(String(3))
    issued: Mapped[int] = mapped_column(BigInteger)
    balance: Mapped[int] = mapped_column(BigInteger)
    #: The last store-local day it can be spent; None: it does not expire.
    expires_on: Mapped[date | None] = mapped_column(Date)
    #: active or void; "expired" is read from ``expires_on`` and the store's day.
    status: Mapped[str] = mapped_column(String(16))
    issued_at: Mapped[datetime]
    voided_at: Mapped[datetime | None]
    void_reason: Mapped[str | None] = mapped_column(Text)


class VoucherRedemption(Base):
    """One redemption, kept for ever under its Idempotency-Key: a replay gets the same answer."""

    __tablename__ = "voucher_redemptions"
    __table_args__ = (Index("ix_voucher_redemptions_key", "voucher_code", "idempotency_key", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    voucher_code: Mapped[str] = mapped_column(ForeignKey("vouchers.code"))
    idempotency_key: Mapped[str] = mapped_column(String(64))
    amount: Mapped[int] = mapped_column(BigInteger)
    reference: Mapped[str] = mapped_column(String(80))
    balance_after: Mapped[int] = mapped_column(BigInteger)
    #: Who redeemed it: a device id, or "cli:<user>".
    actor: Mapped[str] = mapped_column(String(64))
    redeemed_at: Mapped[datetime]


class RefundInstruction(Base):
    """A refund to an original tender (card, gift card) that the payment side must pay.

    It enters the feed (``seq``) when created and again when answered; an answer is final.
    """

    __tablename__ = "refund_instructions"
    __table_args__ = (Index("ix_refund_instructions_seq", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    return_id: Mapped[str] = mapped_column(ForeignKey("returns.id"), index=True)
    store_id: Mapped[str] = mapped_column(ForeignKey("stores.id"), index=True)
    return_code: Mapped[str] = mapped_column(String(20))
    order_number: Mapped[str] = mapped_column(String(40))
    #: card or gift_card
    tender_kind: Mapped[str] = mapped_column(String(16))
    #: The original tender's reference (e.g. the card's masked number).
    tender_reference: Mapped[str] = mapped_column(String(80))
    amount: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    #: pending, paid or failed
    status: Mapped[str] = mapped_column(String(16), index=True)
    reason: Mapped[str | None] = mapped_column(Text)
    reference: Mapped[str | None] = mapped_column(String(80))
    answered_by: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime]
    answered_at: Mapped[datetime | None]
    seq: Mapped[int] = mapped_column(BigInteger)


class Service(Base):
    """A back-end service (the payment side) known by the sha256 of its token; it may use only
    the routes of its ``scope`` (``refunds``)."""

    __tablename__ = "services"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    scope: Mapped[str] = mapped_column(String(16))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]


class StockLevel(Base):
    """Units on hand of one SKU in one store; each change takes a ``seq`` for the stock feed."""

    __tablename__ = "stock_levels"
    __table_args__ = (Index("ix_stock_levels_store_seq", "store_id", "seq"),)

    store_id: Mapped[str] = mapped_column(ForeignKey("stores.id"), primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    on_hand: Mapped[int] = mapped_column(BigInteger)
    seq: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[datetime]


class CentralEvent(Base):
    """Something done at central that changes money, goods or a decision, and who did it."""

    __tablename__ = "central_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    actor: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(200))
    store_id: Mapped[str | None] = mapped_column(String(40), index=True)
    details: Mapped[dict[str, Any]]
