"""Splitting a refund back over the tenders that paid the order.

The refund fills the order's tenders in the policy's ``tender_order`` (default: gift card,
store credit, card, cash), each up to what it paid less what earlier returns already sent
back to it. Stored value thus goes back to stored value first (a gift-card portion returns to
the gift card) and cash leaves the till last. Tenders of a kind the order lists twice are
filled in the order they appear. A remainder no tender can take (only when the order's
tenders do not cover what it cost) becomes store credit marked ``unallocated`` rather than
an over-refund to a card.
"""

from __future__ import annotations

from typing import Sequence

from kiosk.workflow.cases import TenderRefund
from kiosk.workflow.orders import Order, Tender
from kiosk.workflow.policy import DEFAULT_TENDER_ORDER
from kiosk.workflow.refunds import OrderValues

UNALLOCATED = "unallocated"


def refund_order(tenders: Sequence[Tender], tender_order: Sequence[str]) -> list[Tender]:
    """The tenders in the order a refund fills them; kinds the policy does not list come last."""
    ranking = list(tender_order) + [k for k in DEFAULT_TENDER_ORDER if k not in tender_order]

    def rank(item: tuple[int, Tender]) -> tuple[int, int]:
        position, tender = item
        return (ranking.index(tender.kind) if tender.kind in ranking else len(ranking), position)

    return [tender for _, tender in sorted(enumerate(tenders), key=rank)]


def split_refund(amount: int, tenders: Sequence[Tender], tender_order: Sequence[str], already_refunded: int = 0) -> tuple[TenderRefund, ...]:
    """Refund ``amount`` over the tenders; ``already_refunded`` is what earlier returns took, in the same order."""
    parts: list[TenderRefund] = []
    used_before, left = already_refunded, amount
    for tender in refund_order(tenders, tender_order):
        room = tender.amount - min(used_before, tender.amount)
        used_before = max(0, used_before - tender.amount)
        take = min(room, left)
        if take > 0:
            parts.append(TenderRefund(tender.kind, take, tender.reference))
            left -= take
    if left > 0:
        parts.append(TenderRefund("store_credit", left, UNALLOCATED))
    return tuple(parts)


def refunded_before(order: Order) -> int:
    """What earlier returns of the order are worth, assuming each was refunded the same way.

    The order records returned quantities, not where their money went; counting them as
    refunds in tender order errs toward the later tenders, never past a tender's amount.
    """
    values = OrderValues(order)
    return sum(values.units(line, 0, line.quantity_returned, with_shipping=False).total for line in order.lines)


def voucher_parts(tender_refunds: Sequence[TenderRefund], *, unattended: bool,
                  unattended_cash: str) -> list[tuple[str, int]]:
    """What of a refund the kiosk hands over as vouchers, as (kind, amount), at most one per kind.

    Money going back to store credit always becomes a store-credit voucher. An unattended
    kiosk never pays cash: the cash part becomes a store-credit voucher or, as the policy's
    ``unattended_cash`` says, a voucher the shopper takes to the counter to collect the cash.
    The tender refunds themselves stay as split (central re-checks them); the vouchers say
    how the store-credit and cash parts are handed over.
    """
    totals: dict[str, int] = {}
    for part in tender_refunds:
        kind = None
        if part.kind == "store_credit":
            kind = "store_credit"
        elif part.kind == "cash" and unattended:
            kind = unattended_cash
        if kind is not None and part.amount > 0:
            totals[kind] = totals.get(kind, 0) + part.amount
    return [(kind, totals[kind]) for kind in ("store_credit", "collect_at_counter") if kind in totals]


def cash_to_pay(tender_refunds: Sequence[TenderRefund], *, unattended: bool) -> int:
    """The cash a person hands over now: only at a staffed kiosk (unattended, vouchers stand in)."""
    return 0 if unattended else sum(part.amount for part in tender_refunds if part.kind == "cash")
