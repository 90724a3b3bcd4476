"""An order in another currency than the policy's is refused, and approval.refund_above says what it compares."""

from __future__ import annotations

import json

from kiosk.resources import resource
from kiosk.workflow.clock import parse_utc
from kiosk.workflow.eligibility import Selection, Verdict, evaluate, line_availability
from kiosk.workflow.policy_messages import render_message
from kiosk.workflow.staff import can_override
from tests.workflow.builders import POLICY, line, order, policy_with

WHEN = parse_utc("2026-06-05T15:00:00Z")


def test_an_order_in_another_currency_is_refused_with_a_clear_message_no_manager_can_waive():
    euros = order(line("L1"), line("L2", category="shoes"), currency="EUR")
    assert POLICY.currency == "USD"
    evaluation = evaluate(euros, [Selection("L1", 1, "changed_mind", "unopened"),
                                  Selection("L2", 1, "changed_mind", "unopened")], POLICY, WHEN)
    for decision in evaluation.decisions:
        assert decision.verdict is Verdict.INELIGIBLE and "currency_mismatch" in decision.reason_codes
        assert decision.message_key == "currency_mismatch"
        assert not can_override(decision)
    text = render_message("currency_mismatch", evaluation.decisions[0].message_params)
    assert "EUR" in text and "USD" in text
    assert all(d.verdict is Verdict.INELIGIBLE for d in line_availability(euros, POLICY, WHEN).values())


def test_an_order_in_the_policys_currency_is_not_touched():
    dollars = order(line("L1"))
    decision = evaluate(dollars, [Selection("L1", 1, "changed_mind", "unopened")], POLICY, WHEN).decisions[0]
    assert decision.verdict is Verdict.ELIGIBLE and "currency_mismatch" not in decision.reason_codes


def test_refund_above_compares_the_goods_value_before_fees_as_its_description_says():
    schema = json.loads(resource("schemas", "policy.schema.json").read_text(encoding="utf-8"))
    description = schema["properties"]["approval"]["properties"]["refund_above"]["description"]
    assert "before restocking fees" in description and "store credit" in description
    limited = policy_with(refund_above=1999)
    worth_2000 = order(line("L1", unit_price=2000))
    decision = evaluate(worth_2000, [Selection("L1", 1, "changed_mind", "opened")], limited, WHEN).decisions[0]
    assert decision.verdict is Verdict.NEEDS_APPROVAL and decision.message_key == "refund_above_limit"
    within = evaluate(worth_2000, [Selection("L1", 1, "changed_mind", "opened")], policy_with(refund_above=2000),
                      WHEN).decisions[0]
    assert within.verdict is Verdict.ELIGIBLE
