"""A chain's kiosks riding out a long outage, with real parts: shared by tests/sync/test_outage.py
and bench/sync.py.

Kiosks are registered profiles with migrated SQLite files, each with its returns desk and
staff desk (offline, so the exposure caps apply). They sync once while central is up, take
returns through the desk while it is down (the wizard's own path) on a clock that steps
through the outage, and, once central is back, drain through their real sync workers while
the clock runs on from the end of the outage. (The kiosks' clock starts in step with central's,
so the outage lies ahead of central's real clock: the kiosks measure that as an offset when
they reconnect, which is the simulation's, not a fault.) The orders of each store are split between
its kiosks, so no two kiosks return the same unit offline.
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Callable, Protocol

from sqlalchemy import func, select

from central.database import Database as CentralDatabase
from central.models import Return
from kiosk.config import Settings
from kiosk.db.engine import Database
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.services.returns import ReturnsDesk
from kiosk.services.staff import StaffDesk
from kiosk.sync.client import Timeouts
from kiosk.sync.connection import client_for
from kiosk.sync.cycle import run_cycle
from kiosk.sync.worker import SyncWorker
from kiosk.workflow.cases import ReturnCase
from kiosk.workflow.clock import format_utc
from tests.sync.support import kiosk_profile, take_return

TIMEOUTS = Timeouts(connect=5.0, read=60.0)


class OutageClock:
    """The kiosks' clock: it steps through the outage as returns are taken, then runs on in real time."""

    def __init__(self, start: datetime) -> None:
        self._moment = start
        self._running_since: float | None = None
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        with self._lock:
            if self._running_since is None:
                return self._moment
            return self._moment + timedelta(seconds=time.monotonic() - self._running_since)

    def step(self, delta: timedelta) -> None:
        with self._lock:
            self._moment += delta

    def run(self) -> None:
        """From now on the clock moves with real time (retries after a busy answer fall due)."""
        with self._lock:
            self._running_since = time.monotonic()


class FastRetries(random.Random):
    """Backoff with the real shape but short waits: the drain is measured, not the jitter."""

    def uniform(self, a: float, b: float) -> float:
        return min(b, 0.2)


def store_orders(store_id: str, count: int, delivered: datetime) -> list[dict[str, Any]]:
    """Orders of one unit each, from shoppers of their own, delivered before the outage."""
    return [{
        "number": f"{store_id}-{index:06d}", "store_id": store_id,
        "customer": {"email": f"shopper{index}@{store_id.lower()}.example.com", "name": f"Shopper {index}", "phone": ""},
        "placed_at": format_utc(delivered - timedelta(days=2)), "delivered_at": format_utc(delivered),
        "updated_at": format_utc(delivered), "currency": "USD",
        "tenders": [{"kind": "card", "amount": 2900, "reference": "visa-4242"}],
        "discounts": [], "shipping": {"amount": 0, "tax": 0},
        "lines": [{"id": "L1", "sku": "TEE-M", "title": "Tee", "product_id": "TEE", "category": "apparel",
                   "variant": {"size": "M"}, "unit_price": 2500, "tax": 400, "quantity": 1,
                   "quantity_returned": 0, "final_sale": False, "tags": []}],
    } for index in range(count)]


@dataclass
class OutageKiosk:
    settings: Settings
    database: Database
    uow: UnitOfWork
    desk: ReturnsDesk
    #: (number, e-mail) of the orders this kiosk takes returns on
    orders: list[tuple[str, str]]
    cases: list[ReturnCase] = field(default_factory=list)

    def close(self) -> None:
        self.database.close()


class Central(Protocol):
    """What the harness needs of a central server: set-up on its database, and its address."""

    url: str
    db: CentralDatabase

    def add_store(self, store_id: str) -> str: ...
    def add_device(self, store_id: str) -> str: ...
    def load(self, documents: Any) -> None: ...


class OutageChain:
    def __init__(self, kiosks: list[OutageKiosk], clock: OutageClock, central_db: CentralDatabase) -> None:
        self.kiosks = kiosks
        self.clock = clock
        self.central_db = central_db

    @classmethod
    def build(cls, folder: Path, central: Central, clock: OutageClock, *, kiosks: int = 10, per_store: int = 2,
              returns: int = 5000) -> OutageChain:
        """Stores with enough one-unit orders, and ``kiosks`` registered kiosks, ``per_store`` to a store."""
        made: list[OutageKiosk] = []
        per_kiosk = -(-returns // kiosks)
        for first in range(0, kiosks, per_store):
            store = central.add_store(f"S-OUT{first // per_store:02d}")
            documents = store_orders(store, per_kiosk * per_store, clock() - timedelta(days=3))
            central.load(documents)
            for offset in range(min(per_store, kiosks - first)):
                mine = documents[offset::per_store]
                made.append(_kiosk(folder / f"kiosk-{first + offset:02d}", central, store, clock,
                                   [(d["number"], d["customer"]["email"]) for d in mine]))
        return cls(made, clock, central.db)

    def first_sync(self) -> None:
        """Every kiosk pulls the policy, its store's orders and the managers while central is up."""
        for kiosk in self.kiosks:
            client = client_for(kiosk.settings, timeouts=TIMEOUTS)
            assert client is not None
            try:
                report = run_cycle(client, kiosk.uow, self.clock, random.Random())
            finally:
                client.close()
            assert report.ok, report.problem()

    def take_returns(self, total: int, outage: timedelta) -> list[ReturnCase]:
        """``total`` returns, kiosk after kiosk, spread evenly over the outage."""
        step = outage / total
        taken: list[ReturnCase] = []
        for index in range(total):
            self.clock.step(step)
            kiosk = self.kiosks[index % len(self.kiosks)]
            number, email = kiosk.orders[index // len(self.kiosks)]
            case = take_return(kiosk.desk, number, email)
            kiosk.cases.append(case)
            taken.append(case)
        return taken

    def drain(self, expected: int, *, timeout: float = 1200.0) -> float:
        """Start every kiosk's sync worker; seconds until central holds ``expected`` returns and no
        kiosk has anything left to send."""
        self.clock.run()
        workers = [SyncWorker(k.uow, k.settings, self.clock, pull_interval_s=3600, timeouts=TIMEOUTS,
                              rng=FastRetries()) for k in self.kiosks]
        started = time.monotonic()
        for worker in workers:
            worker.start()
        try:
            while self.held_by_central() < expected or self.unsent() > 0:
                if time.monotonic() - started > timeout:
                    raise AssertionError(f"central holds {self.held_by_central()} of {expected} after {timeout:.0f} s")
                time.sleep(0.1)
            return time.monotonic() - started
        finally:
            for worker in workers:
                worker.stop(timeout=120)

    def held_by_central(self) -> int:
        with self.central_db.reading() as session:
            return int(session.scalar(select(func.count()).select_from(Return)) or 0)

    def unsent(self) -> int:
        total = 0
        for kiosk in self.kiosks:
            with kiosk.uow.reading() as tx:
                total += tx.outbox.unsent_counts()[0]
        return total

    def close(self) -> None:
        for kiosk in self.kiosks:
            kiosk.close()


def _kiosk(folder: Path, central: Central, store: str, clock: Callable[[], datetime],
           orders: list[tuple[str, str]]) -> OutageKiosk:
    settings = kiosk_profile(folder, server_url=central.url, token=central.add_device(store), store_id=store)
    database = Database(settings.database_path).open()
    uow = UnitOfWork(database)
    staff = StaffDesk(uow, settings, clock, is_offline=lambda: True)  # the outage: every cap applies
    return OutageKiosk(settings, database, uow, ReturnsDesk(uow, settings, clock, staff=staff), orders)
