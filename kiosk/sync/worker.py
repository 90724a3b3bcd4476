"""The background sync worker: its own thread and its own transactions, never the UI's.

It runs a full cycle at start and every ``pull_interval_s``; ``wake()`` (connected to the
window's ``case_saved``) makes it push at once. Failed deliveries wait on their own backoff
(``outbox.next_attempt_at``); a server that cannot be reached also backs the worker off as a
whole, so a kiosk with 200 pending cases does not knock 200 times in a row. Each round ends
with a health snapshot handed to ``on_health`` (from this thread: the UI relays it with a
Qt signal). After every full cycle, and every ``health_interval_s`` between them, the kiosk's
health report goes to central (kiosk.sync.health_report) when the server can be reached.
``stop()`` ends the loop between requests; every request is bounded by its timeouts, so
stopping never waits longer than one of them.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from typing import Callable

from kiosk.config import Settings
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.sync.answers import Kind
from kiosk.sync.backoff import retry_delay
from kiosk.sync.client import DEFAULT_TIMEOUTS, ApiClient, SyncConfigError, Timeouts
from kiosk.sync.connection import client_for
from kiosk.sync.credentials import CredentialsError, credentials_path
from kiosk.sync.cycle import CycleReport, run_cycle
from kiosk.sync.health import SyncHealth, read_health
from kiosk.sync.health_report import HealthReporter, PrinterProbe
from kiosk.workflow.clock import Clock, system_clock

log = logging.getLogger(__name__)

PULL_INTERVAL_S = 300.0
#: Longest gap between two health reports while the server can be reached.
HEALTH_INTERVAL_S = 300.0
ClientFactory = Callable[[], "ApiClient | None"]


class SyncWorker:
    def __init__(self, uow: UnitOfWork, settings: Settings, clock: Clock = system_clock, *,
                 pull_interval_s: float = PULL_INTERVAL_S, timeouts: Timeouts = DEFAULT_TIMEOUTS,
                 client_factory: ClientFactory | None = None,
                 on_health: Callable[[SyncHealth], None] | None = None, rng: random.Random | None = None,
                 printers: PrinterProbe | None = None, health_interval_s: float = HEALTH_INTERVAL_S) -> None:
        self.uow = uow
        self.clock = clock
        self.pull_interval_s = pull_interval_s
        self.health_interval_s = health_interval_s
        self.reporter = HealthReporter(uow, settings, printers=printers)
        self._next_report = 0.0
        self.timeouts = timeouts
        self.on_health = on_health
        self._client_factory = client_factory or (lambda: client_for(settings, timeouts=timeouts))
        self._rng = rng or random.Random()
        self._woken = threading.Event()
        self._stopping = threading.Event()
        self._full_wanted = True
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._client: ApiClient | None = None
        self._online: bool | None = None
        self._registered = credentials_path(settings.profile).exists() or client_factory is not None
        self._problem: str | None = None
        self._failures = 0
        self._health: SyncHealth | None = None
        #: Rounds run, how many of them were full cycles, and health reports central took
        #: (for tests and diagnostics).
        self.rounds = 0
        self.full_rounds = 0
        self.reports_sent = 0

    # --- called from any thread -------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="intake-sync", daemon=True)
        self._thread.start()

    def wake(self, *_ignored: object) -> None:
        """Push now (a case was saved); takes any signal arguments so it can be connected directly."""
        self._woken.set()

    def sync_now(self) -> None:
        """A full cycle now (staff asked, or "retry now" was pressed)."""
        with self._lock:
            self._full_wanted = True
        self._woken.set()

    def stop(self, timeout: float | None = None) -> bool:
        """End the loop and wait for the thread; True when it ended in time."""
        self._stopping.set()
        self._woken.set()
        thread = self._thread
        if thread is None:
            return True
        thread.join(timeout if timeout is not None else self.timeouts.connect + self.timeouts.read + 5)
        return not thread.is_alive()

    def health(self) -> SyncHealth | None:
        with self._lock:
            return self._health

    @property
    def online(self) -> bool:
        return bool(self._online)

    # --- the worker thread ------------------------------------------------------------------

    def _run(self) -> None:
        next_full = time.monotonic()
        while not self._stopping.is_set():
            self._woken.clear()
            with self._lock:
                full = self._full_wanted or time.monotonic() >= next_full
                self._full_wanted = False
            self._publish()
            delay = self._round(full)
            if full:
                next_full = time.monotonic() + (self.pull_interval_s if self._failures == 0 else delay)
            self._publish()
            wait = min(next_full - time.monotonic(), delay)
            if self._failures == 0 and self._registered:  # a report falls due between full cycles
                wait = min(wait, max(0.0, self._next_report - time.monotonic()))
            if wait > 0:
                self._woken.wait(wait)
        self._close_client()

    def _round(self, full: bool) -> float:
        """One push (and pull, when full) round; returns how long to wait at most before the next."""
        try:
            client = self._client_now(rebuild=full)
            self._registered = client is not None
            if client is None:
                self._online, self._problem = None, "not registered: run kiosk register"
                return self.pull_interval_s
            report = run_cycle(client, self.uow, self.clock, self._rng, pull=full,
                               should_stop=self._stopping.is_set)
            self.full_rounds += int(full)
            self.rounds += 1
            self._report_health(client, report, full)
            return self._after(report)
        except (SyncConfigError, CredentialsError) as error:
            self._registered, self._online, self._problem = True, None, str(error)
            return self.pull_interval_s
        except Exception as error:  # the worker must outlive any one bad round
            log.exception("sync round failed")
            self._problem = f"sync failed: {error}"
            self._failures += 1
            return retry_delay(self._failures, self._rng)

    def _after(self, report: CycleReport) -> float:
        answer = report.stopped_by
        self._problem = None  # the cycle stored its own problem, if any
        if answer is None:
            self._online, self._failures = True, 0
            return self._seconds_to_next_event()
        self._online = answer.kind is not Kind.TRANSIENT or answer.status not in (None, 502, 503, 504)
        self._failures += 1
        return retry_delay(self._failures, self._rng, at_least_s=answer.retry_after_s)

    def _report_health(self, client: ApiClient, report: CycleReport, full: bool) -> None:
        """After each full cycle, and when the last report is getting old, if central answered at all."""
        answer = report.stopped_by
        unreachable = answer is not None and (answer.status is None or answer.kind is Kind.UNAUTHORIZED)
        if unreachable or self._stopping.is_set() or not (full or time.monotonic() >= self._next_report):
            return
        self._next_report = time.monotonic() + self.health_interval_s
        try:
            if self.reporter.post(client, self.clock()).ok:
                self.reports_sent += 1
        except Exception:  # a report is never worth a failed round: the next one comes soon
            log.exception("the health report could not be made")

    def _seconds_to_next_event(self) -> float:
        with self.uow.reading() as tx:
            due = tx.outbox.next_due_at()
        if due is None:
            return self.pull_interval_s
        return max(0.0, min(self.pull_interval_s, (due - self.clock()).total_seconds()))

    def _client_now(self, *, rebuild: bool) -> ApiClient | None:
        if rebuild or self._client is None:
            self._close_client()
            self._client = self._client_factory()
        return self._client

    def _close_client(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _publish(self) -> None:
        try:
            snapshot = read_health(self.uow, registered=self._registered, online=self._online, now=self.clock(),
                                   problem=self._problem)
        except Exception:  # a locked or closing database must not kill the worker
            log.exception("cannot read sync health")
            return
        with self._lock:
            self._health = snapshot
        if self.on_health is not None:
            self.on_health(snapshot)
