"""Per-item eligibility under the demo policy (America/New_York, 30 days, swimwear 14, 3 grace days)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest

from kiosk.workflow.clock import parse_utc
from kiosk.workflow.eligibility import (
    CustomerHistory,
    Selection,
    Verdict,
    evaluate,
    line_availability,
)
from kiosk.workflow.orders import Order
from kiosk.workflow.policy import Policy, parse_policy
from tests.workflow.builders import POLICY, demo_document, line, order, policy_with


def at(text: str) -> datetime:
    return parse_utc(text)


def one(order_: Order, when: str, selection: Selection | None = None, policy: Policy = POLICY, **kw: Any) -> Any:
    chosen = selection or Selection(order_.lines[0].id, 1, "changed_mind", "unopened")
    return evaluate(order_, [chosen], policy, at(when), **kw).decisions[0]


# --- windows -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("delivered", "category", "when", "verdict"),
    [
        # delivered 1 Jun (New York), 30 days: last day 1 Jul, which ends at 04:00Z on 2 Jul (EDT)
        ("2026-06-01T16:00:00Z", "apparel", "2026-07-02T03:59:00Z", Verdict.ELIGIBLE),
        ("2026-06-01T16:00:00Z", "apparel", "2026-07-02T03:59:59Z", Verdict.ELIGIBLE),
        ("2026-06-01T16:00:00Z", "apparel", "2026-07-02T04:00:00Z", Verdict.NEEDS_APPROVAL),
        # 3 grace days: the last is 4 Jul, ending at 04:00Z on 5 Jul
        ("2026-06-01T16:00:00Z", "apparel", "2026-07-05T03:59:00Z", Verdict.NEEDS_APPROVAL),
        ("2026-06-01T16:00:00Z", "apparel", "2026-07-05T04:00:00Z", Verdict.INELIGIBLE),
        # swimwear: 14 days
        ("2026-06-01T16:00:00Z", "swimwear", "2026-06-16T03:59:00Z", Verdict.ELIGIBLE),
        ("2026-06-01T16:00:00Z", "swimwear", "2026-06-16T04:00:00Z", Verdict.NEEDS_APPROVAL),
        # delivered 23:30 local on 1 Jun (03:30Z on 2 Jun): the local day counts
        ("2026-06-02T03:30:00Z", "swimwear", "2026-06-16T03:59:00Z", Verdict.ELIGIBLE),
        ("2026-06-02T03:30:00Z", "swimwear", "2026-06-16T04:00:00Z", Verdict.NEEDS_APPROVAL),
        # DST ends 1 Nov 2026: delivered 20 Oct (EDT), last day 3 Nov ends 05:00Z (EST)
        ("2026-10-20T15:00:00Z", "swimwear", "2026-11-04T04:59:00Z", Verdict.ELIGIBLE),
        ("2026-10-20T15:00:00Z", "swimwear", "2026-11-04T05:00:00Z", Verdict.NEEDS_APPROVAL),
        # DST starts 8 Mar 2026: delivered 25 Feb (EST), last day 11 Mar ends 04:00Z (EDT)
        ("2026-02-25T15:00:00Z", "swimwear", "2026-03-12T03:59:00Z", Verdict.ELIGIBLE),
        ("2026-02-25T15:00:00Z", "swimwear", "2026-03-12T04:00:00Z", Verdict.NEEDS_APPROVAL),
        # leap year: delivered 15 Feb 2028, last day 29 Feb ends 05:00Z on 1 Mar
        ("2028-02-15T15:00:00Z", "swimwear", "2028-03-01T04:59:00Z", Verdict.ELIGIBLE),
        ("2028-02-15T15:00:00Z", "swimwear", "2028-03-01T05:00:00Z", Verdict.NEEDS_APPROVAL),
        # delivered on the leap day, 30 days: last day 30 Mar 2028
        ("2028-02-29T15:00:00Z", "apparel", "2028-03-31T03:59:00Z", Verdict.ELIGIBLE),
        ("2028-02-29T15:00:00Z", "apparel", "2028-03-31T04:00:00Z", Verdict.NEEDS_APPROVAL),
    ],
)
def test_window_closes_at_end_of_store_local_day(delivered: str, category: str, when: str, verdict: Verdict) -> None:
    placed = delivered.replace("T15", "T10").replace("T16", "T10").replace("T03:30", "T01:00")
    assert one(order(line(category=category), placed=placed, delivered=delivered), when).verdict is verdict


def test_window_counts_from_purchase_when_never_delivered() -> None:
    undelivered = order(line(), placed="2026-06-01T16:00:00Z", delivered=None)
    assert one(undelivered, "2026-07-02T03:59:00Z").verdict is Verdict.ELIGIBLE
    decision = one(undelivered, "2026-07-10T12:00:00Z")
    assert decision.message_key == "window_closed_since_purchase"
    assert decision.message_params["purchased_days_ago"] == 39


def test_closed_window_explains_category_days_and_age() -> None:
    decision = one(order(line(category="swimwear")), "2026-06-21T15:00:00Z")
    assert decision.verdict is Verdict.INELIGIBLE
    assert decision.rule == "rules.categories[2]"
    assert decision.message_key == "window_closed"
    assert decision.reason_codes == ("window_closed",)
    params = decision.message_params
    assert (params["category"], params["category_label"], params["days"], params["delivered_days_ago"]) == ("swimwear", "Swimwear", 14, 20)
    assert decision.window_closes_at == datetime(2026, 6, 16, 4, tzinfo=timezone.utc)


def test_eligible_line_says_until_when_and_which_rule() -> None:
    decision = one(order(line(category="shoes")), "2026-06-10T12:00:00Z")
    assert decision.verdict is Verdict.ELIGIBLE
    assert (decision.rule, decision.message_key, decision.reason_codes) == ("rules.categories[1]", "returnable_until", ())
    assert decision.message_params["closes_on"] == "2026-07-01"


def test_uncategorised_line_uses_default_window() -> None:
    decision = one(order(line(category="toys")), "2026-06-10T12:00:00Z")
    assert decision.rule == "rules.window_days"
    assert decision.message_params["category_label"] == "Toys"


def test_grace_days_need_a_manager_and_approval_lets_the_line_through() -> None:
    held = one(order(), "2026-07-03T12:00:00Z")
    assert (held.verdict, held.rule, held.message_key) == (Verdict.NEEDS_APPROVAL, "approval.grace_days", "window_grace")
    approved = one(order(), "2026-07-03T12:00:00Z", approved_line_ids={"L1"})
    assert approved.verdict is Verdict.ELIGIBLE and approved.approved
    assert approved.reason_codes == ("window_grace",)


def test_approval_never_rescues_a_refused_line() -> None:
    decision = one(order(), "2026-08-01T12:00:00Z", approved_line_ids={"L1"})
    assert decision.verdict is Verdict.INELIGIBLE and not decision.approved


def test_without_grace_days_the_window_closes_hard() -> None:
    assert one(order(), "2026-07-02T04:00:00Z", policy=policy_with()).verdict is Verdict.INELIGIBLE


# --- non-returnable --------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("extra", "rule", "key"),
    [
        ({"final_sale": True}, "rules.non_returnable.final_sale", "final_sale"),
        ({"category": "gift_cards"}, "rules.non_returnable.categories", "non_returnable_category"),
        ({"category": "personalised"}, "rules.non_returnable.categories", "non_returnable_category"),
        ({"tags": ["hygiene_seal_broken"]}, "rules.non_returnable.tags", "non_returnable_tag"),
    ],
)
def test_non_returnable_lines_are_refused_inside_the_window(extra: dict[str, Any], rule: str, key: str) -> None:
    decision = one(order(line(**extra)), "2026-06-05T12:00:00Z")
    assert (decision.verdict, decision.rule, decision.message_key) == (Verdict.INELIGIBLE, rule, key)


def test_final_sale_is_returnable_when_the_policy_says_so() -> None:
    document = demo_document()
    document["rules"]["non_returnable"]["final_sale"] = False
    assert one(order(line(final_sale=True)), "2026-06-05T12:00:00Z", policy=parse_policy(document)).verdict is Verdict.ELIGIBLE


def test_every_blocking_rule_is_listed_worst_first() -> None:
    decision = one(order(line(final_sale=True, category="gift_cards")), "2026-07-03T12:00:00Z")
    assert decision.reason_codes == ("final_sale", "non_returnable_category", "window_grace")


# --- quantities ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("quantity", "returned", "asked", "verdict", "key"),
    [
        (3, 0, 3, Verdict.ELIGIBLE, "returnable_until"),
        (3, 0, 1, Verdict.ELIGIBLE, "returnable_until"),
        (3, 0, 4, Verdict.INELIGIBLE, "quantity_exceeds"),
        (3, 2, 1, Verdict.ELIGIBLE, "returnable_until"),
        (3, 2, 2, Verdict.INELIGIBLE, "quantity_exceeds"),
        (3, 3, 1, Verdict.INELIGIBLE, "already_returned"),
        (3, 0, 0, Verdict.INELIGIBLE, "quantity_not_positive"),
        (3, 0, -1, Verdict.INELIGIBLE, "quantity_not_positive"),
    ],
)
def test_quantity_is_bounded_by_purchased_less_returned(quantity: int, returned: int, asked: int, verdict: Verdict, key: str) -> None:
    decision = one(order(line(quantity=quantity, quantity_returned=returned)), "2026-06-05T12:00:00Z",
                   Selection("L1", asked, "changed_mind", "unopened"))
    assert (decision.verdict, decision.message_key, decision.quantity) == (verdict, key, asked)


def test_selections_of_one_line_in_one_case_share_its_quantity() -> None:
    many = order(line(quantity=2))
    picks = [Selection("L1", 1, "too_small", "opened"), Selection("L1", 1, "defective", "damaged", note="seam"),
             Selection("L1", 1, "changed_mind", "unopened")]
    verdicts = [d.verdict for d in evaluate(many, picks, POLICY, at("2026-06-05T12:00:00Z")).decisions]
    assert verdicts == [Verdict.ELIGIBLE, Verdict.ELIGIBLE, Verdict.INELIGIBLE]


def test_unknown_line_is_refused() -> None:
    decision = one(order(), "2026-06-05T12:00:00Z", Selection("nope", 1, "changed_mind", "unopened"))
    assert (decision.verdict, decision.message_key) == (Verdict.INELIGIBLE, "unknown_line")


# --- the evaluation as a whole -----------------------------------------------------------------

def test_overall_verdict_is_the_worst_line() -> None:
    two = order(line("L1"), line("L2", final_sale=True))
    picks = [Selection("L1", 1, "changed_mind", "unopened"), Selection("L2", 1, "changed_mind", "unopened")]
    evaluation = evaluate(two, picks, POLICY, at("2026-06-05T12:00:00Z"))
    assert evaluation.verdict is Verdict.INELIGIBLE
    assert evaluation.decision("L1").verdict is Verdict.ELIGIBLE
    assert evaluation.policy_version == POLICY.version
    with pytest.raises(KeyError):
        evaluation.decision("L3")


def test_nothing_selected_is_eligible_and_empty() -> None:
    evaluation = evaluate(order(), [], POLICY, at("2026-06-05T12:00:00Z"))
    assert evaluation.verdict is Verdict.ELIGIBLE and evaluation.decisions == ()


def test_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        evaluate(order(), [], POLICY, datetime(2026, 6, 5, 12))


def test_history_argument_defaults_to_no_earlier_returns() -> None:
    assert CustomerHistory() == CustomerHistory(0, 0)


# --- availability before picking ---------------------------------------------------------------

def test_availability_greys_out_lines_with_the_reason_and_counts_returnable_units() -> None:
    lines = order(line("L1", quantity=3, quantity_returned=1), line("L2", final_sale=True),
                  line("L3", quantity=2, quantity_returned=2), line("L4", category="swimwear"))
    availability = line_availability(lines, POLICY, at("2026-06-20T12:00:00Z"))
    summary = {k: (d.verdict, d.quantity, d.message_key) for k, d in availability.items()}
    assert summary == {
        "L1": (Verdict.ELIGIBLE, 2, "returnable_until"),
        "L2": (Verdict.INELIGIBLE, 1, "final_sale"),
        "L3": (Verdict.INELIGIBLE, 0, "already_returned"),
        "L4": (Verdict.INELIGIBLE, 1, "window_closed"),
    }
