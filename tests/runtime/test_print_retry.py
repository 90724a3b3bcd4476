"""A slip that could not print goes out by itself once the printer is back: no staff action.

Real parts: the demo profile's services, a loopback TCP printer answering ESC/POS status
queries, and the background retrier thread."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any, Callable, Iterator

import pytest

from kiosk.app import Services, build_services
from kiosk.config import Settings
from kiosk.demo import demo_pairs
from kiosk.services.print_retry import PrintRetrier, retry_ready_printers
from kiosk.workflow.cases import ReturnCase
from tests.conftest import NOW
from tests.flows import walk_to_review
from tests.printing.loopback_printer import PAPER_OK, PAPER_OUT, LoopbackPrinter, loopback_printer


@pytest.fixture
def printer() -> Iterator[LoopbackPrinter]:
    with loopback_printer() as server:
        yield server


@pytest.fixture
def counter(demo_settings: Settings, printer: LoopbackPrinter) -> Iterator[Services]:
    tables = {"counter": {"kind": "network", "host": "127.0.0.1", "port": printer.port, "paper_width_mm": 80,
                          "timeout": 2, "documents": ["slip", "store_copy"]}}
    built = build_services(replace(demo_settings, printers=tables), clock=lambda: NOW)
    yield built
    built.close()


def save_a_return(services: Services) -> ReturnCase:
    number, email, _ = demo_pairs(NOW)[0]
    found = services.desk.lookup(number, email)
    assert found.order is not None
    session = services.desk.new_session()
    walk_to_review(session, found.order)
    return services.desk.save(services.desk.build_case(session))


def wait_for(condition: Callable[[], Any], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        time.sleep(0.05)


def test_a_slip_queued_while_the_paper_was_out_prints_once_paper_is_back(counter: Services,
                                                                         printer: LoopbackPrinter) -> None:
    printer.paper = PAPER_OUT
    case = save_a_return(counter)
    outcome = counter.printer.print_case(case)
    assert not outcome.printed and [job.case_id for job in counter.printer.queued()] == [case.id]
    assert retry_ready_printers(counter.printer.queue) == []  # still no paper: not even tried
    before = len(printer.job_bytes())

    printer.paper = PAPER_OK
    results = retry_ready_printers(counter.printer.queue)
    assert [r.printed for r in results] == [True]
    assert counter.printer.queued() == []
    assert case.code.encode() in printer.job_bytes()[before:]


def test_the_retrier_thread_prints_without_anyone_asking(counter: Services, printer: LoopbackPrinter) -> None:
    printer.paper = PAPER_OUT
    case = save_a_return(counter)
    counter.printer.print_case(case)
    retrier = PrintRetrier(lambda: counter.printer.queue, interval_s=0.1)
    retrier.start()
    try:
        wait_for(lambda: retrier.passes >= 2)
        assert len(counter.printer.queued()) == 1
        printer.paper = PAPER_OK
        wait_for(lambda: counter.printer.queued() == [])
    finally:
        retrier.stop()
    assert case.code.encode() in printer.job_bytes()
