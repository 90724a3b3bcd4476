"""Many kiosks at once: never more returned than bought, never a case stored twice."""

from __future__ import annotations

import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

import pytest
from sqlalchemy import func, select

from central.auth import DeviceIdentity
from central.context import ServerContext
from central.models import Order, Return, ReturnLine
from central.ops import intake
from central.schemas import ReturnCaseIn
from central.settings import Settings
from tests.central.support import Kiosk, Pick, honest_case, order_document, order_line, policy_document


def at_once(calls: list[Callable[[], Any]]) -> list[Any]:
    """Run the calls on their own threads, released together by a barrier."""
    barrier = threading.Barrier(len(calls))

    def released(call: Callable[[], Any]) -> Any:
        barrier.wait()
        return call()

    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        return list(pool.map(released, calls))


def units_taken(central, order_number: str) -> int:
    with central.db.reading() as session:
        taken = session.scalar(
            select(func.coalesce(func.sum(ReturnLine.quantity), 0))
            .join(Return, Return.id == ReturnLine.return_id)
            .where(Return.order_number == order_number, Return.status != "refused", ReturnLine.counts.is_(True)))
    return int(taken)


def stored_rows(central, case_ids) -> int:
    with central.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Return).where(Return.id.in_(list(case_ids)))))


def test_two_kiosks_posting_for_the_last_unit_at_once_exactly_one_succeeds(central):
    first = central.kiosk()
    second = central.kiosk(first.store_id)
    for _round in range(5):
        order = order_document(first.store_id, lines=[order_line("L1", quantity=1)])
        central.load(order)
        cases = [honest_case(order, [Pick("L1")]) for _ in range(2)]
        answers = at_once([lambda k=k, c=c: k.post_case(c) for k, c in zip((first, second), cases, strict=True)])
        assert sorted(a.status_code for a in answers) == [201, 409]
        assert units_taken(central, order["number"]) == 1


def test_eight_kiosks_racing_for_three_units_get_exactly_three(central):
    kiosks = [central.kiosk()]
    kiosks += [central.kiosk(kiosks[0].store_id) for _ in range(7)]
    order = order_document(kiosks[0].store_id, lines=[order_line("L1", quantity=3)])
    central.load(order)
    cases = [honest_case(order, [Pick("L1")]) for _ in kiosks]
    answers = at_once([lambda k=k, c=c: k.post_case(c) for k, c in zip(kiosks, cases, strict=True)])
    assert sorted(a.status_code for a in answers) == [201] * 3 + [409] * 5
    assert units_taken(central, order["number"]) == 3


def test_one_case_posted_by_several_clients_at_once_is_stored_once(central):
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id, lines=[order_line("L1", quantity=1)])
    central.load(order)
    case = honest_case(order, [Pick("L1")])
    clients = [Kiosk(central.url, kiosk.device_id, kiosk.store_id, kiosk.token) for _ in range(6)]
    try:
        answers = at_once([lambda c=c: c.post_case(case) for c in clients])
    finally:
        for client in clients:
            client.close()
    assert {(a.status_code, a.content) for a in answers} == {(201, answers[0].content)}
    assert stored_rows(central, [case["id"]]) == 1


def test_a_replay_of_100_posts_stores_each_case_once(central):
    kiosks = [central.kiosk()]
    kiosks += [central.kiosk(kiosks[0].store_id) for _ in range(3)]
    orders = [order_document(kiosks[0].store_id, lines=[order_line("L1", quantity=2)]) for _ in range(50)]
    central.load(*orders)
    cases = [honest_case(order, [Pick("L1")]) for order in orders for _ in range(2)]
    posts = [(kiosks[i % len(kiosks)], case) for i, case in enumerate(cases)]

    def post_all(work):
        with ThreadPoolExecutor(max_workers=8) as pool:
            return list(pool.map(lambda item: item[0].post_case(item[1]), work))

    first = post_all(posts)
    assert [a.status_code for a in first] == [201] * 100
    replay = list(zip(posts, first, strict=True))
    random.Random(4).shuffle(replay)
    again = post_all([post for post, _answer in replay])
    assert [(a.status_code, a.content) for a in again] == [(b.status_code, b.content) for _p, b in replay]
    assert stored_rows(central, [c["id"] for c in cases]) == 100
    feed = kiosks[0].get("/v1/returns/changes", params={"limit": 500}).json()["returns"]
    assert sorted(r["id"] for r in feed) == sorted(c["id"] for c in cases)
    assert all(units_taken(central, o["number"]) == 2 for o in orders[:5])


def test_a_case_whose_order_another_transaction_holds_waits_without_holding_up_the_others(backend, fresh_central):
    """On PostgreSQL a post waits for its order's row lock (another post's transaction, a
    `load-orders`); posts for other orders are answered meanwhile."""
    if backend != "postgresql":
        pytest.skip("SQLite locks the whole database: see test_intake")
    central = fresh_central()
    central.set_policy(policy_document())
    kiosk = central.kiosk()
    other = central.kiosk(kiosk.store_id)  # a client of its own: one per thread
    held, free = order_document(kiosk.store_id), order_document(kiosk.store_id)
    central.load(held, free)
    with ThreadPoolExecutor(1) as pool:
        with central.db.writing() as session:
            session.execute(select(Order.id).where(Order.number == held["number"]).with_for_update())
            waiting = pool.submit(other.post_case, honest_case(held, [Pick("L1")]))
            wait_until_a_post_waits_for(central, "Lock", "transactionid", "tuple")
            assert kiosk.post_case(honest_case(free, [Pick("L1")])).status_code == 201
            assert not waiting.done()  # its order is still locked by this transaction
        response = waiting.result(timeout=30)
    assert response.status_code == 201 and response.json()["status"] == "accepted"


def test_a_shoppers_returns_on_two_orders_are_counted_one_transaction_after_the_other(backend, fresh_central):
    """Two transactions taking one shopper's returns on different orders lock different order
    rows; each must still count the other's return towards the frequent-returns rule."""
    if backend != "postgresql":
        pytest.skip("SQLite's write lock already takes one transaction at a time")
    central = fresh_central()
    document = policy_document("frequent-1")
    document["approval"]["frequent_returns"] = {"period_days": 90, "max_returns": 1}
    central.set_policy(document)
    kiosk = central.kiosk()
    first, second = (order_document(kiosk.store_id, email="Frequent@Example.com") for _ in range(2))
    central.load(first, second)
    context = ServerContext(central.db, Settings(db_url=str(central.db.engine.url)), central.clock)
    case = honest_case(first, [Pick("L1")], policy_doc=document)
    posted = intake.post(DeviceIdentity(kiosk.device_id, kiosk.store_id), case["id"], ReturnCaseIn.model_validate(case))
    with ThreadPoolExecutor(1) as pool:
        with central.db.writing() as session:  # another post's transaction, decided and not yet committed
            assert intake.take(session, context, posted).status == 201
            racing = pool.submit(kiosk.post_case, honest_case(second, [Pick("L1")], policy_doc=document))
            wait_until_a_post_waits_for(central, "Lock", "advisory")
            assert not racing.done()
        response = racing.result(timeout=30)
    assert response.status_code == 201
    assert response.json()["status"] == "review"
    assert response.json()["disagreements"][0]["server"] == "needs_approval"


def wait_until_a_post_waits_for(central, wait_type: str, *events: str) -> None:
    """Until a server connection is waiting for a lock of one of these kinds (pg_stat_activity)."""
    deadline = time.monotonic() + 30
    with central.db.engine.connect() as connection:
        while not connection.exec_driver_sql(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = %(type)s AND wait_event = ANY(%(events)s)",
                {"type": wait_type, "events": list(events)}).scalar():
            assert time.monotonic() < deadline, "no post ever waited for the lock"  # waiting, not timing
            time.sleep(0.01)
            connection.rollback()
