"""No request leaves for central while a kiosk transaction is open: every sync step reads what to
send, closes its transaction, calls the server, then records the answer in a transaction of its own.

The kiosk's real unit of work runs, counting the transactions open at each moment; the real
client notes that count as each request leaves.
"""

from __future__ import annotations

import random
import threading
from contextlib import contextmanager
from typing import Any, Iterator

from central.ops import backoffice, managers
from kiosk.db.engine import Database
from kiosk.db.unit_of_work import Transaction, UnitOfWork
from kiosk.sync.answers import Answer
from kiosk.sync.client import ApiClient
from kiosk.sync.credentials import load_credentials
from kiosk.sync.cycle import run_cycle
from kiosk.sync.remote_lookup import RemoteLookup
from kiosk.workflow.audit_chain import AuditKind
from kiosk.workflow.clock import system_clock
from tests.sync.conftest import STORE
from tests.sync.support import FAST, recent_orders, take_return, utc_now


class CountingUnitOfWork(UnitOfWork):
    """The real unit of work; ``open`` is how many of its transactions are open right now."""

    def __init__(self, database: Database) -> None:
        super().__init__(database)
        self.open = 0
        self._lock = threading.Lock()

    @contextmanager
    def reading(self) -> Iterator[Transaction]:
        with super().reading() as tx, self._counted():
            yield tx

    @contextmanager
    def writing(self) -> Iterator[Transaction]:
        with super().writing() as tx, self._counted():
            yield tx

    @contextmanager
    def _counted(self) -> Iterator[None]:
        with self._lock:
            self.open += 1
        try:
            yield
        finally:
            with self._lock:
                self.open -= 1


class NotingClient(ApiClient):
    """The real client; notes each request with the number of transactions open as it leaves."""

    def __init__(self, uow: CountingUnitOfWork, server_url: str, token: str) -> None:
        super().__init__(server_url, token, timeouts=FAST)
        self.uow = uow
        self.requests: list[tuple[str, str, int]] = []

    def _send(self, method: str, path: str, **kwargs: Any) -> Answer:
        self.requests.append((method, path, self.uow.open))
        return super()._send(method, path, **kwargs)


def test_no_request_of_a_full_cycle_or_a_live_lookup_leaves_inside_a_transaction(central, make_kiosk) -> None:  # noqa: ANN001
    documents = recent_orders(STORE, 30)
    central.load(documents[:20])
    managers.add_manager(central.db, "M-7", "Mia Manager", "manager", STORE, "246813", utc_now())
    kiosk = make_kiosk()
    uow = CountingUnitOfWork(kiosk.database)
    credentials = load_credentials(kiosk.settings.profile)
    client = NotingClient(uow, credentials.server_url, credentials.token)
    assert run_cycle(client, uow, system_clock, random.Random(1), page_size=8).ok
    cases = [take_return(kiosk.desk, d["number"], d["customer"]["email"]) for d in documents[:3]]
    with uow.writing() as tx:
        tx.audit.append(at=utc_now(), kind=AuditKind.REPRINT, actor="kiosk", subject=cases[0].code)
    assert run_cycle(client, uow, system_clock, random.Random(2), page_size=8).push.delivered == 3
    backoffice.set_status(central.db, cases[1].code, "refunded", utc_now())
    report = run_cycle(client, uow, system_clock, random.Random(3), page_size=8)
    assert report.ok and report.statuses == 1 and report.managers == 1

    central.load(documents[20:21])
    lookup = RemoteLookup(uow, kiosk.settings, system_clock, client_factory=lambda: client)
    assert lookup.fetch(documents[20]["number"], documents[20]["customer"]["email"]) is not None

    paths = {path for _, path, _ in client.requests}
    assert {"/v1/returns", "/v1/audit", "/v1/policy", "/v1/orders/changes", "/v1/managers", "/v1/returns/changes",
            "/v1/orders/lookup"} <= paths
    assert [request for request in client.requests if request[2] != 0] == []
