"""A shopper's returns this kiosk holds, for the frequent-returns rule (kiosk.services.shopper_history).

Cases carry the shopper's e-mail until the privacy purge removes it, which is after any
policy's frequent-returns period. Returns central refused do not count; whether each was
delivered says whether central's own count already has it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from kiosk.db.models import OutboxRow, ReturnCaseRow
from kiosk.workflow.case_rules import KnownReturn


def returns_of(session: Session, email_key: str, since: datetime, until: datetime) -> list[KnownReturn]:
    """Returns for ``email_key`` (a normalised e-mail) created in [since, until]."""
    delivered = exists(select(OutboxRow.id).where(OutboxRow.case_id == ReturnCaseRow.id,
                                                  OutboxRow.delivered_at.is_not(None)))
    rows = session.execute(
        select(ReturnCaseRow.id, ReturnCaseRow.created_at, ReturnCaseRow.refund_total, ReturnCaseRow.credit_total,
               delivered.label("delivered"))
        .where(func.lower(func.trim(ReturnCaseRow.customer_email)) == email_key,
               ReturnCaseRow.created_at >= since, ReturnCaseRow.created_at <= until,
               func.coalesce(ReturnCaseRow.server_status, "") != "refused"))
    return [KnownReturn(row.id, row.created_at, row.refund_total + row.credit_total, bool(row.delivered))
            for row in rows]
