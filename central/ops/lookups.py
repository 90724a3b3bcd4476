"""Live order lookups, with a per-device brake on misses so a token cannot enumerate orders.

A device may miss a few times for free (typos happen); each further miss doubles the wait
before its next lookup, up to a cap. A hit does not lift the brake (an attacker who knows one
order could otherwise reset it), only a quiet spell does. State lives in the database, so
every worker process enforces the same limit.

Checking the brake, looking the order up and counting the miss are one transaction that
holds the device's throttle row (``SELECT ... FOR UPDATE`` on PostgreSQL; on SQLite the
write transaction begins IMMEDIATE and so holds the database's write lock): lookups of one
device are taken one at a time, so concurrent requests cannot all read "not braked" and
miss past the limit.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from central.database import Database
from central.errors import ApiError
from central.models import LookupThrottle
from central.ops import orders as order_ops
from central.ops.recheck import recent_returns
from central.settings import Settings
from kiosk.workflow.clock import Clock, format_utc


class TooManyMisses(ApiError):
    def __init__(self, retry_after: int) -> None:
        super().__init__(429, "too_many_misses", "too many lookups found no order; wait before trying again",
                         headers={"Retry-After": str(retry_after)}, retry_after=retry_after)


class OrderNotFound(ApiError):
    def __init__(self) -> None:
        super().__init__(404, "order_not_found", "no order matches that number and e-mail")


def lookup(db: Database, settings: Settings, device_id: str, number: str, email: str,
           clock: Clock) -> dict[str, Any]:
    """The order as served, or OrderNotFound (recorded as a miss), or TooManyMisses.

    The clock is read once the device's row is held, so the wait told is the real one left.
    """
    with db.writing() as session:
        throttle = _held_throttle(session, device_id)
        now = clock()
        wait = seconds_left(throttle, now)
        if wait > 0:
            raise TooManyMisses(wait)
        order = order_ops.find(session, number, email)
        if order is not None:
            return order_ops.serve_all(session, [order])[0]
        count_miss(throttle, settings, now)
    raise OrderNotFound()


def seconds_left(throttle: LookupThrottle, now: datetime) -> int:
    """Whole seconds until the brake lifts, rounded up (0: not braked)."""
    if throttle.blocked_until is None or throttle.blocked_until <= now:
        return 0
    return max(1, math.ceil((throttle.blocked_until - now).total_seconds()))


def count_miss(throttle: LookupThrottle, settings: Settings, now: datetime) -> None:
    quiet = throttle.last_miss_at is None or now - throttle.last_miss_at > timedelta(seconds=settings.lookup_memory_s)
    throttle.misses = 1 if quiet else throttle.misses + 1
    throttle.last_miss_at = now
    extra = throttle.misses - settings.lookup_free_misses
    if extra > 0:
        delay = min(settings.lookup_max_delay_s, settings.lookup_base_delay_s * 2 ** min(extra - 1, 30))
        throttle.blocked_until = now + timedelta(seconds=delay)


def _held_throttle(session: Session, device_id: str) -> LookupThrottle:
    """The device's throttle row, created when missing and locked until the transaction ends."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(insert(LookupThrottle).values(device_id=device_id, misses=0, last_miss_at=None,
                                                  blocked_until=None).on_conflict_do_nothing())
    throttle = session.scalar(select(LookupThrottle).where(LookupThrottle.device_id == device_id)
                              .with_for_update().execution_options(populate_existing=True))
    assert throttle is not None
    return throttle


def shopper_returns(db: Database, settings: Settings, device_id: str, number: str, email: str, days: int,
                    clock: Clock) -> dict[str, Any]:
    """How many returns the shopper of this order (number AND e-mail) made in the last ``days``
    days, at any store, and what they were refunded: what the frequent-returns rule counts.

    Under the same brake as the order lookup: a pair that matches no order is a miss.
    """
    with db.writing() as session:
        throttle = _held_throttle(session, device_id)
        now = clock()
        wait = seconds_left(throttle, now)
        if wait > 0:
            raise TooManyMisses(wait)
        order = order_ops.find(session, number, email)
        if order is not None:
            since = now - timedelta(days=days)
            past = recent_returns(session, order.email_key, since, now)
            return {"returns": len(past), "refunded": sum(p.refunded for p in past),
                    "since": format_utc(since), "until": format_utc(now)}
        count_miss(throttle, settings, now)
    raise OrderNotFound()
