"""Reasons, tag and extended windows, and the manager-approval rules, table by table."""

from __future__ import annotations

import pytest

from kiosk.workflow.clock import parse_utc
from kiosk.workflow.eligibility import CustomerHistory, Selection, Verdict, evaluate
from kiosk.workflow.policy import parse_policy
from kiosk.workflow.policy_messages import MESSAGES, render_message
from tests.workflow.builders import POLICY, demo_document, line, order, policy_with

IN_WINDOW = parse_utc("2026-06-05T12:00:00Z")


# --- reasons ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("reason", "condition", "note", "sub_reason", "verdict", "key", "rule"),
    [
        ("too_small", "opened", "", "length", Verdict.ELIGIBLE, "returnable_until", "rules.categories[0]"),
        ("too_small", "opened", "", None, Verdict.ELIGIBLE, "returnable_until", "rules.categories[0]"),
        ("too_small", "opened", "", "colour", Verdict.INELIGIBLE, "sub_reason_unknown", "reasons[0].sub_reasons"),
        ("changed_mind", "opened", "", "length", Verdict.INELIGIBLE, "sub_reason_unknown", "reasons[2].sub_reasons"),
        ("too_small", None, "", None, Verdict.INELIGIBLE, "condition_required", "reasons[0].conditions"),
        ("too_small", "damaged", "", None, Verdict.INELIGIBLE, "condition_not_allowed", "reasons[0].conditions"),
        ("defective", "damaged", "the sole came off", None, Verdict.ELIGIBLE, "returnable_until", "rules.categories[0]"),
        ("defective", "damaged", "", None, Verdict.INELIGIBLE, "note_required", "reasons[3].requires_note"),
        ("defective", "damaged", "   ", None, Verdict.INELIGIBLE, "note_required", "reasons[3].requires_note"),
        ("defective", "unopened", "broken", None, Verdict.INELIGIBLE, "condition_not_allowed", "reasons[3].conditions"),
        ("bored", "opened", "", None, Verdict.INELIGIBLE, "unknown_reason", "reasons"),
    ],
)
def test_reason_rules(reason: str, condition: str | None, note: str, sub_reason: str | None, verdict: Verdict, key: str, rule: str) -> None:
    selection = Selection("L1", 1, reason, condition, note, sub_reason)
    decision = evaluate(order(), [selection], POLICY, IN_WINDOW).decisions[0]
    assert (decision.verdict, decision.message_key, decision.rule) == (verdict, key, rule)


def test_reason_without_conditions_accepts_any_policy_condition_or_none() -> None:
    document = demo_document()
    document["reasons"].append({"code": "gift", "label": "Unwanted gift"})
    policy = parse_policy(document)
    for condition, verdict in [(None, Verdict.ELIGIBLE), ("damaged", Verdict.ELIGIBLE), ("soggy", Verdict.INELIGIBLE)]:
        assert evaluate(order(), [Selection("L1", 1, "gift", condition)], policy, IN_WINDOW).verdict is verdict


# --- tag windows -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("when", "verdict"),
    [("2026-06-16T03:59:00Z", Verdict.ELIGIBLE), ("2026-06-16T04:00:00Z", Verdict.NEEDS_APPROVAL)],
)
def test_tag_window_overrides_the_category_window(when: str, verdict: Verdict) -> None:
    clearance = order(line(tags=["clearance"]))
    decision = evaluate(clearance, [Selection("L1", 1, "changed_mind", "opened")], POLICY, parse_utc(when)).decisions[0]
    assert decision.verdict is verdict
    assert decision.message_params["category_label"] == "Clearance items"


def test_closed_tag_window_names_the_tag_rule() -> None:
    clearance = order(line(tags=["clearance"]))
    decision = evaluate(clearance, [Selection("L1", 1, "changed_mind", "opened")], POLICY, parse_utc("2026-06-25T12:00:00Z")).decisions[0]
    assert (decision.rule, decision.message_key, decision.message_params["days"]) == ("rules.tags[0]", "window_closed", 14)


# --- extended (holiday) windows -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("placed", "delivered", "category", "when", "verdict", "rule"),
    [
        # bought 10 Dec 2026: returnable to 31 Jan 2027 (ends 05:00Z on 1 Feb)
        ("2026-12-10T17:00:00Z", "2026-12-12T17:00:00Z", "apparel", "2027-02-01T04:59:00Z", Verdict.ELIGIBLE, "rules.extended_windows[1]"),
        ("2026-12-10T17:00:00Z", "2026-12-12T17:00:00Z", "apparel", "2027-02-01T05:00:00Z", Verdict.NEEDS_APPROVAL, "approval.grace_days"),
        ("2026-12-10T17:00:00Z", "2026-12-12T17:00:00Z", "apparel", "2027-02-04T05:00:00Z", Verdict.INELIGIBLE, "rules.extended_windows[1]"),
        # bought on the last day of the range in New York (03:00Z on 25 Dec is still 24 Dec there)
        ("2026-12-25T03:00:00Z", "2026-12-27T17:00:00Z", "swimwear", "2027-01-30T12:00:00Z", Verdict.ELIGIBLE, "rules.extended_windows[1]"),
        # bought 25 Dec local: no extension, swimwear's 14 days from 27 Dec end with 10 Jan
        ("2026-12-25T06:00:00Z", "2026-12-27T17:00:00Z", "swimwear", "2027-01-11T04:59:00Z", Verdict.ELIGIBLE, "rules.categories[2]"),
        ("2026-12-25T06:00:00Z", "2026-12-27T17:00:00Z", "swimwear", "2027-01-20T12:00:00Z", Verdict.INELIGIBLE, "rules.categories[2]"),
        # bought 1 Nov, delivered late: the normal window reaches past 31 Jan and wins
        ("2026-11-01T15:00:00Z", "2027-01-15T17:00:00Z", "apparel", "2027-02-10T12:00:00Z", Verdict.ELIGIBLE, "rules.categories[0]"),
    ],
)
def test_extended_window_for_purchases_in_a_date_range(placed: str, delivered: str, category: str, when: str, verdict: Verdict, rule: str) -> None:
    decision = evaluate(order(line(category=category), placed=placed, delivered=delivered),
                        [Selection("L1", 1, "changed_mind", "opened")], POLICY, parse_utc(when)).decisions[0]
    assert (decision.verdict, decision.rule) == (verdict, rule)


def test_extended_window_can_be_limited_to_categories() -> None:
    document = demo_document()
    document["rules"]["extended_windows"][1]["categories"] = ["shoes"]
    policy = parse_policy(document)
    holiday = order(line("L1", "apparel"), line("L2", "shoes"), placed="2026-12-10T17:00:00Z", delivered="2026-12-12T17:00:00Z")
    picks = [Selection("L1", 1, "changed_mind", "opened"), Selection("L2", 1, "changed_mind", "opened")]
    evaluation = evaluate(holiday, picks, policy, parse_utc("2027-01-25T12:00:00Z"))
    assert evaluation.decision("L1").verdict is Verdict.INELIGIBLE
    assert evaluation.decision("L2").verdict is Verdict.ELIGIBLE
    assert evaluation.decision("L1").message_key == "window_closed"
    closed = evaluate(holiday, picks[1:], policy, parse_utc("2027-02-10T12:00:00Z")).decisions[0]
    assert (closed.message_key, closed.message_params["extension"]) == ("extended_window_closed", "Holiday returns")


# --- manager approval ----------------------------------------------------------------------------

def test_refund_above_the_limit_needs_approval_for_the_whole_case() -> None:
    two = order(line("L1", unit_price=30_000), line("L2", unit_price=20_001))
    picks = [Selection("L1", 1, "changed_mind", "opened"), Selection("L2", 1, "changed_mind", "opened")]
    evaluation = evaluate(two, picks, POLICY, IN_WINDOW)
    assert [d.verdict for d in evaluation.decisions] == [Verdict.NEEDS_APPROVAL] * 2
    decision = evaluation.decisions[0]
    assert (decision.rule, decision.message_key) == ("approval.refund_above", "refund_above_limit")
    assert decision.message_params == {"amount": "$500.01", "limit": "$500.00", "currency": "USD",
                                       "amount_minor": 50_001, "limit_minor": 50_000}
    assert evaluation.needs_approval == ("L1", "L2")


@pytest.mark.parametrize(("price", "verdict"), [(50_000, Verdict.ELIGIBLE), (50_001, Verdict.NEEDS_APPROVAL)])
def test_refund_limit_boundary(price: int, verdict: Verdict) -> None:
    assert evaluate(order(line(unit_price=price)), [Selection("L1", 1, "changed_mind", "opened")], POLICY, IN_WINDOW).verdict is verdict


def test_refused_lines_do_not_count_toward_the_refund_limit() -> None:
    two = order(line("L1", unit_price=30_000), line("L2", unit_price=30_000, final_sale=True))
    picks = [Selection("L1", 1, "changed_mind", "opened"), Selection("L2", 1, "changed_mind", "opened")]
    assert evaluate(two, picks, POLICY, IN_WINDOW).decision("L1").verdict is Verdict.ELIGIBLE


def test_approving_each_held_line_makes_the_case_eligible_and_keeps_the_codes() -> None:
    two = order(line("L1", unit_price=30_000), line("L2", unit_price=30_000))
    picks = [Selection("L1", 1, "changed_mind", "opened"), Selection("L2", 1, "changed_mind", "opened")]
    evaluation = evaluate(two, picks, POLICY, IN_WINDOW, approved_line_ids=["L1", "L2"])
    assert evaluation.verdict is Verdict.ELIGIBLE
    assert all(d.approved and d.reason_codes == ("refund_above_limit",) and d.message_key == "approved" for d in evaluation.decisions)
    assert evaluation.decisions[0].message_params["held_back_by"] == "refund_above_limit"


@pytest.mark.parametrize(("allowed", "verdict"), [(True, Verdict.NEEDS_APPROVAL), (False, Verdict.INELIGIBLE)])
def test_returns_without_receipt(allowed: bool, verdict: Verdict) -> None:
    decision = evaluate(order(), [Selection("L1", 1, "changed_mind", "opened")], policy_with(without_receipt=allowed),
                        IN_WINDOW, without_receipt=True).decisions[0]
    assert (decision.verdict, decision.message_key) == (verdict, "no_receipt")


@pytest.mark.parametrize(("earlier", "verdict"), [(0, Verdict.ELIGIBLE), (2, Verdict.ELIGIBLE), (3, Verdict.NEEDS_APPROVAL), (9, Verdict.NEEDS_APPROVAL)])
def test_frequent_returner_needs_approval_past_the_limit(earlier: int, verdict: Verdict) -> None:
    policy = policy_with(frequent_returns={"period_days": 60, "max_returns": 3})
    decision = evaluate(order(), [Selection("L1", 1, "changed_mind", "opened")], policy, IN_WINDOW,
                        history=CustomerHistory(returns_in_period=earlier)).decisions[0]
    assert decision.verdict is verdict
    if verdict is Verdict.NEEDS_APPROVAL:
        assert decision.message_params == {"returns": earlier, "period_days": 60, "max_returns": 3}


@pytest.mark.parametrize(("refunded", "verdict"), [(8_000, Verdict.ELIGIBLE), (8_001, Verdict.NEEDS_APPROVAL)])
def test_refunded_amount_in_the_period_has_a_limit_too(refunded: int, verdict: Verdict) -> None:
    policy = policy_with(frequent_returns={"period_days": 30, "max_refunded": 10_000})
    decision = evaluate(order(), [Selection("L1", 1, "changed_mind", "opened")], policy, IN_WINDOW,
                        history=CustomerHistory(refunded_in_period=refunded)).decisions[0]
    assert decision.verdict is verdict


def test_case_rules_never_rescue_or_worsen_a_refused_line() -> None:
    decision = evaluate(order(line(final_sale=True)), [Selection("L1", 1, "changed_mind", "opened")], POLICY, IN_WINDOW,
                        without_receipt=True, history=CustomerHistory(99, 10**6)).decisions[0]
    assert decision.reason_codes == ("final_sale",)


def test_a_line_held_for_two_reasons_lists_both() -> None:
    decision = evaluate(order(line(unit_price=60_000)), [Selection("L1", 1, "changed_mind", "opened")], POLICY,
                        parse_utc("2026-07-03T12:00:00Z")).decisions[0]
    assert decision.reason_codes == ("window_grace", "refund_above_limit")


# --- messages -----------------------------------------------------------------------------------

def test_every_message_key_the_engine_emits_has_english_text() -> None:
    emitted = {
        "eligible", "returnable_until", "window_closed", "window_closed_since_purchase", "extended_window_closed",
        "window_grace", "final_sale", "non_returnable_category", "non_returnable_tag", "unknown_line", "unknown_reason",
        "note_required", "condition_required", "condition_not_allowed", "sub_reason_unknown", "quantity_not_positive",
        "quantity_exceeds", "already_returned", "no_receipt", "frequent_returns", "frequent_refunds",
        "refund_above_limit", "approved", "nothing_eligible", "no_exchange_variant", "keep_item_reason", "keep_item_over_limit",
    }
    assert emitted <= set(MESSAGES)


def test_rendering_fills_parameters_and_tolerates_missing_ones() -> None:
    assert render_message("quantity_exceeds", {"available": 1, "purchased": 3}) == "You can return at most 1 of the 3 bought."
    assert render_message("quantity_exceeds", {}) == "You can return at most  of the  bought."
    assert render_message("no.such.key") == "no.such.key"
