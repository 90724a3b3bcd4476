"""The end-of-day report: totals are exactly sums over the cases of a store-local day."""

from __future__ import annotations

import json
import secrets
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from central.cli import main
from central.ops import refunds
from central.ops.day_report import CaseFacts, day_bounds, day_report, summarise, tender_values
from kiosk.workflow.audit_chain import GENESIS, AuditKind, Epoch, chain_entry
from kiosk.workflow.cases import Resolution
from tests.central.outcome_cases import payment_side, pull_instructions, with_vouchers
from tests.central.support import Pick, honest_case, order_document, order_line, tampered

KINDS = ("card", "gift_card", "cash", "store_credit")
DISPOSITIONS = ("restock", "damaged", "vendor", "returns_centre", None)

amounts = st.integers(min_value=0, max_value=500_000)
lines = st.fixed_dictionaries({"quantity": st.integers(1, 5), "disposition": st.sampled_from(DISPOSITIONS)})
cases = st.fixed_dictionaries({
    "device_id": st.sampled_from(("kiosk-1", "kiosk-2", "counter")),
    "staff_id": st.sampled_from((None, "C001", "M001")),
    "status": st.sampled_from(("completed", "pending_approval")),
    "resolution": st.sampled_from(("refund", "store_credit", "exchange", "keep_item")),
    "credit_total": amounts,
    "tender_refunds": st.lists(st.fixed_dictionaries({"kind": st.sampled_from(KINDS), "amount": amounts}),
                               max_size=3),
    "vouchers": st.lists(st.fixed_dictionaries({"amount": amounts}), max_size=2),
    "lines": st.lists(lines, min_size=1, max_size=4),
})
facts = st.builds(CaseFacts, st.sampled_from(("accepted", "review", "refused", "refunded", "refund_failed")), cases,
                  st.lists(st.tuples(st.sampled_from(("pending", "paid", "failed")), amounts), max_size=3)
                  .map(tuple))


@settings(max_examples=200, deadline=None)
@given(st.lists(facts, max_size=30))
def test_the_days_totals_are_the_sums_over_its_cases(day):
    totals = summarise(day)
    taken = [f for f in day if f.status != "refused"]
    assert totals.returns == len(taken) and totals.refused == len(day) - len(taken)
    assert totals.returns == sum(totals.returns_by_device.values()) == sum(totals.returns_by_staff.values())
    assert totals.returns_by_staff["self-service"] == sum(f.case["staff_id"] is None for f in taken)
    by_tender: Counter[str] = Counter()
    for f in taken:
        for t in f.case["tender_refunds"]:
            by_tender[t["kind"]] += t["amount"]
        if f.case["resolution"] == "store_credit":
            by_tender["store_credit"] += f.case["credit_total"]
    assert totals.value_by_tender == by_tender
    assert totals.value == sum(by_tender.values())
    assert totals.cash_paid_out == by_tender["cash"]
    assert totals.vouchers_issued == sum(len(f.case["vouchers"]) for f in taken)
    assert totals.vouchers_amount == sum(v["amount"] for f in taken for v in f.case["vouchers"])
    assert sum(totals.units_by_disposition.values()) == sum(line["quantity"] for f in taken for line in f.case["lines"])
    assert totals.pending_approval == sum(f.case["status"] == "pending_approval" for f in taken)
    assert totals.in_review == sum(f.status == "review" for f in taken)
    for status, count, amount in (("pending", totals.refunds_pending, totals.refunds_pending_amount),
                                  ("failed", totals.refunds_failed, totals.refunds_failed_amount)):
        assert count == sum(s == status for f in taken for s, _ in f.refunds)
        assert amount == sum(a for f in taken for s, a in f.refunds if s == status)


@settings(max_examples=100, deadline=None)
@given(st.lists(facts, max_size=15), st.lists(facts, max_size=15))
def test_two_halves_of_a_day_add_up_to_the_day(first, second):
    whole, a, b = summarise(first + second), summarise(first), summarise(second)
    assert whole.value == a.value + b.value and whole.returns == a.returns + b.returns
    assert whole.value_by_tender == a.value_by_tender + b.value_by_tender
    assert whole.units_by_disposition == a.units_by_disposition + b.units_by_disposition


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(("America/New_York", "Europe/London", "Australia/Lord_Howe", "Pacific/Apia", "UTC")),
       st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31),
                    timezones=st.just(timezone.utc)))
def test_every_instant_falls_in_exactly_its_store_local_day(zone, moment):
    local_day = moment.astimezone(ZoneInfo(zone)).date()
    for day in (local_day - timedelta(days=1), local_day, local_day + timedelta(days=1)):
        start, end = day_bounds(zone, day)
        assert (start <= moment < end) == (day == local_day)
    assert day_bounds(zone, local_day)[1] == day_bounds(zone, local_day + timedelta(days=1))[0]


def test_a_dst_day_in_new_york_has_23_hours():
    start, end = day_bounds("America/New_York", date(2026, 3, 8))
    assert end - start == timedelta(hours=23)


def test_store_credit_counts_as_store_credit_with_its_bonus():
    assert tender_values({"resolution": "store_credit", "credit_total": 2750, "tender_refunds": []}) == [
        ("store_credit", 2750)]


def test_the_report_of_a_store_local_day_ties_to_the_cases_posted(central, capsys):
    kiosk = central.kiosk()  # a store in New York; NOW is 2026-11-27 10:00 there
    payments = payment_side(central)
    evening = datetime(2026, 11, 28, 3, 30, tzinfo=timezone.utc)  # 22:30 on the 27th in New York
    next_morning = datetime(2026, 11, 28, 5, 30, tzinfo=timezone.utc)  # 00:30 on the 28th
    posted = []
    for at, resolution in ((None, Resolution.REFUND), (evening, Resolution.REFUND),
                           (None, Resolution.STORE_CREDIT), (next_morning, Resolution.REFUND)):
        order = order_document(kiosk.store_id, lines=[order_line("L1", quantity=2)])
        central.load(order)
        case = honest_case(order, [Pick("L1", 2)], device_id=kiosk.device_id, resolution=resolution,
                           **({"at": at} if at else {}))
        case = {**case, "schema_version": 3, "lines": [{**case["lines"][0], "disposition": "restock"}]}
        if resolution is Resolution.STORE_CREDIT:
            case = with_vouchers(case, case["credit_total"])
        assert kiosk.post_case(case).status_code == 201
        posted.append(case)
    order = order_document(kiosk.store_id)
    central.load(order)
    disputed = tampered(honest_case(order, [Pick("L1")], device_id=kiosk.device_id), refund_total=1)
    assert kiosk.post_case(disputed).json()["status"] == "review"
    first_refund = next(i for i in pull_instructions(payments)[0] if i["return_id"] == posted[0]["id"])
    refunds.answer(central.db, first_refund["id"], "failed", "card closed", "", "test", central.clock())
    url = central.db.engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "report", "day", "--store", kiosk.store_id, "--date", "2026-11-27", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    day = posted[:3]
    card = sum(c["tender_refunds"][0]["amount"] for c in day if c["resolution"] == "refund")
    assert report["returns"] == 4 and report["in_review"] == 1
    assert report["value_by_tender"] == {"card": card + disputed["tender_refunds"][0]["amount"],
                                         "store_credit": posted[2]["credit_total"]}
    assert report["vouchers_issued"] == {"count": 1, "amount": posted[2]["credit_total"]}
    assert report["units_by_disposition"] == {"restock": 6, "none": 1}
    assert report["refunds_failed"] == {"count": 1, "amount": first_refund["amount"]}
    assert report["refunds_pending"] == {"count": 1, "amount": posted[1]["tender_refunds"][0]["amount"]}
    assert report["cash_paid_out"] == 0 and report["returns_by_device"] == {kiosk.device_id: 4}
    assert report["returns_by_staff"] == {"self-service": 4}
    assert report["audit_anchors"] == [{"device_id": kiosk.device_id, "entries": 0, "epoch": None, "head_id": None,
                                        "head_hash": None}]  # this test's kiosk sent no audit log
    assert main(["--db", url, "report", "day", "--store", kiosk.store_id, "--date", "2026-11-28"]) == 0
    assert "returns:            1 (refused: 0)" in capsys.readouterr().out
    assert main(["--db", url, "report", "day", "--store", "nowhere", "--date", "2026-11-28"]) == 1


def test_the_report_carries_each_devices_audit_head_as_central_holds_it(central):
    kiosk = central.kiosk()
    quiet = central.kiosk(kiosk.store_id)
    epoch = Epoch(secrets.token_hex(16), secrets.token_bytes(32), 1, GENESIS)
    entries, previous = [], None
    for index in range(3):
        previous = chain_entry(previous, at=central.clock() + timedelta(minutes=index), kind=AuditKind.REFUND,
                               actor="C-1", subject="K7QM-4TZ9-XH2", details={"amount": 100}, epoch=epoch)
        entries.append(previous)
    assert kiosk.http.post("/v1/audit/epochs", json={"epoch": epoch.id, "scheme": "hmac-sha256",
                                                     "key": epoch.key.hex(), "first_id": 1,
                                                     "prev_hash": GENESIS}).status_code in (200, 201)
    assert kiosk.http.post("/v1/audit", json={"entries": [e.to_dict() for e in entries]}).status_code == 200
    assert kiosk.http.post("/v1/audit/head", json={"epoch": epoch.id, "id": 3,
                                                   "hash": entries[2].hash}).status_code == 200
    report = day_report(central.db, kiosk.store_id, date(2026, 11, 27))
    assert sorted(a.device_id for a in report.anchors) == sorted([kiosk.device_id, quiet.device_id])
    anchors = {a.device_id: a for a in report.anchors}
    assert (anchors[kiosk.device_id].entries, anchors[kiosk.device_id].head_id,
            anchors[kiosk.device_id].head_hash) == (3, 3, entries[2].hash)
    assert (anchors[quiet.device_id].entries, anchors[quiet.device_id].head_hash) == (0, None)
    assert f"head 3 {entries[2].hash}" in "\n".join(report.lines())
