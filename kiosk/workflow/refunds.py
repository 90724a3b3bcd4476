"""What returning some units of a line is worth, exactly to the minor unit.

A line's paid amount (price less its prorated order discount, plus its tax, plus its share of
shipping) is handed out unit by unit as a cumulative share: units 1..k are worth
``paid * k // quantity``. Returning units r+1..r+q is worth the difference of two such
shares, so any sequence of partial returns adds up to exactly what was paid, never more:
the last unit takes the remainder.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from kiosk.workflow.money import allocate, div_half_even
from kiosk.workflow.orders import Order, OrderLine


@dataclass(frozen=True)
class UnitsValue:
    """The refundable parts of some units of one line; shipping is 0 unless the reason refunds it."""

    merchandise: int
    tax: int
    shipping: int = 0

    @property
    def total(self) -> int:
        return self.merchandise + self.tax + self.shipping


def cumulative_share(amount: int, units: int, quantity: int) -> int:
    """The part of amount that the first ``units`` of ``quantity`` units carry (floor; all units carry all)."""
    return amount * units // quantity


def units_share(amount: int, offset: int, units: int, quantity: int) -> int:
    """The part of amount carried by units offset+1 .. offset+units of a line of ``quantity`` units."""
    return cumulative_share(amount, offset + units, quantity) - cumulative_share(amount, offset, quantity)


def restocking_fee(merchandise: int, fee_bp: int) -> int:
    """The fee on the merchandise part (never on tax or shipping), half-even to the minor unit."""
    return div_half_even(merchandise * fee_bp, 10_000)


class OrderValues:
    """Per-line paid amounts of one order, with discount and shipping prorated once (largest remainder)."""

    def __init__(self, order: Order) -> None:
        weights = [line.gross for line in order.lines]
        discounts = _prorate(order.discount_total, weights)
        shipping = _prorate(order.shipping + order.shipping_tax, weights)
        self._net = {line.id: line.gross - part for line, part in zip(order.lines, discounts, strict=True)}
        self._shipping = {line.id: part for line, part in zip(order.lines, shipping, strict=True)}

    def net(self, line: OrderLine) -> int:
        """The line's merchandise after its share of order discounts, tax excluded."""
        return self._net[line.id]

    def units_total(self, line: OrderLine, offset: int, units: int) -> int:
        """The merchandise and tax of those units in one sum (what approval limits look at)."""
        quantity = line.quantity
        return units_share(self._net[line.id], offset, units, quantity) + units_share(line.tax, offset, units, quantity)

    def units(self, line: OrderLine, offset: int, units: int, *, with_shipping: bool) -> UnitsValue:
        """Value of units offset+1 .. offset+units, where offset counts the units already returned."""
        if offset < 0 or units < 0 or offset + units > line.quantity:
            raise ValueError(f"line {line.id}: units {offset + 1}..{offset + units} of {line.quantity}")
        return UnitsValue(
            merchandise=units_share(self._net[line.id], offset, units, line.quantity),
            tax=units_share(line.tax, offset, units, line.quantity),
            shipping=units_share(self._shipping[line.id], offset, units, line.quantity) if with_shipping else 0,
        )


def _prorate(amount: int, weights: list[int]) -> list[int]:
    """Largest-remainder split, as Order.line_discounts does; nothing to split is the common case."""
    return allocate(amount, weights) if amount else [0] * len(weights)


def unit_offsets(order: Order, line_ids: Sequence[str], quantities: Sequence[int], counted: Sequence[bool]) -> list[int]:
    """For each selection, how many units of its line are gone before it: already returned plus
    earlier counted selections of the same line in this case."""
    taken: dict[str, int] = {}
    offsets: list[int] = []
    returned: dict[str, int] = {line.id: line.quantity_returned for line in order.lines}
    for line_id, quantity, count in zip(line_ids, quantities, counted, strict=True):
        offsets.append(returned.get(line_id, 0) + taken.get(line_id, 0))
        if count:
            taken[line_id] = taken.get(line_id, 0) + quantity
    return offsets
