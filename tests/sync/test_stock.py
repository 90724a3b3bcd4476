"""This store's stock: pulled from central's feed, moved by the kiosk's own exchanges and restocks
until central has counted them, and what exchanges offer the next shopper.

Real parts: migrated SQLite profiles (the demo's, and registered kiosks), the sync client
against a stand-in that answers exactly as the contract's feed does, and the real central
server on loopback."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta
from typing import Any

import pytest

from kiosk.app import Services
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.demo import demo_variants
from kiosk.sync.client import ApiClient
from kiosk.sync.connection import client_for
from kiosk.sync.cycle import run_cycle
from kiosk.sync.pull_stock import CURSOR, STOCK_PULLED, pull_stock
from kiosk.workflow.cases import ReturnCase, new_case_id
from kiosk.workflow.ids import mint_return_code
from tests.conftest import NOW
from tests.sync.support import Canned, StandIn

SOLD_OUT = next(v for v, _ in demo_variants() if v.in_stock == 0)
PLENTY = next(v for v, _ in demo_variants() if v.in_stock >= 5 and v.product_id == SOLD_OUT.product_id)


def a_case(*, restock: str | None = None, exchange: str | None = None, quantity: int = 1,
           status: str = "completed") -> ReturnCase:
    """A saved-case document as the wizard writes it (format v3 fields read from the dict)."""
    line = {"line_id": "L1", "sku": restock or PLENTY.sku, "title": "Item", "quantity": quantity,
            "reason_code": "too_small", "verdict": "eligible", "refund_amount": 0, "exchange_sku": exchange,
            "disposition": "restock" if restock else "damaged"}
    return ReturnCase.from_dict({
        "schema_version": 3, "id": new_case_id(), "code": mint_return_code(), "order_number": "R100001",
        "store_id": "S001", "device_id": "k1", "created_at": "2026-11-27T12:00:00Z", "currency": "USD",
        "resolution": "exchange" if exchange else "refund", "status": status, "policy_version": "v1",
        "refund_total": 0, "lines": [line]})


def stock_of(uow: UnitOfWork, sku: str) -> int:
    with uow.reading() as tx:
        return next(v.in_stock for v in tx.orders.variants_of(SOLD_OUT.product_id) if v.sku == sku)


def save(uow: UnitOfWork, case: ReturnCase) -> None:
    with uow.writing() as tx:
        tx.cases.save(case, now=NOW)


def test_before_any_stock_feed_the_seeds_numbers_hold(services: Services) -> None:
    assert stock_of(services.uow, SOLD_OUT.sku) == 0
    assert stock_of(services.uow, PLENTY.sku) == PLENTY.in_stock


def test_a_restocked_unit_is_offered_to_the_next_shopper_offline(services: Services) -> None:
    save(services.uow, a_case(restock=SOLD_OUT.sku))
    assert stock_of(services.uow, SOLD_OUT.sku) == 1


def test_an_exchange_takes_its_units_out_and_never_below_zero(services: Services) -> None:
    save(services.uow, a_case(exchange=PLENTY.sku, quantity=2))
    assert stock_of(services.uow, PLENTY.sku) == PLENTY.in_stock - 2
    save(services.uow, a_case(exchange=PLENTY.sku, quantity=50))
    assert stock_of(services.uow, PLENTY.sku) == 0


def test_a_case_held_for_a_manager_moves_nothing(services: Services) -> None:
    save(services.uow, a_case(restock=SOLD_OUT.sku, status="pending_approval"))
    assert stock_of(services.uow, SOLD_OUT.sku) == 0


def test_the_feed_replaces_the_seed_and_only_uncounted_cases_move_it(services: Services) -> None:
    uow = services.uow
    counted, later = a_case(restock=SOLD_OUT.sku), a_case(restock=SOLD_OUT.sku, quantity=2)
    for case in (counted, later):
        save(uow, case)
    with uow.writing() as tx:  # central took the first case, then the stock feed was read
        tx.stock.save([("S001", SOLD_OUT.sku, 4)], now=NOW)
        deliver(tx, counted, NOW - timedelta(minutes=1))
        tx.stock.mark_pulled(NOW)
    assert stock_of(uow, SOLD_OUT.sku) == 4 + 2  # the second is not in central's 4 yet
    assert stock_of(uow, PLENTY.sku) == 0  # the feed does not list it: none on hand


def deliver(tx: Any, case: ReturnCase, at: datetime) -> None:
    event = next(e for e in tx.outbox.due(at + timedelta(days=1)) if e.case_id == case.id)
    tx.outbox.mark_delivered(event, {"status": "accepted"}, status="accepted", now=at)


# --- the pull, against the contract's feed ---------------------------------------------------


def page(items: list[tuple[str, int]], cursor: str, has_more: bool = False) -> Canned:
    body = {"stock": [{"store_id": "S001", "sku": s, "on_hand": n} for s, n in items], "next_cursor": cursor,
            "has_more": has_more}
    return Canned(body=json.dumps(body).encode())


@pytest.fixture
def client(stand_in: StandIn) -> Any:
    made = ApiClient(stand_in.url, "token")
    yield made
    made.close()


def test_a_pulled_page_lands_with_its_cursor_and_an_audit_entry(services: Services, stand_in: StandIn,
                                                                client: ApiClient) -> None:
    stand_in.answer = page([(SOLD_OUT.sku, 3), (PLENTY.sku, 1)], "c-1")
    report = pull_stock(client, services.uow, lambda: NOW)
    assert (report.items, report.complete) == (2, True)
    assert stock_of(services.uow, SOLD_OUT.sku) == 3 and stock_of(services.uow, PLENTY.sku) == 1
    with services.uow.reading() as tx:
        assert tx.settings.get(CURSOR) == "c-1"
        assert tx.stock.pulled_at() == NOW
        assert [e.kind for e in tx.audit.entries()][-1] == STOCK_PULLED
    assert "cursor" not in stand_in.requests[0][1]  # first pull: from the start

    stand_in.answer = page([], "c-2")
    pull_stock(client, services.uow, lambda: NOW)
    assert "cursor=c-1" in stand_in.requests[-1][1]


@pytest.mark.parametrize("body", [
    {"stock": [{"store_id": "S001", "sku": "X", "on_hand": "3"}], "next_cursor": "c", "has_more": False},
    {"stock": [{"store_id": "S001", "sku": "X", "on_hand": 3}], "has_more": False},
    {"stock": [{"sku": "X", "on_hand": 3}], "next_cursor": "c", "has_more": False},
])
def test_a_page_that_cannot_be_read_is_refused_whole(services: Services, stand_in: StandIn, client: ApiClient,
                                                     body: dict[str, Any]) -> None:
    from kiosk.sync.errors import StepFailed

    stand_in.answer = Canned(body=json.dumps(body).encode())
    with pytest.raises(StepFailed):
        pull_stock(client, services.uow, lambda: NOW)
    with services.uow.reading() as tx:
        assert tx.stock.pulled_at() is None and not tx.settings.get(CURSOR)


def test_a_server_without_the_feed_leaves_the_stock_alone(services: Services, stand_in: StandIn,
                                                          client: ApiClient) -> None:
    stand_in.answer = Canned(404, json.dumps({"error": {"code": "not_found", "message": "Not Found"}}).encode())
    report = pull_stock(client, services.uow, lambda: NOW)
    assert report.unsupported and stock_of(services.uow, SOLD_OUT.sku) == 0


# --- against the real central server -----------------------------------------------------------


def test_a_restocked_unit_reaches_the_next_shopper_before_and_after_central_counts_it(
        central: Any, make_kiosk: Any) -> None:
    from central.ops.stock import set_stock
    from tests.sync.conftest import STORE
    from tests.sync.support import recent_orders, take_return, utc_now

    [order] = recent_orders(STORE, 4)[:1]
    line = order["lines"][0]
    central.load([order])
    set_stock(central.db, STORE, {line["sku"]: 0}, "test", utc_now())
    kiosk = make_kiosk()
    with kiosk.uow.writing() as tx:
        tx.orders.save_variants([(v, t) for v, t in demo_variants()], "USD")

    def on_hand() -> int:
        with kiosk.uow.reading() as tx:
            return next(v.in_stock for v in tx.orders.variants_of(line["product_id"]) if v.sku == line["sku"])

    def sync() -> Any:
        client = client_for(kiosk.settings)
        assert client is not None
        try:
            return run_cycle(client, kiosk.uow, utc_now, random.Random(1))
        finally:
            client.close()

    first = sync()
    assert first.ok and first.stock is not None and first.stock.complete
    assert on_hand() == 0  # central's count replaced the seed's

    case = take_return(kiosk.desk, order["number"], order["customer"]["email"], {line["id"]: 1})
    assert case.to_dict()["lines"][0]["disposition"] == "restock"
    assert on_hand() == 1  # offline: the kiosk's own restock counts at once

    second = sync()
    assert second.ok and second.push.delivered == 1
    assert on_hand() == 1  # central counted it and said so: not twice
    from central.ops.stock import levels
    assert levels(central.db, STORE)[line["sku"]] == 1
