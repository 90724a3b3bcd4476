"""POST /v1/returns: one ordinary FastAPI route, one transaction per post (central.ops.intake).

Nothing is answered before the commit, a transaction that fails leaves nothing behind, and
on SQLite a post waits for another process's write lock in SQLite's busy handler on a worker
thread, while every other request is answered.
"""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Iterator

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from central.models import Return
from central.ops import intake
from tests.central.support import Central, Pick, honest_case, order_document, policy_document, start_central


@pytest.fixture
def central_sqlite(sqlite_file: str) -> Iterator[Central]:
    harness = start_central(sqlite_file, "sqlite")
    harness.set_policy(policy_document())
    yield harness
    harness.close()


def stored(central: Central, store_id: str) -> int:
    with central.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Return).where(Return.store_id == store_id)) or 0)


def test_a_write_lock_held_by_another_process_holds_up_only_the_posts(central_sqlite, sqlite_file):
    """More posts than the intake has threads wait for the lock; every other request is answered."""
    kiosk = central_sqlite.kiosk()
    orders = [order_document(kiosk.store_id) for _ in range(central_sqlite.server.app.state.context.settings.intake_threads + 2)]
    central_sqlite.load(*orders)
    posters = [central_sqlite.kiosk(kiosk.store_id) for _ in orders]  # a client of its own for each thread
    other = sqlite3.connect(sqlite_file.removeprefix("sqlite:///"), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process writing, a `kiosk-central load-orders` say
    with ThreadPoolExecutor(len(orders)) as pool:
        posting = [pool.submit(poster.post_case, honest_case(order, [Pick("L1")]))
                   for poster, order in zip(posters, orders)]
        assert kiosk.get("/v1/health").status_code == 200
        assert kiosk.get("/v1/managers").status_code == 200
        assert kiosk.get("/v1/returns/changes").status_code == 200
        assert not any(p.done() for p in posting)  # none can be stored before the other writer lets go
        other.execute("COMMIT")
        responses = [p.result(timeout=60) for p in posting]
    other.close()
    assert [r.status_code for r in responses] == [201] * len(orders)
    assert stored(central_sqlite, kiosk.store_id) == len(orders)


def test_a_transaction_that_fails_stores_nothing_and_the_kiosk_is_told_to_retry(central, monkeypatch):
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id)
    central.load(order)
    case = honest_case(order, [Pick("L1")])
    real_store = intake._store
    failures: list[str] = []

    def failing_once(*args: Any) -> None:
        real_store(*args)  # everything is written, nothing committed yet
        if not failures:
            failures.append(case["id"])
            raise OperationalError("COMMIT", {}, Exception("disk I/O error"))

    monkeypatch.setattr(intake, "_store", failing_once)
    failed = kiosk.post_case(case)
    assert failed.status_code == 503 and failed.headers["Retry-After"] == "1"  # the kiosk tries again later
    assert stored(central, kiosk.store_id) == 0
    again = kiosk.post_case(case)
    assert again.status_code == 201 and "Idempotent-Replayed" not in again.headers
    replayed = kiosk.post_case(case)
    assert replayed.content == again.content and replayed.headers["Idempotent-Replayed"] == "true"
    assert stored(central, kiosk.store_id) == 1


def test_a_refused_post_is_refused_before_any_write(central):
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id)
    central.load(order)
    case = honest_case(order, [Pick("L1")])
    assert kiosk.post_case(case, key="another-key").json()["error"]["code"] == "idempotency_key_mismatch"
    assert kiosk.post_case(dict(case, lines="not a list")).status_code == 422
    assert kiosk.http.post("/v1/returns", content=b"{garbage",
                           headers={"Idempotency-Key": case["id"]}).status_code == 422
    unknown = {"Authorization": "Bearer kc_unknown", "Idempotency-Key": case["id"]}
    assert kiosk.http.post("/v1/returns", json=case, headers=unknown).status_code == 401
    assert stored(central, kiosk.store_id) == 0
    assert kiosk.post_case(case).status_code == 201


def test_two_cases_with_one_return_code_on_two_orders_store_only_the_first(central):
    kiosk = central.kiosk()
    first, second = order_document(kiosk.store_id), order_document(kiosk.store_id)
    central.load(first, second)
    taken = honest_case(first, [Pick("L1")])
    clash = dict(honest_case(second, [Pick("L1")]), code=taken["code"])
    assert kiosk.post_case(taken).status_code == 201
    refused = kiosk.post_case(clash)
    assert refused.status_code == 422 and refused.json()["error"]["code"] == "code_taken"
    assert stored(central, kiosk.store_id) == 1
