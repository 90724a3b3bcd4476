"""What each document says, independent of the medium it prints on."""

from __future__ import annotations

from kiosk.printing.document import QR, Barcode, DocumentKind, ItemTable, Notice, PageFormat
from kiosk.printing.documents import LABEL_MAX_ITEMS, refusal_slip, return_label, return_slip, store_copy, test_page
from kiosk.printing.wording import Wording
from kiosk.workflow.cases import CaseStatus
from tests.printing.conftest import CREATED, make_case, manager_approval


def blocks_of(document, kind):  # noqa: ANN001, ANN201
    return [block for block in document.blocks if isinstance(block, kind)]


def test_return_slip_carries_the_code_as_text_code128_and_qr(case, store) -> None:  # noqa: ANN001
    slip = return_slip(case, store)
    assert slip.kind is DocumentKind.SLIP and slip.page is PageFormat.RECEIPT
    assert [b.data for b in blocks_of(slip, Barcode)] == [case.code]
    assert [b.data for b in blocks_of(slip, QR)] == [case.code]
    text = "\n".join(slip.text_lines())
    assert f"Return code: {case.code}" in text
    assert "Order: 100234" in text
    assert "Refund total: €103.96" in text
    assert "Refund to Card: €103.96" in text


def test_times_print_in_the_stores_timezone(case, store) -> None:  # noqa: ANN001
    assert "Date: 2026-11-27 15:30" in return_slip(case, store).text_lines()  # 14:30 UTC in Paris


def test_a_pending_approval_slip_says_so_before_anything_else(store) -> None:  # noqa: ANN001
    pending = make_case(status=CaseStatus.PENDING_APPROVAL, verdict="needs_approval")
    slip = return_slip(pending, store)
    notices = blocks_of(slip, Notice)
    assert len(notices) == 1 and "PENDING APPROVAL" in notices[0].text
    assert slip.blocks.index(notices[0]) < slip.blocks.index(blocks_of(slip, ItemTable)[0])
    assert "Waiting for a manager's approval" in slip.text_lines()
    assert "Status: Pending approval" in slip.text_lines()


def test_a_completed_slip_has_no_pending_notice(case, store) -> None:  # noqa: ANN001
    assert blocks_of(return_slip(case, store), Notice) == []


def test_store_copy_lists_each_manager_approval(store) -> None:  # noqa: ANN001
    approved = make_case(approvals=(manager_approval(),))
    lines = store_copy(approved, store).text_lines()
    assert "Manager: mgr-ines" in lines
    assert "Reason: Loyal customer" in lines
    assert "Time: 2026-11-27 15:33" in lines
    assert "Overridden verdict: Ineligible" in lines
    assert any(line.startswith("Item: Pull en laine côtelée") for line in lines)
    assert "Note: Cliente fidèle, geste commercial" in lines
    assert "Policy: 2026-11-01" in lines and "Device: kiosk-7" in lines


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


def test_translated_wording_is_used_and_a_broken_translation_falls_back_to_english(case, store) -> None:  # noqa: ANN001
    spanish = {"Return receipt": "Recibo de devolución", "Return code": "Código de devolución",
               "Refund to {tender}": "Reembolso a {tarjeta}"}
    slip = return_slip(case, store, wording=Wording(lambda s: spanish.get(s, s), {"too_small": "Demasiado pequeño"}))
    lines = slip.text_lines()
    assert "Recibo de devolución" in lines
    assert f"Código de devolución: {case.code}" in lines
    assert "Reason: Demasiado pequeño" in lines
    assert "Refund to Card: €103.96" in lines


def test_test_page_shows_the_printer_name_and_accents(store) -> None:  # noqa: ANN001
    page = test_page("counter", store, when=CREATED)
    lines = page.text_lines()
    assert "Printer: counter" in lines
    assert any("é è ê à ç ñ ü ï œ" in line for line in lines)
    assert blocks_of(page, Barcode) and blocks_of(page, QR)
