"""Trimming the order cache and counting what is left of it.

The sync keeps the cache to what can still be returned (orders whose return window started
before the feed's horizon go), clears it for a full resync, and compares what is left with
the feed's total (kiosk.sync.retention). Deleting is done in chunks the caller commits one by
one, so the desk can keep saving returns in between.
"""

from __future__ import annotations

from datetime import datetime
from typing import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kiosk.db.models import OrderLineRow, OrderRow, ReturnCaseRow

_WINDOW_START = func.coalesce(OrderRow.delivered_at, OrderRow.placed_at)
_DELETE_CHUNK = 500


def expired_numbers(session: Session, horizon: datetime, limit: int) -> list[str]:
    """Up to ``limit`` cached orders whose return window started before the horizon."""
    return list(session.execute(
        select(OrderRow.number)
        # placed_at <= window start, so the indexed condition narrows the scan without losing any
        .where(OrderRow.placed_at < horizon, _WINDOW_START < horizon)
        .limit(limit)
    ).scalars())


def any_numbers(session: Session, limit: int) -> list[str]:
    """Up to ``limit`` cached orders, whichever come first (to clear the cache chunk by chunk)."""
    return list(session.execute(select(OrderRow.number).limit(limit)).scalars())


def delete_orders(session: Session, numbers: Sequence[str]) -> None:
    """Delete these cached orders and their lines."""
    for start in range(0, len(numbers), _DELETE_CHUNK):
        chunk = list(numbers[start:start + _DELETE_CHUNK])
        session.execute(delete(OrderLineRow).where(OrderLineRow.order_number.in_(chunk)))
        session.execute(delete(OrderRow).where(OrderRow.number.in_(chunk)))


def count_of_store(session: Session, store_id: str | None) -> int:
    """Cached orders of one store (of every store when None).

    A table scan of ~0.4 s per million orders; an index on orders.store_id would make it an
    index-only count.
    """
    query = select(func.count()).select_from(OrderRow)
    if store_id:
        query = query.where(OrderRow.store_id == store_id)
    return int(session.execute(query).scalar_one())


def returned_orders_not_cached(session: Session) -> int:
    """Orders this kiosk took returns from that are no longer in the cache."""
    cached = select(OrderRow.number).where(OrderRow.number == ReturnCaseRow.order_number).exists()
    query = select(func.count(func.distinct(ReturnCaseRow.order_number))).where(~cached)
    return int(session.execute(query).scalar_one())
