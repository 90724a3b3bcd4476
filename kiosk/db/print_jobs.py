"""The print queue's storage on the kiosk's SQLite file (``print_jobs`` table).

Every method is its own committed transaction: a job must be on disk before its bytes go to
the printer, and its outcome on disk before the next job, so a crash or a pulled plug leaves
at worst a job that prints again, never a slip that silently vanished.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.db.models import PrintJobRow
from kiosk.printing.document import DocumentKind
from kiosk.printing.jobs import JobStatus, PrintJob
from kiosk.workflow.errors import KioskError


class PrintJobNotFound(KioskError, LookupError):
    pass


class SqlPrintJobStore:
    """Implements ``kiosk.printing.jobs.PrintJobStore``."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def add(self, case_id: str | None, kind: DocumentKind, printer: str, at: datetime) -> PrintJob:
        row = PrintJobRow(
            case_id=case_id,
            kind=DocumentKind(kind).value,
            printer=printer,
            status=JobStatus.QUEUED.value,
            attempts=0,
            created_at=at,
            updated_at=at,
        )
        with self._sessions.begin() as session:
            session.add(row)
            session.flush()
            return _job(row)

    def get(self, job_id: int) -> PrintJob | None:
        with self._sessions() as session:
            row = session.get(PrintJobRow, job_id)
            return _job(row) if row is not None else None

    def queued(self, limit: int = 100) -> list[PrintJob]:
        query = (
            select(PrintJobRow)
            .where(PrintJobRow.status == JobStatus.QUEUED.value)
            .order_by(PrintJobRow.created_at, PrintJobRow.id)
            .limit(limit)
        )
        with self._sessions() as session:
            return [_job(row) for row in session.scalars(query)]

    def for_case(self, case_id: str) -> list[PrintJob]:
        query = select(PrintJobRow).where(PrintJobRow.case_id == case_id).order_by(PrintJobRow.id)
        with self._sessions() as session:
            return [_job(row) for row in session.scalars(query)]

    def mark_printed(self, job_id: int, at: datetime, output_path: str | None = None) -> PrintJob:
        with self._sessions.begin() as session:
            row = _row(session, job_id)
            row.status = JobStatus.PRINTED.value
            row.printed_at = at
            row.updated_at = at
            row.output_path = output_path
            return _job(row)

    def mark_failed(self, job_id: int, at: datetime, error: str) -> PrintJob:
        with self._sessions.begin() as session:
            row = _row(session, job_id)
            row.attempts = PrintJobRow.attempts + 1
            row.last_error = error
            row.updated_at = at
            session.flush()
            session.refresh(row)
            return _job(row)

    def cancel(self, job_id: int, at: datetime) -> PrintJob:
        with self._sessions.begin() as session:
            row = _row(session, job_id)
            if row.status == JobStatus.QUEUED.value:
                row.status = JobStatus.CANCELLED.value
                row.updated_at = at
            return _job(row)


def queued_backlog(session: Session) -> tuple[int, datetime | None]:
    """How many jobs wait for their printer, and when the oldest of them was made."""
    count, oldest = session.execute(select(func.count(), func.min(PrintJobRow.created_at))
                                    .where(PrintJobRow.status == JobStatus.QUEUED.value)).one()
    return int(count), oldest


def _row(session: Session, job_id: int) -> PrintJobRow:
    row = session.get(PrintJobRow, job_id)
    if row is None:
        raise PrintJobNotFound(f"no print job {job_id}")
    return row


def _job(row: PrintJobRow) -> PrintJob:
    return PrintJob(
        id=row.id,
        case_id=row.case_id,
        kind=DocumentKind(row.kind),
        printer=row.printer,
        status=JobStatus(row.status),
        attempts=row.attempts,
        created_at=row.created_at,
        updated_at=row.updated_at,
        printed_at=row.printed_at,
        last_error=row.last_error,
        output_path=row.output_path,
    )
