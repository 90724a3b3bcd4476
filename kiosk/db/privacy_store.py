"""Where shoppers' details sit in the kiosk database, for the privacy purge (kiosk.services.privacy).

A settled case names its shopper in its own columns, in its document, in the payload and the
server's answer of its outbox events, in the cached order it came from, and in the files its
documents were printed to. The service decides which cases go and what counts as a detail;
this module finds those places and rewrites or removes them inside the caller's transaction.
Connections run with secure_delete, so the old bytes are zeroed in the pages; emptying the
WAL afterwards (``empty_wal``, outside any transaction) takes them off the disk entirely.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable, Iterable, Sequence

from sqlalchemy import ColumnElement, Exists, and_, delete, exists, or_, select
from sqlalchemy.orm import Session

from kiosk.db.engine import Database
from kiosk.db.models import OrderRow, OutboxRow, PrintJobRow, ReturnCaseRow
from kiosk.workflow.cases import CaseStatus

#: Rewrites a stored JSON value without the shopper's details.
Scrub = Callable[[Any], Any]


@dataclass(frozen=True)
class SettledCase:
    """A case past its retention that still names its shopper (see ``cases_past_retention``)."""

    id: str
    code: str
    order_number: str
    customer_email: str | None
    customer_name: str | None


def settled_cases(session: Session, cutoff: datetime) -> list[SettledCase]:
    """Completed cases made before ``cutoff`` that still name a shopper, every event of which central holds."""
    return cases_past_retention(session, completed=cutoff, pending=None, refused=None)


def cases_past_retention(session: Session, *, completed: datetime | None, pending: datetime | None,
                         refused: datetime | None) -> list[SettledCase]:
    """Cases made before the cut-off of their kind that still name a shopper.

    ``completed``: completed cases every event of which central holds. ``pending``: cases saved
    pending approval, every event of which central holds. ``refused``: cases central refused
    (an event refused, none still to send). A case with an event still to deliver is never
    among them: it must go out exactly as it was saved. None leaves a kind out.
    """
    delivered = _event_in(OutboxRow.delivered_at.is_not(None))
    undelivered = _event_in(OutboxRow.delivered_at.is_(None))
    kinds = []
    if completed is not None:
        kinds.append(and_(ReturnCaseRow.status == CaseStatus.COMPLETED.value, ReturnCaseRow.created_at < completed,
                          delivered, ~undelivered))
    if pending is not None:
        kinds.append(and_(ReturnCaseRow.status == CaseStatus.PENDING_APPROVAL.value,
                          ReturnCaseRow.created_at < pending, delivered, ~undelivered))
    if refused is not None:
        kinds.append(and_(ReturnCaseRow.created_at < refused, _event_in(OutboxRow.state == "refused"),
                          ~_event_in(OutboxRow.state == "pending")))
    if not kinds:
        return []
    rows = session.execute(
        select(ReturnCaseRow.id, ReturnCaseRow.code, ReturnCaseRow.order_number, ReturnCaseRow.customer_email,
               ReturnCaseRow.customer_name)
        .where(ReturnCaseRow.customer_email.is_not(None) | ReturnCaseRow.customer_name.is_not(None), or_(*kinds))
    ).all()
    return [SettledCase(*row) for row in rows]


def _event_in(condition: ColumnElement[bool]) -> Exists:
    """Whether the case has an outbox event meeting ``condition``."""
    return exists(select(OutboxRow.id).where(OutboxRow.case_id == ReturnCaseRow.id, condition))


def order_details(session: Session, number: str) -> list[str]:
    """The shopper's details as the cached order spells them (nothing when it is not cached)."""
    order = session.get(OrderRow, number)
    if order is None:
        return []
    customer = (order.document or {}).get("customer") or {}
    return [order.email_key, order.phone_key, order.customer_name,
            str(customer.get("email", "")), str(customer.get("name", "")), str(customer.get("phone", ""))]


def forget_shopper(session: Session, case_id: str, scrub: Scrub) -> None:
    """Blank the case's shopper columns and pass its document and its events' JSON through ``scrub``."""
    case = session.get(ReturnCaseRow, case_id)
    if case is None:
        return
    case.customer_email = None
    case.customer_name = None
    case.document = scrub(case.document)
    for event in session.execute(select(OutboxRow).where(OutboxRow.case_id == case_id)).scalars():
        event.payload = scrub(event.payload)
        if event.server_response is not None:
            event.server_response = scrub(event.server_response)


def drop_orders_without_details(session: Session, numbers: Iterable[str]) -> int:
    """Drop those cached orders none of whose cases still holds a shopper's e-mail; how many went."""
    session.flush()
    wanted = set(numbers)
    still_needed = select(ReturnCaseRow.order_number).where(
        ReturnCaseRow.order_number.in_(wanted), ReturnCaseRow.customer_email.is_not(None))
    dropped = sorted(wanted - set(session.execute(still_needed).scalars()))
    if not dropped:
        return 0
    result = session.execute(delete(OrderRow).where(OrderRow.number.in_(dropped)))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def take_printed_files(session: Session, case_ids: Sequence[str]) -> list[str]:
    """The files these cases' documents were printed to; the jobs forget them (the caller deletes them)."""
    if not case_ids:
        return []
    jobs = session.execute(select(PrintJobRow).where(
        PrintJobRow.case_id.in_(list(case_ids)), PrintJobRow.output_path.is_not(None))).scalars()
    paths = []
    for job in jobs:
        paths.append(str(job.output_path))
        job.output_path = None
    return paths


def empty_wal(database: Database) -> bool:
    """Checkpoint the WAL into the file and truncate it; True when nothing was left behind.

    Every connection runs with secure_delete, so the scrubbed and deleted rows are already
    zeroed in the pages; no VACUUM is needed, which matters on a kiosk whose order cache
    may hold a million orders (a VACUUM would hold the write lock for a long time).
    Runs on a connection of its own, outside any transaction; False when a reader kept part
    of the WAL in use.
    """
    with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        busy, _, _ = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    return bool(busy == 0)
