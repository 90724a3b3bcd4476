"""A finished return reaches the counter's network printer, and a dead printer loses nothing."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from kiosk.app import build_services
from kiosk.demo import demo_pairs
from tests.conftest import NOW
from tests.flows import walk_to_review
from tests.printing.escpos_reader import read_escpos
from tests.printing.loopback_printer import PAPER_OUT, closed_port, loopback_printer


def services_with_printer(demo_settings, port: int):  # noqa: ANN001, ANN201
    printers = {"counter": {"kind": "network", "host": "127.0.0.1", "port": port, "timeout": 2,
                            "paper_width_mm": 80, "documents": ["slip", "store_copy"]}}
    return build_services(dataclasses.replace(demo_settings, printers=printers), clock=lambda: NOW)


def test_the_slip_prints_on_the_counter_printer_with_the_return_code(demo_settings) -> None:  # noqa: ANN001
    with loopback_printer() as printer:
        services = services_with_printer(demo_settings, printer.port)
        desk = services.desk
        session = desk.new_session()
        walk_to_review(session, desk.lookup(*demo_pairs(NOW)[0][:2]).order)
        case, outcome = desk.complete(desk.build_case(session))
        services.close()
    assert outcome.printed and outcome.problems == ()
    printout = read_escpos(printer.job_bytes())
    assert case.code in printout.text
    assert any(case.code.encode() in data for _, data in printout.barcodes)
    assert [case.code.encode()] == printout.qr_codes
    assert printout.cuts >= 1


def test_a_printer_that_is_off_keeps_the_job_queued_and_the_return_saved(demo_settings) -> None:  # noqa: ANN001
    services = services_with_printer(demo_settings, closed_port())
    desk = services.desk
    session = desk.new_session()
    walk_to_review(session, desk.lookup(*demo_pairs(NOW)[0][:2]).order)
    case, outcome = desk.complete(desk.build_case(session))
    services.close()
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
        desk = services.desk
        session = desk.new_session()
        walk_to_review(session, desk.lookup(*demo_pairs(NOW)[0][:2]).order)
        case, outcome = desk.complete(desk.build_case(session))
        services.close()
    assert not outcome.printed
    db = sqlite3.connect(demo_settings.database_path)
    assert db.execute("select status from print_jobs").fetchall() == [("queued",)]
    assert db.execute("select count(*) from return_cases").fetchone() == (1,)
    db.close()


def test_a_printer_out_of_paper_tells_staff_and_the_shopper_keeps_the_return(demo_settings, qtbot) -> None:  # noqa: ANN001
    from kiosk.ui.window import KioskWindow
    from kiosk.workflow.wizard import Step

    with loopback_printer() as printer:
        printer.paper = PAPER_OUT
        services = services_with_printer(demo_settings, printer.port)
        window = KioskWindow(services.desk)
        qtbot.addWidget(window)
        walk_to_review(window.session, services.desk.lookup(*demo_pairs(NOW)[0][:2]).order)
        window.show_step()
        window.next_button.click()
        qtbot.waitUntil(lambda: window.session.step == Step.DONE, timeout=10_000)
        qtbot.waitUntil(lambda: window.last_print is not None, timeout=10_000)
        services.close()
    assert "paper_out" in window.last_print.problems[0] or "paper" in window.last_print.problems[0].lower()
    assert "could not be printed" in window.done_page.status.text()
    db = sqlite3.connect(demo_settings.database_path)
    assert db.execute("select status from print_jobs").fetchall() == [("queued",)]
    assert db.execute("select count(*) from outbox").fetchone() == (1,)
    db.close()
