"""How far a cached order counts this kiosk's own returns.

The server adds every device's accepted returns to ``quantity_returned`` when it serves an
order. The returns desk adds, on top, this kiosk's cases created after the cached order's
``updated_at``. So the cache row of a pulled order gets as ``updated_at`` "the moment up to
which the server's copy already counts our cases": the time the request was sent, or just
before the oldest of our cases the server could not count yet (still pending, or delivered
after the request left). ``order_cache.find_order`` hands that moment back as the order's
``updated_at``. A case is then counted once: by the server or by the desk, never both,
never neither. (The platform's own ``updated_at`` stays in the stored document.)
The stamps are worked out inside the transaction that stores the orders, so no case can
slip between the two.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Sequence

from kiosk.db.unit_of_work import Transaction
from kiosk.workflow.orders import Order

_JUST_BEFORE = timedelta(microseconds=1)


def stamp_orders(tx: Transaction, orders: Sequence[Order], requested_at: datetime) -> list[Order]:
    """The orders with ``updated_at`` set as described above."""
    stamps = _stamps(tx, [o.number for o in orders], requested_at)
    return [replace(o, updated_at=stamps.get(o.number, requested_at)) for o in orders]


def counted_until(tx: Transaction, numbers: Sequence[str], requested_at: datetime) -> dict[str, datetime]:
    """Per order number, the moment up to which the server's copy counts this kiosk's cases."""
    stamps = _stamps(tx, list(numbers), requested_at)
    return {number: stamps.get(number, requested_at) for number in numbers}


def _stamps(tx: Transaction, numbers: list[str], requested_at: datetime) -> dict[str, datetime]:
    oldest = tx.outbox.oldest_uncounted(numbers, requested_at)
    return {number: min(requested_at, moment - _JUST_BEFORE) for number, moment in oldest.items()}
