"""The cases of a span of time with whether central holds them, for the end-of-day report."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from kiosk.db.case_store import load_case
from kiosk.db.models import OutboxRow, ReturnCaseRow
from kiosk.workflow.cases import ReturnCase


def cases_between(session: Session, start: datetime, end: datetime) -> list[tuple[ReturnCase, bool]]:
    """(case, central holds it) for every case created in [start, end), oldest first."""
    delivered = exists(select(OutboxRow.id).where(OutboxRow.case_id == ReturnCaseRow.id,
                                                  OutboxRow.delivered_at.is_not(None)))
    rows = session.execute(select(ReturnCaseRow.id, delivered).where(
        ReturnCaseRow.created_at >= start, ReturnCaseRow.created_at < end).order_by(ReturnCaseRow.created_at))
    return [(load_case(session, case_id), bool(synced)) for case_id, synced in rows.all()]


def recent_with_status(session: Session, limit: int) -> list[tuple[ReturnCase, str | None, str | None]]:
    """(case, central's status, outbox state) of the newest cases, newest first."""
    state = select(OutboxRow.state).where(OutboxRow.case_id == ReturnCaseRow.id).order_by(
        OutboxRow.id.desc()).limit(1).scalar_subquery()
    rows = session.execute(select(ReturnCaseRow, state).order_by(ReturnCaseRow.created_at.desc()).limit(limit))
    return [(_case(row), row.server_status, outbox_state) for row, outbox_state in rows.all()]


def _case(row: ReturnCaseRow) -> ReturnCase:
    return ReturnCase.from_dict(row.document, customer_email=row.customer_email or "",
                                customer_name=row.customer_name or "")
