"""What the staff sync screen lists and does: returns not yet held by the server, and "retry now".

Retrying is safe by construction: the event goes out again with the same idempotency key
and the same body, so the server either stores it once or answers as it did before (a
refused over-return stays refused unless head office changed something).
"""

from __future__ import annotations

from typing import Callable

from kiosk.db.unit_of_work import UnitOfWork
from kiosk.db.unit_of_work import UnsentReturn as UnsentReturn  # what the screen shows, one row each
from kiosk.workflow.clock import Clock


def unsent_returns(uow: UnitOfWork, limit: int = 500) -> list[UnsentReturn]:
    """Refused returns first (they need a person), then pending ones, oldest first."""
    with uow.reading() as tx:
        return tx.outbox.unsent(limit)


def retry_now(uow: UnitOfWork, event_id: int, clock: Clock) -> bool:
    """Make the event due now; the caller then wakes the worker. False when it was delivered meanwhile."""
    with uow.writing() as tx:
        return tx.outbox.retry_now(event_id, clock())


class SyncStaffActions:
    """The staff screen's service: list what is unsent, retry one, and nudge the worker."""

    def __init__(self, uow: UnitOfWork, clock: Clock, wake: Callable[[], None] = lambda: None) -> None:
        self.uow = uow
        self.clock = clock
        self.wake = wake

    def unsent(self) -> list[UnsentReturn]:
        return unsent_returns(self.uow)

    def retry(self, event_id: int) -> bool:
        changed = retry_now(self.uow, event_id, self.clock)
        if changed:
            self.wake()
        return changed
