"""Group commit: cases queued together share one transaction, and each still gets the answer
it would have had alone; a batch that fails is rolled back whole and retaken case by case; on
SQLite the event loop takes batches without ever waiting for another process's write lock.
The writer runs over a real, migrated SQLite file."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Iterator

import pytest
from sqlalchemy import func, select

from central import intake_writer
from central.auth import DeviceIdentity
from central.context import ServerContext
from central.errors import ApiError
from central.intake_writer import IntakeWriter
from central.models import Order, Return
from central.ops import intake
from central.ops.intake import Answer
from central.schemas import ReturnCaseIn
from central.settings import Settings
from tests.central.support import (
    Central,
    Kiosk,
    Pick,
    honest_case,
    order_document,
    order_line,
    policy_document,
    start_central,
)


@pytest.fixture
def central_sqlite(sqlite_file: str) -> Iterator[Central]:
    harness = start_central(sqlite_file, "sqlite")
    harness.set_policy(policy_document())
    yield harness
    harness.close()


@pytest.fixture
def writer(central_sqlite: Central) -> Iterator[IntakeWriter]:
    context = ServerContext(central_sqlite.db, Settings(db_url=str(central_sqlite.db.engine.url)), central_sqlite.clock)
    taker = IntakeWriter(context)
    yield taker
    taker.close()


def submit(writer: IntakeWriter, kiosk: Kiosk, case: dict[str, Any]) -> Future[Answer]:
    device = DeviceIdentity(kiosk.device_id, kiosk.store_id)
    return writer.submit(intake.post(device, case["id"], ReturnCaseIn.model_validate(case)))


def stored(central: Central) -> int:
    with central.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Return)) or 0)


def test_cases_queued_together_are_answered_as_if_posted_alone(central_sqlite, writer):
    kiosk = central_sqlite.kiosk()
    last_unit = order_document(kiosk.store_id, lines=[order_line("L1", quantity=1)])
    other = order_document(kiosk.store_id)
    central_sqlite.load(last_unit, other)
    first, second = (honest_case(last_unit, [Pick("L1")]) for _ in range(2))
    unknown = dict(honest_case(other, [Pick("L1")]), order_number="NO-SUCH-ORDER")
    with central_sqlite.db.writing():  # hold the write lock: everything below queues up behind it
        futures = [submit(writer, kiosk, case) for case in
                   (honest_case(other, [Pick("L1")]), first, second, first, unknown)]
    took_other, took_first, refused, replayed = (f.result(timeout=30) for f in futures[:4])
    assert took_other.status == took_first.status == 201
    assert refused.status == 409
    assert json.loads(refused.body)["error"]["lines"] == [{"line_id": "L1", "requested": 1, "quantity_left": 0}]
    assert replayed.replayed and (replayed.status, replayed.body) == (took_first.status, took_first.body)
    with pytest.raises(ApiError) as raised:
        futures[4].result(timeout=30)
    assert raised.value.code == "unknown_order"
    assert stored(central_sqlite) == 3  # the 409 is kept, to be replayed; the unknown order is not


def test_an_order_two_cases_of_a_batch_return_from_moves_to_the_later_ones_place_in_the_feed(central_sqlite, writer):
    kiosk = central_sqlite.kiosk()
    order = order_document(kiosk.store_id)  # two units of L1
    central_sqlite.load(order)
    cases = [honest_case(order, [Pick("L1")]) for _ in range(2)]
    with central_sqlite.db.writing():
        futures = [submit(writer, kiosk, case) for case in cases]
    assert [f.result(timeout=30).status for f in futures] == [201, 201]
    with central_sqlite.db.reading() as session:
        order_seq = session.scalar(select(Order.seq).where(Order.number == order["number"]))
        seqs = dict(session.execute(select(Return.id, Return.seq)).all())
    assert seqs[cases[0]["id"]] < seqs[cases[1]["id"]] == order_seq
    served, _cursor, _total = kiosk.pull_orders()
    assert [line["quantity_returned"] for line in served[0]["lines"]] == [2]


def test_a_shoppers_second_case_in_a_batch_counts_the_first_towards_frequent_returns(central_sqlite, writer):
    document = policy_document("frequent-1")
    document["approval"]["frequent_returns"] = {"period_days": 90, "max_returns": 1}
    central_sqlite.set_policy(document)
    kiosk = central_sqlite.kiosk()
    first, second = (order_document(kiosk.store_id, email="Frequent@Example.com") for _ in range(2))
    stranger = order_document(kiosk.store_id)
    central_sqlite.load(first, second, stranger)
    cases = [honest_case(order, [Pick("L1")], policy_doc=document) for order in (first, stranger, second)]
    with central_sqlite.db.writing():  # all three queue up and are taken as one batch
        futures = [submit(writer, kiosk, case) for case in cases]
    receipts = [json.loads(f.result(timeout=30).body) for f in futures]
    assert [r["status"] for r in receipts] == ["accepted", "accepted", "review"]
    assert receipts[2]["disagreements"][0]["server"] == "needs_approval"


def test_a_batch_that_fails_is_rolled_back_whole_and_each_case_taken_alone(central_sqlite, writer, monkeypatch):
    kiosk = central_sqlite.kiosk()
    orders = [order_document(kiosk.store_id) for _ in range(4)]
    central_sqlite.load(*orders)
    cases = [honest_case(order, [Pick("L1")]) for order in orders]
    failed: list[int] = []
    real_take = intake_writer.take

    def failing_once(session: Any, context: Any, posts: Any) -> list[Any]:
        outcomes = real_take(session, context, posts)
        if len(posts) > 1 and not failed:  # the whole batch is written, not yet committed
            failed.append(len(posts))
            raise sqlite3.OperationalError("disk I/O error")
        return outcomes

    monkeypatch.setattr(intake_writer, "take", failing_once)
    with central_sqlite.db.writing():
        futures = [submit(writer, kiosk, case) for case in cases]
    answers = [f.result(timeout=30) for f in futures]
    assert failed == [4]
    assert [a.status for a in answers] == [201] * 4
    assert not any(a.replayed for a in answers)  # the failed batch committed nothing
    assert stored(central_sqlite) == 4
    for case in cases:
        again = submit(writer, kiosk, case).result(timeout=30)
        assert again.replayed and again.status == 201


def test_closing_answers_what_is_queued_first(central_sqlite, writer):
    kiosk = central_sqlite.kiosk()
    orders = [order_document(kiosk.store_id) for _ in range(5)]
    central_sqlite.load(*orders)
    with central_sqlite.db.writing():
        futures = [submit(writer, kiosk, honest_case(order, [Pick("L1")])) for order in orders]
    writer.close()
    assert all(f.done() and f.result().status == 201 for f in futures)
    with pytest.raises(RuntimeError, match="stopped"):
        submit(writer, kiosk, honest_case(orders[0], [Pick("L1")]))


def test_a_write_lock_held_by_another_process_does_not_stall_the_api(central_sqlite, sqlite_file):
    """The event loop takes batches only when SQLite's write lock is free at once; otherwise
    the batch waits on the writer thread and every other request is still answered."""
    kiosk = central_sqlite.kiosk()
    order = order_document(kiosk.store_id)
    central_sqlite.load(order)
    case = honest_case(order, [Pick("L1")])
    other = sqlite3.connect(sqlite_file.removeprefix("sqlite:///"), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process writing, a `kiosk-central load-orders` say
    writer: IntakeWriter = central_sqlite.server.app.state.intake
    with ThreadPoolExecutor(1) as pool:
        posting = pool.submit(kiosk.post_case, case)
        deadline = time.monotonic() + 30
        while writer._thread is None:  # the loop found the lock taken and handed the batch over
            assert time.monotonic() < deadline and not posting.done(), "the post never reached the writer thread"
            time.sleep(0.01)
        assert kiosk.get("/v1/health").status_code == 200
        assert kiosk.get("/v1/managers").status_code == 200
        assert not posting.done()  # it cannot be stored before the other writer lets go
        other.execute("COMMIT")
        response = posting.result(timeout=30)
    other.close()
    assert response.status_code == 201 and response.json()["status"] == "accepted"
    assert stored(central_sqlite) == 1


def test_a_batch_that_fails_on_the_event_loop_is_taken_again_on_the_writer_thread(central_sqlite, monkeypatch):
    kiosk = central_sqlite.kiosk()
    orders = [order_document(kiosk.store_id) for _ in range(3)]
    central_sqlite.load(*orders)
    failed: list[int] = []
    real_take = intake_writer.take

    def failing_on_the_loop(session: Any, context: Any, posts: Any) -> list[Any]:
        outcomes = real_take(session, context, posts)
        if threading.current_thread().name != "central-intake" and not failed:  # on the server's event loop
            failed.append(len(posts))
            raise sqlite3.OperationalError("disk I/O error")
        return outcomes

    monkeypatch.setattr(intake_writer, "take", failing_on_the_loop)
    with ThreadPoolExecutor(3) as pool:
        responses = list(pool.map(kiosk.post_case, [honest_case(order, [Pick("L1")]) for order in orders]))
    assert failed  # one batch did fail on the loop, after writing its cases
    assert [r.status_code for r in responses] == [201] * 3
    assert all(r.headers.get("Idempotent-Replayed") is None for r in responses)
    assert stored(central_sqlite) == 3


def test_a_batch_waits_for_the_posts_still_being_read_and_takes_them_together(central_sqlite, writer, monkeypatch):
    """After a batch is answered its kiosks post again at once: the next batch starts when
    every post the loop has begun to handle has joined it, not with the first of them."""
    monkeypatch.setattr(intake_writer, "_GATHER_S", 30.0)  # only the posts themselves can start the batch
    kiosk = central_sqlite.kiosk()
    orders = [order_document(kiosk.store_id) for _ in range(3)]
    central_sqlite.load(*orders)
    posts = [intake.post(DeviceIdentity(kiosk.device_id, kiosk.store_id), case["id"], ReturnCaseIn.model_validate(case))
             for case in (honest_case(order, [Pick("L1")]) for order in orders)]
    batches = recorded_batches(monkeypatch)

    async def three_posts_read_together() -> list[Answer]:
        arrivals = [writer.arrival() for _ in posts]
        first = asyncio.create_task(writer.receive(posts[0], arrivals[0]))
        for _ in range(10):
            await asyncio.sleep(0)
        assert batches == [] and not first.done()  # two posts are still being read
        rest = [asyncio.create_task(writer.receive(p, a)) for p, a in zip(posts[1:], arrivals[1:])]
        return await asyncio.wait_for(asyncio.gather(first, *rest), timeout=30)

    answers = asyncio.run(three_posts_read_together())
    assert [a.status for a in answers] == [201] * 3
    assert batches == [3]
    assert writer.arriving == 0


def test_a_post_refused_before_the_queue_lets_the_batch_go(central_sqlite, writer, monkeypatch):
    monkeypatch.setattr(intake_writer, "_GATHER_S", 30.0)
    posted = a_posted_case(central_sqlite)
    batches = recorded_batches(monkeypatch)

    async def one_taken_one_refused() -> Answer:
        taken, refused = writer.arrival(), writer.arrival()
        answer = asyncio.create_task(writer.receive(posted, taken))
        for _ in range(10):
            await asyncio.sleep(0)
        assert not answer.done()
        refused.close()  # a 401 or 422: it never joins the queue
        refused.close()  # closing twice counts once
        return await asyncio.wait_for(answer, timeout=30)

    assert asyncio.run(one_taken_one_refused()).status == 201
    assert batches == [1]
    assert writer.arriving == 0


def test_a_post_that_never_arrives_holds_the_batch_up_only_briefly(central_sqlite, writer, monkeypatch):
    monkeypatch.setattr(intake_writer, "_GATHER_S", 0.01)
    posted = a_posted_case(central_sqlite)

    async def with_a_stalled_post() -> Answer:
        writer.arrival()  # never closed
        return await asyncio.wait_for(writer.receive(posted, writer.arrival()), timeout=30)

    assert asyncio.run(with_a_stalled_post()).status == 201


def test_the_server_counts_every_post_it_reads_until_it_is_queued_or_answered(central_sqlite):
    kiosk = central_sqlite.kiosk()
    order = order_document(kiosk.store_id)
    central_sqlite.load(order)
    case = honest_case(order, [Pick("L1")])
    assert kiosk.post_case(case).status_code == 201
    assert kiosk.post_case(dict(case, lines="not a list")).status_code == 422
    assert kiosk.http.post("/v1/returns", content=b"{garbage", headers={"Idempotency-Key": "k"}).status_code == 422
    unknown = {"Authorization": "Bearer kc_unknown", "Idempotency-Key": case["id"]}
    assert kiosk.http.post("/v1/returns", json=case, headers=unknown).status_code == 401
    writer: IntakeWriter = central_sqlite.server.app.state.intake
    assert writer.arriving == 0


def a_posted_case(central: Central) -> intake.Post:
    """A case for one unit of a new order, as the route hands it to the writer."""
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id)
    central.load(order)
    case = honest_case(order, [Pick("L1")])
    return intake.post(DeviceIdentity(kiosk.device_id, kiosk.store_id), case["id"], ReturnCaseIn.model_validate(case))


def recorded_batches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The size of every batch the writer takes from now on."""
    sizes: list[int] = []
    real_take = intake_writer.take

    def recording(session: Any, context: Any, posts: Any) -> list[Any]:
        sizes.append(len(posts))
        return real_take(session, context, posts)

    monkeypatch.setattr(intake_writer, "take", recording)
    return sizes
