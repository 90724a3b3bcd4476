"""The wizard's state machine, driven without Qt over the demo orders and demo policy."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from kiosk.demo import showcase_orders
from kiosk.resources import resource
from kiosk.workflow.cases import Approval, CaseStatus, Resolution
from kiosk.workflow.eligibility import Verdict
from kiosk.workflow.ids import CaseId, ReturnCode
from kiosk.workflow.orders import Order
from kiosk.workflow.policy import load_policy_file
from kiosk.workflow.wizard import ReturnSession, Step, StepBlocked

NOW = datetime(2026, 11, 27, 15, tzinfo=timezone.utc)
POLICY = load_policy_file(resource("demo", "policy.json"))
FULL, PARTLY, LATE = (Order.from_dict(d) for d in showcase_orders(NOW))


def session_at_items(order: Order = FULL) -> ReturnSession:
    session = ReturnSession(POLICY, lambda: NOW)
    session.start()
    session.order_found(order)
    return session


def through_reasons(session: ReturnSession, line_id: str = "L1", quantity: int = 1) -> None:
    session.set_quantity(line_id, quantity)
    session.next()
    session.set_reason(line_id, "too_small", "unopened")
    session.next()


def test_a_full_return_walks_every_step_and_builds_the_case() -> None:
    session = session_at_items()
    assert session.step == Step.ITEMS
    through_reasons(session)
    assert session.step == Step.ELIGIBILITY
    assert [d.verdict for d in session.evaluation.decisions] == [Verdict.ELIGIBLE]
    session.next()
    assert session.step == Step.RESOLUTION
    session.choose_resolution(Resolution.REFUND)
    session.next()
    assert session.step == Step.REVIEW
    case = session.build_case(case_id=CaseId("c-1"), code=ReturnCode("0000-0000-000"), device_id="d1")
    refund = session.quote.option(Resolution.REFUND)
    assert case.refund_total == refund.total > 0
    assert sum(t.amount for t in case.tender_refunds) == case.refund_total
    assert [l.line_id for l in case.lines] == ["L1"] and case.lines[0].reason_code == "too_small"
    assert case.policy_version == POLICY.version and case.customer_email == FULL.customer.email
    session.finished(case)
    assert session.step == Step.DONE and session.case is case


def test_store_credit_is_offered_first_and_carries_its_bonus() -> None:
    session = session_at_items()
    through_reasons(session)
    options = [o.resolution for o in session.quote.options if o.available]
    assert options[0] == Resolution.STORE_CREDIT
    credit, refund = session.quote.option(Resolution.STORE_CREDIT), session.quote.option(Resolution.REFUND)
    assert credit.total == refund.total + credit.bonus and credit.bonus > 0


def test_leaving_items_needs_at_least_one_item() -> None:
    session = session_at_items()
    with pytest.raises(StepBlocked) as blocked:
        session.next()
    assert blocked.value.key == "pick_at_least_one_item"
    assert session.step == Step.ITEMS


def test_quantity_cannot_exceed_what_is_left_to_return() -> None:
    session = session_at_items(PARTLY)
    with pytest.raises(StepBlocked) as blocked:
        session.set_quantity("L5", 2)  # two bought, one already returned
    assert blocked.value.params["maximum"] == 1
    session.set_quantity("L5", 1)
    assert session.choices["L5"].quantity == 1


def test_final_sale_and_gift_cards_cannot_be_picked() -> None:
    session = session_at_items(PARTLY)
    assert session.availability["L3"].verdict == Verdict.INELIGIBLE  # final sale scarf
    assert session.availability["L4"].verdict == Verdict.INELIGIBLE  # gift card
    with pytest.raises(StepBlocked):
        session.set_quantity("L3", 1)


def test_a_reason_that_needs_a_note_blocks_until_it_has_one() -> None:
    session = session_at_items()
    session.set_quantity("L1", 1)
    session.next()
    session.set_reason("L1", "defective", "damaged")
    with pytest.raises(StepBlocked) as blocked:
        session.next()
    assert blocked.value.key == "note_missing"
    session.set_reason("L1", "defective", "damaged", "seam came apart")
    assert session.next() == Step.ELIGIBILITY


def test_nothing_eligible_stops_at_eligibility() -> None:
    session = session_at_items(LATE)
    assert all(a.verdict == Verdict.INELIGIBLE for a in session.availability.values())
    with pytest.raises(StepBlocked) as blocked:
        session.next()
    assert blocked.value.key == "pick_at_least_one_item"


def test_exchange_needs_a_variant_for_each_line() -> None:
    session = session_at_items()
    through_reasons(session)
    session.next()
    session.choose_resolution(Resolution.EXCHANGE)
    with pytest.raises(StepBlocked) as blocked:
        session.next()
    assert blocked.value.key == "choose_exchange_variant"
    session.choose_exchange("L1", "SWEATER-M-OAT")
    assert session.next() == Step.REVIEW
    case = session.build_case(case_id=CaseId("c"), code=ReturnCode("c"), device_id="d")
    assert case.lines[0].exchange_sku == "SWEATER-M-OAT" and case.refund_total == 0


def test_back_keeps_choices_and_changing_them_drops_the_old_decision() -> None:
    session = session_at_items()
    through_reasons(session)
    session.next()
    session.choose_resolution(Resolution.REFUND)
    assert session.back() == Step.ELIGIBILITY
    assert session.resolution is None
    session.back()
    assert session.step == Step.REASONS and session.choices["L1"].reason_code == "too_small"
    session.back()
    session.set_quantity("L3", 2)
    assert session.evaluation is None and session.quote is None


def test_back_from_items_forgets_the_order() -> None:
    session = session_at_items()
    session.back()
    assert session.step == Step.FIND_ORDER and session.order is None and session.choices == {}


def test_cancel_wipes_the_shopper_from_any_step() -> None:
    session = session_at_items()
    through_reasons(session)
    session.cancel()
    assert session.step == Step.WELCOME
    assert session.order is None and session.evaluation is None and session.choices == {}


def test_an_approval_lets_a_held_line_through_and_is_recorded_on_the_case() -> None:
    big = Order.from_dict({**FULL.to_dict(), "number": "R1", "lines": [
        {**FULL.to_dict()["lines"][0], "unit_price": 60000, "tax": 0}],
        "tenders": [{"kind": "card", "amount": 60000}], "discounts": []})
    session = session_at_items(big)
    through_reasons(session)
    assert session.evaluation.decision("L1").verdict == Verdict.NEEDS_APPROVAL
    with pytest.raises(StepBlocked):
        session.next()
    approval = Approval("M001", "customer_goodwill", NOW, "needs_approval", "L1")
    session.approve(approval)
    assert session.evaluation.decision("L1").verdict == Verdict.ELIGIBLE
    session.next()
    session.choose_resolution(Resolution.REFUND)
    session.next()
    case = session.build_case(case_id=CaseId("c"), code=ReturnCode("c"), device_id="d",
                              status=CaseStatus.COMPLETED)
    assert case.approvals == (approval,)


def test_an_order_found_without_a_receipt_needs_a_manager_for_every_line() -> None:
    session = ReturnSession(POLICY, lambda: NOW)
    session.start()
    session.order_found(FULL, without_receipt=True)
    through_reasons(session)
    decision = session.evaluation.decision("L1")
    assert decision.verdict == Verdict.NEEDS_APPROVAL and "no_receipt" in decision.reason_codes
    session.cancel()
    assert session.without_receipt is False


def test_exchange_offers_only_in_stock_variants_of_the_same_product_at_the_same_price() -> None:
    from kiosk.workflow.variants import Variant

    line = FULL.line("L1")
    variants = [
        Variant("SWEATER-M-OAT", line.product_id, {"size": "M", "colour": "Oat"}, line.unit_price, 3),
        Variant("SWEATER-L-OAT", line.product_id, {"size": "L", "colour": "Oat"}, line.unit_price, 0),
        Variant("SWEATER-XL-GOLD", line.product_id, {"size": "XL", "colour": "Gold"}, line.unit_price + 500, 4),
        Variant("TEE-M-WHITE", "P-TEE", {"size": "M"}, line.unit_price, 9),
    ]
    session = ReturnSession(POLICY, lambda: NOW)
    session.start()
    session.order_found(FULL, variants=variants)
    through_reasons(session)
    assert [v.sku for v in session.exchange_choices("L1")] == ["SWEATER-M-OAT"]
    session.next()
    session.choose_resolution(Resolution.EXCHANGE)
    with pytest.raises(StepBlocked):
        session.choose_exchange("L1", "SWEATER-L-OAT")


def test_exchange_is_not_offered_when_nothing_else_is_in_stock() -> None:
    from kiosk.workflow.variants import Variant

    line = FULL.line("L1")
    session = ReturnSession(POLICY, lambda: NOW)
    session.start()
    session.order_found(FULL, variants=[Variant("SWEATER-L-OAT", line.product_id, {"size": "L"}, line.unit_price, 0)])
    through_reasons(session)
    assert not session.quote.option(Resolution.EXCHANGE).available
