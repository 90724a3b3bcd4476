"""What a barcode scan means: a receipt's order barcode or a return code.

A receipt barcode carries the order number and a short token derived from the order's email
(``INTAKE1:R100001:7K3QX9``). Scanning it proves the shopper holds the receipt, so the kiosk
can skip typing the email without ever printing the email itself; the token cannot be made
up without knowing the email.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import Enum

from kiosk.workflow.ids import ALPHABET, InvalidReturnCode, ReturnCode, parse_return_code
from kiosk.workflow.orders import Order, normalise_email

RECEIPT_PREFIX = "INTAKE1"
_TOKEN_LENGTH = 8


class ScanKind(str, Enum):
    RECEIPT = "receipt"
    RETURN_CODE = "return_code"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Scan:
    kind: ScanKind
    order_number: str = ""
    token: str = ""
    return_code: ReturnCode | None = None


def receipt_token(order_number: str, email: str) -> str:
    digest = hashlib.sha256(f"{order_number.upper()}\n{normalise_email(email)}".encode()).digest()
    value = int.from_bytes(digest[:8], "big")
    return "".join(ALPHABET[(value >> (5 * i)) & 31] for i in range(_TOKEN_LENGTH))


def receipt_barcode(order: Order) -> str:
    """The text printed as the order barcode on receipts and order e-mails."""
    return f"{RECEIPT_PREFIX}:{order.number}:{receipt_token(order.number, order.customer.email)}"


def parse_scan(text: str) -> Scan:
    raw = text.strip()
    parts = raw.split(":")
    if len(parts) == 3 and parts[0].upper() == RECEIPT_PREFIX and parts[1] and parts[2]:
        return Scan(ScanKind.RECEIPT, order_number=parts[1].upper(), token=parts[2].upper())
    try:
        return Scan(ScanKind.RETURN_CODE, return_code=parse_return_code(raw))
    except InvalidReturnCode:
        return Scan(ScanKind.UNKNOWN)


def receipt_matches(scan: Scan, order: Order) -> bool:
    return scan.kind == ScanKind.RECEIPT and scan.token == receipt_token(order.number, order.customer.email)
