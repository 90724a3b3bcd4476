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

from kiosk.db.unit_of_work import UnitOfWork
from kiosk.sync.pull_orders import STORE_ID, start_resync

PURGE_CHUNK = 2000
MISMATCHES = "sync.orders.count_mismatches"
#: Consecutive mismatching cycles before the cache is rebuilt.
MISMATCHES_BEFORE_RESYNC = 2


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


def purge_expired(uow: UnitOfWork, horizon: datetime) -> int:
    """Delete cached orders whose return window started before the horizon; returns how many."""
    purged = 0
    while True:
        with uow.writing() as tx:
            numbers = tx.retention.expired(horizon, PURGE_CHUNK)
            if not numbers:
                return purged
            tx.retention.drop(numbers)
            purged += len(numbers)


def check_count(uow: UnitOfWork, server_total: int) -> CountCheck:
    """Compare with the feed's total; call after purge_expired with the same feed's horizon.

    After that purge every cached order is inside the horizon, so only the store needs
    filtering to count what the feed should hold too.
    """
    with uow.reading() as tx:
        local = tx.retention.count_of_store(tx.settings.get(STORE_ID) or None)
        dropped = tx.retention.returned_orders_not_cached() if local < server_total else 0
    check = CountCheck(local, server_total, dropped)
    with uow.writing() as tx:
        misses = 0 if check.ok else int(tx.settings.get(MISMATCHES) or 0) + 1
        resync = misses >= MISMATCHES_BEFORE_RESYNC
        tx.settings.put(MISMATCHES, "0" if resync else str(misses))
    if resync:
        start_resync(uow)
    return CountCheck(local, server_total, dropped, resync)
