"""Exchanges for another variant (size, colour) of the same product.

The price rule: an exchange is even. The shopper hands back the units and takes the same
number of units of another variant of the same product; no money changes hands either way.
A variant is offered only when its current unit price differs from the unit price on the
order by at most the policy's ``resolutions.exchange.max_price_difference`` (0, the default,
means same price only), so the retailer bounds what an even exchange can cost it and the
shopper is never asked to pay at a self-service kiosk. Anything else is a return plus a new
sale at the till.

Stock: central's stock feed says what a store has on hand (``on_hand`` per SKU); cases this
kiosk took that central has not counted yet move it further: an exchange takes its units out,
a line put back on the shelf (disposition "restock") adds its units, so a restocked size is
offered to the next shopper even offline. Before the feed has ever delivered (a first start,
the demo) the variants' own numbers are the starting point.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Mapping

from kiosk.workflow.cases import CaseStatus, ReturnCase
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


#: The disposition that puts a returned unit back on the shelf (case format v3).
RESTOCK = "restock"


def stock_moves(cases: Iterable[ReturnCase]) -> Counter[str]:
    """Units per SKU that completed cases moved: exchanges out (negative), restocked lines in."""
    moves: Counter[str] = Counter()
    for case in cases:
        if case.status is not CaseStatus.COMPLETED:
            continue  # held for a manager: nothing has changed hands yet
        for line in case.to_dict()["lines"]:
            if line.get("exchange_sku"):
                moves[line["exchange_sku"]] -= line["quantity"]
            if line.get("disposition") == RESTOCK:
                moves[line["sku"]] += line["quantity"]
    return moves


def with_store_stock(variants: Iterable[Variant], on_hand: Mapping[str, int] | None,
                     moves: Mapping[str, int]) -> list[Variant]:
    """The variants with what is on the shelf now: central's count (or, with no feed yet, the
    variant's own) plus the moves central has not counted; never below zero."""
    def stock(variant: Variant) -> int:
        base = variant.in_stock if on_hand is None else on_hand.get(variant.sku, 0)
        return max(0, base + moves.get(variant.sku, 0))

    return [replace(v, in_stock=stock(v)) for v in variants]
