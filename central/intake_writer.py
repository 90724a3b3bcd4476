"""How posted returns reach the database: group commit on SQLite, one transaction each on PostgreSQL.

Kiosks that come back after an outage post their outboxes all at once. On SQLite, which has
one writer at a time, taking them one transaction per post makes every case pay a BEGIN, a
durable COMMIT and a turn at the write lock, while request threads fight over the GIL with
the one holding that lock. So a request queues its case and waits; one writer thread takes
everything queued (up to ``max_batch``), decides each case in turn inside one transaction
and commits once. PostgreSQL locks rows, not the database: there each post is its own
transaction on the thread pool, so posts for different orders overlap their round trips.

Nothing is answered before its commit: a kiosk never hears 201 for a case that is not
durable. A case refused with a 4xx (unknown order, reused key) wrote nothing and leaves the
rest of its batch alone. If the transaction itself fails (a post of the same case through
another server process won the race, a full disk), it is rolled back whole and each of its cases is taken again on its own, as ``intake.receive_post`` does
for a single post, so every case still gets exactly the answer it would have had.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from concurrent.futures import Future
from dataclasses import dataclass, field

from starlette.concurrency import run_in_threadpool

from central.context import ServerContext
from central.errors import ApiError
from central.ops.intake import Answer, Post, receive_post, take

log = logging.getLogger("central.intake")


@dataclass
class _Pending:
    post: Post
    future: Future[Answer] = field(default_factory=Future)


class IntakeWriter:
    """Takes posted cases: on SQLite in batches, one transaction per batch, on a thread started on first use."""

    def __init__(self, context: ServerContext, max_batch: int = 64) -> None:
        self._context = context
        self._max_batch = max_batch
        self._queue: queue.SimpleQueue[_Pending | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self._closed = False

    async def receive(self, posted: Post) -> Answer:
        """The case's answer once it is durable (or the ApiError refusing it)."""
        if not self._context.db.is_sqlite:
            return await run_in_threadpool(receive_post, self._context, posted)
        return await asyncio.wrap_future(self.submit(posted))

    def submit(self, posted: Post) -> Future[Answer]:
        """Queue one case; the future holds its answer once committed (or the ApiError refusing it)."""
        pending = _Pending(posted)
        with self._start_lock:
            if self._closed:
                raise RuntimeError("the intake writer has stopped")
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="central-intake", daemon=True)
                self._thread.start()
            self._queue.put(pending)
        return pending.future

    def close(self, timeout: float = 30) -> None:
        """Take what is queued, then stop."""
        with self._start_lock:
            self._closed = True
            thread = self._thread
            if thread is not None:
                self._queue.put(None)
        if thread is not None:
            thread.join(timeout)

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            batch, stopping = [first], False
            while len(batch) < self._max_batch:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    stopping = True
                    break
                batch.append(more)
            self._take(batch)
            if stopping:
                return

    def _take(self, batch: list[_Pending]) -> None:
        try:
            outcomes = self._in_one_transaction(batch)
        except Exception:  # noqa: BLE001 - every case is taken again on its own below
            if len(batch) > 1:
                log.info("a batch of %d returns failed as a whole; taking them one by one", len(batch), exc_info=True)
            for pending in batch:
                self._take_alone(pending)
            return
        for pending, outcome in zip(batch, outcomes, strict=True):
            if isinstance(outcome, ApiError):
                pending.future.set_exception(outcome)
            else:
                pending.future.set_result(outcome)

    def _in_one_transaction(self, batch: list[_Pending]) -> list[Answer | ApiError]:
        outcomes: list[Answer | ApiError] = []
        with self._context.db.writing() as session:
            for pending in batch:
                try:
                    outcomes.append(take(session, self._context, pending.post))
                except ApiError as refusal:  # raised before the case wrote anything
                    outcomes.append(refusal)
        return outcomes

    def _take_alone(self, pending: _Pending) -> None:
        try:
            pending.future.set_result(receive_post(self._context, pending.post))
        except BaseException as error:  # noqa: BLE001 - handed to the request, which answers it
            pending.future.set_exception(error)
