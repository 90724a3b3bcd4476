"""How far a cached order counts this kiosk's own returns.

The server adds every device's accepted returns to ``quantity_returned`` when it serves an
order. The returns desk adds, on top, this kiosk's cases created after the cached order's
``updated_at``. So the cache row of a pulled order gets as ``updated_at`` "the moment up to
which the server's copy already counts our cases": the time the request was sent, or just
before the oldest of our cases the server could not count yet (still pending, or delivered
after the request left). ``order_cache.find_order`` hands that moment back as the order's
``updated_at``. A case is then counted once: by the server or by the desk, never both,
never neither. (The platform's own ``updated_at`` stays in the stored document.)
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Sequence

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from kiosk.db.models import OutboxRow, ReturnCaseRow
from kiosk.sync.outbox import DELIVERED, PENDING
from kiosk.workflow.orders import Order

_JUST_BEFORE = timedelta(microseconds=1)
_CHUNK = 500


def stamp_orders(session: Session, orders: Sequence[Order], requested_at: datetime) -> list[Order]:
    """The orders with ``updated_at`` set as described above."""
    stamps = _stamps(session, [o.number for o in orders], requested_at)
    return [replace(o, updated_at=stamps.get(o.number, requested_at)) for o in orders]


def counted_until(session: Session, numbers: Sequence[str], requested_at: datetime) -> dict[str, datetime]:
    """Per order number, the moment up to which the server's copy counts this kiosk's cases."""
    stamps = _stamps(session, list(numbers), requested_at)
    return {number: stamps.get(number, requested_at) for number in numbers}


def _stamps(session: Session, numbers: list[str], requested_at: datetime) -> dict[str, datetime]:
    oldest = _oldest_uncounted(session, numbers, requested_at)
    return {number: min(requested_at, moment - _JUST_BEFORE) for number, moment in oldest.items()}


def _oldest_uncounted(session: Session, numbers: list[str], requested_at: datetime) -> dict[str, datetime]:
    found: dict[str, datetime] = {}
    for start in range(0, len(numbers), _CHUNK):
        rows = session.execute(
            select(ReturnCaseRow.order_number, func.min(ReturnCaseRow.created_at))
            .join(OutboxRow, OutboxRow.case_id == ReturnCaseRow.id)
            .where(ReturnCaseRow.order_number.in_(numbers[start:start + _CHUNK]),
                   or_(OutboxRow.state == PENDING,
                       and_(OutboxRow.state == DELIVERED, OutboxRow.delivered_at >= requested_at)))
            .group_by(ReturnCaseRow.order_number)
        )
        found.update({number: oldest for number, oldest in rows})
    return found
