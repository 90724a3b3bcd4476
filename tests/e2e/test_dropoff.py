"""Returns started online, dropped off at the kiosk (issue 18), through the real window on demo data.

The authorisation is in the kiosk's copy as the sync leaves it (the demo kiosk is not registered:
everything here works offline); scans are bursts of keys ending in Enter, as a wedge scanner types.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.db.engine import io_allowed
from kiosk.demo import DEMO_MANAGER, demo_online_code, demo_pairs
from kiosk.services.dropoff import SIGHT_CHECK
from kiosk.ui.shell import KioskWindow
from kiosk.workflow.authorisations import Authorisation, mint_authorisation_code, qr_payload
from kiosk.workflow.orders import Order
from kiosk.workflow.wizard import Step
from tests.conftest import NOW
from tests.ui.helpers import Finger, open_window


def scan(qtbot, window: KioskWindow, text: str) -> None:  # noqa: ANN001
    window.scanner.detector.max_gap_ms = 5_000
    qtbot.keyClicks(window, text)
    qtbot.keyClick(window, Qt.Key.Key_Return)


def settled(qtbot, window: KioskWindow, step: Step) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: window.wizard.step == step and not window.wizard.busy, timeout=10_000)


def shown_error(window: KioskWindow) -> str:
    QApplication.processEvents()
    page = window.wizard.page
    return page.error.text() if page.error.isVisible() else ""


def demo_order(services, index: int = 0) -> Order:  # noqa: ANN001
    number, email, _ = demo_pairs(NOW)[index]
    with io_allowed():
        order = services.desk.lookup(number, email).order
    assert order is not None
    return order


def authorise(services, order: Order, *lines: tuple[str, int], status: str = "authorised",  # noqa: ANN001
              bits: int = 77, expires_in: timedelta = timedelta(days=14)) -> Authorisation:
    """An authorisation as central serves it, stored in the kiosk's copy (as the sync does)."""
    authorisation = Authorisation.from_dict({
        "code": mint_authorisation_code(bits), "status": status, "order_number": order.number,
        "store_id": order.store_id, "created_at": "2026-11-26T10:00:00Z",
        "expires_at": (NOW + expires_in).isoformat(), "currency": order.currency, "resolution": "refund",
        "lines": [{"line_id": line_id, "sku": order.line(line_id).sku, "title": order.line(line_id).title,
                   "quantity": quantity, "reason_code": "too_small", "condition": "unopened",
                   "gtin": order.line(line_id).gtin, "image_url": None} for line_id, quantity in lines],
    })
    with io_allowed(), services.uow.writing() as tx:
        tx.authorisations.save([authorisation], now=NOW)
    return authorisation


@pytest.fixture
def window(qtbot, window_services) -> KioskWindow:  # noqa: ANN001
    return open_window(qtbot, window_services, size=(1080, 1920))


def test_a_scanned_online_return_is_checked_item_by_item_and_saved_with_its_authorisation(
        qtbot, window, services) -> None:  # noqa: ANN001
    order = demo_order(services)
    authorisation = authorise(services, order, ("L1", 1), ("L3", 2))
    scan(qtbot, window, qr_payload(authorisation.code))
    settled(qtbot, window, Step.VERIFY)
    session = window.wizard.session
    assert [(s.line_id, s.quantity, s.reason_code) for s in session.selections()] == [
        ("L1", 1, "too_small"), ("L3", 2, "too_small")]
    page = window.pages.dropoff
    assert not page.continue_button.isEnabled()

    scan(qtbot, window, order.line("L2").gtin or "")  # on the order, but not in this return
    assert "not part of this return" in shown_error(window)
    assert session.verification.verified("L1") == session.verification.verified("L3") == 0

    for line_id in ("L1", "L3", "L3"):
        scan(qtbot, window, order.line(line_id).gtin or "")
    scan(qtbot, window, order.line("L1").gtin or "")  # one too many
    assert "already checked" in shown_error(window)
    assert session.verification.complete and page.continue_button.isEnabled()

    finger = Finger(qtbot, window)
    finger.tap(page.continue_button)
    settled(qtbot, window, Step.REVIEW)  # every item can still be returned, the refund chosen online
    with qtbot.waitSignal(window.wizard.case_saved, timeout=10_000):
        finger.tap(window.footer.next_button)
    settled(qtbot, window, Step.DONE)
    case = window.wizard.last_case
    assert case.authorisation_code == authorisation.code and case.refund_total > 0
    assert [(l.line_id, l.quantity, l.gtin, l.verified_by) for l in case.lines] == [
        ("L1", 1, order.line("L1").gtin, "scan"), ("L3", 2, order.line("L3").gtin, "scan")]

    def marked() -> bool:
        with io_allowed(), services.uow.reading() as tx:
            return tx.authorisations.get(authorisation.code).status == "dropped_off"

    qtbot.waitUntil(marked, timeout=10_000)
    qtbot.waitUntil(lambda: window.pages.done.reprint_status.text() ==  # on the demo's receipt printer
                    "Bag label printed: put it on the bag with the items.", timeout=10_000)
    window.wizard.finish()  # the shopper taps Finish
    settled(qtbot, window, Step.WELCOME)
    scan(qtbot, window, qr_payload(authorisation.code))  # the same QR again: not twice
    qtbot.waitUntil(lambda: "already been dropped off" in shown_error(window), timeout=10_000)
    assert window.wizard.step == Step.WELCOME


def test_an_item_that_will_not_scan_is_confirmed_by_staff_with_their_pin_and_audited(
        qtbot, window, services) -> None:  # noqa: ANN001
    order = demo_order(services)
    authorisation = authorise(services, order, ("L2", 1), bits=78)
    scan(qtbot, window, qr_payload(authorisation.code))
    settled(qtbot, window, Step.VERIFY)
    finger = Finger(qtbot, window)
    title = order.line("L2").title
    finger.tap_named(f"No barcode: {title}")
    page = window.pages.dropoff
    assert page.sight_panel.isVisible()
    for digit in "111111":
        finger.tap(page.pin.digit_buttons[digit])
    finger.tap(page.pin.ok_button)
    qtbot.waitUntil(lambda: not window.wizard.busy and bool(shown_error(window)), timeout=10_000)
    assert window.wizard.session.verification.verified("L2") == 0  # a wrong PIN confirms nothing
    for digit in DEMO_MANAGER["pin"]:
        finger.tap(page.pin.digit_buttons[digit])
    finger.tap(page.pin.ok_button)
    qtbot.waitUntil(lambda: window.wizard.session.verification.complete, timeout=10_000)
    assert not page.sight_panel.isVisible()
    finger.tap(page.continue_button)
    settled(qtbot, window, Step.REVIEW)
    with qtbot.waitSignal(window.wizard.case_saved, timeout=10_000):
        finger.tap(window.footer.next_button)
    settled(qtbot, window, Step.DONE)
    assert [(l.line_id, l.verified_by) for l in window.wizard.last_case.lines] == [("L2", "staff_sight")]
    with io_allowed(), services.uow.reading() as tx:
        checks = [e for e in tx.audit.entries() if e.kind == SIGHT_CHECK]
    assert [(e.actor, e.subject, e.details["line_id"]) for e in checks] == [("M001", authorisation.code, "L2")]


@pytest.mark.parametrize(("status", "expires_in", "says"), [
    ("authorised", timedelta(days=-1), "has expired"),
    ("dropped_off", timedelta(days=14), "already been dropped off"),
])
def test_an_expired_or_used_online_return_says_what_to_do_next(qtbot, window, services, status, expires_in,  # noqa: ANN001
                                                               says) -> None:
    authorisation = authorise(services, demo_order(services), ("L1", 1), status=status, expires_in=expires_in)
    scan(qtbot, window, qr_payload(authorisation.code))
    qtbot.waitUntil(lambda: says in shown_error(window), timeout=10_000)
    assert window.wizard.step == Step.WELCOME


def test_an_online_return_code_typed_on_the_welcome_screen_finds_it_and_an_unknown_one_says_so(
        qtbot, window, services) -> None:  # noqa: ANN001
    finger = Finger(qtbot, window)
    finger.tap_named("I started my return online")
    welcome = window.pages.welcome
    assert welcome.online_code.hasFocus()
    qtbot.keyClicks(welcome.online_code, str(mint_authorisation_code(5)))  # well formed, but no such return
    finger.tap_named("Find my online return")
    qtbot.waitUntil(lambda: "could not find that online return" in shown_error(window), timeout=10_000)
    authorisation = authorise(services, demo_order(services), ("L1", 1), bits=79)
    welcome.online_code.clear()
    qtbot.keyClicks(welcome.online_code, authorisation.code.lower())
    finger.tap_named("Find my online return")
    settled(qtbot, window, Step.VERIFY)


def test_on_the_items_step_a_scanned_item_barcode_adds_one_of_that_item(qtbot, window, services) -> None:  # noqa: ANN001
    order = demo_order(services)
    number, email, _ = demo_pairs(NOW)[0]
    window.wizard.try_demo_order(number, email)
    window.wizard.go_next()
    settled(qtbot, window, Step.ITEMS)
    scan(qtbot, window, order.line("L3").gtin or "")
    scan(qtbot, window, order.line("L3").gtin or "")
    assert window.wizard.session.choices["L3"].quantity == 2
    assert window.pages.items_page.quantity_labels["L3"].text() == "2"
    scan(qtbot, window, "4006381333931")  # a real EAN-13 of something this order does not have
    assert "not on this order" in shown_error(window)
    assert window.wizard.session.choices["L1"].quantity == 0


def test_the_demo_lists_online_returns_to_try_and_one_opens_its_item_check(qtbot, window_services) -> None:  # noqa: ANN001
    """A demo kiosk with no server: the demo's online returns are in its copy, with central's codes."""
    window = open_window(qtbot, window_services, demo_pairs=demo_pairs(NOW))
    code = demo_online_code("R100001", "L1")
    assert code == "AQT6-X35D-C7P9"  # the code central's demo loader gives it, named in the README
    Finger(qtbot, window).tap_named(f"Try online return {code}")
    settled(qtbot, window, Step.VERIFY)
    session = window.wizard.session
    assert session.authorisation.code == code and [s.reason_code for s in session.selections()] == ["too_large"]
