"""What the staff sync screen lists and does: returns not yet held by the server, and "retry now".

Retrying is safe by construction: the event goes out again with the same idempotency key
and the same body, so the server either stores it once or answers as it did before (a
refused over-return stays refused unless head office changed something).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from sqlalchemy import select

from kiosk.db.engine import Database
from kiosk.db.models import OutboxRow, ReturnCaseRow
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.sync import outbox
from kiosk.workflow.clock import Clock


@dataclass(frozen=True)
class UnsentReturn:
    event_id: int
    case_id: str
    code: str
    order_number: str
    created_at: datetime
    #: pending or refused
    state: str
    attempts: int
    next_attempt_at: datetime | None
    #: The server's reason for a refusal, or the last delivery problem of a pending one.
    reason: str | None


def unsent_returns(database: Database, limit: int = 500) -> list[UnsentReturn]:
    """Refused returns first (they need a person), then pending ones, oldest first."""
    with database.session() as session:
        rows = session.execute(
            select(OutboxRow.id, OutboxRow.case_id, ReturnCaseRow.code, ReturnCaseRow.order_number,
                   ReturnCaseRow.created_at, OutboxRow.state, OutboxRow.attempts, OutboxRow.next_attempt_at,
                   OutboxRow.last_error)
            .join(ReturnCaseRow, ReturnCaseRow.id == OutboxRow.case_id)
            .where(OutboxRow.state.in_((outbox.PENDING, outbox.REFUSED)))
            .order_by((OutboxRow.state == outbox.PENDING), OutboxRow.id)
            .limit(limit)
        ).all()
    return [UnsentReturn(*row) for row in rows]


def retry_now(database: Database, event_id: int, clock: Clock) -> bool:
    """Make the event due now; the caller then wakes the worker. False when it was delivered meanwhile."""
    with database.session() as session, session.begin():
        return outbox.retry_now(session, event_id, clock())


class SyncStaffActions:
    """The staff screen's service: list what is unsent, retry one, and nudge the worker."""

    def __init__(self, uow: UnitOfWork, clock: Clock, wake: Callable[[], None] = lambda: None) -> None:
        self.database = uow.database
        self.clock = clock
        self.wake = wake

    def unsent(self) -> list[UnsentReturn]:
        return unsent_returns(self.database)

    def retry(self, event_id: int) -> bool:
        changed = retry_now(self.database, event_id, self.clock)
        if changed:
            self.wake()
        return changed
