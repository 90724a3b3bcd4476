"""What staff at head office do with received returns: settle them and export them."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Iterator

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from central.database import Database
from central.errors import AdminError
from central.models import Order, Return
from central.ops import authorisations as authorisation_ops
from central.ops import refunds, sequence, vouchers
from central.ops.orders import COUNTED_STATUSES
from kiosk.workflow.clock import format_utc

#: Which status a return may move to from each status; refused and refunded are final.
#: refund_failed: the payment side could not pay one of its refund instructions; staff settle
#: it (paid another way: refunded) or refuse it.
TRANSITIONS = {
    "accepted": {"refunded", "refused", "review", "refund_failed"},
    "review": {"accepted", "refunded", "refused"},
    "refund_failed": {"refunded", "refused"},
    "refused": set(),
    "refunded": set(),
}


def set_status(db: Database, case_id_or_code: str, status: str, now: datetime, *, actor: str = "cli") -> str:
    """Move a return to a new status (kiosks see it in their returns feed); returns the case id.

    A return that stops counting (refused) frees its units, so its order is re-sent too.
    """
    with db.writing() as session:
        return move_return(session, case_id_or_code, status, now, actor=actor).id


def move_return(session: Session, case_id_or_code: str, status: str, now: datetime, *, actor: str,
                expect: str | None = None) -> Return:
    """``set_status`` inside the caller's transaction, so that what the caller records with the
    move (a review decision, say) commits with it or not at all. ``expect``: the status the
    return must be in, checked under its lock."""
    ids = session.execute(select(Return.id, Return.order_id)
                          .where(or_(Return.id == case_id_or_code, Return.code == case_id_or_code))).first()
    if ids is None:
        raise AdminError(f"no return {case_id_or_code!r}")
    # Locks in the order intake takes them: the order, then the return, then the counter.
    order = session.scalar(select(Order).where(Order.id == ids.order_id).with_for_update())
    found = session.scalars(select(Return).where(Return.id == ids.id).with_for_update()).one()
    if expect is not None and found.status != expect:
        raise AdminError(f"return {found.code} is {found.status}, not in {expect}")
    if status not in TRANSITIONS.get(found.status, set()):
        raise AdminError(f"a return cannot go from {found.status} to {status}")
    seq = sequence.reserve(session)
    if order is not None and (found.status in COUNTED_STATUSES) != (status in COUNTED_STATUSES):
        order.seq = seq
    found.status, found.status_changed_at, found.seq = status, now, seq
    if status == "accepted":  # accepted after review: now its refunds may be paid
        refunds.create_instructions(session, found, now)
    if status == "refused":  # nothing of it may be paid or spent any more
        refunds.cancel_pending(session, found.id, actor, now)
        vouchers.void_for_return(session, found.id, actor, now)
    authorisation_ops.follow_return(session, found, now)
    return found


def export_returns(db: Database, *, status: str | None = None, store_id: str | None = None) -> Iterator[dict[str, Any]]:
    """Every received return with its case, device and any disagreement, oldest first."""
    query = select(Return).order_by(Return.received_at, Return.id)
    if status:
        query = query.where(Return.status == status)
    if store_id:
        query = query.where(Return.store_id == store_id)
    with db.reading() as session:
        for row in session.scalars(query.execution_options(yield_per=500)):
            yield {
                "id": row.id, "code": row.code, "status": row.status, "order_number": row.order_number,
                "store_id": row.store_id, "device_id": row.device_id, "policy_version": row.policy_version,
                "received_at": format_utc(row.received_at), "status_changed_at": format_utc(row.status_changed_at),
                "answer_status": row.response_status, "disagreements": row.disagreements, "case": row.body,
            }
