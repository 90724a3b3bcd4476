"""The end-of-day report ties to its cases: every total is the sum over the day's cases, the
per-staff totals add up to the kiosk's, and nothing outside the store-local day counts."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.workflow.cases import ReturnCase
from kiosk.workflow.day_report import DayCase, day_bounds, day_report

ZONE = ZoneInfo("America/New_York")
DAY = date(2026, 11, 1)  # the day the clocks go back: 25 hours
DISPOSITIONS = (None, "restock", "damaged", "vendor", "returns_centre")
TENDERS = ("card", "gift_card", "cash")


@st.composite
def cases(draw: st.DrawFn, index: int = 0) -> DayCase:
    start, end = day_bounds(DAY, ZONE)
    span = int((end - start).total_seconds())
    offset = draw(st.integers(-6 * 3600, span + 6 * 3600))  # some fall on the days around
    lines = [{"line_id": f"L{i}", "sku": f"SKU-{i}", "title": "Item", "quantity": draw(st.integers(1, 4)),
              "reason_code": "too_small", "verdict": "eligible", "refund_amount": 0,
              **({"disposition": d} if (d := draw(st.sampled_from(DISPOSITIONS))) else {})}
             for i in range(draw(st.integers(1, 3)))]
    tenders = [{"kind": draw(st.sampled_from(TENDERS)), "amount": draw(st.integers(0, 50_000))}
               for _ in range(draw(st.integers(0, 2)))]
    vouchers = [{"code": f"V{n}", "amount": draw(st.integers(1, 20_000)), "currency": "USD", "expires_on": None,
                 "kind": "store_credit"} for n in range(draw(st.integers(0, 2)))]
    document: dict[str, Any] = {
        "schema_version": 3, "id": f"case-{draw(st.uuids())}", "code": "R", "order_number": "R1",
        "store_id": "S001", "device_id": "k1", "created_at": (start + timedelta(seconds=offset)).astimezone(
            timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "currency": "USD", "resolution": "refund", "policy_version": "v1",
        "status": draw(st.sampled_from(("completed", "completed", "pending_approval"))),
        "refund_total": sum(t["amount"] for t in tenders), "credit_total": draw(st.integers(0, 30_000)),
        "staff_id": draw(st.sampled_from((None, "C001", "M001"))), "lines": lines, "tender_refunds": tenders,
        "vouchers": vouchers}
    return DayCase(ReturnCase.from_dict(document), draw(st.booleans()))


def on_the_day(entry: DayCase) -> bool:
    return entry.case.created_at.astimezone(ZONE).date() == DAY


@settings(max_examples=150, deadline=None)
@given(st.lists(cases(), max_size=25))
def test_the_totals_are_the_sums_over_the_days_cases(entries: list[DayCase]) -> None:
    report = day_report(entries, DAY, ZONE, audit_head=(12, "ab" * 32))
    day = [e for e in entries if on_the_day(e)]
    done = [e.case for e in day if e.case.status.value == "completed"]
    totals = report.totals
    assert totals.returns == len(done)
    assert totals.pending_approvals == len(day) - len(done)
    assert totals.unsynced == sum(not e.synced for e in day)
    assert totals.units == sum(line.quantity for c in done for line in c.lines)
    assert totals.refunded == sum(c.refund_total for c in done)
    assert totals.credited == sum(c.credit_total for c in done)
    assert totals.cash_paid_out == sum(t.amount for c in done for t in c.tender_refunds if t.kind == "cash")
    for kind in TENDERS:
        assert totals.by_tender.get(kind, 0) == sum(t.amount for c in done for t in c.tender_refunds if t.kind == kind)
    assert totals.by_tender.get("store_credit", 0) == totals.credited
    assert totals.vouchers_issued == sum(len(c.to_dict()["vouchers"]) for c in done)
    assert totals.vouchers_value == sum(v["amount"] for c in done for v in c.to_dict()["vouchers"])
    assert sum(totals.dispositions.values()) == totals.units
    assert totals.dispositions.get("restock", 0) == sum(
        line["quantity"] for c in done for line in c.to_dict()["lines"] if line.get("disposition") == "restock")
    assert report.audit_head == (12, "ab" * 32)


@settings(max_examples=100, deadline=None)
@given(st.lists(cases(), max_size=25))
def test_the_staff_totals_add_up_to_the_kiosks(entries: list[DayCase]) -> None:
    report = day_report(entries, DAY, ZONE)
    for name in ("returns", "units", "refunded", "credited", "cash_paid_out", "vouchers_issued", "vouchers_value",
                 "pending_approvals", "unsynced"):
        assert sum(getattr(t, name) for t in report.per_staff.values()) == getattr(report.totals, name), name
    for member, totals in report.per_staff.items():
        assert day_report(entries, DAY, ZONE, staff_id=member).totals == totals


def test_the_store_local_day_has_25_hours_when_the_clocks_go_back() -> None:
    start, end = day_bounds(DAY, ZONE)
    assert end - start == timedelta(hours=25)
    assert start == datetime(2026, 11, 1, 4, tzinfo=timezone.utc)
