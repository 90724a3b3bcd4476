"""Running slow work (database, printing, network) off the GUI thread.

``run_in_background(fn, on_done, on_error)`` runs fn on Qt's global thread pool and calls
back on the GUI thread; widgets are never touched from a worker.
"""

from __future__ import annotations

import logging
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as error:  # reported to the GUI thread, which decides what to show
            log.exception("background job failed")
            self._emit(self.relay.failed, error)
        else:
            self._emit(self.relay.done, result)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application is shutting down and took the relay with it
            log.info("background result dropped at shutdown")


_in_flight: set[_Relay] = set()


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None], *, owner: QObject | None = None) -> None:
    """Run fn on the pool; call back on the GUI thread unless ``owner`` is gone by then."""
    relay = _Relay()  # lives in the GUI thread, so its signals are delivered there
    _in_flight.add(relay)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _in_flight.discard(relay)
        if owner is not None and not shiboken6.isValid(owner):
            log.info("background result dropped: its window is closed")
            return
        callback(value)

    relay.done.connect(lambda result: finish(on_done, result))
    relay.failed.connect(lambda error: finish(on_error, error))
    QThreadPool.globalInstance().start(_Job(fn, relay))
