"""Live order lookups, with a per-device brake on misses so a token cannot enumerate orders.

A device may miss a few times for free (typos happen); each further miss doubles the wait
before its next lookup, up to a cap. A hit does not lift the brake (an attacker who knows one
order could otherwise reset it), only a quiet spell does. State lives in the database, so
every worker process enforces the same limit.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from central.database import Database
from central.errors import ApiError
from central.models import LookupThrottle
from central.ops import orders as order_ops
from central.settings import Settings


class TooManyMisses(ApiError):
    def __init__(self, retry_after: int) -> None:
        super().__init__(429, "too_many_misses", "too many lookups found no order; wait before trying again",
                         headers={"Retry-After": str(retry_after)}, retry_after=retry_after)


class OrderNotFound(ApiError):
    def __init__(self) -> None:
        super().__init__(404, "order_not_found", "no order matches that number and e-mail")


def lookup(db: Database, settings: Settings, device_id: str, number: str, email: str, now: datetime) -> dict[str, Any]:
    """The order as served, or OrderNotFound (recorded as a miss), or TooManyMisses."""
    with db.reading() as session:
        throttle = session.get(LookupThrottle, device_id)
        if throttle is not None and throttle.blocked_until is not None and throttle.blocked_until > now:
            raise TooManyMisses(math.ceil((throttle.blocked_until - now).total_seconds()))
        order = order_ops.find(session, number, email)
        if order is not None:
            return order_ops.serve_all(session, [order])[0]
    record_miss(db, settings, device_id, now)
    raise OrderNotFound()


def record_miss(db: Database, settings: Settings, device_id: str, now: datetime) -> None:
    with db.writing() as session:
        throttle = session.scalar(select(LookupThrottle).where(LookupThrottle.device_id == device_id)
                                  .with_for_update())
        if throttle is None:
            throttle = LookupThrottle(device_id=device_id, misses=0, last_miss_at=None, blocked_until=None)
            session.add(throttle)
        quiet = throttle.last_miss_at is None or now - throttle.last_miss_at > timedelta(seconds=settings.lookup_memory_s)
        throttle.misses = 1 if quiet else throttle.misses + 1
        throttle.last_miss_at = now
        extra = throttle.misses - settings.lookup_free_misses
        if extra > 0:
            delay = min(settings.lookup_max_delay_s, settings.lookup_base_delay_s * 2 ** min(extra - 1, 30))
            throttle.blocked_until = now + timedelta(seconds=delay)
