"""Pulling the order feed: each page and the cursor after it committed in one transaction.

A crash between pages resumes at the last committed cursor; a crash inside a page commits
nothing of it. A cursor the server cannot resume (410) means the copy can no longer be
brought up to date by changes alone, so it is cleared and pulled again from the start. The
clearing is resumable too: a flag set with the cleared cursor says "finish clearing first".
The cursor is read before a page is requested and no transaction is open while it travels.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable

from kiosk.db.unit_of_work import UnitOfWork
from kiosk.sync.answers import Kind
from kiosk.sync.client import ApiClient
from kiosk.sync.errors import StepFailed, bad_answer
from kiosk.sync.freshness import counted_until
from kiosk.sync.page_reader import read_page
from kiosk.workflow.clock import Clock, parse_utc
from kiosk.workflow.orders import Order

log = logging.getLogger(__name__)

CHANGES_PATH = "/v1/orders/changes"
PAGE_SIZE = 500
CLEAR_CHUNK = 5000

CURSOR = "sync.orders.cursor"
RESYNC = "sync.orders.resync"
HORIZON = "sync.orders.horizon"
STORE_ID = "sync.orders.store_id"


@dataclass(frozen=True)
class OrderPage:
    #: The orders as received, each checked by parsing it into the domain's Order.
    documents: list[dict[str, Any]]
    #: Each order's JSON text exactly as the server sent it (what the cache stores).
    texts: list[str]
    next_cursor: str
    has_more: bool
    total: int
    horizon: datetime


@dataclass
class OrdersReport:
    pages: int = 0
    orders: int = 0
    resynced: bool = False
    #: True when the feed was read to its end (has_more false): the count check may run.
    complete: bool = False
    total: int | None = None
    horizon: datetime | None = None
    #: Seconds spent committing pages locally (for the benchmark's ingest figure).
    apply_seconds: float = 0.0


def pull_orders(client: ApiClient, uow: UnitOfWork, clock: Clock, *, page_size: int = PAGE_SIZE,
                should_stop: Callable[[], bool] = lambda: False) -> OrdersReport:
    report = OrdersReport()
    clear_for_resync(uow)
    while not should_stop():
        with uow.reading() as tx:
            cursor = tx.settings.get(CURSOR) or None
        requested_at = clock()
        answer = client.get(CHANGES_PATH, {"cursor": cursor, "limit": page_size}, parse=False)
        if answer.kind is Kind.GONE and not report.resynced:
            log.warning("the server cannot resume the order cursor (%s): full resync", answer.message)
            start_resync(uow)
            clear_for_resync(uow)
            report.resynced = True
            continue
        if answer.kind is not Kind.OK:
            raise StepFailed("orders", answer)
        page = parse_page(answer.text)
        started = time.perf_counter()
        apply_page(uow, page, requested_at)
        report.apply_seconds += time.perf_counter() - started
        report.pages += 1
        report.orders += len(page.documents)
        report.total, report.horizon = page.total, page.horizon
        if not page.has_more:
            report.complete = True
            break
    return report


def parse_page(text: str) -> OrderPage:
    """The page, checked; a page that cannot be read in full is refused whole (never skipped)."""
    try:
        body, texts = read_page(text)
    except ValueError as error:
        raise bad_answer("orders", f"the order page is not a JSON object: {error}") from error
    try:
        documents = body["orders"]
        for document in documents:
            _check_order(document)
        page = OrderPage(documents, texts, body["next_cursor"], body["has_more"], body["total"],
                         parse_utc(body["horizon"]))
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise bad_answer("orders", f"the order page cannot be read: {error!r}") from error
    if not (isinstance(page.next_cursor, str) and page.next_cursor and isinstance(page.has_more, bool)
            and isinstance(page.total, int)):
        raise bad_answer("orders", "the order page lacks a cursor, has_more or total")
    return page


def _check_order(document: Any) -> None:
    """Raises unless the document reads as an order and its number can key the cache."""
    order = Order.from_dict(document)
    if not order.number or order.number != order.number.strip().upper() or not order.lines:
        raise ValueError(f"order number {order.number!r} is not a cache key, or the order has no lines")


def apply_page(uow: UnitOfWork, page: OrderPage, requested_at: datetime) -> None:
    """The page's orders and the cursor after them, in one transaction."""
    with uow.writing() as tx:
        if page.documents:
            stamps = counted_until(tx, [d["number"] for d in page.documents], requested_at)
            tx.orders.save_texts(list(zip(page.documents, page.texts, strict=True)), stamps)
            tx.settings.put(STORE_ID, str(page.documents[0]["store_id"]))
        tx.settings.put(CURSOR, page.next_cursor)
        tx.settings.put(HORIZON, page.horizon.isoformat())


def start_resync(uow: UnitOfWork) -> None:
    """Forget the cursor and flag the cache for clearing, together."""
    with uow.writing() as tx:
        tx.settings.put(RESYNC, "1")
        tx.settings.put(CURSOR, "")


def clear_for_resync(uow: UnitOfWork) -> int:
    """Empty the order cache in short transactions (the desk keeps saving meanwhile); resumable."""
    cleared = 0
    while True:
        with uow.writing() as tx:
            if not tx.settings.get(RESYNC):
                return cleared
            numbers = tx.retention.some(CLEAR_CHUNK)
            if not numbers:
                tx.settings.put(RESYNC, "")
                tx.settings.put(CURSOR, "")
                return cleared
            tx.retention.drop(numbers)
            cleared += len(numbers)
