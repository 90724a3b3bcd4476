"""The vouchers a case issues, on the shopper's slip: code as text, Code 128 and QR.

A store-credit voucher is what the shopper spends later, so the slip carries it whole: its
code grouped for reading, the amount, until when it can be spent, and both symbols with the
code without dashes (what a point of sale scans). At an unattended kiosk the cash part of a
refund is a voucher too: either store credit, or a voucher to collect the cash at the counter.
A case still waiting for approval issues nothing yet, and says so.
"""

from __future__ import annotations

from typing import Callable

from kiosk.printing.document import QR, Align, Barcode, Block, KeyValues, Rule, Size, Text
from kiosk.printing.wording import Wording
from kiosk.workflow.cases import CaseStatus, ReturnCase, TenderRefund, Voucher
from kiosk.workflow.vouchers import COLLECT_AT_COUNTER, STORE_CREDIT, standing_in_for, voucher_payload

Money = Callable[[int], str]

_HEADINGS = {
    STORE_CREDIT: "Store credit voucher",
    COLLECT_AT_COUNTER: "Cash to collect at the counter",
}
_HOW_TO_USE = {
    STORE_CREDIT: "Spend it in our stores: show this slip at the till. The code is the voucher, keep it safe.",
    COLLECT_AT_COUNTER: "This kiosk does not pay cash. Show this slip at the counter and staff pay you the amount.",
}


def voucher_blocks(case: ReturnCase, wording: Wording, money: Money) -> list[Block]:
    """One section per voucher; a pending case promises the voucher only once approved."""
    if not case.vouchers:
        return []
    if case.status is CaseStatus.PENDING_APPROVAL:
        return [Text(wording("Your voucher is issued once the store approves this return."))]
    blocks: list[Block] = []
    for voucher in case.vouchers:
        blocks += _voucher(voucher, wording, money)
    return blocks


def _voucher(voucher: Voucher, wording: Wording, money: Money) -> list[Block]:
    heading = _HEADINGS.get(voucher.kind, "Voucher")
    rows = [(wording("Voucher code"), voucher.code), (wording("Amount"), money(voucher.amount))]
    if voucher.kind == STORE_CREDIT:
        until = voucher.expires_on.isoformat() if voucher.expires_on else wording("no expiry date")
        rows.append((wording("Valid until"), until))
    payload = voucher_payload(voucher.code)
    return [
        Rule(),
        Text(wording(heading), bold=True, align=Align.CENTER, size=Size.LARGE),
        KeyValues(tuple(rows)),
        Barcode(payload, caption=False),
        QR(payload),
        Text(wording(_HOW_TO_USE.get(voucher.kind, "")), size=Size.SMALL),
    ]


def voucher_summary(case: ReturnCase, wording: Wording, money: Money) -> list[Block]:
    """The store copy's record of the vouchers issued: code, kind and amount, no symbols."""
    if not case.vouchers:
        return []
    rows = tuple((f"{wording(_HEADINGS.get(v.kind, 'Voucher'))}: {v.code}", money(v.amount)) for v in case.vouchers)
    return [Text(wording("Vouchers issued"), bold=True), KeyValues(rows)]


def voucher_destination(case: ReturnCase, tender: TenderRefund, wording: Wording) -> str | None:
    """Where a part of the refund goes when a voucher stands in for it; None: where the tender says."""
    kind = standing_in_for(case, tender)
    if kind is None:
        return None
    if kind == COLLECT_AT_COUNTER:
        return wording("Cash: collect it at the counter")
    return wording("Cash, as a store credit voucher") if tender.kind == "cash" else wording("Store credit voucher")
