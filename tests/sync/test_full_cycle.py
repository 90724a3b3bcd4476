"""The whole story with the background worker: orders loaded centrally reach the kiosk, returns are
taken while the server is down, and once it is back each case arrives exactly once."""

from __future__ import annotations

import random
import threading

from sqlalchemy import select

from kiosk.config import load_settings
from kiosk.db.engine import Database
from kiosk.db.models import OutboxRow, ReturnCaseRow
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.sync.health import SyncHealth
from kiosk.sync.worker import SyncWorker
from kiosk.workflow.clock import system_clock
from tests.sync.conftest import STORE
from tests.sync.support import FAST, recent_orders, take_return, wait_for


class ShortDelays(random.Random):
    """Backoff with the real shape but tiny delays, so the test never waits minutes."""

    def uniform(self, a: float, b: float) -> float:
        return min(b, 0.05)


class Snapshots:
    def __init__(self) -> None:
        self.items: list[SyncHealth] = []
        self.lock = threading.Lock()

    def __call__(self, health: SyncHealth) -> None:
        with self.lock:
            self.items.append(health)

    def last(self) -> SyncHealth | None:
        with self.lock:
            return self.items[-1] if self.items else None


def test_returns_taken_while_the_server_is_down_arrive_exactly_once_when_it_is_back(central, make_kiosk) -> None:  # noqa: ANN001
    documents = recent_orders(STORE, 60)
    central.load(documents)
    kiosk = make_kiosk()
    snapshots = Snapshots()
    worker = SyncWorker(kiosk.uow, kiosk.settings, system_clock, pull_interval_s=3600, timeouts=FAST,
                        on_health=snapshots, rng=ShortDelays())
    worker.start()
    try:
        wait_for(lambda: (h := snapshots.last()) and h.last_success_at is not None, what="the first pull")
        with kiosk.uow.reading() as tx:
            assert tx.orders.count() == 60

        central.stop()
        cases = []
        for document in documents[:5]:
            cases.append(take_return(kiosk.desk, document["number"], document["customer"]["email"]))
            worker.wake()
        wait_for(lambda: (h := snapshots.last()) and h.online is False and h.pending == 5, what="offline, 5 pending")
        assert central.returns() == []

        central.start()
        worker.sync_now()
        wait_for(lambda: (h := snapshots.last()) and h.online and h.pending == 0, what="every case delivered")
    finally:
        assert worker.stop()

    held = central.returns()
    assert sorted(case_id for case_id, _ in held) == sorted(c.id for c in cases)
    with kiosk.database.session() as session:
        assert set(session.execute(select(OutboxRow.state)).scalars()) == {"delivered"}
        assert None not in set(session.execute(select(ReturnCaseRow.server_status)).scalars())
    assert snapshots.last().refused == 0


def test_a_saved_case_is_pushed_at_once_and_the_worker_stops_cleanly(central, make_kiosk) -> None:  # noqa: ANN001
    documents = recent_orders(STORE, 3)
    central.load(documents)
    kiosk = make_kiosk()
    snapshots = Snapshots()
    worker = SyncWorker(kiosk.uow, kiosk.settings, system_clock, pull_interval_s=3600, timeouts=FAST,
                        on_health=snapshots)
    worker.start()
    wait_for(lambda: (h := snapshots.last()) and h.last_success_at is not None, what="the first pull")
    rounds, full_rounds = worker.rounds, worker.full_rounds
    case = take_return(kiosk.desk, documents[0]["number"], documents[0]["customer"]["email"])
    worker.wake()
    wait_for(lambda: [i for i, _ in central.returns()] == [case.id] and worker.rounds > rounds,
             what="the case on the server")
    assert worker.full_rounds == full_rounds  # a push round, not a full cycle: the pull interval is an hour
    assert worker.stop(timeout=30)
    assert not any(t.name == "intake-sync" and t.is_alive() for t in threading.enumerate())


def test_an_unregistered_kiosk_reports_it_and_keeps_working(tmp_path) -> None:  # noqa: ANN001
    settings = load_settings(tmp_path / "lonely")
    database = Database(settings.database_path).open()
    snapshots = Snapshots()
    worker = SyncWorker(UnitOfWork(database), settings, system_clock, on_health=snapshots)
    worker.start()
    try:
        wait_for(lambda: (h := snapshots.last()) and h.problem and "not registered" in h.problem,
                 what="the not-registered health")
        assert snapshots.last().registered is False
    finally:
        assert worker.stop()
        database.close()
