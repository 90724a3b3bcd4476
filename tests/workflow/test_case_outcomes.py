"""What a decided case carries so it becomes real: vouchers (store credit, and the cash an
unattended kiosk cannot pay), refused lines with why, a disposition per line, each line's money."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from kiosk.resources import resource
from kiosk.workflow.case_outcomes import disposition_changes, policy_dispositions, refund_parts, with_outcomes
from kiosk.workflow.cases import Resolution, ReturnCase, TenderRefund
from kiosk.workflow.dispositions import UnknownDisposition, disposition_for
from kiosk.workflow.ids import CaseId, mint_return_code
from kiosk.workflow.orders import Order
from kiosk.workflow.policy import PolicyError, parse_policy
from kiosk.workflow.tenders import voucher_parts
from kiosk.workflow.vouchers import parse_voucher_code, voucher_return_code_body
from kiosk.workflow.wizard import ReturnSession
from tests.workflow.builders import demo_document, line, order

NOW = datetime(2026, 6, 10, 3, 30, tzinfo=timezone.utc)  # 9 June, late evening, in New York
SCHEMA = json.loads(resource("schemas", "return_case.schema.json").read_text(encoding="utf-8"))


def policy(**changes: Any):
    document = demo_document()
    document["timezone"] = "America/New_York"
    for path, value in changes.items():
        target = document
        *parents, name = path.split("__")
        for parent in parents:
            target = target.setdefault(parent, {})
        target[name] = value
    return parse_policy(document)


def session_for(the_order: Order, picks: dict[str, tuple[int, str, str | None]], resolution: Resolution,
                the_policy=None) -> ReturnSession:
    session = ReturnSession(the_policy or policy(), lambda: NOW)
    session.start()
    session.order_found(the_order)
    for line_id, (quantity, _, _) in picks.items():
        session.set_quantity(line_id, quantity)
    session.next()
    for line_id, (_, reason, condition) in picks.items():
        session.set_reason(line_id, reason, condition)
    session.next()
    if session.accepted_lines():
        session.next()
        session.choose_resolution(resolution)
        session.next()
    return session


def decided(session: ReturnSession, *, unattended: bool = True, dispositions=None) -> ReturnCase:
    case = session.build_case(case_id=CaseId("case-1"), code=mint_return_code(99), device_id="kiosk-1",
                              staff_id=None if unattended else "S100")
    return with_outcomes(case, session, unattended=unattended, dispositions=dispositions)


def paid_with_cash_and_card() -> Order:
    return order(line("L1", unit_price=4000, tax=400), line("L2", unit_price=2000, tax=200),
                 tenders=[{"kind": "card", "amount": 3000, "reference": "visa-4242"},
                          {"kind": "cash", "amount": 3600}])


def test_store_credit_is_one_voucher_worth_the_credit_with_its_bonus_expiring_on_a_store_local_day():
    case = decided(session_for(order(line("L1", unit_price=5000, tax=0)), {"L1": (1, "too_small", "unopened")},
                               Resolution.STORE_CREDIT))
    assert case.credit_total == 5500 and case.credit_bonus == 500  # the demo policy's 10 % bonus
    (voucher,) = case.vouchers
    assert (voucher.kind, voucher.amount, voucher.currency) == ("store_credit", 5500, "USD")
    assert voucher.expires_on == date(2027, 6, 9)  # 365 days from 9 June in New York, not 10 June in UTC
    assert parse_voucher_code(voucher.code) == voucher.code
    assert voucher_return_code_body(voucher.code) == case.code.replace("-", "")[:10]


def test_an_unattended_kiosk_turns_the_cash_part_into_store_credit_by_default():
    case = decided(session_for(paid_with_cash_and_card(), {"L1": (1, "too_small", "unopened"),
                                                           "L2": (1, "too_small", "unopened")}, Resolution.REFUND))
    kinds = {t.kind: t.amount for t in case.tender_refunds}
    assert kinds == {"card": 3000, "cash": 3600}  # the split stays as the policy says: central re-checks it
    (voucher,) = case.vouchers
    assert (voucher.kind, voucher.amount) == ("store_credit", 3600)
    assert [t.kind for t in refund_parts(case)] == ["card"]


def test_an_unattended_kiosk_can_send_the_shopper_to_the_counter_for_the_cash_instead():
    counter = policy(resolutions__refund__unattended_cash="collect_at_counter")
    case = decided(session_for(paid_with_cash_and_card(), {"L1": (1, "too_small", "unopened"),
                                                           "L2": (1, "too_small", "unopened")},
                               Resolution.REFUND, counter))
    (voucher,) = case.vouchers
    assert (voucher.kind, voucher.amount, voucher.expires_on) == ("collect_at_counter", 3600, None)
    assert [t.kind for t in refund_parts(case)] == ["card"]


def test_staff_pay_cash_themselves_so_no_voucher_is_minted():
    case = decided(session_for(paid_with_cash_and_card(), {"L1": (1, "too_small", "unopened"),
                                                           "L2": (1, "too_small", "unopened")}, Resolution.REFUND),
                   unattended=False)
    assert case.vouchers == ()
    assert {t.kind for t in refund_parts(case)} == {"card", "cash"}


@settings(deadline=None)  # a loaded machine must not fail a property
@given(st.lists(st.tuples(st.sampled_from(["card", "gift_card", "cash", "store_credit"]),
                          st.integers(min_value=0, max_value=10**7)), max_size=6),
       st.booleans(), st.sampled_from(["store_credit", "collect_at_counter"]))
def test_vouchers_stand_in_for_exactly_the_stored_value_and_the_cash_nobody_pays(parts, unattended, choice):
    tenders = [TenderRefund(kind, amount) for kind, amount in parts]
    vouchers = dict(voucher_parts(tenders, unattended=unattended, unattended_cash=choice))
    cash = sum(a for k, a in parts if k == "cash")
    stored = sum(a for k, a in parts if k == "store_credit")
    expected: dict[str, int] = {}
    for kind, amount in (("store_credit", stored), (choice, cash if unattended else 0)):
        expected[kind] = expected.get(kind, 0) + amount
    assert vouchers == {k: a for k, a in expected.items() if a}


def test_refused_lines_are_kept_with_their_rule_and_message():
    swimsuit = line("L2", title="Swimsuit", category="swimwear")  # 14 days: a day past, in the grace days
    late = order(line("L1"), swimsuit, placed="2026-05-22T15:00:00Z", delivered="2026-05-25T15:00:00Z")
    session = session_for(late, {"L1": (1, "too_small", "unopened"), "L2": (1, "changed_mind", "unopened")},
                          Resolution.REFUND)
    case = decided(session)
    (refused,) = case.refused_lines
    assert (refused.line_id, refused.title, refused.quantity, refused.reason_code) == ("L2", "Swimsuit", 1,
                                                                                        "changed_mind")
    assert refused.message_key and refused.rule and refused.message_params
    assert [line.line_id for line in case.lines] == ["L1"]
    assert ReturnCase.from_dict(case.to_dict()).refused_lines == case.refused_lines


def test_each_line_carries_its_money_and_the_parts_add_up_to_its_refund():
    discounted = order(line("L1", unit_price=5000, tax=450, quantity=2),
                       discounts=[{"code": "TEN", "amount": 1000}])
    session = session_for(discounted, {"L1": (1, "changed_mind", "opened")}, Resolution.REFUND)
    (returned,) = decided(session).lines
    assert returned.unit_price == 5000 and returned.discount_share == 500 and returned.tax == 225
    assert returned.unit_price - returned.discount_share + returned.tax - returned.restocking_fee == \
        returned.refund_amount


def test_dispositions_follow_the_policy_rules_in_order_and_default_to_restock():
    rules = policy()
    assert disposition_for(rules, "defective", "damaged", "apparel") == "damaged"  # the first rule that matches
    assert disposition_for(rules, "defective", "opened", "apparel") == "vendor"
    assert disposition_for(rules, "too_small", "opened", "apparel") == "restock"
    assert disposition_for(rules, "wrong_item", "opened", "apparel") == "returns_centre"
    assert disposition_for(rules, "wrong_item", "unopened", "apparel") == "restock"


def test_staff_can_send_a_line_elsewhere_and_the_change_is_listed_for_the_audit_log():
    session = session_for(order(line("L1"), line("L2")), {"L1": (1, "too_small", "unopened"),
                                                          "L2": (1, "wrong_item", "opened")}, Resolution.REFUND)
    assert policy_dispositions(session) == {"L1": "restock", "L2": "returns_centre"}
    chosen = {"L1": "damaged", "L2": "returns_centre"}
    case = decided(session, dispositions=chosen)
    assert {line.line_id: line.disposition for line in case.lines} == {"L1": "damaged", "L2": "returns_centre"}
    changes = disposition_changes(session, chosen)
    assert [(c.line_id, c.before, c.after) for c in changes] == [("L1", "restock", "damaged")]
    with pytest.raises(UnknownDisposition):
        decided(session, dispositions={"L1": "landfill"})


def test_an_exchange_names_the_variant_taken():
    from kiosk.workflow.variants import Variant

    the_order = order(line("L1", product_id="P-TEE", sku="TEE-M"))
    session = ReturnSession(policy(), lambda: NOW)
    session.start()
    session.order_found(the_order, variants=[Variant("TEE-L", "P-TEE", {"size": "L", "colour": "Navy"}, 2000, 3)])
    session.set_quantity("L1", 1)
    session.next()
    session.set_reason("L1", "too_small", "unopened")
    session.next()
    session.next()
    session.choose_resolution(Resolution.EXCHANGE)
    session.choose_exchange("L1", "TEE-L")
    session.next()
    (returned,) = decided(session).lines
    assert returned.exchange_title == "Item L1"
    assert returned.exchange_attributes == {"size": "L", "colour": "Navy"}


@pytest.mark.parametrize("resolution", [Resolution.REFUND, Resolution.STORE_CREDIT])
def test_a_case_with_outcomes_is_what_the_schema_describes(resolution):
    case = decided(session_for(paid_with_cash_and_card(), {"L1": (1, "too_small", "unopened")}, resolution))
    Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER).validate(case.to_dict())
    assert ReturnCase.from_dict(case.to_dict(), customer_email=case.customer_email) == case


@pytest.mark.parametrize(("rule", "path"), [
    ({"reasons": ["no_such_reason"], "disposition": "vendor"}, "dispositions.rules[0].reasons[0]"),
    ({"conditions": ["soggy"], "disposition": "damaged"}, "dispositions.rules[0].conditions[0]"),
    ({"reasons": ["defective"], "disposition": "landfill"}, "dispositions.rules[0].disposition"),
])
def test_a_policy_naming_unknown_reasons_conditions_or_dispositions_is_refused(rule, path):
    document = demo_document()
    document["dispositions"] = {"rules": [rule]}
    with pytest.raises(PolicyError) as refused:
        parse_policy(document)
    assert path in [problem.path for problem in refused.value.problems]


def test_a_policy_without_the_new_settings_keeps_their_defaults():
    document = demo_document()
    del document["dispositions"]
    del document["resolutions"]["store_credit"]["expiry_days"]
    del document["resolutions"]["refund"]["unattended_cash"]
    plain = parse_policy(document)
    assert plain.settings.credit_expiry_days == 365 and plain.settings.unattended_cash == "store_credit"
    assert disposition_for(plain, "defective", "damaged", "apparel") == "restock"
