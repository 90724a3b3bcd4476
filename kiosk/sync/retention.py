"""Keeping the order cache to what can still be returned, and checking it against the server.

The server's feed covers orders whose window starts (delivery, else purchase) after its
horizon: the longest return window plus grace. Older orders are purged here, in short
transactions so the desk can keep saving returns meanwhile. After a complete pull, what is
left must match the feed's ``total``; a mismatch that persists across two cycles means the
copy drifted in a way changes alone cannot repair, so the next cycle resyncs from scratch.

One shortfall is deliberate: kiosk.services.privacy drops the cached order of a settled return once
the shopper's details expire, and the feed will not send it again unless it changes. Orders
of our own returns that are missing from the cache therefore explain a shortfall up to their
number; they are not a reason to download the store's orders again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from kiosk.db.engine import Database
from kiosk.db.models import OrderRow, ReturnCaseRow
from kiosk.db.settings_store import get_setting, put_setting
from kiosk.sync.pull_orders import STORE_ID, delete_orders, start_resync

PURGE_CHUNK = 2000
MISMATCHES = "sync.orders.count_mismatches"
#: Consecutive mismatching cycles before the cache is rebuilt.
MISMATCHES_BEFORE_RESYNC = 2

_WINDOW_START = func.coalesce(OrderRow.delivered_at, OrderRow.placed_at)


@dataclass(frozen=True)
class CountCheck:
    local: int
    server: int
    #: Orders of this kiosk's returns that are not cached (dropped for privacy, or purged).
    dropped: int = 0
    resync_scheduled: bool = False

    @property
    def ok(self) -> bool:
        return self.local == self.server or self.local < self.server <= self.local + self.dropped

    def describe(self) -> str:
        if self.ok and self.local != self.server:
            return (f"count check ok: {self.local} orders here, {self.server} on the server "
                    f"({self.server - self.local} dropped here for privacy)")
        if self.ok:
            return f"count check ok: {self.local} orders, as on the server"
        then = "; full resync scheduled" if self.resync_scheduled else ""
        return f"count check MISMATCH: {self.local} orders here, {self.server} on the server{then}"


def purge_expired(database: Database, horizon: datetime) -> int:
    """Delete cached orders whose return window started before the horizon; returns how many."""
    purged = 0
    while True:
        with database.session() as session, session.begin():
            numbers = list(session.execute(
                select(OrderRow.number)
                # placed_at <= window start, so the indexed condition narrows the scan without losing any
                .where(OrderRow.placed_at < horizon, _WINDOW_START < horizon)
                .limit(PURGE_CHUNK)
            ).scalars())
            if not numbers:
                return purged
            delete_orders(session, numbers)
            purged += len(numbers)


def local_count(database: Database) -> int:
    """Cached orders the server's feed should hold too: this store's.

    Run after ``purge_expired`` with the feed's horizon, so every cached order is inside it
    and only the store needs filtering (a table scan of ~0.4 s per million orders; an index
    on orders.store_id would make it an index-only count).
    """
    with database.session() as session:
        store_id = get_setting(session, STORE_ID)
        query = select(func.count()).select_from(OrderRow)
        if store_id:
            query = query.where(OrderRow.store_id == store_id)
        return int(session.execute(query).scalar_one())


def dropped_count(database: Database) -> int:
    """Orders this kiosk took returns from that are no longer in the cache."""
    with database.session() as session:
        cached = select(OrderRow.number).where(OrderRow.number == ReturnCaseRow.order_number).exists()
        query = select(func.count(func.distinct(ReturnCaseRow.order_number))).where(~cached)
        return int(session.execute(query).scalar_one())


def check_count(database: Database, server_total: int) -> CountCheck:
    """Compare with the feed's total; call after purge_expired with the same feed's horizon."""
    local = local_count(database)
    dropped = dropped_count(database) if local < server_total else 0
    check = CountCheck(local, server_total, dropped)
    with database.session() as session, session.begin():
        misses = 0 if check.ok else int(get_setting(session, MISMATCHES) or 0) + 1
        resync = misses >= MISMATCHES_BEFORE_RESYNC
        put_setting(session, MISMATCHES, "0" if resync else str(misses))
    if resync:
        start_resync(database)
    return CountCheck(local, server_total, dropped, resync)
