"""The two change feeds kiosks pull: orders of their store, and status changes of their returns.

Each page is read below a ceiling taken first from the change counter: everything at or
under it is committed (see central.models), so the next cursor never steps over a change
that commits late. Pages are oldest first; a page that is not full ends at the ceiling, so
an idle kiosk's cursor stays put and it never rescans rows the filters skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from central.cursors import Cursor, decode_cursor
from central.models import Order, Return
from central.ops import orders as order_ops
from central.ops import sequence
from kiosk.workflow.clock import format_utc

ORDERS_FEED = "o"
RETURNS_FEED = "r"


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    next_cursor: str
    has_more: bool


def order_page(session: Session, store_id: str, cursor: str | None, limit: int, horizon: datetime) -> Page:
    """Orders of a store changed since ``cursor`` whose window may still be open."""
    epoch, ceiling = sequence.position(session)
    after = decode_cursor(cursor, feed=ORDERS_FEED, epoch=epoch, last_seq=ceiling)
    rows = list(session.scalars(
        select(Order)
        .where(Order.store_id == store_id, Order.seq > after, Order.seq <= ceiling, Order.window_start >= horizon)
        .order_by(Order.seq)
        .limit(limit + 1)
    ))
    page, has_more = rows[:limit], len(rows) > limit
    end = page[-1].seq if has_more else ceiling
    return Page(order_ops.serve_all(session, page), Cursor(ORDERS_FEED, epoch, end).encode(), has_more)


def order_count(session: Session, store_id: str, horizon: datetime) -> int:
    """How many orders the store's feed holds now: what a fully synced kiosk should have."""
    count = session.scalar(select(func.count()).select_from(Order)
                           .where(Order.store_id == store_id, Order.window_start >= horizon))
    return int(count or 0)


def return_page(session: Session, store_id: str, cursor: str | None, limit: int) -> Page:
    """Returns taken in a store whose status changed since ``cursor``."""
    epoch, ceiling = sequence.position(session)
    after = decode_cursor(cursor, feed=RETURNS_FEED, epoch=epoch, last_seq=ceiling)
    rows = list(session.scalars(
        select(Return)
        .where(Return.store_id == store_id, Return.seq > after, Return.seq <= ceiling)
        .order_by(Return.seq)
        .limit(limit + 1)
    ))
    page, has_more = rows[:limit], len(rows) > limit
    end = page[-1].seq if has_more else ceiling
    return Page([status_entry(r) for r in page], Cursor(RETURNS_FEED, epoch, end).encode(), has_more)


def status_entry(row: Return) -> dict[str, Any]:
    return {
        "id": row.id,
        "code": row.code,
        "order_number": row.order_number,
        "status": row.status,
        "status_changed_at": format_utc(row.status_changed_at),
        "disagreements": list(row.disagreements),
    }
