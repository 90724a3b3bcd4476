"""Quotes per resolution under the demo policy: fees, bonus, tender split, keep-the-item, exchange."""

from __future__ import annotations

from typing import Any, Sequence

import pytest

from kiosk.workflow.cases import Resolution, TenderRefund
from kiosk.workflow.clock import parse_utc
from kiosk.workflow.eligibility import Selection, evaluate
from kiosk.workflow.orders import Order
from kiosk.workflow.policy import Policy, parse_policy
from kiosk.workflow.quotes import Quote, quote
from tests.workflow.builders import POLICY, demo_document, line, order

AT = parse_utc("2026-06-05T12:00:00Z")


def priced(order_: Order, picks: Sequence[Selection], policy: Policy = POLICY, **kw: Any) -> Quote:
    evaluation = evaluate(order_, picks, policy, AT)
    return quote(order_, evaluation, picks, policy, **kw)


def pick(line_id: str = "L1", quantity: int = 1, reason: str = "changed_mind", condition: str = "unopened", **kw: Any) -> Selection:
    return Selection(line_id, quantity, reason, condition, **kw)


def test_refund_returns_price_and_tax_to_the_card() -> None:
    refund = priced(order(line(unit_price=4999, tax=400)), [pick()]).option(Resolution.REFUND)
    assert (refund.available, refund.total, refund.restocking_fee, refund.bonus) == (True, 5399, 0, 0)
    assert refund.per_line == {"L1": 5399}
    assert refund.tender_refunds == (TenderRefund("card", 5399, "visa-1"),)


def test_options_come_in_offer_order_credit_and_exchange_first() -> None:
    options = priced(order(), [pick()]).options
    assert [o.resolution for o in options] == [Resolution.STORE_CREDIT, Resolution.EXCHANGE, Resolution.REFUND, Resolution.KEEP_ITEM]


def test_store_credit_adds_the_bonus_rounded_half_even() -> None:
    # 10 % of 1005 is 100.5: half-even rounds to 100; of 1015 it is 101.5 -> 102
    for price, bonus in [(1005, 100), (1015, 102)]:
        credit = priced(order(line(unit_price=price)), [pick()]).option(Resolution.STORE_CREDIT)
        assert (credit.bonus, credit.total, sum(credit.per_line.values())) == (bonus, price + bonus, price + bonus)


def test_restocking_fee_on_opened_electronics_only() -> None:
    tv = order(line(category="electronics", unit_price=10_010, tax=800))
    opened = priced(tv, [pick(condition="opened")]).option(Resolution.REFUND)
    assert (opened.restocking_fee, opened.total) == (1502, 10_010 + 800 - 1502)  # 15 % of 100.10 = 15.015 -> 15.02
    unopened = priced(tv, [pick(condition="unopened")]).option(Resolution.REFUND)
    assert unopened.restocking_fee == 0


def test_defective_waives_the_restocking_fee() -> None:
    tv = order(line(category="electronics", unit_price=10_000))
    refund = priced(tv, [pick(reason="defective", condition="opened", note="no picture")]).option(Resolution.REFUND)
    assert (refund.restocking_fee, refund.total) == (0, 10_000)


def test_only_eligible_lines_are_priced() -> None:
    two = order(line("L1"), line("L2", final_sale=True, unit_price=9000))
    result = priced(two, [pick("L1"), pick("L2")])
    assert result.option(Resolution.REFUND).per_line == {"L1": 2000}


def test_nothing_eligible_makes_every_option_unavailable() -> None:
    result = priced(order(line(final_sale=True)), [pick()])
    assert all(not o.available and o.total == 0 and o.message_key == "nothing_eligible" for o in result.options)


def test_disabled_resolution_is_not_quoted() -> None:
    document = demo_document()
    document["resolutions"]["exchange"]["enabled"] = False
    result = priced(order(), [pick()], parse_policy(document))
    with pytest.raises(KeyError):
        result.option(Resolution.EXCHANGE)


@pytest.mark.parametrize("resolution", list(Resolution))
def test_quoting_only_one_resolution_prices_it_as_the_full_quote_does(resolution: Resolution) -> None:
    two = order(line("L1", category="electronics", unit_price=10_010, tax=800), line("L2", unit_price=1015))
    picks = [pick("L1", condition="opened"), pick("L2")]
    alone = priced(two, picks, only=resolution)
    assert [o.resolution for o in alone.options] == [resolution]
    assert alone.option(resolution) == priced(two, picks).option(resolution)


def test_quoting_only_a_disabled_resolution_offers_nothing() -> None:
    document = demo_document()
    document["resolutions"]["exchange"]["enabled"] = False
    assert priced(order(), [pick()], parse_policy(document), only=Resolution.EXCHANGE).options == ()
