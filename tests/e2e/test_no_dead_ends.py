"""The rest of the path: the refusal slip where a printer takes it, and sub-reasons recorded."""

from __future__ import annotations

import dataclasses

from kiosk.app import build_services
from kiosk.db.engine import io_allowed
from kiosk.demo import demo_pairs
from kiosk.services.returns import RefusalSlips
from kiosk.ui.shell import WindowServices
from kiosk.workflow.cases import Resolution
from kiosk.workflow.wizard import Step
from tests.conftest import NOW
from tests.ui.helpers import Finger, open_window


def test_a_shopper_with_nothing_returnable_takes_the_reasons_home_on_paper(qtbot, demo_settings, tmp_path) -> None:  # noqa: ANN001
    output = tmp_path / "receipts.bin"
    printers = {"counter": {"kind": "file", "path": str(output), "paper_width_mm": 80,
                            "documents": ["slip", "refusal"]}}
    with io_allowed():
        services = build_services(dataclasses.replace(demo_settings, printers=printers), clock=lambda: NOW)
    try:
        refusals = RefusalSlips(services.printer, services.settings.store, services.clock)
        window = open_window(qtbot, WindowServices(services.desk, services.staff, services.printer, refusals))
        finger = Finger(qtbot, window)
        window.wizard.try_demo_order(*demo_pairs(NOW)[2][:2])  # outside the window
        finger.tap(window.footer.next_button)
        qtbot.waitUntil(lambda: window.wizard.step == Step.ITEMS, timeout=10_000)
        page = window.pages.items_page
        qtbot.waitUntil(page.dead_end.print_button.isVisible, timeout=10_000)  # a printer takes refusal slips
        finger.tap(page.dead_end.print_button)
        qtbot.waitUntil(lambda: "printed" in page.error.text(), timeout=10_000)
        assert page.error.text() == "The reasons are printed. Please take the slip."
        printed = output.read_bytes().decode("cp437", errors="replace")
        assert "Leather Loafer" in printed and "R100003" in printed
    finally:
        window.close()
        with io_allowed():
            services.close()


def test_without_a_refusal_printer_there_is_no_print_button(qtbot, window_services) -> None:  # noqa: ANN001
    window = open_window(qtbot, window_services)
    window.wizard.try_demo_order(*demo_pairs(NOW)[2][:2])
    window.footer.next_button.click()
    qtbot.waitUntil(lambda: window.wizard.step == Step.ITEMS, timeout=10_000)
    dead_end = window.pages.items_page.dead_end
    assert dead_end.call_button.isVisible() and not dead_end.print_button.isVisible()


def test_a_sub_reason_the_policy_asks_for_is_recorded_with_the_return(qtbot, window_services) -> None:  # noqa: ANN001
    window = open_window(qtbot, window_services)
    finger = Finger(qtbot, window)
    window.wizard.try_demo_order(*demo_pairs(NOW)[0][:2])
    finger.tap(window.footer.next_button)
    qtbot.waitUntil(lambda: window.wizard.step == Step.ITEMS, timeout=10_000)
    title = window.wizard.session.order.line("L1").title
    finger.tap_named(f"More of {title}")
    finger.tap(window.footer.next_button)
    finger.tap_named(f"Reason for {title}: Too small")
    finger.tap_named(f"Detail for {title}: Length")
    finger.tap_named(f"Condition of {title}: Unopened, with tags")
    finger.tap(window.footer.next_button)
    finger.tap(window.pages.resolution.options.button_for(Resolution.STORE_CREDIT))
    finger.tap(window.footer.next_button)
    finger.tap(window.footer.next_button)
    qtbot.waitUntil(lambda: window.wizard.step == Step.DONE, timeout=10_000)
    assert window.wizard.last_case.extras["sub_reasons"] == {"L1": "length"}
