"""The local order cache: bulk ingest and lookup by number + email.

Lookups go through indexed columns (number is the primary key, email_key and phone_key
are indexed); the full order is kept as its JSON document so one row read rebuilds it.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any, Iterable, Mapping, Sequence

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from kiosk.db.models import OrderRow, VariantRow
from kiosk.workflow.clock import format_utc, parse_utc
from kiosk.workflow.orders import Order, normalise_email
from kiosk.workflow.variants import Variant

_NOT_DIGITS = re.compile(r"\D")


def normalise_phone(phone: str) -> str:
    return _NOT_DIGITS.sub("", phone)


# Bulk ingest goes straight to the driver's executemany: compiling a multi-row INSERT through
# the SQL expression layer costs far more than SQLite's own work (bench/sync.py measures it).
# Values are written exactly as the models' types would write them: UTC timestamps as naive
# "YYYY-MM-DD HH:MM:SS.ffffff" text (UtcDateTime on SQLite) and documents as json.dumps text.
_UPSERT_ORDER = (
    "INSERT INTO orders (number, store_id, email_key, phone_key, customer_name, currency, placed_at, "
    "delivered_at, updated_at, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (number) DO UPDATE SET store_id = excluded.store_id, email_key = excluded.email_key, "
    "phone_key = excluded.phone_key, customer_name = excluded.customer_name, currency = excluded.currency, "
    "placed_at = excluded.placed_at, delivered_at = excluded.delivered_at, updated_at = excluded.updated_at, "
    "document = excluded.document"
)
_INSERT_LINE = ("INSERT INTO order_lines (order_number, line_id, sku, product_id, category, quantity, "
                "quantity_returned) VALUES (?, ?, ?, ?, ?, ?, ?)")
_DELETE_CHUNK = 500
_to_json = json.JSONEncoder(separators=(",", ":")).encode  # one encoder, not one per order


def _stored_time(text: str | None) -> str | None:
    """An ISO 8601 time with an offset, as UtcDateTime stores it in SQLite."""
    if not text:
        return None
    if text[-1:] == "Z" and text[10:11] == "T" and (len(text) == 20 or (len(text) == 27 and text[19] == ".")):
        return f"{text[:10]} {text[11:19]}{text[19:26] if len(text) == 27 else '.000000'}"  # format_utc's own form
    return parse_utc(text).replace(tzinfo=None).isoformat(" ", "microseconds")


def _order_row(document: Mapping[str, Any], text: str, counted_until: str | None) -> tuple[object, ...]:
    customer = document["customer"]
    return (
        document["number"],
        document["store_id"],
        normalise_email(customer["email"]),
        normalise_phone(customer.get("phone") or ""),
        customer.get("name") or "",
        document["currency"],
        _stored_time(document["placed_at"]),
        _stored_time(document.get("delivered_at")),
        counted_until,
        text,
    )


def upsert_order_texts(session: Session, orders: Sequence[tuple[Mapping[str, Any], str]],
                       counted_until: Mapping[str, datetime]) -> int:
    """Insert or replace orders as received: each (checked document, its exact JSON text).

    Storing the text as it came saves encoding every order again. ``counted_until`` gives the
    row's ``updated_at`` per order number (see find_order); orders missing from it keep the
    document's own ``updated_at``.
    """
    stored = {moment: _stored_time(format_utc(moment)) for moment in set(counted_until.values())}  # mostly one
    stamps = {number: stored[moment] for number, moment in counted_until.items()}
    rows = [_order_row(d, text, stamps.get(d["number"]) or _stored_time(d.get("updated_at"))) for d, text in orders]
    return _upsert(session, rows, [d for d, _ in orders])


def upsert_order_documents(session: Session, documents: Sequence[Mapping[str, Any]]) -> int:
    """Insert or replace orders given as order JSON (already checked) in the caller's transaction."""
    rows = [_order_row(d, _to_json(d), _stored_time(d.get("updated_at"))) for d in documents]
    return _upsert(session, rows, documents)


def upsert_orders(session: Session, orders: Sequence[Order]) -> int:
    """Insert or replace orders and their lines in the caller's transaction."""
    return upsert_order_documents(session, [o.to_dict() for o in orders])


def _upsert(session: Session, rows: list[tuple[object, ...]], documents: Sequence[Mapping[str, Any]]) -> int:
    if not rows:
        return 0
    connection = session.connection()
    connection.exec_driver_sql(_UPSERT_ORDER, rows)
    numbers = [row[0] for row in rows]
    for start in range(0, len(numbers), _DELETE_CHUNK):
        chunk = numbers[start:start + _DELETE_CHUNK]
        marks = ", ".join("?" * len(chunk))
        connection.exec_driver_sql(f"DELETE FROM order_lines WHERE order_number IN ({marks})", tuple(chunk))
    lines = [
        (d["number"], l["id"], l["sku"], l["product_id"], l["category"], l["quantity"], l.get("quantity_returned", 0))
        for d in documents
        for l in d["lines"]
    ]
    if lines:
        connection.exec_driver_sql(_INSERT_LINE, lines)
    return len(rows)


# The shopper waits on these two: one indexed row read through the driver, no statement to
# build, compile or cache-key per call (bench/sync.py compares them with a raw sqlite3 select).
_FIND_ORDER = "SELECT document, updated_at FROM orders WHERE number = ? AND email_key = ?"
_GET_ORDER = "SELECT document, updated_at FROM orders WHERE number = ?"


def find_order(session: Session, number: str, email: str) -> Order | None:
    """The order only when number AND email match; None otherwise, whichever half was wrong."""
    row = session.connection().exec_driver_sql(
        _FIND_ORDER, (number.strip().upper(), normalise_email(email))).first()
    return _cached_order(row[0], row[1]) if row is not None else None


def get_order(session: Session, number: str) -> Order | None:
    row = session.connection().exec_driver_sql(_GET_ORDER, (number.strip().upper(),)).first()
    return _cached_order(row[0], row[1]) if row is not None else None


def _cached_order(document: str | Mapping[str, Any], updated_at: str | datetime | None) -> Order:
    """The order with the row's ``updated_at``: the moment up to which the cached copy counts
    this kiosk's own returns (the sync sets it; see kiosk.sync.freshness)."""
    order = Order.from_dict(json.loads(document) if isinstance(document, str) else document)
    if updated_at is None:
        return order
    moment = updated_at if isinstance(updated_at, datetime) else datetime.fromisoformat(updated_at)
    moment = moment.replace(tzinfo=timezone.utc)
    return order if order.updated_at == moment else replace(order, updated_at=moment)


def search_orders(session: Session, *, email: str = "", phone: str = "", limit: int = 20) -> list[Order]:
    """Staff search by email or phone, newest first."""
    query = select(OrderRow.document, OrderRow.updated_at).order_by(OrderRow.placed_at.desc()).limit(limit)
    if email:
        query = query.where(OrderRow.email_key == normalise_email(email))
    elif phone:
        query = query.where(OrderRow.phone_key == normalise_phone(phone))
    else:
        return []
    return [_cached_order(document, updated_at) for document, updated_at in session.execute(query)]


def count_orders(session: Session) -> int:
    return session.execute(select(func.count()).select_from(OrderRow)).scalar_one()


def upsert_variants(session: Session, variants: Iterable[tuple[Variant, str]], currency: str) -> None:
    """Store (variant, product title) pairs with this store's stock."""
    rows = [
        {
            "sku": v.sku,
            "product_id": v.product_id,
            "title": title,
            "attributes": dict(v.attributes),
            "unit_price": v.unit_price,
            "currency": currency,
            "in_stock": v.in_stock,
        }
        for v, title in variants
    ]
    if not rows:
        return
    statement = insert(VariantRow).values(rows)
    replace = {c: statement.excluded[c] for c in rows[0] if c != "sku"}
    session.execute(statement.on_conflict_do_update(index_elements=["sku"], set_=replace))


_VARIANTS_OF = text(
    "select sku, product_id, attributes, unit_price, in_stock from variants"
    " where product_id in :products order by product_id, sku"
).bindparams(bindparam("products", expanding=True))


_IMAGE_SOURCES = (
    "SELECT DISTINCT json_extract(line.value, '$.sku'), json_extract(line.value, '$.product_id'),"
    " json_extract(line.value, '$.image_url') FROM orders, json_each(orders.document, '$.lines') AS line"
    " WHERE coalesce(json_extract(line.value, '$.image_url'), '') != ''"
    " ORDER BY 1, 3"
)


def image_sources(session: Session) -> list[tuple[str, str, str]]:
    """(sku, product_id, image_url) of the cached order lines that name a picture, for the sync's images step."""
    rows = session.connection().exec_driver_sql(_IMAGE_SOURCES).all()
    return [(str(sku), str(product), str(url)) for sku, product, url in rows]


def variants_of(session: Session, *product_ids: str) -> list[Variant]:
    """This store's variants of the given products, in one prepared query (it runs on every lookup)."""
    if not product_ids:
        return []
    rows = session.execute(_VARIANTS_OF, {"products": list(product_ids)})
    return [
        Variant(sku=sku, product_id=product, attributes=json.loads(attributes), unit_price=price, in_stock=stock)
        for sku, product, attributes, price, stock in rows
    ]
