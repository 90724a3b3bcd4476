"""A slip queued while the receipt printer was off prints by itself once the printer is back:
the retrier polls the printer's status (DLE EOT) and sends the job with nobody touching anything.

Real parts: the demo profile's services, the retrier thread the app starts, and a loopback
ESC/POS printer that reports itself offline, then online."""

from __future__ import annotations

import time
from typing import Any, Callable

from kiosk.app import Services
from kiosk.demo import demo_pairs
from kiosk.services.print_retry import PrintRetrier
from tests.conftest import NOW
from tests.flows import walk_to_review
from tests.printing.loopback_printer import OFFLINE, ONLINE, LoopbackPrinter
from tests.staff.test_operations import counter, printer  # noqa: F401 - fixtures


def wait_for(condition: Callable[[], Any], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        time.sleep(0.05)


def test_a_slip_printed_while_the_printer_was_off_arrives_once_it_is_back(
        counter: Services, printer: LoopbackPrinter) -> None:  # noqa: F811
    printer.online = OFFLINE
    number, email, _ = demo_pairs(NOW)[0]
    found = counter.desk.lookup(number, email)
    assert found.order is not None
    session = counter.desk.new_session()
    walk_to_review(session, found.order)
    case, outcome = counter.desk.complete(counter.desk.build_case(session))
    assert not outcome.printed
    [job] = counter.operations.print_queue()
    assert job.case_id == case.id and "offline" in (job.last_error or "")

    retrier = PrintRetrier(lambda: counter.printer.queue, interval_s=0.05)
    retrier.start()
    try:
        wait_for(lambda: retrier.passes >= 2)
        assert counter.operations.print_queue() != []  # still off: still waiting, never lost
        printer.online = ONLINE
        wait_for(lambda: counter.operations.print_queue() == [])
    finally:
        retrier.stop()
    assert case.code.encode() in printer.job_bytes()
