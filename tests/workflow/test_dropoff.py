"""Online returns dropped off at the kiosk: the code, the scans, the item check and the wizard's path."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from kiosk.demo import showcase_orders
from kiosk.resources import resource
from kiosk.workflow.authorisations import (
    Authorisation,
    DropoffRefused,
    InvalidAuthorisationCode,
    check_dropoff,
    mint_authorisation_code,
    parse_authorisation_code,
    qr_payload,
)
from kiosk.workflow.case_rules import CustomerHistory
from kiosk.workflow.cases import Resolution
from kiosk.workflow.dropoff import ExpectedLine, ItemRefused, Verification
from kiosk.workflow.eligibility import Verdict
from kiosk.workflow.ids import CaseId, ReturnCode, mint_return_code
from kiosk.workflow.orders import Order
from kiosk.workflow.policy import load_policy_file
from kiosk.workflow.scans import ScanKind, normalise_gtin, parse_scan, receipt_barcode
from kiosk.workflow.wizard import ReturnSession, Step, StepBlocked

NOW = datetime(2026, 11, 27, 15, tzinfo=timezone.utc)
POLICY = load_policy_file(resource("demo", "policy.json"))
FULL, PARTLY, _ = (Order.from_dict(d) for d in showcase_orders(NOW))


def authorisation_for(order: Order, *lines: tuple[str, int], status: str = "authorised",
                      resolution: str = "refund", expires_in_days: int = 14, **extra: Any) -> Authorisation:
    return Authorisation.from_dict({
        "code": mint_authorisation_code(987654321), "status": status, "order_number": order.number,
        "store_id": order.store_id, "created_at": "2026-11-26T10:00:00Z",
        "expires_at": (NOW + timedelta(days=expires_in_days)).isoformat(), "currency": order.currency,
        "resolution": resolution, **extra,
        "lines": [{"line_id": line_id, "sku": order.line(line_id).sku, "title": order.line(line_id).title,
                   "quantity": quantity, "reason_code": "too_small", "condition": "unopened",
                   "gtin": order.line(line_id).gtin, "image_url": None} for line_id, quantity in lines],
    })


# --- the code and what the scanner reads ---------------------------------------------------

def test_an_authorisation_code_survives_case_dashes_lookalikes_and_its_qr_prefix() -> None:
    code = mint_authorisation_code(0x3FF_1234_5678)
    assert code.startswith("A") and len(code.replace("-", "")) == 12
    assert parse_authorisation_code(code.lower().replace("-", " ")) == code
    assert parse_authorisation_code(qr_payload(code)) == code
    assert qr_payload(code) == "INTAKE-RA:" + code.replace("-", "")


@pytest.mark.parametrize("text", ["A000-0000-C1SX", "B000-0000-C1SW", "A000-0000-C1", "A000-0000-C1S*-9"])
def test_a_mistyped_or_foreign_authorisation_code_is_refused(text: str) -> None:
    with pytest.raises(InvalidAuthorisationCode):
        parse_authorisation_code(text)


def test_the_scanner_tells_receipts_return_codes_authorisations_and_item_barcodes_apart() -> None:
    code = mint_authorisation_code(42)
    assert parse_scan(receipt_barcode(FULL)).kind == ScanKind.RECEIPT
    assert parse_scan(str(mint_return_code(42))).kind == ScanKind.RETURN_CODE
    scanned = parse_scan(qr_payload(code))
    assert scanned.kind == ScanKind.AUTHORISATION and scanned.authorisation_code == code
    assert parse_scan(code).kind == ScanKind.AUTHORISATION
    assert parse_scan("INTAKE-RA:A0000000C1SX").kind == ScanKind.UNKNOWN  # a damaged QR is not a return code
    for barcode in ("96385074", "036000291452", "4006381333931", "10036000291459"):
        item = parse_scan(barcode)
        assert item.kind == ScanKind.ITEM and len(item.gtin) == 14
    assert parse_scan("4006381333932").kind == ScanKind.UNKNOWN  # wrong check digit


def test_a_upc_a_and_its_ean_13_are_one_item() -> None:
    assert normalise_gtin("036000291452") == normalise_gtin("0036000291452") == "00036000291452"
    assert normalise_gtin("03600029145x") is None


# --- whether it can be dropped off --------------------------------------------------------

@pytest.mark.parametrize(("status", "days", "key"), [
    ("dropped_off", 14, "authorisation_dropped_off"), ("refunded", 14, "authorisation_dropped_off"),
    ("expired", 14, "authorisation_expired"), ("authorised", -1, "authorisation_expired"),
])
def test_a_used_or_expired_authorisation_cannot_be_dropped_off(status: str, days: int, key: str) -> None:
    with pytest.raises(DropoffRefused) as refused:
        check_dropoff(authorisation_for(FULL, ("L1", 1), status=status, expires_in_days=days), NOW)
    assert refused.value.key == key


def test_an_unknown_authorisation_says_so() -> None:
    with pytest.raises(DropoffRefused) as refused:
        check_dropoff(None, NOW)
    assert refused.value.key == "authorisation_unknown"


def test_the_authorisation_document_round_trips_with_fields_of_a_newer_central() -> None:
    auth = authorisation_for(FULL, ("L1", 1), note_for_staff="fragile")
    again = Authorisation.from_dict(auth.to_dict())
    assert again == auth and again.to_dict()["note_for_staff"] == "fragile"


# --- checking the items -------------------------------------------------------------------

def test_each_unit_is_verified_once_and_a_foreign_item_is_refused() -> None:
    check = Verification.of([ExpectedLine("L1", "Tee", 2, "4006381333931"), ExpectedLine("L2", "Card", 1, None)])
    with pytest.raises(ItemRefused) as foreign:
        check.scan("036000291452")
    assert foreign.value.key == "item_not_authorised"
    assert check.scan("4006381333931") == "L1" and check.remaining("L1") == 1
    assert check.scan("04006381333931") == "L1"  # the same number as GTIN-14
    with pytest.raises(ItemRefused) as again:
        check.scan("4006381333931")
    assert again.value.key == "item_already_verified"
    assert check.needs_staff("L2") and not check.complete
    check.confirm_by_sight("L2", "M001")
    assert check.complete
    assert (check.verified_by("L1"), check.verified_by("L2")) == ("scan", "staff_sight")
    assert check.confirmed_by == {"L2": ["M001"]}


# --- the wizard's path --------------------------------------------------------------------

def dropoff_session(auth: Authorisation, order: Order = FULL) -> ReturnSession:
    session = ReturnSession(POLICY, lambda: NOW)
    session.authorisation_found(auth, order)
    return session


def test_a_dropoff_comes_preselected_and_goes_to_the_review_once_every_item_is_checked() -> None:
    session = dropoff_session(authorisation_for(FULL, ("L1", 1), ("L3", 2)))
    assert session.step == Step.VERIFY
    assert [(s.line_id, s.quantity, s.reason_code) for s in session.selections()] == [
        ("L1", 1, "too_small"), ("L3", 2, "too_small")]
    with pytest.raises(StepBlocked):
        session.next()  # nothing checked yet
    with pytest.raises(ItemRefused):
        session.verify_scan(FULL.line("L2").gtin or "")  # on the order, but not authorised
    session.verify_scan(FULL.line("L1").gtin or "")
    session.verify_scan(FULL.line("L3").gtin or "")
    session.confirm_by_sight("L3", "M001")
    assert session.next() == Step.REVIEW and session.resolution == Resolution.REFUND
    case = session.build_case(case_id=CaseId("c-1"), code=ReturnCode("0000-0000-000"), device_id="d1")
    assert case.authorisation_code == session.authorisation.code
    assert [(l.line_id, l.gtin, l.verified_by) for l in case.lines] == [
        ("L1", FULL.line("L1").gtin, "scan"), ("L3", FULL.line("L3").gtin, "staff_sight")]
    assert case.refund_total > 0


def test_at_dropoff_the_rules_decide_again() -> None:
    """The scarf is final sale: authorised online or not, the kiosk refuses it and says why."""
    session = dropoff_session(authorisation_for(PARTLY, ("L1", 1), ("L3", 1)), PARTLY)
    session.verify_scan(PARTLY.line("L1").gtin or "")
    session.verify_scan(PARTLY.line("L3").gtin or "")
    assert session.next() == Step.ELIGIBILITY
    assert [d.line_id for d in session.held_lines()] == ["L3"]


def test_back_from_a_dropoff_returns_to_the_check_and_then_ends_it() -> None:
    session = dropoff_session(authorisation_for(FULL, ("L1", 1)))
    session.verify_scan(FULL.line("L1").gtin or "")
    session.next()
    assert session.back() == Step.VERIFY and session.verification is not None
    assert session.back() == Step.WELCOME and session.authorisation is None and session.order is None


def test_an_authorisation_for_lines_the_order_lacks_is_refused() -> None:
    auth = authorisation_for(FULL, ("L1", 1))
    with pytest.raises(DropoffRefused):
        dropoff_session(auth, PARTLY)


def test_a_frequent_returner_s_dropoff_is_held_for_staff_like_any_return() -> None:
    session = ReturnSession(POLICY, lambda: NOW)
    session.authorisation_found(authorisation_for(FULL, ("L1", 1)), FULL,
                                history=CustomerHistory(returns_in_period=50, refunded_in_period=50))
    session.verify_scan(FULL.line("L1").gtin or "")
    assert session.next() == Step.ELIGIBILITY
    assert [d.verdict for d in session.held_lines()] == [Verdict.NEEDS_APPROVAL]
