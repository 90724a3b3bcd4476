"""The outbox as the sync sees it: what is due, and recording each delivery attempt's outcome.

States: ``pending`` (to deliver; ``next_attempt_at`` says when), ``delivered`` (the server
holds it) and ``refused`` (the server said no; kept with its reason and never sent again
unless staff ask). Rows are never deleted here: nothing unsent is ever lost.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from kiosk.db.case_store import RETURN_CREATED
from kiosk.db.models import OutboxRow, ReturnCaseRow
from kiosk.sync.answers import Answer
from kiosk.sync.backoff import next_attempt_at

PENDING = "pending"
DELIVERED = "delivered"
REFUSED = "refused"
#: Event kinds this version can deliver; others (from a newer version) are left untouched.
DELIVERABLE = (RETURN_CREATED,)


@dataclass(frozen=True)
class DueEvent:
    id: int
    case_id: str
    idempotency_key: str
    payload: dict[str, Any]
    attempts: int


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


def mark_delivered(session: Session, event: DueEvent, answer: Answer, now: datetime) -> None:
    receipt = answer.body if isinstance(answer.body, dict) else {}
    _finish(session, event, DELIVERED, error=None, response=receipt, delivered_at=now)
    _set_server_status(session, event.case_id, str(receipt.get("status", "accepted")))


def mark_refused(session: Session, event: DueEvent, answer: Answer) -> None:
    response = {"status": answer.status, "body": answer.body}
    _finish(session, event, REFUSED, error=answer.message or answer.describe(), response=response, delivered_at=None)
    _set_server_status(session, event.case_id, REFUSED)


def schedule_retry(session: Session, event: DueEvent, answer: Answer, now: datetime, rng: random.Random) -> datetime:
    attempts = event.attempts + 1
    when = next_attempt_at(now, attempts, rng, at_least_s=answer.retry_after_s)
    session.execute(update(OutboxRow).where(OutboxRow.id == event.id, OutboxRow.state == PENDING)
                    .values(attempts=attempts, next_attempt_at=when, last_error=answer.describe()))
    return when


def retry_now(session: Session, event_id: int, now: datetime) -> bool:
    """Staff's "retry now": make a pending or refused event due at once (same key, same body: safe)."""
    result = session.execute(update(OutboxRow).where(OutboxRow.id == event_id, OutboxRow.state.in_((PENDING, REFUSED)))
                             .values(state=PENDING, next_attempt_at=now))
    return bool(result.rowcount)  # type: ignore[attr-defined]


def count_by_state(session: Session) -> dict[str, int]:
    rows = session.execute(select(OutboxRow.state, func.count()).group_by(OutboxRow.state))
    return {state: int(n) for state, n in rows}


def _finish(session: Session, event: DueEvent, state: str, *, error: str | None, response: dict[str, Any],
            delivered_at: datetime | None) -> None:
    session.execute(update(OutboxRow).where(OutboxRow.id == event.id).values(
        state=state, attempts=event.attempts + 1, last_error=error, server_response=response,
        delivered_at=delivered_at, next_attempt_at=None))


def _set_server_status(session: Session, case_id: str, status: str) -> None:
    session.execute(update(ReturnCaseRow).where(ReturnCaseRow.id == case_id).values(server_status=status[:24]))
