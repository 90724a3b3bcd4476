"""The outbox table: events waiting for central, each delivery's outcome, and what central said of our cases.

States: ``pending`` (to deliver; ``next_attempt_at`` says when), ``delivered`` (the server
holds it) and ``refused`` (the server said no; kept with its reason and never sent again
unless staff ask). Rows are never deleted: nothing unsent is ever lost. The sync decides
what an answer means (kiosk.sync.outbox); this module only reads and records.

``return_cases.server_status`` lives here too: it is set when an event is delivered or
refused, and later from the feed of status changes (kiosk.sync.pull_statuses).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Mapping, Sequence

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from kiosk.db.case_store import RETURN_CREATED
from kiosk.db.models import OutboxRow, ReturnCaseRow

PENDING = "pending"
DELIVERED = "delivered"
REFUSED = "refused"
#: Event kinds this version can deliver; others (from a newer version) are left untouched.
DELIVERABLE = (RETURN_CREATED,)
UNSENT = (PENDING, REFUSED)
#: Width of return_cases.server_status.
STATUS_WIDTH = 24
_CHUNK = 500


@dataclass(frozen=True)
class DueEvent:
    """A pending event whose time has come: what to post, and how often it was tried."""

    id: int
    case_id: str
    idempotency_key: str
    payload: dict[str, Any]
    attempts: int


@dataclass(frozen=True)
class UnsentReturn:
    """A return central does not hold yet, as the staff screen and ``kiosk outbox list`` show it."""

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


@dataclass(frozen=True)
class UnsentEvent:
    """An unsent event in full, with the shopper it belongs to (what an export must keep)."""

    event_id: int
    case_id: str
    kind: str
    idempotency_key: str
    state: str
    attempts: int
    created_at: datetime
    last_error: str | None
    server_response: dict[str, Any] | None
    payload: dict[str, Any]
    customer_email: str | None
    customer_name: str | None


def due_events(session: Session, now: datetime, limit: int = 50, after_id: int = 0) -> list[DueEvent]:
    """Pending events whose time has come, oldest first."""
    rows = session.execute(
        select(OutboxRow.id, OutboxRow.case_id, OutboxRow.idempotency_key, OutboxRow.payload, OutboxRow.attempts)
        .where(OutboxRow.state == PENDING, OutboxRow.kind.in_(DELIVERABLE), OutboxRow.id > after_id,
               or_(OutboxRow.next_attempt_at.is_(None), OutboxRow.next_attempt_at <= now))
        .order_by(OutboxRow.id)
        .limit(limit)
    )
    return [DueEvent(*row) for row in rows]


def next_due_at(session: Session) -> datetime | None:
    """When the earliest pending event may be tried again (None: nothing pending)."""
    return session.execute(
        select(func.min(OutboxRow.next_attempt_at)).where(OutboxRow.state == PENDING, OutboxRow.kind.in_(DELIVERABLE))
    ).scalar_one()


def mark_delivered(session: Session, event: DueEvent, receipt: Mapping[str, Any], status: str, now: datetime) -> None:
    """Central holds the event: keep its receipt, and the case's status as central gave it."""
    _finish(session, event, DELIVERED, error=None, response=dict(receipt), delivered_at=now)
    set_server_status(session, event.case_id, status)


def mark_refused(session: Session, event: DueEvent, error: str, response: Mapping[str, Any]) -> None:
    """Central said no: the event stays, refused, with the reason; never sent again on its own."""
    _finish(session, event, REFUSED, error=error, response=dict(response), delivered_at=None)
    set_server_status(session, event.case_id, REFUSED)


def schedule_retry(session: Session, event: DueEvent, when: datetime, error: str) -> None:
    """Count the failed attempt and make the event due again at ``when`` (unless it left pending meanwhile)."""
    session.execute(update(OutboxRow).where(OutboxRow.id == event.id, OutboxRow.state == PENDING)
                    .values(attempts=event.attempts + 1, next_attempt_at=when, last_error=error))


def retry_now(session: Session, event_id: int, now: datetime) -> bool:
    """Make a pending or refused event due at once; False when it is neither (delivered meanwhile)."""
    result = session.execute(update(OutboxRow).where(OutboxRow.id == event_id, OutboxRow.state.in_(UNSENT))
                             .values(state=PENDING, next_attempt_at=now))
    return bool(result.rowcount)  # type: ignore[attr-defined]


def unsent_counts(session: Session) -> tuple[int, int]:
    """How many events are pending and how many refused."""
    rows = session.execute(select(OutboxRow.state, func.count()).where(OutboxRow.state.in_(UNSENT))
                           .group_by(OutboxRow.state))
    counts = {state: int(n) for state, n in rows}
    return counts.get(PENDING, 0), counts.get(REFUSED, 0)


def oldest_pending_at(session: Session) -> datetime | None:
    """When the oldest event still waiting to be delivered was saved (None: nothing waits)."""
    return session.execute(select(func.min(OutboxRow.created_at)).where(OutboxRow.state == PENDING)).scalar_one()


def unsent_returns(session: Session, limit: int = 500) -> list[UnsentReturn]:
    """Refused returns first (they need a person), then pending ones, oldest first."""
    rows = session.execute(
        select(OutboxRow.id, OutboxRow.case_id, ReturnCaseRow.code, ReturnCaseRow.order_number,
               ReturnCaseRow.created_at, OutboxRow.state, OutboxRow.attempts, OutboxRow.next_attempt_at,
               OutboxRow.last_error)
        .join(ReturnCaseRow, ReturnCaseRow.id == OutboxRow.case_id)
        .where(OutboxRow.state.in_(UNSENT))
        .order_by((OutboxRow.state == PENDING), OutboxRow.id)
        .limit(limit)
    ).all()
    return [UnsentReturn(*row) for row in rows]


def unsent_ids(session: Session) -> set[int]:
    return set(session.execute(select(OutboxRow.id).where(OutboxRow.state.in_(UNSENT))).scalars())


def unsent_events(session: Session) -> list[UnsentEvent]:
    """Every pending and refused event in full, oldest first."""
    rows = session.execute(
        select(OutboxRow, ReturnCaseRow.customer_email, ReturnCaseRow.customer_name)
        .join(ReturnCaseRow, ReturnCaseRow.id == OutboxRow.case_id)
        .where(OutboxRow.state.in_(UNSENT))
        .order_by(OutboxRow.id)
    ).all()
    return [
        UnsentEvent(event.id, event.case_id, event.kind, event.idempotency_key, event.state, event.attempts,
                    event.created_at, event.last_error, event.server_response, event.payload, email, name)
        for event, email, name in rows
    ]


def oldest_uncounted(session: Session, numbers: Sequence[str], requested_at: datetime) -> dict[str, datetime]:
    """Per order number, when the oldest of our cases was made that a copy of the order requested
    at ``requested_at`` may not count: still pending, or delivered after the request left
    (see kiosk.sync.freshness). Orders without such a case are left out."""
    found: dict[str, datetime] = {}
    for start in range(0, len(numbers), _CHUNK):
        rows = session.execute(
            select(ReturnCaseRow.order_number, func.min(ReturnCaseRow.created_at))
            .join(OutboxRow, OutboxRow.case_id == ReturnCaseRow.id)
            .where(ReturnCaseRow.order_number.in_(numbers[start:start + _CHUNK]),
                   or_(OutboxRow.state == PENDING,
                       and_(OutboxRow.state == DELIVERED, OutboxRow.delivered_at >= requested_at)))
            .group_by(ReturnCaseRow.order_number)
        )
        found.update({number: oldest for number, oldest in rows})
    return found


def set_server_status(session: Session, case_id: str, status: str) -> None:
    session.execute(update(ReturnCaseRow).where(ReturnCaseRow.id == case_id)
                    .values(server_status=status[:STATUS_WIDTH]))


def update_server_status(session: Session, case_id: str, status: str) -> bool:
    """Store a status from central's feed; False when the case is not ours or already had it."""
    status = status[:STATUS_WIDTH]
    result = session.execute(update(ReturnCaseRow).where(ReturnCaseRow.id == case_id,
                                                         ReturnCaseRow.server_status.is_distinct_from(status))
                             .values(server_status=status))
    return bool(result.rowcount)  # type: ignore[attr-defined]


def _finish(session: Session, event: DueEvent, state: str, *, error: str | None, response: dict[str, Any],
            delivered_at: datetime | None) -> None:
    session.execute(update(OutboxRow).where(OutboxRow.id == event.id).values(
        state=state, attempts=event.attempts + 1, last_error=error, server_response=response,
        delivered_at=delivered_at, next_attempt_at=None))
