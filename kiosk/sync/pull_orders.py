"""Pulling the order feed: each page and the cursor after it committed in one transaction.

A crash between pages resumes at the last committed cursor; a crash inside a page commits
nothing of it. A cursor the server cannot resume (410) means the copy can no longer be
brought up to date by changes alone, so it is cleared and pulled again from the start. The
clearing is resumable too: a flag set with the cleared cursor says "finish clearing first".
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable

from sqlalchemy import delete, select

from kiosk.db import order_cache
from kiosk.db.engine import Database
from kiosk.db.models import OrderLineRow, OrderRow
from kiosk.db.settings_store import get_setting, put_setting
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


def pull_orders(client: ApiClient, database: Database, clock: Clock, *, page_size: int = PAGE_SIZE,
                should_stop: Callable[[], bool] = lambda: False) -> OrdersReport:
    report = OrdersReport()
    clear_for_resync(database)
    while not should_stop():
        with database.session() as session:
            cursor = get_setting(session, CURSOR) or None
        requested_at = clock()
        answer = client.get(CHANGES_PATH, {"cursor": cursor, "limit": page_size}, parse=False)
        if answer.kind is Kind.GONE and not report.resynced:
            log.warning("the server cannot resume the order cursor (%s): full resync", answer.message)
            start_resync(database)
            clear_for_resync(database)
            report.resynced = True
            continue
        if answer.kind is not Kind.OK:
            raise StepFailed("orders", answer)
        page = parse_page(answer.text)
        started = time.perf_counter()
        apply_page(database, page, requested_at)
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


def apply_page(database: Database, page: OrderPage, requested_at: datetime) -> None:
    """The page's orders and the cursor after them, in one transaction."""
    with database.session() as session, session.begin():
        if page.documents:
            stamps = counted_until(session, [d["number"] for d in page.documents], requested_at)
            order_cache.upsert_order_texts(session, list(zip(page.documents, page.texts, strict=True)), stamps)
            put_setting(session, STORE_ID, str(page.documents[0]["store_id"]))
        put_setting(session, CURSOR, page.next_cursor)
        put_setting(session, HORIZON, page.horizon.isoformat())


def start_resync(database: Database) -> None:
    """Forget the cursor and flag the cache for clearing, together."""
    with database.session() as session, session.begin():
        put_setting(session, RESYNC, "1")
        put_setting(session, CURSOR, "")


def clear_for_resync(database: Database) -> int:
    """Empty the order cache in short transactions (the desk keeps saving meanwhile); resumable."""
    cleared = 0
    while True:
        with database.session() as session, session.begin():
            if not get_setting(session, RESYNC):
                return cleared
            numbers = list(session.execute(select(OrderRow.number).limit(CLEAR_CHUNK)).scalars())
            if not numbers:
                put_setting(session, RESYNC, "")
                put_setting(session, CURSOR, "")
                return cleared
            delete_orders(session, numbers)
            cleared += len(numbers)


def delete_orders(session: Any, numbers: list[str]) -> None:
    for start in range(0, len(numbers), 500):
        chunk = numbers[start:start + 500]
        session.execute(delete(OrderLineRow).where(OrderLineRow.order_number.in_(chunk)))
        session.execute(delete(OrderRow).where(OrderRow.number.in_(chunk)))
