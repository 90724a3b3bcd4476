"""The end-of-day report of a store: what its returns came to over one store-local day.

``summarise`` is pure: it sums facts of cases and nothing else, so its totals tie exactly to
the cases (a property test holds it to that). ``day_report`` picks the cases of a
store-local day (by when the kiosk took them, in the store's time zone, DST included) and
their refund instructions, and summarises them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any, Iterable, Mapping
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from central.database import Database
from central.errors import AdminError
from central.models import AuditEntry, AuditEpoch, Device, Return, Store
from central.models_outcomes import RefundInstruction


@dataclass(frozen=True)
class CaseFacts:
    """One case as the report needs it: central's status, the case as posted, and its
    refund instructions as (status, amount)."""

    status: str
    case: Mapping[str, Any]
    refunds: tuple[tuple[str, int], ...] = ()


@dataclass
class Totals:
    returns: int = 0
    refused: int = 0
    value: int = 0
    value_by_tender: Counter[str] = field(default_factory=Counter)
    vouchers_issued: int = 0
    vouchers_amount: int = 0
    cash_paid_out: int = 0
    units_by_disposition: Counter[str] = field(default_factory=Counter)
    returns_by_device: Counter[str] = field(default_factory=Counter)
    #: by the staff member who took them; "self-service" for the shopper's own at a kiosk
    returns_by_staff: Counter[str] = field(default_factory=Counter)
    pending_approval: int = 0
    in_review: int = 0
    refunds_pending: int = 0
    refunds_pending_amount: int = 0
    refunds_failed: int = 0
    refunds_failed_amount: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "returns": self.returns, "refused": self.refused, "value": self.value,
            "value_by_tender": dict(sorted(self.value_by_tender.items())),
            "vouchers_issued": {"count": self.vouchers_issued, "amount": self.vouchers_amount},
            "cash_paid_out": self.cash_paid_out,
            "units_by_disposition": dict(sorted(self.units_by_disposition.items())),
            "returns_by_device": dict(sorted(self.returns_by_device.items())),
            "returns_by_staff": dict(sorted(self.returns_by_staff.items())),
            "pending_approval": self.pending_approval, "in_review": self.in_review,
            "refunds_pending": {"count": self.refunds_pending, "amount": self.refunds_pending_amount},
            "refunds_failed": {"count": self.refunds_failed, "amount": self.refunds_failed_amount},
        }


def summarise(cases: Iterable[CaseFacts]) -> Totals:
    """The day's totals: every figure is a sum over the cases (refused cases count only as refused)."""
    totals = Totals()
    for facts in cases:
        _add(totals, facts)
    return totals


def _add(totals: Totals, facts: CaseFacts) -> None:
    if facts.status == "refused":
        totals.refused += 1
        return
    case = facts.case
    totals.returns += 1
    totals.returns_by_device[str(case.get("device_id", ""))] += 1
    totals.returns_by_staff[str(case.get("staff_id") or "self-service")] += 1
    for kind, amount in tender_values(case):
        totals.value_by_tender[kind] += amount
        totals.value += amount
        if kind == "cash":
            totals.cash_paid_out += amount
    for voucher in case.get("vouchers") or []:
        totals.vouchers_issued += 1
        totals.vouchers_amount += int(voucher.get("amount", 0))
    for line in case.get("lines") or []:
        totals.units_by_disposition[line.get("disposition") or "none"] += int(line.get("quantity", 0))
    totals.pending_approval += case.get("status") == "pending_approval"
    totals.in_review += facts.status == "review"
    for status, amount in facts.refunds:
        if status == "pending":
            totals.refunds_pending, totals.refunds_pending_amount = (totals.refunds_pending + 1,
                                                                     totals.refunds_pending_amount + amount)
        elif status == "failed":
            totals.refunds_failed, totals.refunds_failed_amount = (totals.refunds_failed + 1,
                                                                   totals.refunds_failed_amount + amount)


def tender_values(case: Mapping[str, Any]) -> list[tuple[str, int]]:
    """What a case gave back, by tender: its tender refunds, plus store credit (with its bonus)
    when that is the resolution."""
    values = [(str(t.get("kind")), int(t.get("amount", 0))) for t in case.get("tender_refunds") or []]
    if case.get("resolution") == "store_credit":
        values.append(("store_credit", int(case.get("credit_total", 0))))
    return values


def day_bounds(zone: str, day: date) -> tuple[datetime, datetime]:
    """The UTC instants where a store-local day starts and the next one starts (23 or 25 hours apart
    on DST days)."""
    local = ZoneInfo(zone)
    start = datetime.combine(day, time(0), tzinfo=local)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=local)
    return start.astimezone(timezone.utc), end.astimezone(timezone.utc)


@dataclass(frozen=True)
class Anchor:
    """A device's audit log as central holds it when the report is made: the paper anchor."""

    device_id: str
    entries: int
    epoch: str | None
    head_id: int | None
    head_hash: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"device_id": self.device_id, "entries": self.entries, "epoch": self.epoch,
                "head_id": self.head_id, "head_hash": self.head_hash}


@dataclass(frozen=True)
class DayReport:
    store_id: str
    day: date
    timezone: str
    totals: Totals
    anchors: tuple[Anchor, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"store_id": self.store_id, "date": self.day.isoformat(), "timezone": self.timezone,
                **self.totals.to_dict(), "audit_anchors": [a.to_dict() for a in self.anchors]}

    def lines(self) -> list[str]:
        t = self.totals
        tenders = ", ".join(f"{k} {_money(v)}" for k, v in sorted(t.value_by_tender.items())) or "none"
        dispositions = ", ".join(f"{k} {v}" for k, v in sorted(t.units_by_disposition.items())) or "none"
        devices = ", ".join(f"{k} {v}" for k, v in sorted(t.returns_by_device.items())) or "none"
        staff = ", ".join(f"{k} {v}" for k, v in sorted(t.returns_by_staff.items())) or "none"
        return [
            f"Store {self.store_id}, {self.day.isoformat()} ({self.timezone})",
            f"returns:            {t.returns} (refused: {t.refused})",
            f"value:              {_money(t.value)}  [{tenders}]",
            f"vouchers issued:    {t.vouchers_issued}, {_money(t.vouchers_amount)}",
            f"cash paid out:      {_money(t.cash_paid_out)}",
            f"units by disposition: {dispositions}",
            f"returns by device:  {devices}",
            f"returns by staff:   {staff}",
            f"pending approval:   {t.pending_approval}",
            f"in review:          {t.in_review}",
            f"refunds pending:    {t.refunds_pending}, {_money(t.refunds_pending_amount)}",
            f"refunds failed:     {t.refunds_failed}, {_money(t.refunds_failed_amount)}",
            *[f"audit {a.device_id}: {a.entries} entries held, head {a.head_id} {a.head_hash or '-'}"
              for a in self.anchors],
        ]


def _money(minor: int) -> str:
    return f"{minor // 100}.{minor % 100:02d}"


def day_report(db: Database, store_id: str, day: date) -> DayReport:
    """The report of one store-local day of a store."""
    with db.reading() as session:
        zone = session.scalar(select(Store.timezone).where(Store.id == store_id))
        if zone is None:
            raise AdminError(f"no store {store_id!r}")
        start, end = day_bounds(zone, day)
        rows = list(session.execute(select(Return.id, Return.status, Return.body).where(
            Return.store_id == store_id, Return.created_at >= start, Return.created_at < end)))
        refunds: dict[str, list[tuple[str, int]]] = {}
        for return_id, status, amount in session.execute(
                select(RefundInstruction.return_id, RefundInstruction.status, RefundInstruction.amount)
                .join(Return, Return.id == RefundInstruction.return_id)
                .where(Return.store_id == store_id, Return.created_at >= start, Return.created_at < end)):
            refunds.setdefault(return_id, []).append((status, int(amount)))
        anchors = _anchors(session, store_id)
    facts = [CaseFacts(row.status, row.body, tuple(refunds.get(row.id, ()))) for row in rows]
    return DayReport(store_id, day, zone, summarise(facts), anchors)


def _anchors(session: Session, store_id: str) -> tuple[Anchor, ...]:
    """Per device of the store: the audit entries central holds and the head it anchored last."""
    counts = {device: int(n) for device, n in session.execute(
        select(AuditEntry.device_id, func.count()).where(AuditEntry.store_id == store_id)
        .group_by(AuditEntry.device_id))}
    heads = {row.device_id: row for row in session.scalars(
        select(AuditEpoch).where(AuditEpoch.store_id == store_id, AuditEpoch.anchored_at.is_not(None))
        .order_by(AuditEpoch.anchored_at))}  # the last anchored epoch of each device wins
    devices = sorted(session.scalars(select(Device.id).where(Device.store_id == store_id)))
    return tuple(Anchor(d, int(counts.get(d, 0)), heads[d].epoch if d in heads else None,
                        heads[d].head_id if d in heads else None, heads[d].head_hash if d in heads else None)
                 for d in devices)
