"""Analytics: every table's totals equal sums over the returns in the database (generated data)."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from central.database import Database
from central.models import Device, Order, Return, ReturnLine
from central.ops import analytics, devices
from kiosk.workflow.clock import format_utc
from tests.central.support import NOW, order_document, order_line

CATEGORIES = ["apparel", "shoes", "swimwear", "electronics"]
REASONS = ["too_small", "too_large", "changed_mind", "defective"]
RESOLUTIONS = ["refund", "store_credit", "exchange", "keep_item"]
STATUSES = ["accepted", "review", "refunded", "refused"]

line_st = st.fixed_dictionaries({
    "category": st.sampled_from(CATEGORIES), "sold": st.integers(1, 4), "returned": st.integers(0, 4),
    "reason": st.sampled_from(REASONS), "amount": st.integers(0, 50_000), "sku": st.sampled_from(["A", "B", "C"]),
})
return_st = st.fixed_dictionaries({
    "lines": st.lists(line_st, min_size=1, max_size=4), "resolution": st.sampled_from(RESOLUTIONS),
    "status": st.sampled_from(STATUSES), "approvals": st.lists(st.sampled_from(["M-1", "M-2", "M-3"]), max_size=3),
    "age_days": st.integers(0, 20),
})


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    database = Database.open(f"sqlite:///{tmp_path_factory.mktemp('analytics') / 'central.sqlite3'}")
    database.migrate()
    yield database
    database.dispose()


def store_returns(db: Database, generated: list[dict]) -> str:
    """Write each generated return (with its own order) into the database; answers the store id."""
    store_id = f"S-{uuid.uuid4().hex[:8]}"
    devices.add_store(db, store_id, store_id, "America/New_York", NOW)
    with db.writing() as session:
        session.add(Device(id=f"D-{store_id}", store_id=store_id, name="", token_hash=uuid.uuid4().hex,
                           created_at=NOW, revoked_at=None))
        session.flush()
        for index, item in enumerate(generated):
            created = NOW - timedelta(days=item["age_days"])
            lines = [order_line(f"L{i}", category=l["category"], quantity=l["sold"], sku=f"SKU-{l['sku']}",
                                title=f"Item {l['sku']}") for i, l in enumerate(item["lines"])]
            document = order_document(store_id, lines=lines, placed=format_utc(created - timedelta(days=2)))
            order = Order(number=document["number"], number_key=document["number"], store_id=store_id,
                          email_key=f"{index}@x", window_start=created, document=document, seq=0, updated_at=NOW)
            session.add(order)
            session.flush()
            case_lines = [{"line_id": f"L{i}", "sku": f"SKU-{l['sku']}", "title": f"Item {l['sku']}",
                           "quantity": l["returned"], "reason_code": l["reason"], "verdict": "eligible",
                           "refund_amount": l["amount"]} for i, l in enumerate(item["lines"])]
            body = {"currency": "USD", "resolution": item["resolution"], "lines": case_lines, "created_at":
                    format_utc(created), "approvals": [{"manager_id": m, "line_id": None} for m in item["approvals"]]}
            case_id = uuid.uuid4().hex
            session.add(Return(id=case_id, code=case_id[:20], store_id=store_id, device_id=f"D-{store_id}",
                               order_id=order.id, order_number=order.number, customer_key=f"{index}@x",
                               policy_version="p", status=item["status"], body=body, body_hash="", refunded=0,
                               response_status=201, response_body="{}", disagreements=[], created_at=created,
                               received_at=created, status_changed_at=created, seq=0))
            session.flush()
            for i, l in enumerate(item["lines"]):
                session.add(ReturnLine(return_id=case_id, position=i, order_id=order.id, line_id=f"L{i}",
                                       quantity=l["returned"], counts=True))
    return store_id


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(generated=st.lists(return_st, max_size=8), days=st.integers(1, 25))
def test_every_table_sums_to_the_returns_in_the_database(db, generated, days):
    store_id = store_returns(db, generated)
    since = NOW - timedelta(days=days)
    facts = analytics.load_facts(db, store_id=store_id, since=since, until=NOW + timedelta(seconds=1))
    tables = {t.name: t for t in analytics.report(facts)}

    counted = [r for r in generated if r["status"] != "refused" and NOW - timedelta(days=r["age_days"]) >= since]
    lines = [l for r in counted for l in r["lines"]]
    assert len(facts.returns) == len(counted)
    units, value = sum(l["returned"] for l in lines), sum(l["amount"] for l in lines)
    for name in ("by_reason", "by_category", "by_product", "by_reason_product"):
        assert sum(tables[name].column("units")) == units
        assert sum(tables[name].column("amount")) == value

    by_reason: dict[str, int] = defaultdict(int)
    by_category: dict[str, int] = defaultdict(int)
    for l in lines:
        by_reason[l["reason"]] += l["amount"]
        by_category[l["category"]] += l["returned"]
    assert dict(zip(tables["by_reason"].column("reason_code"), tables["by_reason"].column("amount"))) == \
        {k: v for k, v in by_reason.items()}
    rate = tables["return_rate"]
    assert {c: n for c, n in zip(rate.column("category"), rate.column("units_returned")) if n} == \
        {c: n for c, n in by_category.items() if n}
    sold = Counter()
    for r in generated:
        if NOW - timedelta(days=r["age_days"] + 2) >= since:
            for l in r["lines"]:
                sold[l["category"]] += l["sold"]
    assert {c: n for c, n in zip(rate.column("category"), rate.column("units_sold")) if n} == dict(+sold)

    retained = tables["retained"]
    kept = sum(l["amount"] for r in counted if r["resolution"] in ("store_credit", "exchange") for l in r["lines"])
    assert retained.rows == ([("USD", kept, value - kept, value, analytics.rate_percent(kept, value))]
                             if counted else [])
    assert sum(tables["by_resolution"].column("amount")) == value
    assert sum(tables["by_resolution"].column("returns")) == len(counted)

    approvals = Counter(m for r in counted for m in r["approvals"])
    staff = tables["overrides_by_staff"]
    assert dict(zip(staff.column("manager_id"), staff.column("overrides"))) == dict(approvals)
    assert sum(tables["overrides_by_store"].column("overrides")) == sum(approvals.values())


@pytest.mark.parametrize(("part", "whole", "shown"), [(1, 8, "12.5"), (1, 3, "33.3"), (2, 3, "66.7"),
                                                      (0, 5, "0.0"), (5, 5, "100.0"), (3, 0, "-")])
def test_rates_are_computed_from_integers(part, whole, shown):
    assert analytics.rate_percent(part, whole) == shown


def test_csv_has_a_header_and_one_row_per_table_row():
    facts = analytics.Facts([analytics.ReturnFact("r1", "S1", "accepted", NOW, "USD", "refund", (
        analytics.LineFact("too_small", "shoes", "SKU-1", "Boot, brown", 2, 5000),))])
    text = analytics.table_csv(analytics.by_product(facts))
    assert text == 'sku,title,currency,returns,units,amount\nSKU-1,"Boot, brown",USD,1,2,5000\n'
