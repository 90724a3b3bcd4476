"""What a barcode scan means: a receipt's order barcode, a return code, an online return
authorisation's QR code, or an item's own barcode (GTIN-8, UPC-A, EAN-13 or GTIN-14).

A receipt barcode carries the order number and a short token derived from the order's email
(``INTAKE1:R100001:7K3QX9``). Scanning it proves the shopper holds the receipt, so the kiosk
can skip typing the email without ever printing the email itself; the token cannot be made
up without knowing the email.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import Enum

from kiosk.workflow.authorisations import (
    AuthorisationCode,
    InvalidAuthorisationCode,
    is_authorisation_payload,
    parse_authorisation_code,
)
from kiosk.workflow.ids import ALPHABET, InvalidReturnCode, ReturnCode, parse_return_code
from kiosk.workflow.orders import Order, normalise_email

RECEIPT_PREFIX = "INTAKE1"
_TOKEN_LENGTH = 8


class ScanKind(str, Enum):
    RECEIPT = "receipt"
    RETURN_CODE = "return_code"
    AUTHORISATION = "authorisation"
    ITEM = "item"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Scan:
    kind: ScanKind
    order_number: str = ""
    token: str = ""
    return_code: ReturnCode | None = None
    authorisation_code: AuthorisationCode | None = None
    #: an item barcode, as GTIN-14 (shorter ones padded with zeros, as GS1 compares them)
    gtin: str = ""


def receipt_token(order_number: str, email: str) -> str:
    digest = hashlib.sha256(f"{order_number.upper()}\n{normalise_email(email)}".encode()).digest()
    value = int.from_bytes(digest[:8], "big")
    return "".join(ALPHABET[(value >> (5 * i)) & 31] for i in range(_TOKEN_LENGTH))


def receipt_barcode(order: Order) -> str:
    """The text printed as the order barcode on receipts and order e-mails."""
    return f"{RECEIPT_PREFIX}:{order.number}:{receipt_token(order.number, order.customer.email)}"


GTIN_LENGTHS = (8, 12, 13, 14)


def gtin_check_digit(digits: str) -> str:
    """The GS1 check digit for the digits before it (weights 3 and 1 from the right)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return str((10 - total % 10) % 10)


def normalise_gtin(text: str | None) -> str | None:
    """A valid GTIN-8/12/13/14 as GTIN-14 (zero-padded), or None when it is not one."""
    raw = (text or "").strip()
    if len(raw) not in GTIN_LENGTHS or not raw.isdigit() or not raw.isascii():
        return None
    if gtin_check_digit(raw[:-1]) != raw[-1]:
        return None
    return raw.zfill(14)


def same_gtin(a: str | None, b: str | None) -> bool:
    """Whether two barcodes name the same item (EAN-13 and its UPC-A are one number)."""
    left, right = normalise_gtin(a), normalise_gtin(b)
    return left is not None and left == right


def parse_scan(text: str) -> Scan:
    raw = text.strip()
    parts = raw.split(":")
    if len(parts) == 3 and parts[0].upper() == RECEIPT_PREFIX and parts[1] and parts[2]:
        return Scan(ScanKind.RECEIPT, order_number=parts[1].upper(), token=parts[2].upper())
    if is_authorisation_payload(raw) or raw.upper().startswith("A") and len(raw.replace("-", "")) >= 12:
        try:
            return Scan(ScanKind.AUTHORISATION, authorisation_code=parse_authorisation_code(raw))
        except InvalidAuthorisationCode:
            if is_authorisation_payload(raw):
                return Scan(ScanKind.UNKNOWN)
    gtin = normalise_gtin(raw)
    if gtin is not None:
        return Scan(ScanKind.ITEM, gtin=gtin)
    try:
        return Scan(ScanKind.RETURN_CODE, return_code=parse_return_code(raw))
    except InvalidReturnCode:
        return Scan(ScanKind.UNKNOWN)


def receipt_matches(scan: Scan, order: Order) -> bool:
    return scan.kind == ScanKind.RECEIPT and scan.token == receipt_token(order.number, order.customer.email)
