"""A stranger finishes a return by touch alone, on the real window at kiosk screen sizes.

Every tap lands where the control is drawn (a covered or scrolled-away control fails the
test), lists move by dragging, text comes from the on-screen keyboard, and the taps are
counted against the targets: a scanned receipt in at most 10, a typed order in at most 40.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from kiosk.db.engine import io_allowed
from kiosk.demo import demo_pairs
from kiosk.ui.shell import KioskWindow
from kiosk.workflow.cases import Resolution
from kiosk.workflow.clock import format_utc
from kiosk.workflow.orders import Order
from kiosk.workflow.scans import receipt_barcode
from kiosk.workflow.wizard import Step
from tests.conftest import NOW
from tests.ui.helpers import Finger, open_window, shown_texts, visible_button

SIZES = [pytest.param((1080, 1920), id="portrait-1080x1920"), pytest.param((1024, 768), id="1024x768")]
LONG = "R300001"
LONG_EMAIL = "long.order@example.com"
#: what the issue asks of the two paths (taps up to and including Confirm return)
MOST_TAPS_SCANNED, MOST_TAPS_TYPED = 10, 40


def long_order(lines: int = 16) -> Order:
    """An order of many different tees: more items than any kiosk screen shows at once."""
    items = [{"id": f"L{n}", "sku": f"TEE-M-{n:02d}", "title": f"Organic Cotton Tee no. {n}", "product_id": "P-TEE",
              "category": "apparel", "variant": {"size": "M", "colour": "Sage"}, "unit_price": 2500, "tax": 222,
              "quantity": 1} for n in range(1, lines + 1)]
    return Order.from_dict({
        "number": LONG, "store_id": "S001", "currency": "USD",
        "customer": {"email": LONG_EMAIL, "name": "Noah Long", "phone": "+1 212 555 0300"},
        "placed_at": format_utc(NOW - timedelta(days=5)), "delivered_at": format_utc(NOW - timedelta(days=3)),
        "lines": items, "tenders": [{"kind": "card", "amount": 2722 * lines, "reference": "VISA •••• 4242"}],
    })


@pytest.fixture
def stored_long_order(services) -> Order:  # noqa: ANN001
    order = long_order()
    with io_allowed(), services.uow.writing() as tx:
        tx.orders.save([order])
    return order


def scan(qtbot, window: KioskWindow, text: str) -> None:  # noqa: ANN001
    """A receipt under the scanner: a burst of keys ending in Enter (no finger involved)."""
    window.scanner.detector.max_gap_ms = 5_000
    qtbot.keyClicks(window, text)
    qtbot.keyClick(window, Qt.Key.Key_Return)


def until(qtbot, window: KioskWindow, step: Step) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: window.wizard.step == step and not window.wizard.busy, timeout=10_000)


def return_first_item(finger: Finger, window: KioskWindow) -> None:
    """From the items step: one of the first item, too small, unopened, store credit, confirm."""
    title = window.wizard.session.order.line("L1").title
    finger.tap_named(f"More of {title}")
    finger.tap(window.footer.next_button)
    finger.tap_named(f"Reason for {title}: Too small")
    finger.tap_named(f"Condition of {title}: Unopened, with tags")
    finger.tap(window.footer.next_button)
    assert window.wizard.step == Step.RESOLUTION  # it can be returned: the verdict is on the review
    finger.tap(window.pages.resolution.options.button_for(Resolution.STORE_CREDIT))
    finger.tap(window.footer.next_button)
    assert window.wizard.step == Step.REVIEW
    finger.tap(window.footer.next_button)


@pytest.mark.parametrize("size", SIZES)
def test_a_scanned_receipt_return_takes_at_most_ten_taps(qtbot, window_services, services, size) -> None:  # noqa: ANN001
    window = open_window(qtbot, window_services, size=size)
    finger = Finger(qtbot, window)
    with io_allowed():
        order = services.desk.lookup(*demo_pairs(NOW)[0][:2]).order
    finger.tap_named("Start a return")
    scan(qtbot, window, receipt_barcode(order))
    until(qtbot, window, Step.ITEMS)
    return_first_item(finger, window)
    until(qtbot, window, Step.DONE)
    assert window.wizard.last_case.credit_total > 0
    assert finger.taps <= MOST_TAPS_SCANNED, finger.taps


@pytest.mark.parametrize("size", SIZES)
def test_a_typed_order_return_takes_at_most_forty_taps(qtbot, window_services, size) -> None:  # noqa: ANN001
    window = open_window(qtbot, window_services, size=size)
    finger = Finger(qtbot, window)
    number, email, _ = demo_pairs(NOW)[0]
    finger.tap_named("Start a return")
    assert window.keyboard.isVisible() and window.dock.field is window.pages.find_order.number
    finger.type(number)
    finger.tap_named("Next field")
    assert window.keyboard.layout_shown.value == "email" and visible_button(window.keyboard, ".com")
    finger.type(email)
    finger.tap(window.footer.next_button)
    until(qtbot, window, Step.ITEMS)
    assert not window.keyboard.isVisible()  # nothing to type on the items: the page has the room
    return_first_item(finger, window)
    until(qtbot, window, Step.DONE)
    assert finger.taps <= MOST_TAPS_TYPED, finger.taps


@pytest.mark.parametrize("size", SIZES)
def test_a_long_order_scrolls_by_drag_to_its_last_item_and_the_note_is_typed_on_screen(  # noqa: ANN001
        qtbot, window_services, stored_long_order, size) -> None:
    order = stored_long_order
    window = open_window(qtbot, window_services, size=size)
    finger = Finger(qtbot, window)
    finger.tap_named("Start a return")
    finger.type(LONG)
    finger.tap_named("Next field")
    finger.type(LONG_EMAIL)
    finger.tap_named("Done")  # the keyboard's Done on the last field looks the order up
    until(qtbot, window, Step.ITEMS)

    last = order.lines[-1]
    plus = visible_button(window, f"More of {last.title}")
    assert not finger.reachable(plus)  # below what the screen shows
    area = window.pages.items_page.body_scroll
    finger.scroll_to(plus)  # drags only: a drag that starts on a button does not press it
    assert area.verticalScrollBar().value() > 0 and finger.reachable(plus)
    assert all(choice.quantity == 0 for choice in window.wizard.session.choices.values())
    finger.tap(plus)
    assert window.wizard.session.choices[last.id].quantity == 1
    finger.tap(window.footer.next_button)

    finger.tap_named(f"Reason for {last.title}: Defective or broken")
    note = window.wizard.page.inputs[last.id].note
    assert window.keyboard.isVisible() and window.dock.field is note  # the note asks for it: no extra tap
    finger.type("Zip broke")
    assert note.text() == "Zip broke" and finger.reachable(note)  # the keys never cover the field
    finger.tap_named(f"Condition of {last.title}: Damaged")
    finger.tap(window.footer.next_button)
    assert window.wizard.step == Step.RESOLUTION, window.wizard.page.error.text()
    finger.tap(window.pages.resolution.options.button_for(Resolution.REFUND))
    finger.tap(window.footer.next_button)
    finger.tap(window.footer.next_button)
    until(qtbot, window, Step.DONE)
    [line] = window.wizard.last_case.lines
    assert (line.line_id, line.reason_code, line.condition, line.note) == (last.id, "defective", "damaged", "Zip broke")


@pytest.mark.parametrize("ending", ["idle timeout", "done page timeout"])
def test_a_session_that_ends_hands_over_a_clean_kiosk(qtbot, window_services, services, ending) -> None:  # noqa: ANN001
    window = open_window(qtbot, window_services, size=(1080, 1920))
    finger = Finger(qtbot, window)
    with qtbot.waitSignal(window.language_changed, timeout=10_000):
        finger.tap(window.header.language_buttons["fr"])
    finger.tap(window.header.contrast_button)
    finger.tap(window.header.large_text_button)
    assert (window.language, window.theme, window.large_text) == ("fr", "high_contrast", True)
    with io_allowed():
        order = services.desk.lookup(*demo_pairs(NOW)[0][:2]).order
    scan(qtbot, window, receipt_barcode(order))
    until(qtbot, window, Step.ITEMS)
    session = window.wizard.session
    session.set_quantity("L1", 1)
    session.next()
    session.set_reason("L1", "too_small", "unopened")
    window.wizard.go_next()
    window.pages.resolution.choose(Resolution.REFUND)
    window.wizard.go_next()
    window.wizard.go_next()
    until(qtbot, window, Step.DONE)
    qtbot.waitUntil(lambda: window.wizard.last_print is not None, timeout=10_000)
    code = window.wizard.last_case.code
    finger.tap(window.pages.done.preview)
    qtbot.waitUntil(lambda: window.active_dialog is not None and window.active_dialog.isVisible(), timeout=10_000)
    assert window.backdrop.isVisible()

    if ending == "idle timeout":
        window.idle.expired.emit()
    else:
        window.wizard.done_timer.timeout.emit()

    qtbot.waitUntil(lambda: window.language == "en", timeout=10_000)
    QApplication.processEvents()
    assert window.wizard.step == Step.WELCOME and window.stack.currentWidget() is window.pages.welcome
    assert window.active_dialog is None and not window.backdrop.isVisible()
    assert window.findChildren(QDialog) == []
    assert (window.theme, window.large_text) == ("default", False)
    assert not window.header.contrast_button.isChecked() and not window.header.large_text_button.isChecked()
    assert window.header.language_buttons["en"].isChecked() and window.pages.welcome.headline.text() == "Return an item in about a minute"
    assert not window.keyboard.isVisible() and not window.idle_cover.isVisible()
    customer = (order.number, order.customer.email, order.customer.name, code, order.line("L1").title)
    assert [text for text in shown_texts(window) if any(part in text for part in customer)] == []
