"""Stock per store and SKU: loaded by operators, moved by returns, pulled by kiosks as a feed.

Kiosks offer an exchange only for a size that is on hand, so a restocked unit must reach the
next shopper: intake adds the units of lines whose disposition is ``restock`` and takes out
one unit per quantity of a line's ``exchange_sku``. A take-out never goes below zero; when
the store has fewer units than the kiosk handed over (it decided offline), the shortfall is
recorded as an event for staff and the case is still taken.

Every changed row takes a number of the change counter, so the feed
(``GET /v1/stock/changes``) works like the order feed. Writers take the counter before any
stock row, in that order everywhere, so intake and ``set-stock`` never wait on each other in
a circle.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Mapping

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from central.cursors import Cursor, decode_cursor
from central.database import Database
from central.errors import AdminError
from central.models import Return, Store
from central.models_outcomes import StockLevel
from central.ops import events, sequence

STOCK_FEED = "s"


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    next_cursor: str
    has_more: bool


def read_counts(text: str) -> dict[str, int]:
    """A stock file: one JSON object of SKU to units on hand; AdminError says what is wrong."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise AdminError(f"the stock file is not JSON ({error.msg} at line {error.lineno})") from None
    if not isinstance(document, dict):
        raise AdminError('the stock file must be one JSON object: {"SKU": units, ...}')
    problems = [f"{sku!r}: {count!r}" for sku, count in document.items()
                if not 0 < len(sku) <= 64 or not isinstance(count, int) or isinstance(count, bool) or count < 0]
    if problems:
        raise AdminError("no stock was set; SKUs are 1-64 characters and counts whole numbers from 0: "
                         + ", ".join(problems[:20]))
    return dict(document)


def demo_counts() -> dict[str, int]:
    """The demo store's stock, the same counts the kiosk's demo seed uses."""
    from kiosk import demo

    return {variant.sku: variant.in_stock for variant, _title in demo.demo_variants()}


def set_stock(db: Database, store_id: str, counts: Mapping[str, int], actor: str, now: datetime) -> int:
    """Set the units on hand of the given SKUs (others are left as they are); returns how many changed."""
    with db.writing() as session:
        if session.get(Store, store_id) is None:
            raise AdminError(f"no store {store_id!r}; add it first with add-store")
        first = sequence.reserve(session, max(len(counts), 1))  # the counter first: see the module's docstring
        changed = 0
        for offset, sku in enumerate(sorted(counts)):
            if _level(session, store_id, sku, now) != counts[sku]:
                _write(session, store_id, sku, counts[sku], first + offset, now)
                changed += 1
        events.record(session, "stock_set", actor, f"stock {store_id}", {"skus": len(counts), "changed": changed},
                      now, store_id=store_id)
    return changed


def apply_case(session: Session, return_row: Return, case: Mapping[str, Any], now: datetime) -> dict[str, int]:
    """Move the store's stock for a taken case: restocked units in, exchange units out.

    Runs inside intake's transaction (which holds the change counter already); returns the
    change per SKU as asked.
    """
    changes: dict[str, int] = defaultdict(int)
    for line in case.get("lines") or []:
        quantity = int(line.get("quantity") or 0)
        if line.get("disposition") == "restock":
            changes[str(line["sku"])] += quantity
        if line.get("exchange_sku"):
            changes[str(line["exchange_sku"])] -= quantity
    wanted = {sku: delta for sku, delta in changes.items() if delta}
    if not wanted:
        return {}
    first = sequence.reserve(session, len(wanted))
    for offset, sku in enumerate(sorted(wanted)):
        on_hand = _level(session, return_row.store_id, sku, now) or 0
        level = max(on_hand + wanted[sku], 0)
        if on_hand + wanted[sku] < 0:
            events.record(session, "stock_short", return_row.device_id, f"stock {return_row.store_id}/{sku}",
                          {"sku": sku, "wanted": -wanted[sku], "on_hand": on_hand, "return_code": return_row.code},
                          now, store_id=return_row.store_id)
        _write(session, return_row.store_id, sku, level, first + offset, now)
    return wanted


def _level(session: Session, store_id: str, sku: str, now: datetime) -> int | None:
    """The units on hand (None: central did not know the SKU), the row made if missing and
    locked until commit."""
    dialect = postgresql if session.connection().dialect.name == "postgresql" else sqlite
    made = session.connection().execute(
        dialect.insert(StockLevel).values(store_id=store_id, sku=sku, on_hand=0, seq=0, updated_at=now)
        .on_conflict_do_nothing().returning(StockLevel.sku)).first()
    found = session.scalar(select(StockLevel.on_hand).where(StockLevel.store_id == store_id, StockLevel.sku == sku)
                           .with_for_update())
    return None if made is not None else int(found or 0)


def _write(session: Session, store_id: str, sku: str, on_hand: int, seq: int, now: datetime) -> None:
    row = session.get(StockLevel, (store_id, sku), populate_existing=True)
    assert row is not None  # made by _level in this transaction
    row.on_hand, row.seq, row.updated_at = on_hand, seq, now
    session.flush()


def stock_page(session: Session, store_id: str, cursor: str | None, limit: int) -> Page:
    """The store's SKUs whose units on hand changed since ``cursor``, oldest change first."""
    epoch, ceiling = sequence.position(session)
    after = decode_cursor(cursor, feed=STOCK_FEED, epoch=epoch, last_seq=ceiling)
    rows = list(session.scalars(
        select(StockLevel)
        .where(StockLevel.store_id == store_id, StockLevel.seq > after, StockLevel.seq <= ceiling)
        .order_by(StockLevel.seq)
        .limit(limit + 1)
    ))
    page, has_more = rows[:limit], len(rows) > limit
    end = page[-1].seq if has_more else ceiling
    items = [{"store_id": r.store_id, "sku": r.sku, "on_hand": r.on_hand} for r in page]
    return Page(items, Cursor(STOCK_FEED, epoch, end).encode(), has_more)


def stock_count(session: Session, store_id: str) -> int:
    return int(session.scalar(select(func.count()).select_from(StockLevel).where(StockLevel.store_id == store_id))
               or 0)


def levels(db: Database, store_id: str) -> dict[str, int]:
    with db.reading() as session:
        rows = session.execute(select(StockLevel.sku, StockLevel.on_hand).where(StockLevel.store_id == store_id))
        return {sku: int(on_hand) for sku, on_hand in rows}
