from __future__ import annotations

from datetime import datetime, timezone

from kiosk.demo import showcase_orders
from kiosk.workflow.ids import mint_return_code
from kiosk.workflow.orders import Order
from kiosk.workflow.scans import ScanKind, parse_scan, receipt_barcode, receipt_matches

ORDER = Order.from_dict(showcase_orders(datetime(2026, 11, 27, tzinfo=timezone.utc))[0])


def test_a_receipt_barcode_names_the_order_and_matches_only_it() -> None:
    scan = parse_scan(receipt_barcode(ORDER) + "\r")
    assert scan.kind == ScanKind.RECEIPT and scan.order_number == ORDER.number
    assert receipt_matches(scan, ORDER)
    other = Order.from_dict({**ORDER.to_dict(), "customer": {"email": "someone@example.com"}})
    assert not receipt_matches(scan, other)


def test_a_receipt_barcode_never_shows_the_email() -> None:
    assert ORDER.customer.email.split("@")[0] not in receipt_barcode(ORDER)


def test_a_return_code_scan_is_recognised_and_garbage_is_not() -> None:
    code = mint_return_code(99)
    assert parse_scan(code.replace("-", "")).return_code == code
    assert parse_scan("hello world").kind == ScanKind.UNKNOWN
    assert parse_scan("INTAKE1::").kind == ScanKind.UNKNOWN
