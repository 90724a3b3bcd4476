"""Pulling this store's stock from central: ``GET /v1/stock/changes?cursor=``, like the order feed.

Each page (``{"store_id", "sku", "on_hand"}`` items) and the cursor after it are committed in
one transaction. The numbers are absolute, so a cursor the server no longer knows (410) just
replays the feed from its start. When the feed has been read to its end, the time its last
page was asked for is kept: cases delivered before it are in central's counts, later ones
are still added on the kiosk (kiosk.db.stock_store). A central server too old to have the
feed (404) leaves the kiosk on the numbers it has, and the cycle goes on.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Callable

from kiosk.db.unit_of_work import UnitOfWork
from kiosk.sync.answers import Kind
from kiosk.sync.client import ApiClient
from kiosk.sync.errors import StepFailed, bad_answer
from kiosk.workflow.audit_chain import AuditKind
from kiosk.workflow.clock import Clock

log = logging.getLogger(__name__)

STOCK_PATH = "/v1/stock/changes"
CURSOR = "sync.stock.cursor"
PAGE_SIZE = 500
#: The audit entry of a pull that changed the stock.
STOCK_PULLED = AuditKind.STOCK_PULLED


@dataclass
class StockReport:
    pages: int = 0
    items: int = 0
    #: read to its end: the pull time is recorded
    complete: bool = False
    #: the server has no stock feed (an older central): nothing changed
    unsupported: bool = False

    def describe(self) -> str:
        if self.unsupported:
            return "stock: the server has no stock feed"
        return f"stock: {self.items} SKU(s) updated in {self.pages} page(s)"


def pull_stock(client: ApiClient, uow: UnitOfWork, clock: Clock, *, page_size: int = PAGE_SIZE,
               should_stop: Callable[[], bool] = lambda: False) -> StockReport:
    """Apply every stock change since the saved cursor."""
    report = StockReport()
    restarted = False
    while not should_stop():
        with uow.reading() as tx:
            cursor = tx.settings.get(CURSOR) or None
        requested_at = clock()
        answer = client.get(STOCK_PATH, {"cursor": cursor, "limit": page_size})
        if answer.status == 404:  # no such route: the server is older than the stock feed
            report.unsupported = True
            return report
        if answer.kind is Kind.GONE and not restarted:
            log.warning("the server cannot resume the stock cursor (%s): replaying the feed", answer.message)
            with uow.writing() as tx:
                tx.settings.put(CURSOR, "")
            restarted = True
            continue
        if answer.kind is not Kind.OK:
            raise StepFailed("stock", answer)
        items, next_cursor, has_more = parse_stock_page(answer.body)
        report.pages += 1
        report.items += len(items)
        report.complete = not has_more
        with uow.writing() as tx:
            tx.stock.save(items, now=requested_at)
            tx.settings.put(CURSOR, next_cursor)
            if report.complete:
                tx.stock.mark_pulled(requested_at)
                if report.items:
                    tx.audit.append(at=requested_at, kind=STOCK_PULLED, actor="kiosk",
                                    details={"skus": report.items, "pages": report.pages})
        if not has_more:
            break
    return report


def parse_stock_page(body: Any) -> tuple[list[tuple[str, str, int]], str, bool]:
    """(store id, SKU, on hand) items, the next cursor and has_more; a page that cannot be read is refused whole."""
    try:
        raw = body["stock"] if "stock" in body else body["items"]
        items = [(_text(e["store_id"]), _text(e["sku"]), e["on_hand"]) for e in raw]
        next_cursor, has_more = body["next_cursor"], body["has_more"]
    except (KeyError, TypeError, ValueError) as error:
        raise bad_answer("stock", f"the stock page cannot be read: {error!r}") from error
    if any(not isinstance(n, int) or isinstance(n, bool) for _, _, n in items):
        raise bad_answer("stock", "an on_hand count is not a whole number")
    if not isinstance(next_cursor, str) or not next_cursor or not isinstance(has_more, bool):
        raise bad_answer("stock", "the stock page lacks a cursor or has_more")
    return items, next_cursor, has_more


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value or len(value) > 64:
        raise ValueError(f"{value!r} is not a store id or SKU")
    return value
