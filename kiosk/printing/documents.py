"""One builder per printed document, from a saved return case and the store.

The builders only choose and word the content; they never format for a medium. Times print
in the store's timezone (DESIGN §3: stored UTC, shown local), money through ``format_money``.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.printing.document import (
    QR,
    Address,
    Align,
    Barcode,
    Block,
    Columns,
    Document,
    DocumentKind,
    Footer,
    ItemRow,
    ItemTable,
    KeyValues,
    Notice,
    PageFormat,
    Rule,
    Size,
    Text,
    Title,
)
from kiosk.printing.wording import ENGLISH, Wording
from kiosk.workflow.cases import CaseLine, CaseStatus, Resolution, ReturnCase
from kiosk.workflow.line_rules import Verdict
from kiosk.workflow.money import Money, format_money
from kiosk.workflow.store import Store

LABEL_MAX_ITEMS = 6
LABEL_TITLE_LENGTH = 44
TEST_CODE = "TEST-0000-000"
ACCENT_SAMPLE = "é è ê à ç ñ ü ï œ « » ¿ ¡ €"

_RESOLUTIONS = {
    Resolution.REFUND: "Refund to original payment",
    Resolution.STORE_CREDIT: "Store credit",
    Resolution.EXCHANGE: "Exchange",
    Resolution.KEEP_ITEM: "Keep the item",
}


def local_time(moment: datetime, store: Store) -> str:
    """A timestamp as the shop's clock shows it; UTC, labelled, if the zone is unknown."""
    try:
        return moment.astimezone(ZoneInfo(store.timezone)).strftime("%Y-%m-%d %H:%M")
    except (ZoneInfoNotFoundError, ValueError):
        return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def return_slip(case: ReturnCase, store: Store, *, wording: Wording = ENGLISH) -> Document:
    """The shopper's proof of return: what was returned, how it is settled, the code."""
    blocks: list[Block] = [*_store_header(store), Text(wording("Return receipt"), bold=True, align=Align.CENTER)]
    blocks += _pending_notice(case, wording)
    blocks += [_case_facts(case, store, wording), Rule(), _items(case, wording), _totals(case, wording), Rule()]
    blocks += [Barcode(case.code), QR(case.code)]
    blocks.append(Footer(wording("Keep this slip as proof of your return.")))
    return Document(DocumentKind.SLIP, tuple(blocks), reference=case.code)


def store_copy(case: ReturnCase, store: Store, *, wording: Wording = ENGLISH) -> Document:
    """The shop's record: verdicts, the policy version, and every manager approval."""
    blocks: list[Block] = [*_store_header(store), Text(wording("Store copy"), bold=True, align=Align.CENTER)]
    blocks += _pending_notice(case, wording)
    facts = _case_facts(case, store, wording).rows + _audit_facts(case, wording)
    blocks += [KeyValues(facts), Rule(), _items(case, wording, audit=True), _totals(case, wording)]
    blocks += _approvals(case, store, wording)
    blocks += [Rule(), Barcode(case.code)]
    blocks.append(Footer(wording("Keep with the returned items.")))
    return Document(DocumentKind.STORE_COPY, tuple(blocks), reference=case.code)


def return_label(
    case: ReturnCase, store: Store, ship_from: Sequence[str] = (), *, wording: Wording = ENGLISH
) -> Document:
    """The 4x6 in parcel label: addresses for the carrier, codes for the returns centre."""
    sender = tuple(ship_from) or ((case.customer_name,) if case.customer_name else (wording("Customer"),))
    facts = KeyValues(((wording("Return code"), case.code), (wording("Order"), case.order_number)))
    blocks: list[Block] = [
        Title(wording("RETURN")),
        Columns((Address(wording("Ship from"), sender), facts), (QR(case.code),)),
        Address(wording("Ship to"), store.ship_to, prominent=True),
        Barcode(case.code),
        _items(case, wording, limit=LABEL_MAX_ITEMS, amounts=False, details=False),
        Text(wording("Reason: {reasons}", reasons=_reasons(case.lines, wording)), size=Size.SMALL),
        Footer(wording("Attach this label to the parcel. {date}", date=local_time(case.created_at, store))),
    ]
    return Document(DocumentKind.LABEL, tuple(blocks), page=PageFormat.LABEL_4X6, reference=case.code)


def refusal_slip(
    store: Store,
    refusals: Sequence[tuple[str, str]],
    *,
    case: ReturnCase | None = None,
    order_number: str = "",
    when: datetime | None = None,
    wording: Wording = ENGLISH,
) -> Document:
    """Why items could not be returned; ``refusals`` are (item title, plain-language reason)
    pairs the UI has already translated, so the shopper takes the explanation home."""
    blocks: list[Block] = [*_store_header(store), Text(wording("Items we could not accept"), bold=True, align=Align.CENTER)]
    facts = _refusal_facts(store, case, order_number or (case.order_number if case else ""), when, wording)
    if facts:
        blocks.append(KeyValues(facts))
    blocks.append(Rule())
    for title, reason in refusals:
        blocks += [Text(title, bold=True), Text(reason)]
    blocks += [Rule(), Footer(wording("Questions? Please ask a member of staff."))]
    return Document(DocumentKind.REFUSAL, tuple(blocks), reference=case.code if case else order_number)


def test_page(printer_name: str, store: Store, *, when: datetime | None = None, wording: Wording = ENGLISH) -> Document:
    """Proves text, accents, both codes and the cut work on a newly set-up printer."""
    rows = [(wording("Printer"), printer_name), (wording("Store"), store.name)]
    if when is not None:
        rows.append((wording("Time"), local_time(when, store)))
    blocks: list[Block] = [
        Title(wording("Printer test")),
        KeyValues(tuple(rows)),
        Text(wording("Accents: {sample}", sample=ACCENT_SAMPLE)),
        Rule(),
        Barcode(TEST_CODE),
        QR(TEST_CODE),
        Footer(wording("If you can read this, the printer works.")),
    ]
    return Document(DocumentKind.TEST, tuple(blocks), reference=TEST_CODE)


test_page.__test__ = False  # type: ignore[attr-defined]  # not a pytest test when a test module imports it


def _store_header(store: Store) -> list[Block]:
    lines: list[Block] = [Title(store.name), *(Text(line, align=Align.CENTER, size=Size.SMALL) for line in store.address)]
    if store.phone:
        lines.append(Text(store.phone, align=Align.CENTER, size=Size.SMALL))
    return [*lines, Rule()]


def _pending_notice(case: ReturnCase, wording: Wording) -> list[Block]:
    if case.status is not CaseStatus.PENDING_APPROVAL:
        return []
    return [Notice(wording("PENDING APPROVAL: a manager must approve this return before it is complete. Please ask a member of staff."))]


def _case_facts(case: ReturnCase, store: Store, wording: Wording) -> KeyValues:
    return KeyValues(
        (
            (wording("Return code"), case.code),
            (wording("Order"), case.order_number),
            (wording("Date"), local_time(case.created_at, store)),
            (wording("Resolution"), wording(_RESOLUTIONS[case.resolution])),
            (wording("Status"), wording("Pending approval") if case.status is CaseStatus.PENDING_APPROVAL else wording("Completed")),
        )
    )


def _audit_facts(case: ReturnCase, wording: Wording) -> tuple[tuple[str, str], ...]:
    rows = [(wording("Customer"), case.customer_name or case.customer_email or "-")]
    rows += [(wording("Device"), case.device_id), (wording("Policy"), case.policy_version)]
    if case.staff_id:
        rows.append((wording("Staff"), case.staff_id))
    return tuple(rows)


def _items(
    case: ReturnCase, wording: Wording, *, audit: bool = False, limit: int | None = None, amounts: bool = True, details: bool = True
) -> ItemTable:
    shown = case.lines if limit is None else case.lines[:limit]
    rows = [_item_row(case, line, wording, audit=audit, amounts=amounts) for line in shown]
    if not details:
        rows = [ItemRow(_shorten(row.title, LABEL_TITLE_LENGTH), row.quantity) for row in rows]
    hidden = case.lines[len(shown):]
    if hidden:
        rows.append(ItemRow(wording("and {count} more items", count=sum(l.quantity for l in hidden)), 0))
    return ItemTable(wording("Item"), wording("Qty"), wording("Amount") if amounts else "", tuple(rows))


def _item_row(case: ReturnCase, line: CaseLine, wording: Wording, *, audit: bool, amounts: bool) -> ItemRow:
    details = [wording("Reason: {reason}", reason=wording.reason(line.reason_code))]
    if line.condition:
        details.append(wording("Condition: {condition}", condition=wording.code(line.condition)))
    if line.exchange_sku:
        details.append(wording("Exchange for {sku}", sku=line.exchange_sku))
    if line.verdict == Verdict.NEEDS_APPROVAL.value and case.status is CaseStatus.PENDING_APPROVAL:
        details.append(wording("Waiting for a manager's approval"))
    if audit:
        details.append(wording("SKU {sku}, verdict: {verdict}", sku=line.sku, verdict=wording.code(line.verdict)))
        if line.note:
            details.append(wording("Note: {note}", note=line.note))
    amount = _money(line.refund_amount, case.currency) if amounts else ""
    return ItemRow(line.title, line.quantity, amount, tuple(details))


def _totals(case: ReturnCase, wording: Wording) -> KeyValues:
    rows = [(wording("Refund total"), _money(case.refund_total, case.currency))]
    if case.credit_total:
        rows.append((wording("Store credit"), _money(case.credit_total, case.currency)))
    for tender in case.tender_refunds:
        rows.append((wording("Refund to {tender}", tender=wording.code(tender.kind)), _money(tender.amount, case.currency)))
    return KeyValues(tuple(rows))


def _approvals(case: ReturnCase, store: Store, wording: Wording) -> list[Block]:
    if not case.approvals:
        return []
    titles = {line.line_id: line.title for line in case.lines}
    blocks: list[Block] = [Rule(), Text(wording("Manager approvals"), bold=True)]
    for approval in case.approvals:
        rows = [
            (wording("Manager"), approval.manager_id),
            (wording("Reason"), wording.reason(approval.reason_code)),
            (wording("Time"), local_time(approval.at, store)),
            (wording("Overridden verdict"), wording.code(approval.overridden_verdict)),
        ]
        if approval.line_id is not None:
            rows.append((wording("Item"), titles.get(approval.line_id, approval.line_id)))
        if approval.note:
            rows.append((wording("Note"), approval.note))
        blocks.append(KeyValues(tuple(rows)))
    return blocks


def _refusal_facts(
    store: Store, case: ReturnCase | None, order_number: str, when: datetime | None, wording: Wording
) -> tuple[tuple[str, str], ...]:
    rows: list[tuple[str, str]] = []
    if case is not None:
        rows.append((wording("Return code"), case.code))
    if order_number:
        rows.append((wording("Order"), order_number))
    moment = when or (case.created_at if case else None)
    if moment is not None:
        rows.append((wording("Date"), local_time(moment, store)))
    return tuple(rows)


def _reasons(lines: Sequence[CaseLine], wording: Wording) -> str:
    names = dict.fromkeys(wording.reason(line.reason_code) for line in lines)
    return "; ".join(names) or "-"


def _shorten(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _money(amount: int, currency: str) -> str:
    return format_money(Money(amount, currency))
