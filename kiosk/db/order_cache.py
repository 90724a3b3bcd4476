"""The local order cache: bulk ingest and lookup by number + email.

Lookups go through indexed columns (number is the primary key, email_key and phone_key
are indexed); the full order is kept as its JSON document so one row read rebuilds it.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from kiosk.db.models import OrderLineRow, OrderRow, VariantRow
from kiosk.workflow.orders import Order, normalise_email
from kiosk.workflow.variants import Variant


def _order_values(order: Order) -> dict[str, object]:
    return {
        "number": order.number,
        "store_id": order.store_id,
        "email_key": normalise_email(order.customer.email),
        "phone_key": normalise_phone(order.customer.phone),
        "customer_name": order.customer.name,
        "currency": order.currency,
        "placed_at": order.placed_at,
        "delivered_at": order.delivered_at,
        "updated_at": order.updated_at,
        "document": order.to_dict(),
    }


def normalise_phone(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def upsert_orders(session: Session, orders: Sequence[Order]) -> int:
    """Insert or replace orders and their lines in the caller's transaction."""
    if not orders:
        return 0
    rows = [_order_values(o) for o in orders]
    statement = insert(OrderRow).values(rows)
    replace = {c: statement.excluded[c] for c in rows[0] if c != "number"}
    session.execute(statement.on_conflict_do_update(index_elements=["number"], set_=replace))
    numbers = [o.number for o in orders]
    session.execute(delete(OrderLineRow).where(OrderLineRow.order_number.in_(numbers)))
    line_rows = [
        {
            "order_number": o.number,
            "line_id": l.id,
            "sku": l.sku,
            "product_id": l.product_id,
            "category": l.category,
            "quantity": l.quantity,
            "quantity_returned": l.quantity_returned,
        }
        for o in orders
        for l in o.lines
    ]
    if line_rows:
        session.execute(insert(OrderLineRow), line_rows)
    return len(orders)


def find_order(session: Session, number: str, email: str) -> Order | None:
    """The order only when number AND email match; None otherwise, whichever half was wrong."""
    row = session.execute(
        select(OrderRow.document).where(
            OrderRow.number == number.strip().upper(), OrderRow.email_key == normalise_email(email)
        )
    ).scalar_one_or_none()
    return Order.from_dict(row) if row is not None else None


def get_order(session: Session, number: str) -> Order | None:
    row = session.execute(select(OrderRow.document).where(OrderRow.number == number.strip().upper())).scalar_one_or_none()
    return Order.from_dict(row) if row is not None else None


def search_orders(session: Session, *, email: str = "", phone: str = "", limit: int = 20) -> list[Order]:
    """Staff search by email or phone, newest first."""
    query = select(OrderRow.document).order_by(OrderRow.placed_at.desc()).limit(limit)
    if email:
        query = query.where(OrderRow.email_key == normalise_email(email))
    elif phone:
        query = query.where(OrderRow.phone_key == normalise_phone(phone))
    else:
        return []
    return [Order.from_dict(doc) for doc in session.execute(query).scalars()]


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


def variants_of(session: Session, product_id: str) -> list[Variant]:
    rows = session.execute(select(VariantRow).where(VariantRow.product_id == product_id).order_by(VariantRow.sku))
    return [
        Variant(sku=r.sku, product_id=r.product_id, attributes=dict(r.attributes), unit_price=r.unit_price,
                in_stock=r.in_stock)
        for r in rows.scalars()
    ]
