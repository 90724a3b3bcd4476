"""A finished return reaches the counter's network printer, and a dead printer loses nothing."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from kiosk.app import build_services
from kiosk.db.engine import io_allowed
from kiosk.demo import demo_pairs
from kiosk.workflow.vouchers import voucher_payload
from tests.conftest import NOW
from tests.flows import walk_to_review
from tests.printing.escpos_reader import read_escpos
from tests.printing.loopback_printer import PAPER_OUT, closed_port, loopback_printer


def services_with_printer(demo_settings, port: int):  # noqa: ANN001, ANN201
    printers = {"counter": {"kind": "network", "host": "127.0.0.1", "port": port, "timeout": 2,
                            "paper_width_mm": 80, "documents": ["slip", "store_copy"]}}
    with io_allowed():
        return build_services(dataclasses.replace(demo_settings, printers=printers), clock=lambda: NOW)


def take_a_return(services):  # noqa: ANN001, ANN201
    """Through the services on the test's own thread, with no window (the case and its print outcome)."""
    with io_allowed():
        desk = services.desk
        session = desk.new_session()
        walk_to_review(session, desk.lookup(*demo_pairs(NOW)[0][:2]).order)
        return desk.complete(desk.build_case(session))


def close(services) -> None:  # noqa: ANN001
    with io_allowed():
        services.close()


def test_the_slip_prints_on_the_counter_printer_with_the_return_code(demo_settings) -> None:  # noqa: ANN001
    with loopback_printer() as printer:
        services = services_with_printer(demo_settings, printer.port)
        case, outcome = take_a_return(services)
        close(services)
    assert outcome.printed and outcome.problems == ()
    printout = read_escpos(printer.job_bytes())
    assert case.code in printout.text
    assert any(case.code.encode() in data for _, data in printout.barcodes)
    vouchers = [voucher_payload(voucher.code).encode() for voucher in case.vouchers]  # store credit's, first
    assert printout.qr_codes == [*vouchers, case.code.encode()]
    assert all((73, b"{B" + payload) in printout.barcodes for payload in vouchers)
    assert printout.cuts >= 1


def test_a_printer_that_is_off_keeps_the_job_queued_and_the_return_saved(demo_settings) -> None:  # noqa: ANN001
    services = services_with_printer(demo_settings, closed_port())
    case, outcome = take_a_return(services)
    close(services)
    assert not outcome.printed and outcome.problems
    assert outcome.pdf_path is not None  # the shopper still sees the slip on screen
    db = sqlite3.connect(demo_settings.database_path)
    assert db.execute("select code from return_cases").fetchall() == [(case.code,)]
    assert db.execute("select case_id, state from outbox").fetchall() == [(case.id, "pending")]
    jobs = db.execute("select case_id, kind, status, attempts, last_error from print_jobs").fetchall()
    db.close()
    assert len(jobs) == 1
    case_id, kind, status, attempts, last_error = jobs[0]
    assert (case_id, kind, status, attempts) == (case.id, "slip", "queued", 1)
    assert last_error.startswith("offline")


@pytest.mark.parametrize("close_after", [10])
def test_a_printer_that_hangs_up_mid_job_keeps_the_job_queued(demo_settings, close_after: int) -> None:  # noqa: ANN001
    with loopback_printer(close_after=close_after) as printer:
        services = services_with_printer(demo_settings, printer.port)
        case, outcome = take_a_return(services)
        close(services)
    assert not outcome.printed
    db = sqlite3.connect(demo_settings.database_path)
    assert db.execute("select status from print_jobs").fetchall() == [("queued",)]
    assert db.execute("select count(*) from return_cases").fetchone() == (1,)
    db.close()


def test_a_printer_out_of_paper_tells_staff_and_the_shopper_keeps_the_return(demo_settings, qtbot) -> None:  # noqa: ANN001
    from kiosk.ui.shell import WindowServices
    from kiosk.workflow.wizard import Step
    from tests.ui.helpers import open_window

    with loopback_printer() as printer:
        printer.paper = PAPER_OUT
        services = services_with_printer(demo_settings, printer.port)
        window = open_window(qtbot, WindowServices(services.desk, services.staff, services.printer))
        with io_allowed():
            order = services.desk.lookup(*demo_pairs(NOW)[0][:2]).order
        walk_to_review(window.wizard.session, order)
        window.wizard.show_step()
        window.footer.next_button.click()
        qtbot.waitUntil(lambda: window.wizard.session.step == Step.DONE, timeout=10_000)
        qtbot.waitUntil(lambda: window.wizard.last_print is not None, timeout=10_000)
        close(services)
    last_print = window.wizard.last_print
    assert "paper_out" in last_print.problems[0] or "paper" in last_print.problems[0].lower()
    assert "could not be printed" in window.pages.done.status.text()
    db = sqlite3.connect(demo_settings.database_path)
    assert db.execute("select status from print_jobs").fetchall() == [("queued",)]
    assert db.execute("select count(*) from outbox").fetchone() == (1,)
    db.close()
