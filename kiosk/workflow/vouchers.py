"""Voucher codes minted on the device, and the vouchers a case issues.

A voucher code is ``V`` + the case's return code body (10 Crockford base32 characters,
unique per case) + one index character (0-9, the Nth voucher of the case) + a mod-37 check
character over all of it, grouped for reading: ``VK7Q-M4TZ-9XH0-C``. Return codes are
unique, so voucher codes are too without asking central; central checks them with the same
``parse_voucher_code``. Any one mistyped character is caught (37 is prime and larger than
the alphabet, as for return codes).

Printed as text, Code 128 and QR; ``voucher_payload`` is what the barcodes carry (no dashes).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import NewType, Sequence
from zoneinfo import ZoneInfo

from kiosk.workflow.cases import ReturnCase, TenderRefund, Voucher
from kiosk.workflow.errors import KioskError
from kiosk.workflow.ids import _DECODE, ALPHABET, CHECK_ALPHABET, parse_return_code

VoucherCode = NewType("VoucherCode", str)

PREFIX = "V"
#: characters of a voucher code without dashes: prefix, return code body, index, check
LENGTH = 1 + 10 + 1 + 1
MAX_VOUCHERS_PER_CASE = 10
STORE_CREDIT = "store_credit"
COLLECT_AT_COUNTER = "collect_at_counter"
_LOOKALIKES = {"O": "0", "I": "1", "L": "1"}


class InvalidVoucherCode(KioskError, ValueError):
    """Text that is not a well-formed voucher code, or whose check character is wrong."""

    default_key = "voucher_code_invalid"


def _value(characters: str) -> int:
    value = 0
    for ch in characters:
        value = value * 32 + _DECODE[ch]
    return value


def _check(characters: str) -> str:
    return CHECK_ALPHABET[_value(characters) % 37]


def _grouped(raw: str) -> VoucherCode:
    return VoucherCode(f"{raw[:4]}-{raw[4:8]}-{raw[8:12]}-{raw[12:]}")


def mint_voucher_code(return_code: str, index: int) -> VoucherCode:
    """The ``index``-th (0-9) voucher code of the case with this return code."""
    if not 0 <= index < MAX_VOUCHERS_PER_CASE:
        raise ValueError(f"a case has at most {MAX_VOUCHERS_PER_CASE} vouchers; index {index}")
    body = parse_return_code(return_code).replace("-", "")[:10]
    head = PREFIX + body + ALPHABET[index]
    return _grouped(head + _check(head))


def parse_voucher_code(text: str) -> VoucherCode:
    """Normalise typed or scanned text (case, dashes, spaces, O/I/L look-alikes) and verify it."""
    raw = text.strip().upper().replace("-", "").replace(" ", "")
    if len(raw) != LENGTH or raw[0] != PREFIX:
        raise InvalidVoucherCode(f"a voucher code is {PREFIX} and {LENGTH - 1} more characters, got {text!r}")
    head = raw[0] + "".join(_LOOKALIKES.get(ch, ch) for ch in raw[1:-1])
    check = _LOOKALIKES.get(raw[-1], raw[-1])
    unknown = [ch for ch in head if ch not in _DECODE]
    if unknown:
        raise InvalidVoucherCode(f"{unknown[0]!r} is not used in voucher codes")
    if head[-1] not in ALPHABET[:MAX_VOUCHERS_PER_CASE]:
        raise InvalidVoucherCode(f"{head[-1]!r} is not a voucher index")
    if check != _check(head):
        raise InvalidVoucherCode("the check character does not match: a character was mistyped",
                                 key="voucher_code_mistyped")
    return _grouped(head + check)


def voucher_payload(code: str) -> str:
    """What the voucher's Code 128 and QR carry: the code without dashes."""
    return code.replace("-", "")


def voucher_return_code_body(code: str) -> str:
    """The return code body (10 characters) inside a voucher code: which case issued it."""
    return parse_voucher_code(code).replace("-", "")[1:11]


def expiry_date(issued_at: datetime, timezone: str, days: int | None) -> date | None:
    """The last store-local day a voucher issued at ``issued_at`` can be spent (None: never expires)."""
    if days is None:
        return None
    return issued_at.astimezone(ZoneInfo(timezone)).date() + timedelta(days=days)


def issue_vouchers(return_code: str, currency: str, parts: Sequence[tuple[str, int]],
                   expires_on: date | None) -> tuple[Voucher, ...]:
    """The case's vouchers, one per (kind, amount) part with an amount, numbered from 0.

    Store credit expires as the policy says; cash to collect at the counter does not.
    """
    vouchers: list[Voucher] = []
    for kind, amount in parts:
        if amount <= 0:
            continue
        code = mint_voucher_code(return_code, len(vouchers))
        expiry = expires_on if kind == STORE_CREDIT else None
        vouchers.append(Voucher(code, amount, currency, expiry, kind))
    return tuple(vouchers)


def standing_in_for(case: ReturnCase, tender: TenderRefund) -> str | None:
    """The kind of the case's voucher that pays this part of its refund, if one does: money
    back to store credit, and the cash an unattended kiosk did not pay (None: the tender itself)."""
    kinds = {voucher.kind for voucher in case.vouchers}
    if tender.kind == "store_credit" and STORE_CREDIT in kinds:
        return STORE_CREDIT
    if tender.kind != "cash":
        return None
    if COLLECT_AT_COUNTER in kinds:
        return COLLECT_AT_COUNTER
    credit = sum(voucher.amount for voucher in case.vouchers if voucher.kind == STORE_CREDIT)
    stored = case.credit_total + sum(t.amount for t in case.tender_refunds if t.kind == "store_credit")
    return STORE_CREDIT if credit > stored else None
