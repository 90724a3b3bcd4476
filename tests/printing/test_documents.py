"""What each document says, independent of the medium it prints on."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kiosk.printing.case_context import CaseContext, ExchangeItem, LineMoney, PolicyLabels
from kiosk.printing.document import QR, Barcode, DocumentKind, ItemTable, Notice, PageFormat
from kiosk.printing.documents import LABEL_MAX_ITEMS, refusal_slip, return_label, return_slip, store_copy, test_page
from kiosk.printing.wording import Wording
from kiosk.resources import resource
from kiosk.workflow.cases import CaseStatus, Resolution, ReturnCase, TenderRefund
from kiosk.workflow.policy import Policy, load_policy_file
from tests.printing.conftest import CREATED, make_case, manager_approval


def blocks_of(document, kind):  # noqa: ANN001, ANN201
    return [block for block in document.blocks if isinstance(block, kind)]


def text_of(document) -> str:  # noqa: ANN001
    return "\n".join(document.text_lines())


def store_credit_case(credit: int = 11436) -> ReturnCase:
    case = make_case()
    return replace(case, resolution=Resolution.STORE_CREDIT, refund_total=0, credit_total=credit, tender_refunds=())


def exchange_case() -> ReturnCase:
    case = make_case(items=2)
    lines = tuple(replace(line, exchange_sku=f"SKU-{i + 1:03d}-M") for i, line in enumerate(case.lines))
    return replace(case, resolution=Resolution.EXCHANGE, lines=lines, refund_total=0, tender_refunds=())


def pending_case() -> ReturnCase:
    return make_case(status=CaseStatus.PENDING_APPROVAL, verdict="needs_approval")


@pytest.fixture(scope="module")
def demo_policy() -> Policy:
    return load_policy_file(resource("demo", "policy.json"))


# --- the return slip: what the shopper gets, per resolution ---------------------------------


def test_return_slip_carries_the_code_as_text_code128_and_qr(case, store) -> None:  # noqa: ANN001
    slip = return_slip(case, store)
    assert slip.kind is DocumentKind.SLIP and slip.page is PageFormat.RECEIPT
    assert [b.data for b in blocks_of(slip, Barcode)] == [case.code]
    assert [b.data for b in blocks_of(slip, QR)] == [case.code]
    text = text_of(slip)
    assert f"Return code: {case.code}" in text
    assert "Order: 100234" in text


def test_a_refund_says_how_much_and_which_card_it_goes_back_to(case, store) -> None:  # noqa: ANN001
    lines = return_slip(case, store).text_lines()
    assert lines[lines.index("Return receipt") + 1] == "Refund: €103.96"
    assert "Refund total: €103.96" in lines
    assert "Where your money goes:" in lines
    assert "Card ending 4242: €103.96" in lines
    assert "Keep this slip as proof of your return." in lines


def test_a_refund_split_over_tenders_names_each_one(store) -> None:  # noqa: ANN001
    case = replace(make_case(), tender_refunds=(TenderRefund("gift_card", 3000, "GC-12345"),
                                                TenderRefund("card", 7396, "VISA •••• 1234")))
    lines = return_slip(case, store).text_lines()
    assert "Gift card ending 2345: €30.00" in lines
    assert "Card ending 1234: €73.96" in lines


def test_keeping_the_items_says_so_and_where_the_refund_goes_without_a_split(store) -> None:  # noqa: ANN001
    kept = replace(make_case(), resolution=Resolution.KEEP_ITEM, tender_refunds=())
    lines = return_slip(kept, store).text_lines()
    assert "Refund: €103.96. You keep the items." in lines
    assert "Resolution: Refund, keep the items" in lines
    assert "The refund goes back to the way you paid." in lines


def test_refund_timing_is_printed_only_when_someone_gave_words_for_it(case, store) -> None:  # noqa: ANN001
    assert "day" not in text_of(return_slip(case, store))
    context = CaseContext(refund_timing={"card": "typically within 5 business days"})
    assert "Card ending 4242: typically within 5 business days" in return_slip(case, store, context=context).text_lines()


def test_store_credit_shows_the_credit_and_its_bonus_never_a_zero_refund(store) -> None:  # noqa: ANN001
    credit = store_credit_case()
    lines = return_slip(credit, store, context=CaseContext(credit_bonus=1040)).text_lines()
    assert lines[lines.index("Return receipt") + 1] == "Store credit: €114.36"
    assert "Store credit total: €114.36" in lines
    assert "Includes a bonus of: €10.40" in lines
    assert not [line for line in lines if "Refund" in line]
    assert "Includes a bonus" not in text_of(return_slip(credit, store))  # no figure, no line


def test_an_exchange_names_what_is_taken_instead_by_name_size_and_colour(store) -> None:  # noqa: ANN001
    exchange = exchange_case()
    items = {"SKU-001-M": ExchangeItem("Pull en laine côtelée", {"size": "M", "colour": "Crème"}),
             "SKU-002-M": ExchangeItem("Camiseta de algodón", {"size": "L", "colour": "Azul"})}
    slip = return_slip(exchange, store, context=CaseContext(exchange_items=items))
    lines = slip.text_lines()
    assert "Exchanged for: Pull en laine côtelée (Size: M, Colour: Crème)" in lines
    assert "Exchanged for: Camiseta de algodón (Size: L, Colour: Azul)" in lines
    assert "Price difference: None: an even exchange" in lines
    assert "Exchange: nothing to pay" in lines
    assert not [line for line in lines if "SKU-" in line or "€" in line or "Refund" in line]


def test_an_exchange_without_names_still_says_what_it_is(store) -> None:  # noqa: ANN001
    assert "Exchanged for: another size or colour (ref. SKU-001-M)" in return_slip(exchange_case(), store).text_lines()


def test_each_line_shows_its_price_discount_tax_and_fee_when_known(case, store) -> None:  # noqa: ANN001
    assert "Tax" not in text_of(return_slip(case, store))  # the case has no tax figures: none invented
    money = {"L1": LineMoney(price=2800, discount=280, tax=454, restocking_fee=375)}
    lines = return_slip(case, store, context=CaseContext(line_money=money)).text_lines()
    first = lines.index("1 x " + case.lines[0].title + " €25.99")
    assert lines[first + 3 : first + 7] == ["Price paid: €28.00", "Discount: -€2.80", "Tax: €4.54", "Restocking fee: -€3.75"]


# --- a case waiting for approval promises nothing -------------------------------------------


def test_a_pending_slip_says_it_is_not_approved_before_anything_else(store) -> None:  # noqa: ANN001
    slip = return_slip(pending_case(), store)
    notices = blocks_of(slip, Notice)
    assert len(notices) == 1 and notices[0].text.startswith("NOT APPROVED YET")
    assert slip.blocks.index(notices[0]) < slip.blocks.index(blocks_of(slip, ItemTable)[0])
    lines = slip.text_lines()
    assert "Return request" in lines and "Return receipt" not in lines
    assert "Status: Not approved yet" in lines
    assert "Waiting for approval" in lines
    assert "Refund requested: €103.96" in lines
    assert "If it is approved, it goes to:" in lines
    assert any(line.startswith("What happens next:") for line in lines)


def test_a_pending_slip_never_words_money_as_paid(store) -> None:  # noqa: ANN001
    text = text_of(return_slip(pending_case(), store, context=CaseContext(refund_timing={"card": "within 5 days"})))
    for promise in ("Refund to Card", "proof of your return", "Refund total", "Where your money goes", "Refund:", "within 5 days"):
        assert promise not in text, promise
    assert "Requested: Refund to original payment" in text
    assert "Keep this slip: your return code identifies this request." in text


def test_a_completed_slip_has_no_pending_notice(case, store) -> None:  # noqa: ANN001
    assert blocks_of(return_slip(case, store), Notice) == []


# --- the store copy ---------------------------------------------------------------------------


def test_store_copy_names_the_manager_and_marks_the_overridden_line(store, demo_policy) -> None:  # noqa: ANN001
    approved = make_case(approvals=(replace(manager_approval(), reason_code="customer_goodwill"),))
    context = CaseContext(labels=PolicyLabels.from_policy(demo_policy),
                          staff_names={"mgr-ines": "Inès Martin", "clerk-2": "Tom Weber"})
    copy = store_copy(approved, store, context=context)
    rows = blocks_of(copy, ItemTable)[0].rows
    assert rows[0].flags == ("OVERRIDE: Customer goodwill, approved by Inès Martin (mgr-ines)",)
    assert [row.flags for row in rows[1:]] == [(), ()]
    lines = copy.text_lines()
    assert "Manager: Inès Martin (mgr-ines)" in lines
    assert "Staff: Tom Weber (clerk-2)" in lines
    assert "Reason: Customer goodwill" in lines
    assert "Overrode: Refused by the policy" in lines
    first, second = (lines.index(f"{line.quantity} x {line.title} {amount}")
                     for line, amount in zip(approved.lines[:2], ("€25.99", "€51.98")))
    marked = [line for line in lines[first:second] if line.startswith("OVERRIDE:")]
    assert marked == ["OVERRIDE: Customer goodwill, approved by Inès Martin (mgr-ines)"]
    assert sum(line.startswith("OVERRIDE:") for line in lines) == 1  # only that line


def test_store_copy_falls_back_to_the_staff_id_and_keeps_the_audit_facts(store) -> None:  # noqa: ANN001
    approved = make_case(approvals=(manager_approval(),))
    lines = store_copy(approved, store).text_lines()
    assert "Manager: mgr-ines" in lines
    assert "Reason: Loyal customer" in lines
    assert "Time: 2026-11-27 15:33" in lines
    assert any(line.startswith("Item: Pull en laine côtelée") for line in lines)
    assert "Note: Cliente fidèle, geste commercial" in lines
    assert "Policy: 2026-11-01" in lines and "Device: kiosk-7" in lines
    assert "OVERRIDE: Loyal customer, approved by mgr-ines" in lines


# --- the policy's own words -----------------------------------------------------------------


def test_reasons_and_conditions_print_in_the_policys_own_words(case, store, demo_policy) -> None:  # noqa: ANN001
    context = CaseContext(labels=PolicyLabels.from_policy(demo_policy))
    lines = return_slip(replace(case, lines=(replace(case.lines[0], condition="unopened"), *case.lines[1:])),
                        store, context=context).text_lines()
    assert "Reason: Changed my mind" in lines  # the policy's label, not the code made readable
    assert "Condition: Unopened, with tags" in lines
    label = return_label(case, store, context=context).text_lines()
    assert "Reason: Too small; Changed my mind" in label


def test_policy_labels_can_be_translated_and_unknown_codes_stay_readable(case, store, demo_policy) -> None:  # noqa: ANN001
    spanish = {"Changed my mind": "Cambié de opinión"}
    labels = PolicyLabels.from_policy(demo_policy, translate=lambda text: spanish.get(text, text))
    lines = return_slip(case, store, context=CaseContext(labels=labels)).text_lines()
    assert "Reason: Cambié de opinión" in lines
    assert "Condition: Unworn" in lines  # not in the policy: Wording's fallback


# --- labels, refusals, wording, test page ---------------------------------------------------


def test_label_is_4x6_with_both_addresses_and_caps_long_item_lists(store) -> None:  # noqa: ANN001
    big = make_case(items=LABEL_MAX_ITEMS + 3)
    label = return_label(big, store, ("Ana Núñez", "Calle Mayor 1", "28013 Madrid"))
    assert label.page is PageFormat.LABEL_4X6
    lines = label.text_lines()
    assert "Calle Mayor 1" in lines and "69000 Lyon" in lines
    table = blocks_of(label, ItemTable)[0]
    assert len(table.rows) == LABEL_MAX_ITEMS + 1
    assert table.rows[-1].title == "and 4 more items"  # 3 hidden lines, quantities 2 + 1 + 2 (0-based i = 7 is odd)
    assert "Reason: Too small; Changed mind" in lines


def test_refusal_slip_explains_each_refused_item_in_the_words_given(store) -> None:  # noqa: ANN001
    reasons = [("Bañador azul", "Los bañadores se pueden devolver en 14 días; el suyo se entregó hace 20 días.")]
    slip = refusal_slip(store, reasons, order_number="100234", when=CREATED)
    lines = slip.text_lines()
    assert slip.kind is DocumentKind.REFUSAL
    assert "Bañador azul" in lines and reasons[0][1] in lines
    assert "Order: 100234" in lines


def test_a_refusal_slip_with_nothing_to_explain_is_refused(store) -> None:  # noqa: ANN001
    with pytest.raises(ValueError, match="at least one refused item"):
        refusal_slip(store, [], order_number="100234")


def test_translated_wording_is_used_and_a_broken_translation_falls_back_to_english(case, store) -> None:  # noqa: ANN001
    spanish = {"Return receipt": "Recibo de devolución", "Return code": "Código de devolución",
               "Card ending {digits}": "Tarjeta terminada en {numero}"}
    slip = return_slip(case, store, wording=Wording(lambda s: spanish.get(s, s), {"too_small": "Demasiado pequeño"}))
    lines = slip.text_lines()
    assert "Recibo de devolución" in lines
    assert f"Código de devolución: {case.code}" in lines
    assert "Reason: Demasiado pequeño" in lines
    assert "Card ending 4242: €103.96" in lines


def test_test_page_shows_the_printer_name_and_accents(store) -> None:  # noqa: ANN001
    page = test_page("counter", store, when=CREATED)
    lines = page.text_lines()
    assert "Printer: counter" in lines
    assert any("é è ê à ç ñ ü ï œ" in line for line in lines)
    assert blocks_of(page, Barcode) and blocks_of(page, QR)
