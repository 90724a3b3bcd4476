"""The end-of-day report on paper: the day's totals, per member of staff, and the audit log's head.

Printed on the thermal printer from staff mode or ``kiosk report day --print``. The audit
head (entry count and hash) makes the paper an anchor: a log edited after the report was
printed no longer ends in the printed hash.
"""

from __future__ import annotations

from datetime import datetime
from typing import Mapping

from kiosk.printing.document import Align, Block, Document, DocumentKind, Footer, KeyValues, Notice, Rule, Text, Title
from kiosk.printing.documents import local_time
from kiosk.printing.wording import ENGLISH, Wording
from kiosk.workflow.day_report import SELF_SERVICE, DayReport, Totals
from kiosk.workflow.store import Store


def day_report_document(report: DayReport, store: Store, *, device_id: str, printed_at: datetime,
                        staff_names: Mapping[str, str] | None = None, wording: Wording = ENGLISH) -> Document:
    names = dict(staff_names or {})
    blocks: list[Block] = [
        Title(wording("End of day")),
        Text(store.name, bold=True, align=Align.CENTER),
        KeyValues(((wording("Day"), report.day.isoformat()), (wording("Kiosk"), device_id),
                   (wording("Printed"), local_time(printed_at, store)))),
    ]
    if report.staff_id is not None:
        blocks.append(KeyValues(((wording("Staff"), _who(report.staff_id, names, wording)),)))
    blocks += [Rule(), *totals_blocks(report.totals, report.currency, wording)]
    if report.staff_id is None and len(report.per_staff) > 1:
        for member, totals in report.per_staff.items():
            blocks += [Rule(), Text(_who(member, names, wording), bold=True),
                       *totals_blocks(totals, report.currency, wording, brief=True)]
    blocks += [Rule(), *audit_blocks(report, wording), Footer(wording("Keep this report with the day's takings."))]
    return Document(DocumentKind.DAY_REPORT, tuple(blocks), reference=f"day-{report.day.isoformat()}")


def totals_blocks(totals: Totals, currency: str, wording: Wording, *, brief: bool = False) -> list[Block]:
    def money(amount: int) -> str:
        return wording.money(amount, currency)

    rows = [(wording("Returns"), str(totals.returns)), (wording("Units"), str(totals.units)),
            (wording("Refunded"), money(totals.refunded)), (wording("Store credit"), money(totals.credited)),
            (wording("Cash paid out"), money(totals.cash_paid_out))]
    blocks: list[Block] = [KeyValues(tuple(rows))]
    if brief:
        return blocks
    blocks.append(Text(wording("Value by tender"), bold=True))
    blocks.append(KeyValues(tuple((wording.code(kind), money(amount)) for kind, amount in totals.by_tender.items())
                            or ((wording("None"), money(0)),)))
    blocks.append(KeyValues(((wording("Vouchers issued"), f"{totals.vouchers_issued} · {money(totals.vouchers_value)}"),)))
    blocks.append(Text(wording("Units by disposition"), bold=True))
    blocks.append(KeyValues(tuple((wording.code(kind), str(units)) for kind, units in totals.dispositions.items())
                            or ((wording("None"), "0"),)))
    blocks.append(KeyValues(((wording("Waiting for approval"), str(totals.pending_approvals)),
                             (wording("Not yet sent to head office"), str(totals.unsynced)))))
    if totals.pending_approvals or totals.unsynced:
        blocks.append(Notice(wording("Some returns are not final: see the counts above.")))
    return blocks


def audit_blocks(report: DayReport, wording: Wording) -> list[Block]:
    if report.audit_head is None:
        return [Text(wording("Audit log: empty"))]
    count, digest = report.audit_head
    return [Text(wording("Audit log"), bold=True),
            KeyValues(((wording("Entries"), str(count)),)),
            Text(digest[:32]), Text(digest[32:])]


def _who(staff_id: str, names: Mapping[str, str], wording: Wording) -> str:
    if staff_id == SELF_SERVICE:
        return wording("Self-service")
    name = names.get(staff_id)
    return f"{name} ({staff_id})" if name else staff_id
