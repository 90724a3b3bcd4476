"""One builder per printed document, from a saved return case and the store.

The builders only choose and word the content; they never format for a medium. Times print
in the store's timezone (DESIGN §3: stored UTC, shown local), money through ``format_money``.
Names the case keeps only as codes (staff, reasons, exchanged variants) come from the
caller's ``CaseContext``; how the money is settled is worded in settlement.py.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from typing import Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.printing import settlement
from kiosk.printing.case_context import NO_CONTEXT, CaseContext
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
    PageFormat,
    Rule,
    Size,
    Text,
    Title,
)
from kiosk.printing.settlement import money, pending
from kiosk.printing.vouchers import voucher_blocks, voucher_summary
from kiosk.printing.wording import ENGLISH, Wording
from kiosk.workflow.cases import CaseLine, ReturnCase
from kiosk.workflow.dispositions import needs_label
from kiosk.workflow.line_rules import Verdict
from kiosk.workflow.store import Store

LABEL_MAX_ITEMS = 6
LABEL_TITLE_LENGTH = 44
TEST_CODE = "TEST-0000-000"
ACCENT_SAMPLE = "é è ê à ç ñ ü ï œ « » ¿ ¡ €"

#: what a manager's override let through, in words for the store copy
_OVERRIDDEN = {
    Verdict.INELIGIBLE.value: "Refused by the policy",
    Verdict.NEEDS_APPROVAL.value: "Needed a manager's approval",
}


def local_time(moment: datetime, store: Store) -> str:
    """A timestamp as the shop's clock shows it; UTC, labelled, if the zone is unknown."""
    try:
        return moment.astimezone(ZoneInfo(store.timezone)).strftime("%Y-%m-%d %H:%M")
    except (ZoneInfoNotFoundError, ValueError):
        return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def return_slip(
    case: ReturnCase, store: Store, *, wording: Wording = ENGLISH, context: CaseContext = NO_CONTEXT
) -> Document:
    """The shopper's record of the return: what was returned, how it is settled, the code.
    While the case waits for approval it is a request, and says so before anything else."""
    title = wording("Return request") if pending(case) else wording("Return receipt")
    blocks: list[Block] = [*_store_header(store), Text(title, bold=True, align=Align.CENTER)]
    blocks += settlement.headline(case, wording)
    blocks += [_case_facts(case, store, wording), Rule(), _items(case, wording, context)]
    blocks += [*settlement.totals(case, context, wording), *settlement.next_steps(case, wording)]
    blocks += voucher_blocks(case, wording, lambda amount: money(amount, case, wording))
    blocks += [Rule(), Barcode(case.code), QR(case.code)]
    if pending(case):
        blocks.append(Footer(wording("Keep this slip: your return code identifies this request.")))
    else:
        blocks.append(Footer(wording("Keep this slip as proof of your return.")))
    return Document(DocumentKind.SLIP, tuple(blocks), reference=case.code)


def store_copy(
    case: ReturnCase, store: Store, *, wording: Wording = ENGLISH, context: CaseContext = NO_CONTEXT
) -> Document:
    """The shop's record: verdicts, the policy version, every manager approval by name, and
    each overridden line marked where it is listed."""
    blocks: list[Block] = [*_store_header(store), Text(wording("Store copy"), bold=True, align=Align.CENTER)]
    blocks += settlement.headline(case, wording)
    facts = _case_facts(case, store, wording).rows + _audit_facts(case, wording, context)
    blocks += [KeyValues(facts), Rule(), _items(case, wording, context, audit=True)]
    blocks += settlement.totals(case, context, wording)
    blocks += voucher_summary(case, wording, lambda amount: money(amount, case, wording))
    blocks += _approvals(case, store, wording, context)
    blocks += [Rule(), Barcode(case.code)]
    blocks.append(Footer(wording("Keep with the returned items.")))
    return Document(DocumentKind.STORE_COPY, tuple(blocks), reference=case.code)


def return_label(
    case: ReturnCase,
    store: Store,
    ship_from: Sequence[str] = (),
    *,
    wording: Wording = ENGLISH,
    context: CaseContext = NO_CONTEXT,
) -> Document:
    """The 4x6 in parcel label: addresses for the carrier, codes for the returns centre."""
    sender = tuple(ship_from) or ((case.customer_name,) if case.customer_name else (wording("Customer"),))
    facts = KeyValues(((wording("Return code"), case.code), (wording("Order"), case.order_number)))
    blocks: list[Block] = [
        Title(wording("RETURN")),
        Columns((Address(wording("Ship from"), sender), facts), (QR(case.code),)),
        Address(wording("Ship to"), store.ship_to, prominent=True),
        Barcode(case.code),
        _label_items(case, wording),
        Text(wording("Reason: {reasons}", reasons=_reasons(case.lines, wording, context)), size=Size.SMALL),
        Footer(wording("Attach this label to the parcel. {date}", date=local_time(case.created_at, store))),
    ]
    return Document(DocumentKind.LABEL, tuple(blocks), page=PageFormat.LABEL_4X6, reference=case.code)


def returns_centre_lines(case: ReturnCase) -> tuple[CaseLine, ...]:
    """The lines whose disposition sends them to the returns centre (they get a 4x6 label)."""
    return tuple(line for line in case.lines if needs_label(line.disposition))


def returns_centre_label(
    case: ReturnCase, store: Store, *, wording: Wording = ENGLISH, context: CaseContext = NO_CONTEXT
) -> Document:
    """The 4x6 label the store puts on the parcel of the lines it ships to the returns centre:
    from the store's own address, with the return code the centre scans."""
    lines = returns_centre_lines(case) or case.lines
    shipped = replace(case, lines=lines)
    return return_label(shipped, store, (store.name, *store.address), wording=wording, context=context)


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
    pairs the UI has already translated, so the shopper takes the explanation home. A slip
    with nothing on it would tell the shopper nothing: no refusals is an error."""
    if not refusals:
        raise ValueError("a refusal slip needs at least one refused item to explain")
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


def _case_facts(case: ReturnCase, store: Store, wording: Wording) -> KeyValues:
    resolution = wording(settlement.RESOLUTIONS[case.resolution])
    return KeyValues(
        (
            (wording("Return code"), case.code),
            (wording("Order"), case.order_number),
            (wording("Date"), local_time(case.created_at, store)),
            (wording("Requested") if pending(case) else wording("Resolution"), resolution),
            (wording("Status"), wording("Not approved yet") if pending(case) else wording("Completed")),
        )
    )


def _audit_facts(case: ReturnCase, wording: Wording, context: CaseContext) -> tuple[tuple[str, str], ...]:
    rows = [(wording("Customer"), case.customer_name or case.customer_email or "-")]
    rows += [(wording("Device"), case.device_id), (wording("Policy"), case.policy_version)]
    if case.staff_id:
        rows.append((wording("Staff"), context.staff(case.staff_id)))
    return tuple(rows)


def _items(case: ReturnCase, wording: Wording, context: CaseContext, *, audit: bool = False) -> ItemTable:
    rows = tuple(_item_row(case, line, wording, context, audit=audit) for line in case.lines)
    amount_header = settlement.AMOUNT_HEADERS[case.resolution]
    return ItemTable(wording("Item"), wording("Qty"), wording(amount_header) if amount_header else "", rows)


def _label_items(case: ReturnCase, wording: Wording) -> ItemTable:
    """Titles only, shortened, at most LABEL_MAX_ITEMS lines: the label has room for no more."""
    shown = case.lines[:LABEL_MAX_ITEMS]
    rows = [ItemRow(_shorten(line.title, LABEL_TITLE_LENGTH), line.quantity) for line in shown]
    hidden = case.lines[len(shown):]
    if hidden:
        rows.append(ItemRow(wording("and {count} more items", count=sum(l.quantity for l in hidden)), 0))
    return ItemTable(wording("Item"), wording("Qty"), "", tuple(rows))


def _item_row(case: ReturnCase, line: CaseLine, wording: Wording, context: CaseContext, *, audit: bool) -> ItemRow:
    details = [wording("Reason: {reason}", reason=context.reason(line.reason_code, wording))]
    if line.condition:
        details.append(wording("Condition: {condition}", condition=context.condition(line.condition, wording)))
    details += settlement.exchange(line, case, context, wording)
    details += settlement.line_money(line, case, context, wording)
    if line.verdict == Verdict.NEEDS_APPROVAL.value and pending(case):
        details.append(wording("Waiting for approval"))
    flags: list[str] = []
    if audit:
        details.append(wording("SKU {sku}, verdict: {verdict}", sku=line.sku, verdict=wording.code(line.verdict)))
        if line.note:
            details.append(wording("Note: {note}", note=line.note))
        if line.disposition:
            details.append(wording("Goes to: {disposition}", disposition=wording.code(line.disposition)))
        flags = _override_flags(case, line, wording, context)
    amount = money(line.refund_amount, case, wording) if settlement.AMOUNT_HEADERS[case.resolution] else ""
    return ItemRow(line.title, line.quantity, amount, tuple(details), tuple(flags))


def _override_flags(case: ReturnCase, line: CaseLine, wording: Wording, context: CaseContext) -> list[str]:
    """The line a manager let through, marked where staff read it: why, and who."""
    return [
        wording("OVERRIDE: {reason}, approved by {manager}",
                reason=context.override_reason(approval.reason_code, wording), manager=context.staff(approval.manager_id))
        for approval in case.approvals
        if approval.line_id == line.line_id
    ]


def _approvals(case: ReturnCase, store: Store, wording: Wording, context: CaseContext) -> list[Block]:
    if not case.approvals:
        return []
    titles = {line.line_id: line.title for line in case.lines}
    blocks: list[Block] = [Rule(), Text(wording("Manager approvals"), bold=True)]
    for approval in case.approvals:
        overridden = _OVERRIDDEN.get(approval.overridden_verdict)
        rows = [
            (wording("Manager"), context.staff(approval.manager_id)),
            (wording("Reason"), context.override_reason(approval.reason_code, wording)),
            (wording("Time"), local_time(approval.at, store)),
            (wording("Overrode"), wording(overridden) if overridden else wording.code(approval.overridden_verdict)),
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


def _reasons(lines: Sequence[CaseLine], wording: Wording, context: CaseContext) -> str:
    names = dict.fromkeys(context.reason(line.reason_code, wording) for line in lines)
    return "; ".join(names) or "-"


def _shorten(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"

