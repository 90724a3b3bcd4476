"""Refund instructions: refunds to original tenders that the payment side pulls and answers.

A completed case that refunds to a card or gift card becomes one instruction per tender refund
(``create_instructions``, from intake, and for a return staff accept after review). The
payment side pulls them from a feed (``instruction_page``) with a service token and answers
each one ``paid`` or ``failed`` with a reason (``answer``). An answer is final: the same
answer again is taken as a replay, another one is refused (409). The return follows: it is
``refunded`` once all its instructions are paid, ``refund_failed`` as soon as one fails
(staff must act), and either change takes a sequence number, so kiosks see it in
``/v1/returns/changes``.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from central.auth import hash_token
from central.cursors import Cursor, decode_cursor
from central.database import Database
from central.errors import AdminError, ApiError
from central.models import Return
from central.models_outcomes import RefundInstruction, Service
from central.ops import authorisations as authorisation_ops
from central.ops import events, sequence
from kiosk.workflow.clock import format_utc

#: Tenders that are refunded by the payment side (cash is paid at the counter, store credit is a voucher).
ORIGINAL_TENDERS = ("card", "gift_card")
OUTCOMES = ("paid", "failed")
#: cancelled: staff refused the return before the payment side answered; it must not be paid.
STATUSES = ("pending", *OUTCOMES, "cancelled")
INSTRUCTIONS_FEED = "f"
_INSERT = cast(Table, RefundInstruction.__table__).insert()
#: Tokens of back-end services (the payment side), minted by ``kiosk-central add-service``.
SERVICE_TOKEN_PREFIX = "ks_"
Outcome = Literal["paid", "failed"]


class InstructionUnknown(ApiError):
    def __init__(self, instruction_id: int) -> None:
        super().__init__(404, "refund_unknown", f"there is no refund instruction {instruction_id}")


class InstructionAnswered(ApiError):
    def __init__(self, row: RefundInstruction) -> None:
        if row.status == "cancelled":
            super().__init__(409, "refund_cancelled", f"refund instruction {row.id} was cancelled: its return was "
                             "refused; do not pay it", answered=row.status)
            return
        super().__init__(409, "refund_answered", f"refund instruction {row.id} was answered {row.status} already; "
                         "an answer is final", answered=row.status)


@dataclass(frozen=True)
class Answered:
    instruction: dict[str, Any]
    replayed: bool


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    next_cursor: str
    has_more: bool


def create_instructions(session: Session, return_row: Return, now: datetime, *, fresh: bool = False) -> int:
    """One pending instruction per card or gift card refund of a completed case, once per return
    (a second call finds them and creates none); how many were created. ``fresh``: the return
    was stored in this transaction (intake), so it can have none yet."""
    body = return_row.body
    if body.get("status", "completed") != "completed":
        return 0
    tenders = [t for t in body.get("tender_refunds") or []
               if t.get("kind") in ORIGINAL_TENDERS and int(t.get("amount") or 0) > 0]
    if not tenders or (not fresh and _instruction_count(session, return_row.id)):
        return 0
    first = sequence.reserve(session, len(tenders))
    session.connection().execute(_INSERT, [{
        "return_id": return_row.id, "store_id": return_row.store_id, "return_code": return_row.code,
        "order_number": return_row.order_number, "tender_kind": t["kind"],
        "tender_reference": str(t.get("reference", ""))[:80], "amount": int(t["amount"]),
        "currency": str(body.get("currency", "USD"))[:3], "status": "pending", "reason": None, "reference": None,
        "answered_by": None, "created_at": now, "answered_at": None, "seq": first + i,
    } for i, t in enumerate(tenders)])
    return len(tenders)


def _instruction_count(session: Session, return_id: str) -> int:
    return int(session.scalar(select(func.count()).select_from(RefundInstruction)
                              .where(RefundInstruction.return_id == return_id)) or 0)


def answer(db: Database, instruction_id: int, outcome: Outcome, reason: str, reference: str, actor: str,
           now: datetime) -> Answered:
    """Record the payment side's answer and move the return when it settles."""
    if outcome not in OUTCOMES:
        raise ApiError(422, "invalid_outcome", f"an outcome is one of {', '.join(OUTCOMES)}")
    if outcome == "failed" and not reason.strip():
        raise ApiError(422, "reason_required", "a failed refund needs a reason staff can act on")
    with db.writing() as session:
        return_id = session.scalar(select(RefundInstruction.return_id).where(RefundInstruction.id == instruction_id))
        if return_id is None:
            raise InstructionUnknown(instruction_id)
        # Locks: the return, then its instruction, then the change counter (as set_status takes them).
        found = session.scalars(select(Return).where(Return.id == return_id).with_for_update()).one()
        row = session.scalars(select(RefundInstruction).where(RefundInstruction.id == instruction_id)
                              .with_for_update()).one()
        if row.status != "pending":
            if row.status != outcome:
                raise InstructionAnswered(row)
            return Answered(instruction_entry(row), replayed=True)
        row.status, row.reason, row.reference = outcome, reason or None, reference or None
        row.answered_by, row.answered_at, row.seq = actor[:64], now, sequence.reserve(session)
        events.record(session, "refund_answered", actor, f"refund {row.id}",
                      {"outcome": outcome, "reason": reason, "reference": reference, "amount": row.amount,
                       "return_code": row.return_code}, now, store_id=row.store_id)
        session.flush()
        _settle(session, found, now)
        return Answered(instruction_entry(row), replayed=False)


def _settle(session: Session, found: Return, now: datetime) -> None:
    """accepted -> refund_failed when one instruction failed, -> refunded when all are paid."""
    if found.status != "accepted":
        return
    statuses = list(session.scalars(select(RefundInstruction.status).where(RefundInstruction.return_id == found.id)))
    status = "refund_failed" if "failed" in statuses else "refunded" if all(s == "paid" for s in statuses) else None
    if status is not None:
        found.status, found.status_changed_at, found.seq = status, now, sequence.reserve(session)
        authorisation_ops.follow_return(session, found, now)


def cancel_pending(session: Session, return_id: str, actor: str, now: datetime) -> int:
    """Cancel the instructions of a return nobody has answered yet (staff refused the return);
    each comes again in the feed as ``cancelled``. How many."""
    rows = list(session.scalars(select(RefundInstruction).where(RefundInstruction.return_id == return_id,
                                                               RefundInstruction.status == "pending")
                                .order_by(RefundInstruction.id).with_for_update()))
    for row in rows:
        row.status, row.answered_by, row.answered_at, row.seq = "cancelled", actor[:64], now, sequence.reserve(session)
        events.record(session, "refund_cancelled", actor, f"refund {row.id}",
                      {"amount": row.amount, "return_code": row.return_code}, now, store_id=row.store_id)
    return len(rows)


def instruction_page(session: Session, cursor: str | None, limit: int) -> Page:
    """Instructions created or answered since ``cursor``, every store, oldest change first."""
    epoch, ceiling = sequence.position(session)
    after = decode_cursor(cursor, feed=INSTRUCTIONS_FEED, epoch=epoch, last_seq=ceiling)
    rows = list(session.scalars(
        select(RefundInstruction)
        .where(RefundInstruction.seq > after, RefundInstruction.seq <= ceiling)
        .order_by(RefundInstruction.seq)
        .limit(limit + 1)
    ))
    page, has_more = rows[:limit], len(rows) > limit
    end = page[-1].seq if has_more else ceiling
    return Page([instruction_entry(r) for r in page], Cursor(INSTRUCTIONS_FEED, epoch, end).encode(), has_more)


def instruction_entry(row: RefundInstruction) -> dict[str, Any]:
    return {
        "id": row.id, "return_id": row.return_id, "return_code": row.return_code, "order_number": row.order_number,
        "store_id": row.store_id, "tender_kind": row.tender_kind, "tender_reference": row.tender_reference,
        "amount": row.amount, "currency": row.currency, "status": row.status, "reason": row.reason,
        "reference": row.reference, "created_at": format_utc(row.created_at),
        "answered_at": format_utc(row.answered_at) if row.answered_at else None,
    }


def instructions(db: Database, *, status: str | None = None, store_id: str | None = None) -> list[dict[str, Any]]:
    """Every instruction (of a status, of a store), oldest first: for ``kiosk-central refunds list``."""
    query = select(RefundInstruction).order_by(RefundInstruction.id)
    if status:
        query = query.where(RefundInstruction.status == status)
    if store_id:
        query = query.where(RefundInstruction.store_id == store_id)
    with db.reading() as session:
        return [instruction_entry(r) for r in session.scalars(query)]


@dataclass(frozen=True)
class NewService:
    """A service as created: the token exists only here, once."""

    name: str
    token: str


def add_service(db: Database, name: str, now: datetime) -> NewService:
    """A token for the payment side: it may use the refunds routes and nothing else."""
    if not name or len(name) > 40 or not all(c.isalnum() or c in "-_." for c in name):
        raise AdminError(f"a service name is 1 to 40 letters, digits, '-', '_' or '.'; got {name!r}")
    token = SERVICE_TOKEN_PREFIX + secrets.token_urlsafe(32)
    with db.writing() as session:
        if session.get(Service, name) is not None:
            raise AdminError(f"service {name!r} exists already")
        session.add(Service(name=name, scope="refunds", token_hash=hash_token(token), created_at=now,
                            revoked_at=None))
        events.record(session, "service_added", "cli", f"service {name}", {"scope": "refunds"}, now)
    return NewService(name, token)
