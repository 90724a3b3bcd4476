"""Properties of the policy engine over generated orders (hypothesis).

- refunds for a line, over any sequence of partial returns, never exceed what was paid
  (and a full return refunds it exactly);
- prorated discounts sum exactly to the order discount;
- a later evaluation never turns a window-refused line eligible;
- quotes are never negative.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.resources import resource
from kiosk.workflow.cases import Resolution
from kiosk.workflow.eligibility import Selection, Verdict, evaluate
from kiosk.workflow.orders import Order
from kiosk.workflow.policy import parse_policy
from kiosk.workflow.quotes import quote
from kiosk.workflow.refunds import OrderValues

POLICY = parse_policy(json.loads(resource("demo", "policy.json").read_text(encoding="utf-8")))
PLACED = datetime(2026, 3, 2, 15, tzinfo=timezone.utc)
SOON = PLACED + timedelta(days=3)
CATEGORIES = ["apparel", "shoes", "swimwear", "electronics", "toys"]
REASONS = [("changed_mind", "opened", ""), ("too_small", "unopened", ""), ("defective", "damaged", "broken"),
           ("wrong_item", "opened", ""), ("not_as_described", "opened", "faded")]
FAST = settings(max_examples=60, deadline=None)


@st.composite
def orders(draw: st.DrawFn) -> Order:
    count = draw(st.integers(1, 5))
    lines = [
        {"id": f"L{i}", "sku": f"S{i}", "title": f"T{i}", "product_id": f"P{i}",
         "category": draw(st.sampled_from(CATEGORIES)), "unit_price": draw(st.integers(0, 50_000)),
         "tax": draw(st.integers(0, 9_000)), "quantity": draw(st.integers(1, 6))}
        for i in range(count)
    ]
    gross = sum(entry["unit_price"] * entry["quantity"] for entry in lines)
    discount = draw(st.integers(0, gross))
    shipping, shipping_tax = draw(st.integers(0, 2_000)), draw(st.integers(0, 200))
    data = {
        "number": "H-1", "store_id": "S1", "customer": {"email": "h@example.com"},
        "placed_at": PLACED.isoformat(), "delivered_at": None, "currency": "USD", "lines": lines,
        "discounts": [{"code": "D", "amount": discount}] if discount else [],
        "shipping": {"amount": shipping, "tax": shipping_tax}, "tenders": [],
    }
    total = Order.from_dict(data).total_paid
    gift = draw(st.integers(0, total))
    data["tenders"] = [{"kind": "gift_card", "amount": gift}, {"kind": "card", "amount": total - gift}]
    return Order.from_dict(data)


def returned(order: Order, line_id: str, quantity: int) -> Order:
    data = order.to_dict()
    for entry in data["lines"]:
        if entry["id"] == line_id:
            entry["quantity_returned"] = quantity
    return Order.from_dict(data)


def selection(line_id: str, quantity: int, reason: tuple[str, str, str]) -> Selection:
    code, condition, note = reason
    return Selection(line_id, quantity, code, condition, note)


def quoted(order: Order, picks: list[Selection]) -> Any:
    evaluation = evaluate(order, picks, POLICY, SOON, approved_line_ids=[p.line_id for p in picks])
    return quote(order, evaluation, picks, POLICY)


@FAST
@given(orders(), st.data())
def test_refunds_over_partial_returns_never_exceed_what_was_paid(order: Order, data: st.DataObject) -> None:
    line = data.draw(st.sampled_from(order.lines))
    reason = data.draw(st.sampled_from(REASONS))
    shipping_share = OrderValues(order).units(line, 0, line.quantity, with_shipping=True).shipping
    paid = order.line_paid(line.id) + (shipping_share if reason[0] == "wrong_item" else 0)
    current, gone, refunded, kept = order, 0, 0, 0
    while gone < line.quantity:
        units = data.draw(st.integers(1, line.quantity - gone))
        result = quoted(current, [selection(line.id, units, reason)])
        refund, keep = result.option(Resolution.REFUND), result.option(Resolution.KEEP_ITEM)
        refunded += refund.total + refund.restocking_fee
        kept += keep.total
        assert sum(t.amount for t in refund.tender_refunds) == refund.total
        gone += units
        current = returned(current, line.id, gone)
        assert refunded <= paid and kept <= paid
    assert refunded == paid == kept


@FAST
@given(orders())
def test_prorated_discounts_sum_exactly_to_the_order_discount(order: Order) -> None:
    parts = order.line_discounts()
    assert sum(parts.values()) == order.discount_total
    assert all(0 <= parts[line.id] <= line.gross for line in order.lines)
    values = OrderValues(order)
    assert sum(values.net(line) for line in order.lines) == sum(line.gross for line in order.lines) - order.discount_total


@FAST
@given(
    category=st.sampled_from(CATEGORIES + ["gift_cards"]),
    tags=st.sampled_from([(), ("clearance",)]),
    delivered=st.datetimes(datetime(2025, 1, 1), datetime(2028, 12, 31), timezones=st.just(timezone.utc)),
    first=st.integers(0, 80 * 24 * 60),
    later=st.integers(0, 80 * 24 * 60),
)
def test_a_later_evaluation_never_turns_a_refused_window_eligible(
    category: str, tags: tuple[str, ...], delivered: datetime, first: int, later: int
) -> None:
    data = {
        "number": "H-2", "store_id": "S1", "customer": {"email": "h@example.com"},
        "placed_at": (delivered - timedelta(days=2)).isoformat(), "delivered_at": delivered.isoformat(), "currency": "USD",
        "lines": [{"id": "L1", "sku": "S", "title": "T", "product_id": "P", "category": category, "unit_price": 100,
                   "quantity": 1, "tags": list(tags)}],
        "tenders": [],
    }
    order = Order.from_dict(data)
    pick = [Selection("L1", 1, "changed_mind", "opened")]
    early = delivered + timedelta(minutes=min(first, later))
    late = delivered + timedelta(minutes=max(first, later))
    before = evaluate(order, pick, POLICY, early).decisions[0]
    after = evaluate(order, pick, POLICY, late).decisions[0]
    assert after.verdict.severity >= before.verdict.severity
    if "window_closed" in before.reason_codes:
        assert "window_closed" in after.reason_codes and after.verdict is Verdict.INELIGIBLE


@FAST
@given(orders(), st.data())
def test_quotes_are_never_negative(order: Order, data: st.DataObject) -> None:
    picks = [
        selection(line.id, data.draw(st.integers(0, line.quantity + 1)), data.draw(st.sampled_from(REASONS)))
        for line in data.draw(st.lists(st.sampled_from(order.lines), min_size=1, max_size=4))
    ]
    result = quoted(order, picks)
    for option in result.options:
        assert option.total >= 0 and option.restocking_fee >= 0 and option.bonus >= 0
        assert all(amount >= 0 for amount in option.per_line.values())
        assert all(t.amount > 0 for t in option.tender_refunds)
        assert sum(option.per_line.values()) == option.total
