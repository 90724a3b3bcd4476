"""Central tables for return authorisations started online (issue 18), on central.models.Base.

An authorisation is a return decided at home on the shopper web page, by the same policy
engine as the kiosk, waiting to be dropped off at a kiosk. It takes a number from the change
counter (``seq``) whenever it changes, so kiosks pull their store's authorisations with a
cursor like the order feed. ``store_id`` None: any store of the chain may take it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from central.models import Base


class Authorisation(Base):
    """One return authorisation; ``code`` is what its QR carries (``INTAKE-RA:<code without dashes>``)."""

    __tablename__ = "authorisations"
    __table_args__ = (Index("ix_authorisations_store_seq", "store_id", "seq"),)

    #: "A" + 10 Crockford base32 characters + a check character, grouped: ``AK7Q-M4TZ-9XH2``.
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    order_number: Mapped[str] = mapped_column(String(40))
    #: The shopper (casefolded e-mail of the order), for their history and the web page.
    customer_key: Mapped[str] = mapped_column(String(1000), index=True)
    #: The store to drop off at; None: any store.
    store_id: Mapped[str | None] = mapped_column(ForeignKey("stores.id"))
    #: authorised, dropped_off, received, refunded or expired.
    status: Mapped[str] = mapped_column(String(16), index=True)
    currency: Mapped[str] = mapped_column(String(3))
    resolution: Mapped[str] = mapped_column(String(20))
    policy_version: Mapped[str] = mapped_column(String(80))
    #: The authorised lines, as served to kiosks (line_id, sku, title, quantity, reason_code,
    #: condition, gtin, image_url).
    lines: Mapped[list[Any]]
    #: What the policy said when it was authorised: per line verdict and message, the quote.
    decision: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    status_changed_at: Mapped[datetime]
    #: The kiosk case that dropped it off, its store and device.
    return_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    dropped_off_store_id: Mapped[str | None] = mapped_column(String(40))
    dropped_off_device_id: Mapped[str | None] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(BigInteger)


class ShopperSession(Base):
    """A shopper signed in to one order on the web page; the cookie holds the token, this its sha256."""

    __tablename__ = "shopper_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    #: The return being put together (lines, resolution, store) between the page's steps.
    draft: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime] = mapped_column(index=True)


class ShopperLookupThrottle(Base):
    """The web page's order lookup brake, per client address (as ``LookupThrottle`` is per device)."""

    __tablename__ = "shopper_lookup_throttle"

    client_key: Mapped[str] = mapped_column(String(100), primary_key=True)
    misses: Mapped[int] = mapped_column(Integer)
    last_miss_at: Mapped[datetime | None]
    blocked_until: Mapped[datetime | None]
