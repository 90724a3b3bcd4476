"""How a case is settled, in words: the headline, the totals, where each amount goes.

Each resolution says what it is: a refund names the card or gift card it goes back to, store
credit shows its total and bonus (never "Refund total $0.00"), an exchange says what is
swapped for what and that nothing is paid. A case waiting for approval promises nothing: it
says the amount is requested and what happens next. Figures a case does not carry are left
out rather than guessed; timing is printed only when the caller has words for it.
"""

from __future__ import annotations

import re

from kiosk.printing.case_context import CaseContext, ExchangeItem, LineMoney
from kiosk.printing.document import Align, Block, KeyValues, Notice, Size, Text
from kiosk.printing.vouchers import voucher_destination
from kiosk.printing.wording import Wording
from kiosk.workflow.cases import CaseLine, CaseStatus, Resolution, ReturnCase, TenderRefund

#: what the amount column of the item table holds, per resolution
AMOUNT_HEADERS = {
    Resolution.REFUND: "Refund",
    Resolution.KEEP_ITEM: "Refund",
    Resolution.STORE_CREDIT: "Credit",
    Resolution.EXCHANGE: "",
}
RESOLUTIONS = {
    Resolution.REFUND: "Refund to original payment",
    Resolution.STORE_CREDIT: "Store credit",
    Resolution.EXCHANGE: "Exchange",
    Resolution.KEEP_ITEM: "Refund, keep the items",
}
_HEADLINES = {
    Resolution.REFUND: "Refund: {amount}",
    Resolution.KEEP_ITEM: "Refund: {amount}. You keep the items.",
    Resolution.STORE_CREDIT: "Store credit: {amount}",
    Resolution.EXCHANGE: "Exchange: nothing to pay",
}
_TRAILING_DIGITS = re.compile(r"(\d{2,4})\D*$")


def pending(case: ReturnCase) -> bool:
    return case.status is CaseStatus.PENDING_APPROVAL


def money(amount: int, case: ReturnCase, wording: Wording) -> str:
    return wording.money(amount, case.currency)


def headline(case: ReturnCase, wording: Wording) -> list[Block]:
    """The first thing the shopper reads: what they get, or that nothing is decided yet."""
    if pending(case):
        return [Notice(wording("NOT APPROVED YET: nothing has been refunded or credited. The store must approve this return first."))]
    amount = case.credit_total if case.resolution is Resolution.STORE_CREDIT else case.refund_total
    text = wording(_HEADLINES[case.resolution], amount=money(amount, case, wording))
    return [Text(text, bold=True, align=Align.CENTER, size=Size.LARGE)]


def totals(case: ReturnCase, context: CaseContext, wording: Wording) -> list[Block]:
    """The totals and, for money that moves, where each part goes."""
    if case.resolution is Resolution.EXCHANGE:
        return [KeyValues(((wording("Price difference"), wording("None: an even exchange")),))]
    if case.resolution is Resolution.STORE_CREDIT:
        return [_credit_totals(case, context, wording)]
    key = wording("Refund requested") if pending(case) else wording("Refund total")
    return [KeyValues(((key, money(case.refund_total, case, wording)),)), *_destinations(case, context, wording)]


def next_steps(case: ReturnCase, wording: Wording) -> list[Block]:
    if not pending(case):
        return []
    return [Text(wording("What happens next: the store reviews this return. Once it is approved, it is settled "
                         "as shown above. Please ask a member of staff if you have questions."))]


def _credit_totals(case: ReturnCase, context: CaseContext, wording: Wording) -> KeyValues:
    key = wording("Store credit requested") if pending(case) else wording("Store credit total")
    rows = [(key, money(case.credit_total, case, wording))]
    if context.credit_bonus:
        rows.append((wording("Includes a bonus of"), money(context.credit_bonus, case, wording)))
    return KeyValues(tuple(rows))


def _destinations(case: ReturnCase, context: CaseContext, wording: Wording) -> list[Block]:
    if not case.tender_refunds:
        return [Text(wording("The refund goes back to the way you paid."))] if not pending(case) else []
    heading = wording("If it is approved, it goes to:") if pending(case) else wording("Where your money goes:")
    rows = tuple((voucher_destination(case, t, wording) or destination(t, wording), money(t.amount, case, wording))
                 for t in case.tender_refunds)
    blocks: list[Block] = [Text(heading, bold=True), KeyValues(rows)]
    if not pending(case):
        blocks += _timings(case.tender_refunds, context, wording)
    return blocks


def _timings(tenders: tuple[TenderRefund, ...], context: CaseContext, wording: Wording) -> list[Block]:
    """When each part arrives, only in words someone responsible for it gave."""
    when = {destination(t, wording): context.refund_timing[t.kind] for t in tenders if context.refund_timing.get(t.kind)}
    return [Text(wording("{where}: {when}", where=where, when=text), size=Size.SMALL) for where, text in when.items()]


def destination(tender: TenderRefund, wording: Wording) -> str:
    """Where one part of a refund goes, as the shopper knows it: "Card ending 4242"."""
    found = _TRAILING_DIGITS.search(tender.reference)
    if tender.kind == "card" and found:
        return wording("Card ending {digits}", digits=found.group(1))
    if tender.kind == "gift_card" and found:
        return wording("Gift card ending {digits}", digits=found.group(1))
    return _kind_name(tender.kind, wording)


def _kind_name(kind: str, wording: Wording) -> str:
    names = {"card": "Your card", "gift_card": "Your gift card", "store_credit": "Store credit", "cash": "Cash"}
    return wording(names[kind]) if kind in names else wording.code(kind)


def line_money(line: CaseLine, case: ReturnCase, context: CaseContext, wording: Wording) -> list[str]:
    """Price, discount share, tax, shipping and fee of one line, when the caller has them."""
    parts: LineMoney | None = context.line_money.get(line.line_id)
    if parts is None:
        return []
    rows = [wording("Price paid: {amount}", amount=money(parts.price, case, wording))]
    if parts.discount:
        rows.append(wording("Discount: {amount}", amount=money(-parts.discount, case, wording)))
    if parts.tax:
        rows.append(wording("Tax: {amount}", amount=money(parts.tax, case, wording)))
    if parts.shipping:
        rows.append(wording("Shipping: {amount}", amount=money(parts.shipping, case, wording)))
    if parts.restocking_fee:
        rows.append(wording("Restocking fee: {amount}", amount=money(-parts.restocking_fee, case, wording)))
    return rows


def exchange(line: CaseLine, case: ReturnCase, context: CaseContext, wording: Wording) -> list[str]:
    """What the line is exchanged for, by name and attributes (size, colour)."""
    if line.exchange_sku is None:
        return []
    item = context.exchange_items.get(line.exchange_sku)
    described = _described(item, wording) if item else wording("another size or colour (ref. {sku})", sku=line.exchange_sku)
    if pending(case):
        return [wording("To exchange for: {item}", item=described)]
    return [wording("Exchanged for: {item}", item=described)]


def _described(item: ExchangeItem, wording: Wording) -> str:
    attributes = ", ".join(f"{wording.code(name)}: {value}" for name, value in item.attributes.items() if value)
    return f"{item.title} ({attributes})" if attributes else item.title
