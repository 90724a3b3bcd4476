"""The end-of-day report of one kiosk for a store-local day: what came back, what went out, and a paper anchor.

Made from the day's cases alone (and the audit log's head), so it ties exactly to them: the
returns and units taken, the value by tender (refunds to each original tender, store credit),
the vouchers issued, the cash paid out of the drawer, units by disposition, the returns still
waiting for a manager, the returns central does not hold yet, and the same per member of
staff. Completed cases count towards the money; a case held for approval counts only as
pending. Printed with the audit log's head hash and entry count, it anchors the log on paper.

Fields of case format v3 (vouchers, dispositions) are read from the case's JSON form with
their defaults, so cases saved by an older version report as having none.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Any, Iterable, Mapping

from kiosk.workflow.cases import CaseStatus, ReturnCase

#: The tender a drawer pays out.
CASH = "cash"
#: How store credit is shown among the tenders (it is not a tender of the order).
STORE_CREDIT = "store_credit"
#: Lines with no disposition yet (cases of before version 3).
NO_DISPOSITION = "none"
#: The staff key of returns a shopper made alone.
SELF_SERVICE = ""


@dataclass(frozen=True)
class DayCase:
    """A saved case and whether central holds it."""

    case: ReturnCase
    synced: bool


@dataclass(frozen=True)
class Totals:
    """The sums over a set of cases (the whole day, or one member of staff's)."""

    returns: int = 0
    units: int = 0
    refunded: int = 0
    credited: int = 0
    cash_paid_out: int = 0
    by_tender: Mapping[str, int] = field(default_factory=dict)
    vouchers_issued: int = 0
    vouchers_value: int = 0
    dispositions: Mapping[str, int] = field(default_factory=dict)
    pending_approvals: int = 0
    unsynced: int = 0


@dataclass(frozen=True)
class DayReport:
    day: date
    currency: str
    totals: Totals
    #: staff id ("" for self-service) -> their totals
    per_staff: Mapping[str, Totals]
    #: (entry count, head hash) of the audit log when the report was made (None: empty log)
    audit_head: tuple[int, str] | None = None
    #: only this member of staff's cases (None: the whole kiosk)
    staff_id: str | None = None


def day_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """The store-local day as [start, end) instants (23 or 25 hours on a DST change)."""
    start = datetime.combine(day, time(0), zone).astimezone(timezone.utc)
    end = datetime.combine(day + timedelta(days=1), time(0), zone).astimezone(timezone.utc)
    return start, end


def store_day(moment: datetime, zone: tzinfo) -> date:
    return moment.astimezone(zone).date()


def day_report(cases: Iterable[DayCase], day: date, zone: tzinfo, *, currency: str = "USD",
               staff_id: str | None = None, audit_head: tuple[int, str] | None = None) -> DayReport:
    """The report over the cases created on ``day`` in the store's ``zone`` (others are ignored)."""
    chosen = [c for c in cases if store_day(c.case.created_at, zone) == day
              and (staff_id is None or (c.case.staff_id or SELF_SERVICE) == staff_id)]
    members = sorted({c.case.staff_id or SELF_SERVICE for c in chosen})
    per_staff = {m: totals_of(c for c in chosen if (c.case.staff_id or SELF_SERVICE) == m) for m in members}
    return DayReport(day, currency, totals_of(chosen), per_staff, audit_head, staff_id)


def totals_of(cases: Iterable[DayCase]) -> Totals:
    returns = units = refunded = credited = cash = vouchers = voucher_value = pending = unsynced = 0
    tenders: Counter[str] = Counter()
    dispositions: Counter[str] = Counter()
    for entry in cases:
        case, document = entry.case, entry.case.to_dict()
        unsynced += not entry.synced
        if case.status is not CaseStatus.COMPLETED:
            pending += 1
            continue
        returns += 1
        units += case.quantity
        refunded += case.refund_total
        credited += case.credit_total
        for tender in case.tender_refunds:
            tenders[tender.kind] += tender.amount
            cash += tender.amount if tender.kind == CASH else 0
        if case.credit_total:
            tenders[STORE_CREDIT] += case.credit_total
        issued = _vouchers(document)
        vouchers += len(issued)
        voucher_value += sum(int(v.get("amount", 0)) for v in issued)
        for line in document["lines"]:
            dispositions[line.get("disposition") or NO_DISPOSITION] += line["quantity"]
    return Totals(returns, units, refunded, credited, cash, dict(sorted(tenders.items())), vouchers, voucher_value,
                  dict(sorted(dispositions.items())), pending, unsynced)


def _vouchers(document: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    vouchers = document.get("vouchers") or []
    return [v for v in vouchers if isinstance(v, Mapping)]
