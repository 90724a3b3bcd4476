"""The staff counter screen and the cash payout, as real widgets offscreen over the real services:
returns with their status in words and store-local times, the print queue with a retry that
reaches a loopback printer, the end-of-day report printed from its tab, and the drawer kicked
and the amount shown when a staff-mode return refunds cash. The database stays off the GUI thread."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from kiosk.app import Services
from kiosk.db.engine import io_allowed
from kiosk.demo import DEMO_CLERK
from kiosk.ui.shell import WindowServices
from kiosk.ui.staff_counter import StaffCounterScreen
from kiosk.ui.staff_drawer import CashDrawerDialog
from tests.printing.escpos_reader import read_escpos
from tests.printing.loopback_printer import PAPER_OK, PAPER_OUT, LoopbackPrinter
from tests.staff.test_operations import DRAWER_KICK_PIN_2, a_case, counter, printer, save  # noqa: F401 - fixtures
from tests.ui.helpers import open_window, tap
from tests.ui.test_staff_mode import sign_in


@pytest.fixture
def guarded(counter: Services, gui_thread_guarded: None) -> Services:  # noqa: F811
    """The services over a loopback printer, built before the GUI thread is kept off the database."""
    return counter


def screen_over(qtbot, services: Services) -> StaffCounterScreen:  # noqa: ANN001
    screen = StaffCounterScreen(services.operations, zone=ZoneInfo(services.settings.store.timezone),
                                staff_id=lambda: "M001")
    qtbot.addWidget(screen)
    return screen


def cell(table, row: int, column: int) -> str:  # noqa: ANN001
    return table.item(row, column).text()


def test_staff_read_each_returns_status_in_words_at_the_stores_time(qtbot, guarded: Services) -> None:  # noqa: ANN001, F811
    failed, waiting, refunded = a_case(card=1500), a_case(card=2000), a_case(card=900)
    with io_allowed():
        save(guarded, failed, waiting, refunded)
        with guarded.uow.writing() as tx:
            tx.server_statuses.update(failed.id, "refund_failed")
            tx.server_statuses.update(refunded.id, "refunded")
    screen = screen_over(qtbot, guarded)
    with qtbot.waitSignal(screen.returns.refreshed, timeout=10_000):
        screen.show()
    table = screen.returns.table
    rows = {cell(table, r, 0): r for r in range(table.rowCount())}
    assert cell(table, rows[failed.code], 5) == "Refund failed: staff must act"
    assert cell(table, rows[waiting.code], 5) == "Submitted: not sent to head office yet"
    assert cell(table, rows[refunded.code], 5) == "Refunded"
    assert table.item(rows[failed.code], 5).font().bold() and not table.item(rows[waiting.code], 5).font().bold()
    assert "10:00" in cell(table, rows[failed.code], 2)  # 15:00 UTC is 10:00 in New York
    assert cell(table, rows[failed.code], 4) == "$15.00"


def test_a_queued_print_is_listed_with_its_problem_and_retried_from_the_screen(
        qtbot, guarded: Services, printer: LoopbackPrinter) -> None:  # noqa: ANN001, F811
    printer.paper = PAPER_OUT
    case = a_case(card=1000)
    with io_allowed():
        save(guarded, case)
        assert not guarded.printer.print_case(case).printed
    screen = screen_over(qtbot, guarded)
    screen.show()
    with qtbot.waitSignal(screen.print_queue.refreshed, timeout=10_000):
        screen.tabs.setCurrentWidget(screen.print_queue)
    queue = screen.print_queue
    assert queue.table.rowCount() == 1 and "out of paper" in cell(queue.table, 0, 4)
    assert cell(queue.table, 0, 1) == "Return slip"
    printer.paper = PAPER_OK
    queue.table.selectRow(0)
    with qtbot.waitSignal(queue.retried, timeout=10_000) as retried:
        tap(qtbot, queue.retry_button)
    assert retried.args == [True]
    qtbot.waitUntil(lambda: queue.table.rowCount() == 0, timeout=10_000)
    assert case.code.encode() in printer.job_bytes()


def test_the_end_of_day_report_is_previewed_and_printed_from_its_tab(
        qtbot, guarded: Services, printer: LoopbackPrinter) -> None:  # noqa: ANN001, F811
    with io_allowed():
        save(guarded, a_case(cash=2500), a_case(card=4000))
    screen = screen_over(qtbot, guarded)
    screen.show()
    with qtbot.waitSignal(screen.day_report.refreshed, timeout=10_000):
        screen.tabs.setCurrentWidget(screen.day_report)
    preview = " ".join(screen.day_report.preview.toPlainText().split())
    assert "Returns: 2" in preview and "Cash paid out: $25.00" in preview
    with qtbot.waitSignal(screen.day_report.printed, timeout=10_000) as printed:
        tap(qtbot, screen.day_report.print_button)
    assert printed.args == [True]
    assert "End of day" in read_escpos(printer.job_bytes()).text
    with io_allowed(), guarded.uow.reading() as tx:
        assert list(tx.audit.entries())[-1].kind == "report_printed"


def window_over(qtbot, services: Services):  # noqa: ANN001, ANN201
    return open_window(qtbot, WindowServices(services.desk, services.staff, services.printer,
                                             operations=services.operations))


def test_a_staff_mode_cash_refund_opens_the_drawer_and_shows_the_amount_to_pay(
        qtbot, guarded: Services, printer: LoopbackPrinter) -> None:  # noqa: ANN001, F811
    window = window_over(qtbot, guarded)
    sign_in(qtbot, window, DEMO_CLERK)
    case = a_case(cash=2500, card=1000, staff_id=DEMO_CLERK["id"])
    window.wizard.case_saved.emit(case)
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, CashDrawerDialog), timeout=10_000)
    dialog = window.active_dialog
    assert dialog.amount.text() == "$25.00"
    assert "drawer is open" in dialog.drawer.text()
    assert DRAWER_KICK_PIN_2 in printer.job_bytes()
    tap(qtbot, dialog.done_button)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=10_000)
    with io_allowed(), guarded.uow.reading() as tx:
        entry = list(tx.audit.entries())[-1]
    assert (entry.kind, entry.actor, entry.details["amount"]) == ("drawer_opened", DEMO_CLERK["id"], 2500)


def test_no_drawer_opens_for_a_shopper_or_a_return_without_cash(
        qtbot, guarded: Services, printer: LoopbackPrinter) -> None:  # noqa: ANN001, F811
    window = window_over(qtbot, guarded)
    window.wizard.case_saved.emit(a_case(cash=2500, staff_id=None))  # nobody signed in
    sign_in(qtbot, window, DEMO_CLERK)
    window.wizard.case_saved.emit(a_case(card=2500))
    qtbot.wait(200)  # nothing is expected: give a wrongly started kick time to arrive
    assert window.active_dialog is None and DRAWER_KICK_PIN_2 not in printer.job_bytes()


def test_the_staff_band_opens_returns_and_reports(qtbot, guarded: Services) -> None:  # noqa: ANN001
    case = a_case(card=500)
    with io_allowed():
        save(guarded, case)
    window = window_over(qtbot, guarded)
    assert not window.staff_band.counter_button.isVisible()
    sign_in(qtbot, window, DEMO_CLERK)
    tap(qtbot, window.staff_band.counter_button)
    qtbot.waitUntil(lambda: window.staff_mode.counter_screen is not None, timeout=10_000)
    screen = window.staff_mode.counter_screen
    qtbot.waitUntil(lambda: screen.returns.table.rowCount() == 1, timeout=10_000)
    assert cell(screen.returns.table, 0, 0) == case.code
    assert window.active_dialog.windowTitle() == "Returns and reports"
    tabs = screen.tabs.tabBar()
    assert all(tabs.tabRect(index).height() >= 48 for index in range(tabs.count())), "tabs a finger can hit"
