"""Pushing the outbox: delivered once, refused with the server's reason and kept, retried with backoff."""

from __future__ import annotations

import random
import sqlite3
import threading
from datetime import timedelta

from sqlalchemy import select, update

from kiosk.db.models import OutboxRow, ReturnCaseRow
from kiosk.services.sync_review import retry_now, unsent_returns
from kiosk.sync.backoff import MAX_DELAY_S
from kiosk.sync.client import ApiClient, Timeouts
from kiosk.sync.connection import client_for
from kiosk.sync.cycle import run_cycle
from kiosk.sync.push import push_outbox
from kiosk.workflow.clock import system_clock
from tests.sync.conftest import STORE
from tests.sync.support import FAST, LiveCentral, StandIn, free_port, recent_orders, take_return, utc_now


def outbox_rows(kiosk) -> list[OutboxRow]:  # noqa: ANN001
    with kiosk.database.session() as session:
        return list(session.execute(select(OutboxRow).order_by(OutboxRow.id)).scalars())


def pulled_kiosk(central: LiveCentral, make_kiosk, name: str = "kiosk"):  # noqa: ANN001, ANN201
    kiosk = make_kiosk(name)
    report = run_cycle(client_for(kiosk.settings, timeouts=FAST), kiosk.uow, system_clock, random.Random(1))
    assert report.ok, report.lines()
    return kiosk


def test_each_saved_case_is_delivered_and_a_replay_after_a_lost_answer_duplicates_nothing(central, make_kiosk) -> None:  # noqa: ANN001
    orders = recent_orders(STORE, 5)
    central.load(orders)
    kiosk = pulled_kiosk(central, make_kiosk)
    cases = [take_return(kiosk.desk, o["number"], o["customer"]["email"]) for o in orders[:3]]
    client = client_for(kiosk.settings, timeouts=FAST)

    report = push_outbox(client, kiosk.uow, system_clock, random.Random(2))
    assert (report.delivered, report.refused, report.retrying) == (3, 0, 0)
    assert sorted(i for i, _ in central.returns()) == sorted(c.id for c in cases)
    assert {r.state for r in outbox_rows(kiosk)} == {"delivered"}

    # The kiosk crashed after the server answered and before it recorded delivery: all sent again.
    with kiosk.database.session() as session, session.begin():
        session.execute(update(OutboxRow).values(state="pending", next_attempt_at=None))
    again = push_outbox(client, kiosk.uow, system_clock, random.Random(3))
    assert again.delivered == 3
    assert len(central.returns()) == 3
    with kiosk.database.session() as session:
        statuses = set(session.execute(select(ReturnCaseRow.server_status)).scalars())
    assert statuses <= {"accepted", "review"}


def test_two_kiosks_returning_the_same_line_the_second_is_refused_kept_and_not_resent(central, make_kiosk) -> None:  # noqa: ANN001
    order = recent_orders(STORE, 1)[0]
    order["lines"] = order["lines"][:1]
    order["lines"][0]["quantity"] = 1
    central.load([order])
    first, second = pulled_kiosk(central, make_kiosk, "first"), pulled_kiosk(central, make_kiosk, "second")
    take_return(first.desk, order["number"], order["customer"]["email"])
    refused_case = take_return(second.desk, order["number"], order["customer"]["email"])

    assert push_outbox(client_for(first.settings), first.uow, system_clock, random.Random(1)).delivered == 1
    report = push_outbox(client_for(second.settings), second.uow, system_clock, random.Random(1))
    assert report.refused == 1

    [row] = outbox_rows(second)
    assert row.state == "refused" and row.attempts == 1
    assert "left to return" in row.last_error
    assert row.server_response["status"] == 409
    [listed] = unsent_returns(second.uow)
    assert (listed.case_id, listed.state, listed.reason) == (refused_case.id, "refused", row.last_error)

    # Never sent again on its own ...
    assert push_outbox(client_for(second.settings), second.uow, system_clock, random.Random(1)).refused == 0
    assert outbox_rows(second)[0].attempts == 1
    # ... only when staff ask; the server answers as it did (same key, same body), still one return each.
    assert retry_now(second.uow, row.id, system_clock)
    assert push_outbox(client_for(second.settings), second.uow, system_clock, random.Random(1)).refused == 1
    held = dict(central.returns())
    assert len(held) == 2 and held[refused_case.id] == "refused"


def test_server_errors_and_garbage_schedule_a_retry_with_backoff(central, make_kiosk, stand_in: StandIn) -> None:  # noqa: ANN001
    orders = recent_orders(STORE, 2)
    central.load(orders)
    kiosk = pulled_kiosk(central, make_kiosk)
    for order in orders:
        take_return(kiosk.desk, order["number"], order["customer"]["email"])
    client = ApiClient(stand_in.url, "kc_standin", timeouts=FAST)
    before = utc_now()

    stand_in.reply(500, {"error": {"code": "internal_error", "message": "boom"}})
    report = push_outbox(client, kiosk.uow, system_clock, random.Random(4))
    assert (report.delivered, report.refused, report.retrying) == (0, 0, 2)
    for row in outbox_rows(kiosk):
        assert row.state == "pending" and row.attempts == 1 and "HTTP 500" in row.last_error
        assert before <= row.next_attempt_at <= utc_now() + timedelta(seconds=MAX_DELAY_S)

    # Nothing is due until the backoff passes: a second round sends nothing.
    sent = len(stand_in.requests)
    push_outbox(client, kiosk.uow, system_clock, random.Random(4))
    assert len(stand_in.requests) == sent

    later = lambda: utc_now() + timedelta(seconds=MAX_DELAY_S + 1)  # noqa: E731
    stand_in.reply(201, {"id": "someone-else", "status": "accepted"})  # a receipt, but not for this case
    report = push_outbox(client, kiosk.uow, later, random.Random(4))
    assert report.retrying == 2
    assert all(r.attempts == 2 and "not a receipt" in r.last_error for r in outbox_rows(kiosk))


def test_a_server_too_slow_to_answer_is_retried_later_and_stops_the_round(central, make_kiosk,  # noqa: ANN001
                                                                          stand_in: StandIn) -> None:
    orders = recent_orders(STORE, 2)
    central.load(orders)
    kiosk = pulled_kiosk(central, make_kiosk)
    for order in orders:
        take_return(kiosk.desk, order["number"], order["customer"]["email"])
    stand_in.reply(201, {"id": "late", "status": "accepted"})
    stand_in.answer.hold = threading.Event()  # never answers within the read timeout
    client = ApiClient(stand_in.url, "kc_slow", timeouts=Timeouts(connect=1.0, read=0.5))
    report = push_outbox(client, kiosk.uow, system_clock, random.Random(6))
    assert report.stopped_by is not None and report.stopped_by.code == "timeout"
    assert [(r.state, r.attempts) for r in outbox_rows(kiosk)] == [("pending", 1), ("pending", 0)]
    assert "did not answer in time" in outbox_rows(kiosk)[0].last_error


def test_an_unreachable_server_stops_the_round_after_one_attempt(central, make_kiosk) -> None:  # noqa: ANN001
    orders = recent_orders(STORE, 3)
    central.load(orders)
    kiosk = pulled_kiosk(central, make_kiosk)
    for order in orders:
        take_return(kiosk.desk, order["number"], order["customer"]["email"])
    client = ApiClient(f"http://127.0.0.1:{free_port()}", "kc_gone", timeouts=FAST)
    report = push_outbox(client, kiosk.uow, system_clock, random.Random(5))
    assert report.retrying == 1 and report.stopped_by is not None and report.stopped_by.status is None
    assert [r.attempts for r in outbox_rows(kiosk)] == [1, 0, 0]
    assert all(r.state == "pending" for r in outbox_rows(kiosk))
    db = sqlite3.connect(kiosk.settings.database_path)
    assert db.execute("select count(*) from outbox where state = 'pending'").fetchone() == (3,)
