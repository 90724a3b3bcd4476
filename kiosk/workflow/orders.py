"""Orders as the kiosk knows them: the shape shared by demo data, the cache and the API.

The JSON form is described by resources/schemas/order.schema.json; ``Order.from_dict`` and
``Order.to_dict`` are its only readers and writers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Mapping

from kiosk.workflow.clock import format_utc, parse_utc
from kiosk.workflow.ids import LineId, OrderNumber
from kiosk.workflow.money import Money, allocate


@dataclass(frozen=True)
class Customer:
    email: str
    name: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Tender:
    """One way the order was paid: card, gift_card, cash or store_credit."""

    kind: str
    amount: int
    reference: str = ""


@dataclass(frozen=True)
class Discount:
    code: str
    amount: int


@dataclass(frozen=True)
class OrderLine:
    id: LineId
    sku: str
    title: str
    product_id: str
    category: str
    unit_price: int
    tax: int
    quantity: int
    quantity_returned: int = 0
    final_sale: bool = False
    variant: Mapping[str, str] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    #: the item's barcode (GTIN-8/12/13/14) and a picture of it, where the shop sends them
    gtin: str | None = None
    image_url: str | None = None

    @property
    def gross(self) -> int:
        """Price of all units before order discounts, tax excluded."""
        return self.unit_price * self.quantity

    @property
    def returnable_quantity(self) -> int:
        return max(0, self.quantity - self.quantity_returned)

    def variant_label(self) -> str:
        return " / ".join(str(v) for v in self.variant.values())


@dataclass(frozen=True)
class Order:
    number: OrderNumber
    store_id: str
    customer: Customer
    placed_at: datetime
    delivered_at: datetime | None
    currency: str
    lines: tuple[OrderLine, ...]
    tenders: tuple[Tender, ...] = ()
    discounts: tuple[Discount, ...] = ()
    shipping: int = 0
    shipping_tax: int = 0
    updated_at: datetime | None = None

    def line(self, line_id: str) -> OrderLine:
        for line in self.lines:
            if line.id == line_id:
                return line
        raise KeyError(f"order {self.number} has no line {line_id!r}")

    def money(self, amount: int) -> Money:
        return Money(amount, self.currency)

    @property
    def discount_total(self) -> int:
        return sum(d.amount for d in self.discounts)

    def line_discounts(self) -> dict[str, int]:
        """The order-level discount prorated across lines by gross price, exact to the unit."""
        parts = allocate(self.discount_total, [line.gross for line in self.lines])
        return {line.id: part for line, part in zip(self.lines, parts)}

    def line_paid(self, line_id: str) -> int:
        """What was paid for all units of a line: price less its discount share, plus tax."""
        line = self.line(line_id)
        return line.gross - self.line_discounts()[line_id] + line.tax

    @property
    def total_paid(self) -> int:
        discounts = self.line_discounts()
        lines = sum(l.gross - discounts[l.id] + l.tax for l in self.lines)
        return lines + self.shipping + self.shipping_tax

    def matches_email(self, email: str) -> bool:
        return normalise_email(email) == normalise_email(self.customer.email)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Order:
        customer = data["customer"]
        shipping = data.get("shipping") or {}
        return cls(
            number=OrderNumber(data["number"]),
            store_id=data["store_id"],
            customer=Customer(customer["email"], customer.get("name", ""), customer.get("phone", "")),
            placed_at=parse_utc(data["placed_at"]),
            delivered_at=parse_utc(data["delivered_at"]) if data.get("delivered_at") else None,
            currency=data["currency"],
            lines=tuple(_line_from_dict(l) for l in data["lines"]),
            tenders=tuple(Tender(t["kind"], t["amount"], t.get("reference", "")) for t in data.get("tenders", [])),
            discounts=tuple(Discount(d["code"], d["amount"]) for d in data.get("discounts", [])),
            shipping=shipping.get("amount", 0),
            shipping_tax=shipping.get("tax", 0),
            updated_at=parse_utc(data["updated_at"]) if data.get("updated_at") else None,
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "number": self.number,
            "store_id": self.store_id,
            "customer": {"email": self.customer.email, "name": self.customer.name, "phone": self.customer.phone},
            "placed_at": format_utc(self.placed_at),
            "delivered_at": format_utc(self.delivered_at) if self.delivered_at else None,
            "currency": self.currency,
            "tenders": [{"kind": t.kind, "amount": t.amount, "reference": t.reference} for t in self.tenders],
            "discounts": [{"code": d.code, "amount": d.amount} for d in self.discounts],
            "shipping": {"amount": self.shipping, "tax": self.shipping_tax},
            "lines": [_line_to_dict(l) for l in self.lines],
        }
        if self.updated_at:
            data["updated_at"] = format_utc(self.updated_at)
        return data


def normalise_email(email: str) -> str:
    return email.strip().casefold()


def _line_from_dict(data: Mapping[str, Any]) -> OrderLine:
    return OrderLine(
        id=LineId(data["id"]),
        sku=data["sku"],
        title=data["title"],
        product_id=data["product_id"],
        category=data["category"],
        unit_price=data["unit_price"],
        tax=data.get("tax", 0),
        quantity=data["quantity"],
        quantity_returned=data.get("quantity_returned", 0),
        final_sale=data.get("final_sale", False),
        variant=dict(data.get("variant") or {}),
        tags=tuple(data.get("tags", [])),
        gtin=data.get("gtin") or None,
        image_url=data.get("image_url") or None,
    )


def _line_to_dict(line: OrderLine) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": line.id,
        "sku": line.sku,
        "title": line.title,
        "product_id": line.product_id,
        "category": line.category,
        "variant": dict(line.variant),
        "unit_price": line.unit_price,
        "tax": line.tax,
        "quantity": line.quantity,
        "quantity_returned": line.quantity_returned,
        "final_sale": line.final_sale,
        "tags": list(line.tags),
    }
    optional = {"gtin": line.gtin, "image_url": line.image_url}
    return {**data, **{key: value for key, value in optional.items() if value}}
