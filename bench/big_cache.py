"""A kiosk profile whose order cache holds a million orders, built once and reused.

Rows are written with raw sqlite3 into a migrated file, since only the finished cache is of
interest here (the sync benchmark measures ingest). The demo policy and the demo orders are
added through the normal seed so the wizard works on it.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from kiosk.db.engine import Database
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.services.demo_seed import seed_demo

READY = "bench-ready"


SPREAD_MINUTES = 150_000  # orders are spread over about 104 days


def recently_placed(index: int, days: int = 20) -> bool:
    """Whether order ``index`` was placed in the last ``days`` days (still returnable)."""
    return index % SPREAD_MINUTES < days * 24 * 60


def _order_document(index: int, placed: datetime) -> dict[str, object]:
    number = f"B{index:07d}"
    return {
        "number": number, "store_id": "S001",
        "customer": {"email": f"shopper{index}@example.com", "name": f"Shopper {index}", "phone": f"+1555{index:07d}"},
        "placed_at": placed.isoformat().replace("+00:00", "Z"), "delivered_at": None, "currency": "USD",
        "tenders": [{"kind": "card", "amount": 2722}], "discounts": [], "shipping": {"amount": 0, "tax": 0},
        "lines": [{"id": "L1", "sku": "TEE-M-WHITE", "title": "Organic Cotton Tee", "product_id": "P-TEE",
                   "category": "apparel", "variant": {"size": "M"}, "unit_price": 2500, "tax": 222,
                   "quantity": 1, "quantity_returned": 0, "final_sale": False, "tags": []}],
    }


def ensure_big_profile(folder: Path, orders: int) -> Path:
    marker = folder / f"{READY}-{orders}"
    if marker.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("kiosk.sqlite*"):
        old.unlink()
    now = datetime.now(timezone.utc)
    database = Database(folder / "kiosk.sqlite").open()
    seed_demo(UnitOfWork(database), now)
    database.close()
    connection = sqlite3.connect(folder / "kiosk.sqlite")
    connection.execute("PRAGMA journal_mode=WAL")
    batch: list[tuple[object, ...]] = []
    lines: list[tuple[object, ...]] = []
    for index in range(orders):
        placed = now - timedelta(minutes=index % SPREAD_MINUTES)
        document = _order_document(index, placed)
        stamp = placed.replace(tzinfo=None).isoformat(sep=" ")
        batch.append((document["number"], "S001", f"shopper{index}@example.com", f"1555{index:07d}",
                      f"Shopper {index}", "USD", stamp, None, stamp, json.dumps(document)))
        lines.append((document["number"], "L1", "TEE-M-WHITE", "P-TEE", "apparel", 1, 0))
        if len(batch) == 50_000:
            _flush(connection, batch, lines)
    _flush(connection, batch, lines)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    marker.write_text("ok")
    return folder


def _flush(connection: sqlite3.Connection, batch: list[tuple[object, ...]], lines: list[tuple[object, ...]]) -> None:
    with connection:
        connection.executemany(
            "insert into orders (number, store_id, email_key, phone_key, customer_name, currency, placed_at,"
            " delivered_at, updated_at, document) values (?,?,?,?,?,?,?,?,?,?)", batch)
        connection.executemany(
            "insert into order_lines (order_number, line_id, sku, product_id, category, quantity, quantity_returned)"
            " values (?,?,?,?,?,?,?)", lines)
    batch.clear()
    lines.clear()
