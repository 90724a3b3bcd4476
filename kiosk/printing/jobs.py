"""Print jobs as the queue sees them, and the storage the queue needs (a protocol).

The queue depends on this protocol rather than on SQLAlchemy so printing stays free of the
database layer; ``kiosk.db.print_jobs`` implements it on the kiosk's SQLite file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Protocol

from kiosk.printing.document import DocumentKind


class JobStatus(str, Enum):
    QUEUED = "queued"
    PRINTED = "printed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class PrintJob:
    id: int
    case_id: str | None
    kind: DocumentKind
    printer: str
    status: JobStatus
    attempts: int
    created_at: datetime
    updated_at: datetime
    printed_at: datetime | None = None
    last_error: str | None = None
    output_path: str | None = None


class PrintJobStore(Protocol):
    def add(self, case_id: str | None, kind: DocumentKind, printer: str, at: datetime) -> PrintJob:
        """A new queued job, committed before anything is sent to a printer."""
        ...

    def get(self, job_id: int) -> PrintJob | None: ...

    def queued(self, limit: int = 100) -> list[PrintJob]:
        """Jobs still waiting, oldest first."""
        ...

    def for_case(self, case_id: str) -> list[PrintJob]: ...

    def mark_printed(self, job_id: int, at: datetime, output_path: str | None = None) -> PrintJob: ...

    def mark_failed(self, job_id: int, at: datetime, error: str) -> PrintJob:
        """Record a failed attempt: attempts + 1, last_error set, still queued."""
        ...

    def cancel(self, job_id: int, at: datetime) -> PrintJob: ...
