"""Exchanges for another variant (size, colour) of the same product.

The price rule: an exchange is even. The shopper hands back the units and takes the same
number of units of another variant of the same product; no money changes hands either way.
A variant is offered only when its current unit price differs from the unit price on the
order by at most the policy's ``resolutions.exchange.max_price_difference`` (0, the default,
means same price only), so the retailer bounds what an even exchange can cost it and the
shopper is never asked to pay at a self-service kiosk. Anything else is a return plus a new
sale at the till.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from kiosk.workflow.orders import OrderLine
from kiosk.workflow.policy import Policy


@dataclass(frozen=True)
class Variant:
    """One sellable variant with this store's stock, as the order cache holds it."""

    sku: str
    product_id: str
    attributes: Mapping[str, str] = field(default_factory=dict)
    unit_price: int = 0
    in_stock: int = 0

    def label(self) -> str:
        return " / ".join(str(v) for v in self.attributes.values())

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Variant:
        return cls(
            sku=data["sku"],
            product_id=data["product_id"],
            attributes=dict(data.get("attributes") or {}),
            unit_price=data["unit_price"],
            in_stock=data.get("in_stock", 0),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "sku": self.sku, "product_id": self.product_id, "attributes": dict(self.attributes),
            "unit_price": self.unit_price, "in_stock": self.in_stock,
        }


def even_exchange_allowed(original_unit_price: int, candidate_unit_price: int, max_price_difference: int) -> bool:
    """Whether a variant at this price may replace the original in an even exchange."""
    return abs(candidate_unit_price - original_unit_price) <= max_price_difference


def exchange_candidates(line: OrderLine, variants: Iterable[Variant], policy: Policy, quantity: int = 1) -> tuple[Variant, ...]:
    """Variants the shopper may take instead of ``quantity`` units of ``line``: same product,
    another SKU, enough in stock here, and within the price rule. Sorted by SKU for a stable list."""
    limit = policy.settings.exchange_max_price_difference
    found = (
        v for v in variants
        if v.product_id == line.product_id
        and v.sku != line.sku
        and v.in_stock >= max(quantity, 1)
        and even_exchange_allowed(line.unit_price, v.unit_price, limit)
    )
    return tuple(sorted(found, key=lambda v: v.sku))
