"""Removing shoppers' personal data from the kiosk once the store no longer needs it here.

A kiosk stands in a public place and can be stolen; once a return is complete and central
holds it, the device has no reason to keep who the shopper was. After a retention period
the e-mail, name and phone of such cases are removed from the case row, from the copies
inside the case document and its delivered outbox events, and the cached order they came
from is dropped (central can send it again). Connections run with secure_delete, so the
old bytes are zeroed in place, and the WAL is emptied: the data is gone from disk, not just
unlinked from a table. The PDFs printed for such a case (the slip kept in the profile, the
files of PDF printers) name the shopper too, and are deleted.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Iterable

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from kiosk.db import audit_log
from kiosk.db.audit_log import write_transaction
from kiosk.db.engine import Database
from kiosk.db.models import OrderRow, OutboxRow, PrintJobRow, ReturnCaseRow
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.workflow.audit_chain import AuditKind
from kiosk.workflow.cases import CaseStatus
from kiosk.workflow.orders import normalise_email

log = logging.getLogger(__name__)

#: Days a completed, synced case keeps the shopper's details when the config says nothing.
DEFAULT_RETENTION_DAYS = 30
#: Keys that hold a shopper's details wherever they appear in a stored JSON document.
PII_KEYS = frozenset({"customer", "customer_email", "customer_name", "customer_phone", "email", "phone"})
REMOVED = "[removed]"


@dataclass(frozen=True)
class PurgeReport:
    cases: int
    orders: int
    #: the WAL was checkpointed to empty; False when a reader kept it busy
    compacted: bool
    #: PDF files of the purged cases deleted from the disk
    files: int = 0


def purge_shopper_data(uow: UnitOfWork, *, now: datetime, older_than_days: int = DEFAULT_RETENTION_DAYS,
                       actor: str = "kiosk", documents_dir: Path | None = None) -> PurgeReport:
    """Purge the details of completed cases older than the period whose events central has.

    ``documents_dir`` is where the slip PDFs are kept (``Settings.documents_dir``).
    """
    if older_than_days < 0:
        raise ValueError("the retention period cannot be negative")
    cutoff = now - timedelta(days=older_than_days)
    database = uow.database
    with write_transaction(database) as session:
        cases = _purgeable(session, cutoff)
        for case in cases:
            _scrub_case(session, case)
        orders = _drop_orders(session, {case.order_number for case in cases})
        # Before the commit: should it fail, the cases are still found, and purged, next time.
        files = _delete_printed_copies(session, cases, documents_dir)
        if cases:
            details = {"cases": len(cases), "orders": orders, "files": files, "older_than_days": older_than_days}
            audit_log.append(session, at=now, kind=AuditKind.PII_PURGE, actor=actor, details=details)
    compacted = compact(database) if cases else False
    return PurgeReport(len(cases), orders, compacted, files)


def compact(database: Database) -> bool:
    """Empty the WAL into the file; True when nothing was left behind.

    Every connection runs with secure_delete, so the scrubbed and deleted rows are already
    zeroed in the pages; no VACUUM is needed, which matters on a kiosk whose order cache
    may hold a million orders (a VACUUM would hold the write lock for a long time).
    """
    with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        busy, _, _ = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    return bool(busy == 0)


def scrub(value: Any, secrets: Iterable[str]) -> Any:
    """A copy of a JSON value without shopper keys and with every known secret blanked out."""
    known = sorted({s for s in secrets if s}, key=len, reverse=True)
    return _scrub(value, known)


def _scrub(value: Any, secrets: list[str]) -> Any:
    if isinstance(value, dict):
        return {k: _scrub(v, secrets) for k, v in value.items() if k not in PII_KEYS}
    if isinstance(value, list):
        return [_scrub(v, secrets) for v in value]
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, REMOVED)
        return value
    return value


def _purgeable(session: Session, cutoff: datetime) -> list[ReturnCaseRow]:
    delivered = exists(select(OutboxRow.id).where(OutboxRow.case_id == ReturnCaseRow.id, OutboxRow.delivered_at.is_not(None)))
    undelivered = exists(select(OutboxRow.id).where(OutboxRow.case_id == ReturnCaseRow.id, OutboxRow.delivered_at.is_(None)))
    query = select(ReturnCaseRow).where(
        ReturnCaseRow.status == CaseStatus.COMPLETED.value,
        ReturnCaseRow.created_at < cutoff,
        ReturnCaseRow.customer_email.is_not(None) | ReturnCaseRow.customer_name.is_not(None),
        delivered,
        ~undelivered,
    )
    return list(session.execute(query).scalars())


def _scrub_case(session: Session, case: ReturnCaseRow) -> None:
    secrets = _secrets(session, case)
    case.customer_email = None
    case.customer_name = None
    case.document = scrub(case.document, secrets)
    events = session.execute(select(OutboxRow).where(OutboxRow.case_id == case.id)).scalars()
    for event in events:
        event.payload = scrub(event.payload, secrets)
        if event.server_response is not None:
            event.server_response = scrub(event.server_response, secrets)


def _secrets(session: Session, case: ReturnCaseRow) -> set[str]:
    """The shopper's details as this case and its cached order spell them."""
    found = {case.customer_email or "", normalise_email(case.customer_email or ""), case.customer_name or ""}
    order = session.get(OrderRow, case.order_number)
    if order is not None:
        customer = (order.document or {}).get("customer") or {}
        found |= {order.email_key, order.phone_key, order.customer_name,
                  str(customer.get("email", "")), str(customer.get("name", "")), str(customer.get("phone", ""))}
    return {s for s in found if len(s) >= 3}  # never blank out single letters of other text


def _drop_orders(session: Session, numbers: set[str]) -> int:
    """Drop cached orders none of whose cases still hold a shopper's details."""
    session.flush()
    still_needed = select(ReturnCaseRow.order_number).where(
        ReturnCaseRow.order_number.in_(numbers), ReturnCaseRow.customer_email.is_not(None))
    keep = set(session.execute(still_needed).scalars())
    dropped = sorted(numbers - keep)
    if not dropped:
        return 0
    result = session.execute(delete(OrderRow).where(OrderRow.number.in_(dropped)))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def _delete_printed_copies(session: Session, cases: list[ReturnCaseRow], documents_dir: Path | None) -> int:
    """Delete the slip PDFs and PDF-printer files of these cases; the count deleted."""
    if not cases:
        return 0
    paths = [documents_dir / f"return-{case.code}.pdf" for case in cases] if documents_dir else []
    jobs = session.execute(select(PrintJobRow).where(
        PrintJobRow.case_id.in_([case.id for case in cases]), PrintJobRow.output_path.is_not(None))).scalars()
    for job in jobs:
        paths.append(Path(str(job.output_path)))
        job.output_path = None
    deleted = 0
    for path in dict.fromkeys(paths):
        try:
            path.unlink()
            deleted += 1
        except FileNotFoundError:
            pass
        except OSError as error:  # the details in the database go anyway; say which file stayed
            log.warning("privacy purge: could not delete %s: %s", path, error)
    return deleted
