"""Queued prints go out by themselves once their printer is back.

A slip that could not print (paper out, printer off, cable pulled) stays queued with its
error (kiosk.printing.queue). This worker looks every ``interval_s`` seconds: for each
printer that has queued jobs it asks the printer's status first (a cheap query, so a dead
printer costs no print timeout), and when the printer says it is ready it sends that
printer's jobs, oldest first. It also runs once at start, so the jobs of a kiosk that
crashed or lost power mid-print resume without staff. Staff see the same queue
(``DocumentPrinter.queued``).
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from kiosk.printing.queue import PrintQueue, PrintResult

log = logging.getLogger(__name__)

RETRY_INTERVAL_S = 20.0


def retry_ready_printers(queue: PrintQueue) -> list[PrintResult]:
    """One pass: print the queued jobs of every printer that reports itself ready."""
    waiting = Counter(job.printer for job in queue.pending())
    results: list[PrintResult] = []
    for name in waiting:
        printer = queue.printers.get(name)
        if printer is None or not printer.check().ready:
            continue
        for job in queue.pending():
            if job.printer != name:
                continue
            result = queue.print_now(job.id)
            results.append(result)
            if not result.printed:
                break  # it failed after all: leave the rest for the next pass
    if results:
        log.info("queued prints: %d sent, %d still waiting", sum(r.printed for r in results),
                 sum(not r.printed for r in results))
    return results


class PrintRetrier:
    """A daemon thread running ``retry_ready_printers`` every ``interval_s``; ``stop`` ends it."""

    def __init__(self, queue: Callable[[], PrintQueue], interval_s: float = RETRY_INTERVAL_S) -> None:
        self._queue = queue
        self.interval_s = interval_s
        self._stopping = threading.Event()
        self._woken = threading.Event()
        self._thread: threading.Thread | None = None
        #: passes run (for tests and diagnostics)
        self.passes = 0

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="intake-print-retry", daemon=True)
            self._thread.start()

    def wake(self) -> None:
        """Look now (staff fixed the printer and pressed retry)."""
        self._woken.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        self._woken.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                retry_ready_printers(self._queue())
            except Exception:  # a bad pass must not end the worker; the jobs stay queued
                log.exception("retrying queued prints failed")
            self.passes += 1
            self._woken.wait(self.interval_s)
            self._woken.clear()
