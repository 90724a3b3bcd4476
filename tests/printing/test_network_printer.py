"""A network receipt printer on a loopback port receives the real bytes; failures keep the job.

Every socket operation is bounded by the printer's ``timeout`` setting (short here), so a
printer that hangs costs one timeout, never a stuck kiosk.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.db.case_store import load_case
from kiosk.db.engine import Database
from kiosk.db.print_jobs import SqlPrintJobStore
from kiosk.printing.composer import CaseDocuments
from kiosk.printing.document import DocumentKind
from kiosk.printing.errors import PrinterError, PrinterErrorKind
from kiosk.printing.jobs import JobStatus
from kiosk.printing.printers import build_printers
from kiosk.printing.queue import PrintQueue, parse_job_error
from kiosk.workflow.cases import ReturnCase
from kiosk.workflow.store import Store
from tests.printing.conftest import CREATED
from tests.printing.escpos_reader import read_escpos
from tests.printing.loopback_printer import (
    OFFLINE,
    PAPER_LOW,
    PAPER_OUT,
    closed_port,
    loopback_printer,
    silent_port,
)

TIMEOUT = 2.0  # generous: only a printer that never answers waits for it
HANG_TIMEOUT = 0.3


def network(port: int, **extra: object) -> dict[str, object]:
    return {"kind": "network", "host": "127.0.0.1", "port": port, "timeout": TIMEOUT, "paper_width_mm": 80, **extra}


def make_queue(database: Database, store: Store, port: int, **extra: object) -> PrintQueue:
    def load(case_id: str) -> ReturnCase:
        with database.session() as session:
            return load_case(session, case_id)

    return PrintQueue(
        SqlPrintJobStore(database.sessions),
        build_printers({"counter": network(port, **extra)}),
        lambda: CREATED,
        load,
        CaseDocuments(store, lambda: CREATED),
    )


def case_is_saved(database: Database, case: ReturnCase) -> bool:
    with database.session() as session:
        return load_case(session, case.id) == case


def test_the_printer_receives_text_codes_and_cut_and_the_job_is_marked_printed(database, store, saved_case) -> None:  # noqa: ANN001
    with loopback_printer() as printer:
        queue = make_queue(database, store, printer.port)
        result = queue.submit(saved_case.id, DocumentKind.SLIP)
        received = printer.job_bytes()
    assert result.printed and not result.ask_staff
    printout = read_escpos(received)
    assert "Return receipt" in printout.text and "côtelée" in printout.text
    assert printout.barcodes == [(73, b"{B" + saved_case.code.encode())]
    assert printout.qr_codes == [saved_case.code.encode()]
    assert received.endswith(b"\x1dV\x00")
    job = queue.store.get(result.job_id)
    assert job.status is JobStatus.PRINTED and job.printed_at == CREATED and job.attempts == 0


def test_copies_send_the_whole_slip_again(database, store, saved_case) -> None:  # noqa: ANN001
    with loopback_printer() as printer:
        assert make_queue(database, store, printer.port, copies=2).submit(saved_case.id, "slip").printed
        assert read_escpos(printer.job_bytes()).cuts == 2


def test_status_is_asked_before_and_after_the_job(database, store, saved_case) -> None:  # noqa: ANN001
    with loopback_printer() as printer:
        make_queue(database, store, printer.port).submit(saved_case.id, "slip")
        data = printer.data()
    assert data.startswith(b"\x10\x04\x01\x10\x04\x04\x1b@")
    assert data.endswith(b"\x1dV\x00\x10\x04\x01\x10\x04\x04")


@pytest.mark.parametrize(
    "setup, kind",
    [
        ("refuses", PrinterErrorKind.OFFLINE),
        ("hangs", PrinterErrorKind.TIMEOUT),
        ("closes_mid_job", PrinterErrorKind.WRITE_ERROR),
        ("paper_out", PrinterErrorKind.PAPER_OUT),
        ("offline", PrinterErrorKind.OFFLINE),
    ],
)
def test_a_failing_printer_leaves_the_job_queued_and_the_case_saved(database, store, saved_case, setup, kind) -> None:  # noqa: ANN001
    with failing_printer(setup) as port:
        queue = make_queue(database, store, port, timeout=HANG_TIMEOUT if setup == "hangs" else TIMEOUT)
        result = queue.submit(saved_case.id, DocumentKind.SLIP)
    assert not result.printed and result.ask_staff
    assert result.error_kind is kind and result.printer == "counter" and result.error
    job = queue.store.get(result.job_id)
    assert job.status is JobStatus.QUEUED and job.attempts == 1
    assert parse_job_error(job.last_error) == (kind, result.error)
    assert queue.pending() == [job]
    assert case_is_saved(database, saved_case)


class failing_printer:
    """Context manager yielding a port that fails in the named way."""

    def __init__(self, setup: str) -> None:
        self.setup = setup

    def __enter__(self) -> int:
        if self.setup == "refuses":
            self._context = None
            return closed_port()
        if self.setup == "hangs":
            self._context = silent_port()
            return self._context.__enter__()
        self._context = loopback_printer(close_after=200 if self.setup == "closes_mid_job" else None)
        server = self._context.__enter__()
        server.paper = PAPER_OUT if self.setup == "paper_out" else server.paper
        server.online = OFFLINE if self.setup == "offline" else server.online
        return server.port

    def __exit__(self, *exc: object) -> None:
        if self._context is not None:
            self._context.__exit__(*exc)


def test_nothing_is_printed_on_an_empty_printer(database, store, saved_case) -> None:  # noqa: ANN001
    with loopback_printer() as printer:
        printer.paper = PAPER_OUT
        make_queue(database, store, printer.port).submit(saved_case.id, "slip")
        assert printer.job_bytes() == b""


def test_a_queued_job_prints_once_the_paper_is_refilled(database, store, saved_case) -> None:  # noqa: ANN001
    with loopback_printer() as printer:
        printer.paper = PAPER_OUT
        queue = make_queue(database, store, printer.port)
        first = queue.submit(saved_case.id, "slip")
        printer.paper = PAPER_LOW
        results = queue.retry_pending()
        assert [r.job_id for r in results] == [first.job_id] and results[0].printed
        assert queue.pending() == []
        job = queue.store.get(first.job_id)
        assert job.status is JobStatus.PRINTED and job.attempts == 1
        assert queue.print_now(first.job_id).printed  # asking again does not print twice
        assert read_escpos(printer.job_bytes()).cuts == 1


def test_retry_tries_an_unreachable_printer_once_per_pass(database, store, saved_case) -> None:  # noqa: ANN001
    queue = make_queue(database, store, closed_port())
    queue.submit(saved_case.id, "slip")
    queue.submit(saved_case.id, "store_copy")
    results = queue.retry_pending()
    assert len(results) == 1 and results[0].error_kind is PrinterErrorKind.OFFLINE
    assert sorted(job.attempts for job in queue.pending()) == [1, 2]


def test_staff_reprint_replaces_the_queued_copy(database, store, saved_case) -> None:  # noqa: ANN001
    with loopback_printer() as printer:
        printer.paper = PAPER_OUT
        queue = make_queue(database, store, printer.port)
        stuck = queue.submit(saved_case.id, "slip")
        printer.paper = 0x12
        again = queue.reprint(saved_case.id, "slip")
        assert again.printed and again.job_id != stuck.job_id
        assert queue.store.get(stuck.job_id).status is JobStatus.CANCELLED
        assert queue.retry_pending() == []
        assert read_escpos(printer.job_bytes()).cuts == 1


def test_printer_check_reports_ready_paper_low_and_paper_out(tmp_path: Path) -> None:
    with loopback_printer() as printer:
        counter = build_printers({"counter": network(printer.port)})["counter"]
        assert counter.check().ready
        printer.paper = PAPER_LOW
        status = counter.check()
        assert status.ready and "low" in status.message
        printer.paper = PAPER_OUT
        status = counter.check()
        assert not status.ready and status.kind is PrinterErrorKind.PAPER_OUT


def test_the_printer_error_names_the_printer(store) -> None:  # noqa: ANN001
    from kiosk.printing.documents import test_page

    counter = build_printers({"counter": network(closed_port())})["counter"]
    with pytest.raises(PrinterError) as caught:
        counter.print_document(test_page("counter", store))
    assert caught.value.printer == "counter" and caught.value.kind is PrinterErrorKind.OFFLINE
    assert "127.0.0.1" in caught.value.message
