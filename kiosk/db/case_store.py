"""Saving return cases together with their outbox event.

``save_case`` adds the case, its lines and the outbox event to the caller's session; the
caller commits once, so either all three are on disk or none is (DESIGN §3, Outbox).
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import bindparam, exists, func, select, text
from sqlalchemy.orm import Session

from kiosk.db.models import OutboxRow, ReturnCaseLineRow, ReturnCaseRow, UtcDateTime
from kiosk.workflow.cases import CaseStatus, ReturnCase

RETURN_CREATED = "return.created"
#: Outbox states of events central does not hold (kiosk.db.outbox_store.UNSENT).
_UNSENT_STATES = ("pending", "refused")


def save_case(session: Session, case: ReturnCase, *, now: datetime) -> None:
    document = case.to_dict()
    session.add(
        ReturnCaseRow(
            id=case.id,
            code=case.code,
            order_number=case.order_number,
            store_id=case.store_id,
            device_id=case.device_id,
            created_at=case.created_at,
            status=case.status.value,
            resolution=case.resolution.value,
            currency=case.currency,
            refund_total=case.refund_total,
            credit_total=case.credit_total,
            policy_version=case.policy_version,
            customer_email=case.customer_email or None,
            customer_name=case.customer_name or None,
            document=document,
            lines=[
                ReturnCaseLineRow(
                    line_id=l.line_id, sku=l.sku, quantity=l.quantity, reason_code=l.reason_code,
                    condition=l.condition, verdict=l.verdict, refund_amount=l.refund_amount,
                )
                for l in case.lines
            ],
        )
    )
    session.flush()  # the case row must exist before the event that refers to it
    session.add(
        OutboxRow(
            case_id=case.id,
            kind=RETURN_CREATED,
            idempotency_key=case.id,
            payload=document,
            state="pending",
            attempts=0,
            created_at=now,
            next_attempt_at=now,
        )
    )


def load_case(session: Session, case_id: str) -> ReturnCase:
    row = session.get(ReturnCaseRow, case_id)
    if row is None:
        raise KeyError(f"no return case {case_id}")
    return _to_case(row)


def find_case_by_code(session: Session, code: str) -> ReturnCase | None:
    row = session.execute(select(ReturnCaseRow).where(ReturnCaseRow.code == code)).scalar_one_or_none()
    return _to_case(row) if row is not None else None


def recent_cases(session: Session, limit: int = 50) -> list[ReturnCase]:
    rows = session.execute(select(ReturnCaseRow).order_by(ReturnCaseRow.created_at.desc()).limit(limit)).scalars()
    return [_to_case(r) for r in rows]


_RETURNED_SINCE = text(
    "select l.line_id, sum(l.quantity) from return_case_lines l join return_cases c on c.id = l.case_id"
    " where c.order_number = :number and c.created_at > :since group by l.line_id"
).bindparams(bindparam("since", type_=UtcDateTime()))


def returned_quantities(session: Session, order_number: str, since: datetime | None = None) -> dict[str, int]:
    """Quantities this device took back per order line, in cases created after ``since``.

    The cached order already counts returns the server knew of when it was sent; cases
    saved here after that moment are not in it yet. A fixed statement: this runs on every
    lookup, so it is built once rather than per call.
    """
    moment = since if since is not None else datetime.min.replace(tzinfo=timezone.utc)
    rows = session.execute(_RETURNED_SINCE, {"number": order_number, "since": moment})
    return {line_id: int(qty) for line_id, qty in rows}


def _to_case(row: ReturnCaseRow) -> ReturnCase:
    return ReturnCase.from_dict(row.document, customer_email=row.customer_email or "", customer_name=row.customer_name or "")


def unconfirmed_refunds(session: Session, start: datetime | None, end: datetime | None,
                        staff_id: str | None) -> tuple[int, int]:
    """Count and total of refunds saved in [start, end) that central has not confirmed yet
    (no delivered outbox event): what the offline exposure caps weigh. Without bounds: every
    such refund, whatever its day (the whole outage)."""
    confirmed = exists(select(OutboxRow.id).where(OutboxRow.case_id == ReturnCaseRow.id,
                                                  OutboxRow.delivered_at.is_not(None)))
    # Every case has an outbox event, so an unconfirmed one is among the few the (indexed) unsent
    # events name: this keeps the check cheap on a kiosk that holds years of confirmed cases.
    unsent = select(OutboxRow.case_id).where(OutboxRow.state.in_(_UNSENT_STATES))
    query = select(func.count(), func.coalesce(func.sum(ReturnCaseRow.refund_total), 0)).where(
        ReturnCaseRow.id.in_(unsent), ReturnCaseRow.status == CaseStatus.COMPLETED.value,
        ReturnCaseRow.refund_total > 0, ~confirmed,
    )
    if start is not None:
        query = query.where(ReturnCaseRow.created_at >= start)
    if end is not None:
        query = query.where(ReturnCaseRow.created_at < end)
    if staff_id is not None:
        query = query.where(func.json_extract(ReturnCaseRow.document, "$.staff_id") == staff_id)
    count, total = session.execute(query).one()
    return int(count), int(total)
