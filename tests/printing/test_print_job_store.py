"""The SQLAlchemy print job store on a migrated SQLite file."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.db.print_jobs import PrintJobNotFound, SqlPrintJobStore
from kiosk.printing.document import DocumentKind
from kiosk.printing.jobs import JobStatus
from tests.printing.conftest import CREATED

LATER = CREATED + timedelta(minutes=5)


def test_a_job_survives_reopening_the_database(database, saved_case) -> None:  # noqa: ANN001
    job = SqlPrintJobStore(database.sessions).add(saved_case.id, DocumentKind.LABEL, "labels", CREATED)
    database.close()
    database.open()
    again = SqlPrintJobStore(database.sessions).get(job.id)
    assert again == job
    assert again.status is JobStatus.QUEUED and again.created_at.tzinfo is not None


def test_failures_count_attempts_and_keep_the_job_queued(database, saved_case) -> None:  # noqa: ANN001
    store = SqlPrintJobStore(database.sessions)
    job = store.add(saved_case.id, DocumentKind.SLIP, "counter", CREATED)
    store.mark_failed(job.id, CREATED, "offline: The printer cannot be reached.")
    failed = store.mark_failed(job.id, LATER, "paper_out: The printer is out of paper.")
    assert (failed.status, failed.attempts, failed.updated_at) == (JobStatus.QUEUED, 2, LATER)
    assert failed.last_error == "paper_out: The printer is out of paper."
    assert store.queued() == [failed]


def test_printed_and_cancelled_jobs_leave_the_queue(database, saved_case) -> None:  # noqa: ANN001
    store = SqlPrintJobStore(database.sessions)
    printed = store.add(saved_case.id, DocumentKind.SLIP, "counter", CREATED)
    cancelled = store.add(saved_case.id, DocumentKind.SLIP, "counter", CREATED)
    waiting = store.add(None, DocumentKind.TEST, "counter", LATER)
    store.mark_printed(printed.id, LATER, "/tmp/x.pdf")
    store.cancel(cancelled.id, LATER)
    assert [j.id for j in store.queued()] == [waiting.id]
    assert [j.status for j in store.for_case(saved_case.id)] == [JobStatus.PRINTED, JobStatus.CANCELLED]
    assert store.get(printed.id).printed_at == LATER
    assert store.cancel(printed.id, LATER).status is JobStatus.PRINTED  # a printed job stays printed


def test_a_job_must_refer_to_a_saved_case(database) -> None:  # noqa: ANN001
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        SqlPrintJobStore(database.sessions).add("no-such-case", DocumentKind.SLIP, "counter", CREATED)


def test_unknown_job_ids(database) -> None:  # noqa: ANN001
    store = SqlPrintJobStore(database.sessions)
    assert store.get(999) is None
    with pytest.raises(PrintJobNotFound):
        store.mark_printed(999, CREATED)
