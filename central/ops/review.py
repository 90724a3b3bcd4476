"""The review queue: returns whose re-check at central disagreed with the kiosk (status ``review``).

A person accepts or refuses each one with a reason. The status moves through
``central.ops.backoffice.set_status`` (kiosks see it in their returns feed; a refusal frees the
units), and the decision is kept in ``review_decisions`` and central's events log
(``central.ops.events``). A store
manager decides only on their own store's returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select

from central.database import Database
from central.errors import AdminError
from central.models import Return
from central.models_backoffice import ReviewDecision
from central.ops import backoffice, events

DECISIONS = {"accept": "accepted", "refuse": "refused"}


class NotYours(AdminError):
    """A store manager asked about another store's return."""


@dataclass(frozen=True)
class ReviewItem:
    id: str
    code: str
    store_id: str
    order_number: str
    received_at: datetime
    resolution: str
    value: int
    currency: str
    disagreements: list[Any]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "code": self.code, "store_id": self.store_id, "order_number": self.order_number,
                "received_at": self.received_at.isoformat(), "resolution": self.resolution, "value": self.value,
                "currency": self.currency, "disagreements": self.disagreements}


def queue(db: Database, *, store_id: str | None = None) -> list[ReviewItem]:
    """Returns waiting for a decision, oldest first (of one store, when given)."""
    query = select(Return).where(Return.status == "review").order_by(Return.received_at, Return.id)
    if store_id is not None:
        query = query.where(Return.store_id == store_id)
    with db.reading() as session:
        return [_item(row) for row in session.scalars(query)]


def _item(row: Return) -> ReviewItem:
    body = row.body
    value = sum(int(line.get("refund_amount", 0)) for line in body.get("lines", []))
    return ReviewItem(row.id, row.code, row.store_id, row.order_number, row.received_at,
                      str(body.get("resolution", "")), value, str(body.get("currency", "")), list(row.disagreements))


def decide(db: Database, case: str, decision: str, reason: str, *, actor: str, now: datetime,
           store_id: str | None = None) -> str:
    """Accept or refuse a return in review; answers its case id.

    ``store_id``: the only store the actor may decide for (a store manager); None for head office.
    Raises AdminError for an unknown case, one not in review, a missing reason or another store's case.
    """
    if decision not in DECISIONS:
        raise AdminError(f"decision must be one of {', '.join(DECISIONS)}")
    reason = reason.strip()
    if not reason:
        raise AdminError("give the reason for the decision")
    found = find(db, case, store_id=store_id)
    with db.writing() as session:  # the move, the decision and its event commit together or not at all
        moved = backoffice.move_return(session, found.id, DECISIONS[decision], now, actor=actor, expect="review")
        session.add(ReviewDecision(return_id=moved.id, decision=decision, reason=reason, decided_by=actor,
                                   decided_at=now))
        events.record(session, f"review_{decision}", actor, moved.id,
                      {"code": moved.code, "reason": reason, "from": "review", "to": DECISIONS[decision]}, now,
                      store_id=moved.store_id)
        return moved.id


def find(db: Database, case: str, *, store_id: str | None = None) -> Return:
    """A return by case id or return code; NotYours when it belongs to another store than ``store_id``."""
    with db.reading() as session:
        row = session.scalar(select(Return).where(or_(Return.id == case, Return.code == case.strip().upper())))
    if row is None:
        raise AdminError(f"no return {case!r}")
    if store_id is not None and row.store_id != store_id:
        raise NotYours(f"return {case!r} belongs to another store")
    return row


def decisions(db: Database, case_id: str) -> list[ReviewDecision]:
    with db.reading() as session:
        return list(session.scalars(select(ReviewDecision).where(ReviewDecision.return_id == case_id)
                                    .order_by(ReviewDecision.decided_at, ReviewDecision.id)))
