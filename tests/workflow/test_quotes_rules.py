"""Money rules of quotes: proration, partial quantities, tax, shipping, tenders, keep-the-item, exchange."""

from __future__ import annotations

from typing import Any, Sequence

import pytest

from kiosk.workflow.cases import Resolution, TenderRefund
from kiosk.workflow.clock import parse_utc
from kiosk.workflow.eligibility import Selection, evaluate
from kiosk.workflow.orders import Order, Tender
from kiosk.workflow.policy import Policy, parse_policy
from kiosk.workflow.quotes import Quote, quote
from kiosk.workflow.refunds import OrderValues
from kiosk.workflow.tenders import UNALLOCATED, split_refund
from kiosk.workflow.variants import Variant
from tests.workflow.builders import POLICY, demo_document, line, order

AT = parse_utc("2026-06-05T12:00:00Z")


def pick(line_id: str = "L1", quantity: int = 1, reason: str = "changed_mind", condition: str = "unopened", **kw: Any) -> Selection:
    return Selection(line_id, quantity, reason, condition, **kw)


def priced(order_: Order, picks: Sequence[Selection], policy: Policy = POLICY, **kw: Any) -> Quote:
    return quote(order_, evaluate(order_, picks, policy, AT), picks, policy, **kw)


def refund_of(order_: Order, picks: Sequence[Selection], **kw: Any) -> int:
    return priced(order_, picks, **kw).option(Resolution.REFUND).total


def with_returned(order_: Order, line_id: str, returned: int) -> Order:
    data = order_.to_dict()
    for entry in data["lines"]:
        if entry["id"] == line_id:
            entry["quantity_returned"] = returned
    return Order.from_dict(data)


# --- discount proration and partial quantities ----------------------------------------------------

def test_order_discount_is_prorated_by_largest_remainder() -> None:
    # 1000 off 3 equal lines: 334 + 333 + 333
    three = order(line("L1"), line("L2"), line("L3"), discounts=[{"code": "TEN", "amount": 1000}])
    refunds = [refund_of(three, [pick(i)]) for i in ("L1", "L2", "L3")]
    assert refunds == [2000 - 334, 2000 - 333, 2000 - 333]
    assert sum(refunds) == three.total_paid


def test_values_agree_with_what_the_order_says_was_paid() -> None:
    mixed = order(line("L1", unit_price=999, quantity=3, tax=266), line("L2", unit_price=4550, tax=404),
                  discounts=[{"code": "A", "amount": 777}, {"code": "B", "amount": 5}])
    values = OrderValues(mixed)
    for item in mixed.lines:
        assert values.units(item, 0, item.quantity, with_shipping=False).total == mixed.line_paid(item.id)


@pytest.mark.parametrize("steps", [[1, 1, 1], [2, 1], [1, 2], [3]])
def test_partial_returns_of_a_line_add_up_to_exactly_what_was_paid(steps: list[int]) -> None:
    # 3 units at 10.00 with 1.00 off the order and 2.66 tax: paid 31.66, not divisible by 3
    current = order(line(unit_price=1000, quantity=3, tax=266), discounts=[{"code": "X", "amount": 100}])
    paid, refunded, returned = current.line_paid("L1"), [], 0
    for units in steps:
        refunded.append(refund_of(current, [pick(quantity=units)]))
        returned += units
        current = with_returned(current, "L1", returned)
    assert sum(refunded) == paid == 3166


def test_the_last_unit_takes_the_remainder() -> None:
    three = order(line(unit_price=1000, quantity=3, tax=100))  # tax 100 over 3 units: 33, 33, 34
    assert [refund_of(with_returned(three, "L1", r), [pick()]) for r in range(3)] == [1033, 1033, 1034]


def test_two_selections_of_one_line_are_valued_as_consecutive_units() -> None:
    three = order(line(unit_price=1000, quantity=3, tax=100))
    result = priced(three, [pick(), pick(reason="too_small", condition="opened", quantity=2)]).option(Resolution.REFUND)
    assert result.per_line == {"L1": 3100} and result.total == 3100


# --- tax and shipping --------------------------------------------------------------------------------

def test_tax_is_refunded_in_proportion() -> None:
    four = order(line(unit_price=2500, quantity=4, tax=888))
    assert refund_of(four, [pick(quantity=1)]) == 2500 + 222
    assert refund_of(four, [pick(quantity=4)]) == 10_000 + 888


@pytest.mark.parametrize(("reason", "condition", "shipping"), [("wrong_item", "opened", 650), ("changed_mind", "opened", 0), ("defective", "damaged", 0)])
def test_shipping_is_refunded_only_for_reasons_that_say_so(reason: str, condition: str, shipping: int) -> None:
    shipped = order(line(unit_price=3000), line("L2", unit_price=1000), shipping={"amount": 800, "tax": 67})
    # shipping 8.67 prorated by price: 6.50 to L1, 2.17 to L2
    result = priced(shipped, [pick(reason=reason, condition=condition, note="scratched")]).option(Resolution.REFUND)
    assert result.total == 3000 + shipping


def test_all_lines_back_for_a_wrong_order_refunds_all_shipping() -> None:
    shipped = order(line(unit_price=3000), line("L2", unit_price=1000), shipping={"amount": 800, "tax": 67})
    result = priced(shipped, [pick(reason="wrong_item", condition="opened"), pick("L2", reason="wrong_item", condition="opened")])
    assert result.option(Resolution.REFUND).total == shipped.total_paid


# --- restocking fees ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("price", "fee"),
    [(10_000, 1500), (10_010, 1502), (10_030, 1504), (10_090, 1514), (1, 0), (4, 1), (0, 0)],
)
def test_restocking_fee_rounds_half_even(price: int, fee: int) -> None:
    # 15 %: 1501.5 -> 1502 (odd 1501 rounds up), 1504.5 -> 1504 (even stays), 0.6 -> 1, 0.15 -> 0
    tv = order(line(category="electronics", unit_price=price))
    assert priced(tv, [pick(condition="opened")]).option(Resolution.REFUND).restocking_fee == fee


def test_restocking_fee_is_on_merchandise_not_tax_and_absent_from_exchange_and_keep() -> None:
    tv = order(line(category="electronics", unit_price=1000, tax=89))
    result = priced(tv, [pick(reason="changed_mind", condition="opened")])
    assert result.option(Resolution.REFUND).total == 1000 + 89 - 150
    assert result.option(Resolution.STORE_CREDIT).restocking_fee == 150
    assert result.option(Resolution.EXCHANGE).restocking_fee == 0


def test_fee_by_condition_alone_applies_to_every_category() -> None:
    document = demo_document()
    document["rules"]["restocking_fees"].append({"conditions": ["damaged"], "fee_bp": 2000})
    policy = parse_policy(document)
    shoes = order(line(category="shoes", unit_price=5000))
    damaged = Selection("L1", 1, "defective", "damaged", note="torn")
    assert priced(shoes, [damaged], policy).option(Resolution.REFUND).restocking_fee == 0  # defective waives it
    document["reasons"][3]["waives_restocking_fee"] = False
    strict = parse_policy(document)
    assert priced(shoes, [damaged], strict).option(Resolution.REFUND).restocking_fee == 1000


# --- tenders ------------------------------------------------------------------------------------------

def test_gift_card_portion_goes_back_to_the_gift_card_first() -> None:
    paid = order(line(unit_price=3000), line("L2", unit_price=5000),
                 tenders=[{"kind": "card", "amount": 6000, "reference": "visa"}, {"kind": "gift_card", "amount": 2000, "reference": "GC"}])
    first = priced(paid, [pick("L1")]).option(Resolution.REFUND)
    assert first.tender_refunds == (TenderRefund("gift_card", 2000, "GC"), TenderRefund("card", 1000, "visa"))
    later = priced(with_returned(paid, "L1", 1), [pick("L2")]).option(Resolution.REFUND)
    assert later.tender_refunds == (TenderRefund("card", 5000, "visa"),)


def test_tender_order_comes_from_the_policy() -> None:
    document = demo_document()
    document["resolutions"]["refund"]["tender_order"] = ["card"]
    policy = parse_policy(document)
    paid = order(line(unit_price=3000), tenders=[{"kind": "gift_card", "amount": 1000}, {"kind": "card", "amount": 2000}])
    result = priced(paid, [pick()], policy).option(Resolution.REFUND)
    assert [(t.kind, t.amount) for t in result.tender_refunds] == [("card", 2000), ("gift_card", 1000)]


def test_explicit_previous_refunds_override_the_inference() -> None:
    paid = order(line(unit_price=3000), tenders=[{"kind": "gift_card", "amount": 1000}, {"kind": "card", "amount": 2000}])
    result = priced(paid, [pick()], previous_tender_refunds=0).option(Resolution.REFUND)
    assert [(t.kind, t.amount) for t in result.tender_refunds] == [("gift_card", 1000), ("card", 2000)]


@pytest.mark.parametrize(
    ("amount", "before", "expected"),
    [
        (0, 0, []),
        (500, 0, [("gift_card", 500)]),
        (1500, 0, [("gift_card", 1000), ("store_credit", 500)]),
        (1500, 1200, [("store_credit", 300), ("card", 1200)]),
        (3500, 0, [("gift_card", 1000), ("store_credit", 500), ("card", 2000)]),
        (3600, 0, [("gift_card", 1000), ("store_credit", 500), ("card", 2000), ("store_credit", 100)]),
    ],
)
def test_split_fills_tenders_in_order_up_to_what_each_paid(amount: int, before: int, expected: list[tuple[str, int]]) -> None:
    tenders = [Tender("card", 2000), Tender("store_credit", 500), Tender("gift_card", 1000)]
    split = split_refund(amount, tenders, ("gift_card", "store_credit", "card", "cash"), before)
    assert [(t.kind, t.amount) for t in split] == expected
    if amount > 3500:
        assert split[-1].reference == UNALLOCATED


# --- store credit, keep the item, exchange -------------------------------------------------------------

def test_store_credit_bonus_is_spread_so_lines_sum_to_the_total() -> None:
    two = order(line("L1", unit_price=1001), line("L2", unit_price=1001))
    credit = priced(two, [pick("L1"), pick("L2")]).option(Resolution.STORE_CREDIT)
    assert (credit.bonus, credit.total, sum(credit.per_line.values())) == (200, 2202, 2202)


@pytest.mark.parametrize(
    ("price", "reason", "condition", "available", "key"),
    [
        (1500, "wrong_item", "opened", True, ""),
        (1501, "wrong_item", "opened", False, "keep_item_over_limit"),
        (1000, "changed_mind", "opened", False, "keep_item_reason"),
    ],
)
def test_keep_the_item_under_the_threshold_for_reasons_that_allow_it(price: int, reason: str, condition: str, available: bool, key: str) -> None:
    keep = priced(order(line(unit_price=price)), [pick(reason=reason, condition=condition)]).option(Resolution.KEEP_ITEM)
    assert (keep.available, keep.message_key) == (available, key)
    if available:
        assert keep.tender_refunds == (TenderRefund("card", price, "visa-1"),)


def test_exchange_is_even_and_needs_a_variant_in_stock_when_stock_is_given() -> None:
    tee = order(line(product_id="P-TEE", sku="TEE-M", unit_price=2500, tax=222))
    in_stock = [Variant("TEE-L", "P-TEE", {"size": "L"}, 2500, 3)]
    sold_out = [Variant("TEE-L", "P-TEE", {"size": "L"}, 2500, 0)]
    assert priced(tee, [pick()]).option(Resolution.EXCHANGE).total == 2722
    assert priced(tee, [pick()], variants=in_stock).option(Resolution.EXCHANGE).available
    unavailable = priced(tee, [pick()], variants=sold_out).option(Resolution.EXCHANGE)
    assert (unavailable.available, unavailable.message_key) == (False, "no_exchange_variant")


def test_quotes_need_the_evaluation_of_the_same_selections() -> None:
    tee = order()
    evaluation = evaluate(tee, [pick()], POLICY, AT)
    with pytest.raises(ValueError, match="other selections"):
        quote(tee, evaluation, [pick(), pick()], POLICY)
