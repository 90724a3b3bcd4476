"""The demo data: deterministic, valid against the order schema, and as varied as promised."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime, timedelta, timezone

from jsonschema import Draft202012Validator

from kiosk.demo import demo_pairs, generate_orders
from kiosk.resources import resource
from kiosk.workflow.eligibility import Verdict, line_availability
from kiosk.workflow.orders import Order
from kiosk.workflow.policy import load_policy_file

NOW = datetime(2026, 11, 27, 15, tzinfo=timezone.utc)


def test_the_same_day_gives_the_same_orders() -> None:
    assert generate_orders(NOW) == generate_orders(NOW)


def test_every_demo_order_matches_the_order_schema_and_pays_its_total() -> None:
    validator = Draft202012Validator(json.loads(resource("schemas", "order.schema.json").read_text()))
    for document in generate_orders(NOW):
        assert not list(validator.iter_errors(document)), document["number"]
        order = Order.from_dict(document)
        assert sum(t.amount for t in order.tenders) == order.total_paid
        assert Order.from_dict(order.to_dict()) == order


def test_demo_orders_cover_what_the_kiosk_must_handle() -> None:
    orders = [Order.from_dict(d) for d in generate_orders(NOW)]
    assert len(orders) >= 300
    assert all(NOW - timedelta(days=121) <= o.placed_at <= NOW for o in orders)
    categories = Counter(l.category for o in orders for l in o.lines)
    assert {"apparel", "shoes", "electronics", "swimwear", "gift_cards"} <= set(categories)
    lines = [l for o in orders for l in o.lines]
    assert any(l.final_sale for l in lines) and any(l.quantity > 1 for l in lines)
    assert any(l.variant.get("size") and l.variant.get("colour") for l in lines)
    assert any(o.discounts for o in orders)
    assert {"card", "gift_card"} <= {t.kind for o in orders for t in o.tenders}


def test_the_three_orders_to_try_behave_as_the_welcome_screen_says() -> None:
    policy = load_policy_file(resource("demo", "policy.json"))
    orders = {o["number"]: Order.from_dict(o) for o in generate_orders(NOW)}
    expectations = {}
    for number, email, _ in demo_pairs(NOW):
        order = orders[number]
        assert order.matches_email(email)
        verdicts = {d.verdict for d in line_availability(order, policy, NOW).values()}
        expectations[number] = verdicts
    full, partly, late = (expectations[n] for n, _, _ in demo_pairs(NOW))
    assert full == {Verdict.ELIGIBLE}
    assert Verdict.ELIGIBLE in partly and Verdict.INELIGIBLE in partly
    assert late == {Verdict.INELIGIBLE}
