"""How posted returns reach the database: queued, then taken in batches, one transaction each.

Kiosks that come back after an outage post their outboxes all at once. Taking them one
transaction per post makes every case pay a BEGIN, a durable COMMIT, a turn at SQLite's write
lock (or PostgreSQL's round trips, statement by statement). So a request queues its case and
waits; the writer takes everything queued (up to ``max_batch``), decides the cases together
inside one transaction (see central.ops.intake: a handful of statements for the whole batch)
and commits once.

Batches run on the event loop itself. A writer thread of their own would fight the loop for
the GIL after every statement (each database call lets go of it, and getting it back from a
busy loop takes up to a switch interval, 5 ms). On SQLite the statements take microseconds;
the loop never waits for the write lock, though: when another process holds it (a
``load-orders``, say), the batch is tried again in the next one, and after a while goes to
the writer thread, which waits there. On PostgreSQL the round trips are awaited (SQLAlchemy's
asyncio session over psycopg), so the loop serves other requests meanwhile, and a case whose
order another transaction holds waits the same way.

Nothing is answered before its commit: a kiosk never hears 201 for a case that is not
durable. A case refused with a 4xx (unknown order, reused key) wrote nothing and leaves the
rest of its batch alone. If the transaction itself fails (a post of the same case through
another server process won the race, a deadlock, a full disk), it is rolled back whole and
each of its cases is taken again in a transaction of its own (``intake.receive_post``), so
every case still gets exactly the answer it would have had.

A batch starts once every post the loop has begun to handle has joined the queue (see
``IntakeArrivals``), not with the first of them: after a batch is answered its kiosks post
again together, and a batch started on the first would leave the rest for a batch of their
own, each paying its round trips and durable commit.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, Mapping

from central.body_limit import ASGIApp, Receive, Scope, Send
from central.context import ServerContext
from central.database import WriteLockBusy
from central.errors import ApiError
from central.ops.intake import Answer, Later, Outcome, Post, receive_post, take, take_free

log = logging.getLogger("central.intake")

# How long a case waits on the loop, tried again in each later batch, for what another
# transaction holds (its order on PostgreSQL, the write lock on SQLite) before it goes to the
# writer thread to wait there. Trying every millisecond, never sleeping in SQLite's busy
# handler (whose naps grow to 100 ms), lets several server processes take turns at the lock.
_HELD_S = 0.25
# The longest a batch waits for posts still being read and authenticated to join it.
_GATHER_S = 0.05


@dataclass
class _Waiting:
    """A case waiting on the event loop for its batch."""

    post: Post
    answer: asyncio.Future[Answer]
    held_since: float | None = None  # when its order was first found held by another transaction


@dataclass
class _Pending:
    post: Post
    future: Future[Answer] = field(default_factory=Future)


class IntakeWriter:
    """Takes posted cases in batches, one transaction per batch (see the module's docstring)."""

    def __init__(self, context: ServerContext, max_batch: int = 64) -> None:
        self._context = context
        self._max_batch = max_batch
        self._queue: queue.SimpleQueue[_Pending | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self._closed = False
        self._on_loop: list[_Waiting] = []
        self._drainer: asyncio.Task[None] | None = None
        self._settling: set[asyncio.Task[None]] = set()
        self._arriving = 0  # posts the loop is reading, parsing and authenticating (IntakeArrivals)
        self._joined: asyncio.Future[None] | None = None  # wakes the drainer when one of them is done

    def arrival(self) -> Arrival:
        """Count a post from the moment its body is read until it joins the queue (or is
        refused); see ``IntakeArrivals``."""
        self._arriving += 1
        return Arrival(self)

    @property
    def arriving(self) -> int:
        return self._arriving

    def _arrived(self) -> None:
        self._arriving -= 1
        if self._joined is not None and not self._joined.done():
            self._joined.set_result(None)

    async def receive(self, posted: Post, arrival: Arrival | None = None) -> Answer:
        """The case's answer once it is durable (or the ApiError refusing it)."""
        if self._closed:
            raise RuntimeError("the intake writer has stopped")
        loop = asyncio.get_running_loop()
        answer: asyncio.Future[Answer] = loop.create_future()
        self._on_loop.append(_Waiting(posted, answer))
        if arrival is not None:
            arrival.close()
        if self._drainer is None:
            self._drainer = loop.create_task(self._drain())
        return await answer

    def submit(self, posted: Post) -> Future[Answer]:
        """Queue one case for the writer thread; the future holds its answer once committed
        (or the ApiError refusing it)."""
        pending = _Pending(posted)
        with self._start_lock:
            if self._closed:
                raise RuntimeError("the intake writer has stopped")
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="central-intake", daemon=True)
                self._thread.start()
            self._queue.put(pending)
        return pending.future

    async def aclose(self) -> None:
        """Answer what is queued, on the loop and on the thread, then stop."""
        if self._drainer is not None:
            await self._drainer
        while self._settling:
            await asyncio.gather(*self._settling)
        self.close()

    def close(self, timeout: float = 30) -> None:
        """Take what is queued for the writer thread, then stop."""
        with self._start_lock:
            self._closed = True
            thread = self._thread
            if thread is not None:
                self._queue.put(None)
        if thread is not None:
            thread.join(timeout)

    # -- on the event loop --

    async def _drain(self) -> None:
        try:
            while self._on_loop:
                await self._gather()
                batch = self._on_loop[:self._max_batch]
                del self._on_loop[:self._max_batch]
                await self._take_on_loop(batch)
        finally:
            self._drainer = None

    async def _gather(self) -> None:
        """Wait until the posts being handled have joined the queue, a batch is full, or _GATHER_S."""
        await asyncio.sleep(0)  # requests read in this turn of the loop join the batch
        loop = asyncio.get_running_loop()
        deadline = loop.time() + _GATHER_S
        while self._arriving > 0 and len(self._on_loop) < self._max_batch and loop.time() < deadline:
            self._joined = loop.create_future()
            try:
                await asyncio.wait_for(self._joined, deadline - loop.time())
            except TimeoutError:
                break
            finally:
                self._joined = None

    async def _take_on_loop(self, batch: list[_Waiting]) -> None:
        posts = [waiting.post for waiting in batch]
        db = self._context.db
        outcomes: list[Outcome | Later]
        try:
            if db.is_sqlite:
                with db.writing_now() as session:  # the whole database is locked: no order is held
                    outcomes = list(take(session, self._context, posts))
            else:
                async with db.writing_async() as async_session:
                    outcomes = await async_session.run_sync(take_free, self._context, posts)
        except WriteLockBusy:  # SQLite: another process is writing; the batch waits as for a held order
            outcomes = [Later() for _ in batch]
        except Exception:  # noqa: BLE001 - the writer thread takes them again
            log.info("a batch of %d returns failed on the event loop; retaking it", len(batch), exc_info=True)
            self._to_thread(batch)
            return
        later = [waiting for waiting, outcome in zip(batch, outcomes, strict=True) if isinstance(outcome, Later)]
        for waiting, outcome in zip(batch, outcomes, strict=True):
            if not isinstance(outcome, Later):
                _settle(waiting.answer, outcome)
        if later:
            await self._take_later(later)

    async def _take_later(self, later: list[_Waiting]) -> None:
        """Cases that found their order (or SQLite's write lock) held by another transaction:
        first in line for the next batch or, held for longer than _HELD_S, to the writer
        thread, which waits for it."""
        now = time.monotonic()
        for waiting in later:
            waiting.held_since = waiting.held_since or now
        self._to_thread([w for w in later if now - (w.held_since or now) > _HELD_S])
        self._on_loop[:0] = [w for w in later if now - (w.held_since or now) <= _HELD_S]
        await asyncio.sleep(0.001)

    def _to_thread(self, batch: list[_Waiting]) -> None:
        """Hand cases to the writer thread; their answers are settled by a task of their own,
        so the batches behind them go on while the thread waits for a lock."""
        if not batch:
            return
        taken = [asyncio.wrap_future(self.submit(waiting.post)) for waiting in batch]
        settling = asyncio.get_running_loop().create_task(self._settle_when_taken(batch, taken))
        self._settling.add(settling)
        settling.add_done_callback(self._settling.discard)

    @staticmethod
    async def _settle_when_taken(batch: list[_Waiting], taken: list[asyncio.Future[Answer]]) -> None:
        results = await asyncio.gather(*taken, return_exceptions=True)
        for waiting, result in zip(batch, results, strict=True):
            _settle(waiting.answer, result)

    # -- on the writer thread --

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

    def _in_one_transaction(self, batch: list[_Pending]) -> list[Outcome]:
        with self._context.db.writing() as session:
            return take(session, self._context, [pending.post for pending in batch])

    def _take_alone(self, pending: _Pending) -> None:
        try:
            pending.future.set_result(receive_post(self._context, pending.post))
        except BaseException as error:  # noqa: BLE001 - handed to the request, which answers it
            pending.future.set_exception(error)


class Arrival:
    """A post of a return on its way to the queue; closing it twice counts once."""

    def __init__(self, writer: IntakeWriter) -> None:
        self._writer: IntakeWriter | None = writer

    def close(self) -> None:
        if self._writer is not None:
            writer, self._writer = self._writer, None
            writer._arrived()  # noqa: SLF001 - the writer's own bookkeeping


class IntakeArrivals:
    """ASGI middleware: tells the app's IntakeWriter (``app.state.intake``) about each post of
    a return from when its body has been read until the handler queues it or answers.

    Install it inside the body limit, so a client still sending its body holds up no batch.
    The arrival travels in the request's scope to the handler (see ``arrival_of``).
    """

    def __init__(self, app: ASGIApp, path: str) -> None:
        self.app = app
        self.path = path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] != self.path:
            await self.app(scope, receive, send)
            return
        writer: IntakeWriter = scope["app"].state.intake
        arrival = scope[_ARRIVAL] = writer.arrival()
        try:
            await self.app(scope, receive, send)
        finally:
            arrival.close()


_ARRIVAL = "central.intake.arrival"


def arrival_of(scope: Mapping[str, Any]) -> Arrival | None:
    return scope.get(_ARRIVAL)


def _settle(answer: asyncio.Future[Answer], outcome: Outcome | BaseException) -> None:
    if answer.done():  # the request was cancelled (its client went away); the case is stored all the same
        return
    if isinstance(outcome, BaseException):
        answer.set_exception(outcome)
    else:
        answer.set_result(outcome)
