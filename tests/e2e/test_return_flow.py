"""A shopper's whole return through the real widgets, on demo data in a real profile."""

from __future__ import annotations

import sqlite3

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from kiosk.demo import demo_pairs
from kiosk.ui.shell import KioskWindow
from kiosk.workflow.cases import Resolution
from kiosk.workflow.wizard import Step
from tests.conftest import NOW
from tests.ui.helpers import open_window


def find_button(window: KioskWindow, accessible_name: str) -> QPushButton:
    """The visible button with that accessible name (new rows are shown on the next event loop turn)."""
    page = window.wizard.page

    def matches() -> list[QPushButton]:
        return [b for b in page.findChildren(QPushButton) if b.accessibleName() == accessible_name and b.isVisible()]

    QApplication.processEvents()
    assert matches(), f"no visible button {accessible_name!r} on {page.step.name}"
    return matches()[0]


def click(qtbot, widget) -> None:  # noqa: ANN001
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def window(qtbot, window_services):  # noqa: ANN001
    return open_window(qtbot, window_services, demo_pairs=demo_pairs(NOW))


def find_order(qtbot, window: KioskWindow, number: str, email: str) -> None:  # noqa: ANN001
    click(qtbot, find_button(window, "Start a return"))
    assert window.wizard.session.step == Step.FIND_ORDER
    qtbot.keyClicks(window.pages.find_order.number, number)
    qtbot.keyClicks(window.pages.find_order.email, email)
    with qtbot.waitSignal(window.wizard.busy_changed, check_params_cb=lambda busy: not busy):
        click(qtbot, window.footer.next_button)


def test_a_shopper_returns_an_item_and_gets_a_slip(qtbot, window, services) -> None:  # noqa: ANN001
    number, email, _ = demo_pairs(NOW)[0]
    find_order(qtbot, window, number, email)
    assert window.wizard.session.step == Step.ITEMS
    title = window.wizard.session.order.line("L1").title
    click(qtbot, find_button(window, f"More of {title}"))
    click(qtbot, window.footer.next_button)
    assert window.wizard.session.step == Step.REASONS

    reasons = window.wizard.page.inputs["L1"]
    click(qtbot, reasons.reason.button_for("too_small"))
    click(qtbot, reasons.condition.button_for("unopened"))
    click(qtbot, window.footer.next_button)
    assert window.wizard.session.step == Step.RESOLUTION  # every item can be returned: nothing to explain
    offers = list(window.wizard.page.options.values.values())
    assert offers[0] == Resolution.STORE_CREDIT  # credit is offered first
    assert window.wizard.page.options.button_for(Resolution.STORE_CREDIT).text().startswith("Store credit")
    click(qtbot, window.wizard.page.options.button_for(Resolution.REFUND))
    click(qtbot, window.footer.next_button)
    assert window.wizard.session.step == Step.REVIEW
    QApplication.processEvents()
    review = [w.text() for w in window.wizard.page.findChildren(QLabel) if w.isVisible()]
    assert "✓ Can be returned" in review and "Price paid" in review and "Tax" in review
    assert any(text.startswith("• ") and "back to your card ending" in text for text in review)

    with qtbot.waitSignal(window.wizard.case_saved, timeout=10_000):
        click(qtbot, window.footer.next_button)
    qtbot.waitUntil(lambda: window.wizard.session.step == Step.DONE)
    case = window.wizard.last_case
    assert window.pages.done.code.text() == case.code

    db = sqlite3.connect(services.settings.database_path)
    row = db.execute("select id, code, order_number, refund_total from return_cases").fetchone()
    assert row == (case.id, case.code, number, case.refund_total) and case.refund_total > 0
    assert db.execute("select case_id, idempotency_key, state from outbox").fetchall() == [(case.id, case.id, "pending")]
    assert db.execute("select line_id, quantity, reason_code from return_case_lines").fetchall() == [("L1", 1, "too_small")]
    db.close()

    qtbot.waitUntil(lambda: window.wizard.last_print is not None, timeout=10_000)
    assert window.pages.done.status.text() == "Your slip has been printed. Please take it."
    pdf_text = "".join(page.extract_text() for page in PdfReader(window.wizard.last_print.pdf_path).pages)
    assert case.code in pdf_text and title in pdf_text

    click(qtbot, find_button(window, "Finish"))
    assert window.wizard.session.step == Step.WELCOME and window.wizard.session.order is None
    assert window.pages.find_order.number.text() == "" and window.pages.find_order.email.text() == ""


@pytest.mark.parametrize("which", ["wrong email", "unknown order"])
def test_a_lookup_that_does_not_match_gets_one_neutral_message_and_stores_nothing(qtbot, window, services, which):  # noqa: ANN001
    number, email, _ = demo_pairs(NOW)[0]
    if which == "wrong email":
        email = "someone.else@example.com"
    else:
        number = "R999999"
    find_order(qtbot, window, number, email)
    assert window.wizard.session.step == Step.FIND_ORDER and window.wizard.session.order is None
    assert window.pages.find_order.error.text() == (
        "⚠ We could not find an order with that number and email. Check both and try again.")
    db = sqlite3.connect(services.settings.database_path)
    assert db.execute("select count(*) from return_cases").fetchone() == (0,)
    assert db.execute("select count(*) from outbox").fetchone() == (0,)
    db.close()


def test_when_nothing_can_be_returned_one_screen_says_why_and_offers_to_call_staff(qtbot, window) -> None:  # noqa: ANN001
    number, email, _ = demo_pairs(NOW)[2]  # outside the window
    find_order(qtbot, window, number, email)
    page = window.wizard.page
    assert window.wizard.session.step == Step.ITEMS
    assert page.title.text() == "We cannot take these items back here"
    texts = [w.text() for w in page.findChildren(QLabel) if w.objectName() == "verdict_ineligible"]
    assert len(texts) == 2 and all(t.startswith("✕") for t in texts)
    assert not [b for b in page.findChildren(QPushButton) if b.accessibleName().startswith("More of")]
    assert "Tap +" not in page.subtitle.text()
    assert not window.footer.next_button.isVisible() and window.footer.cancel_button.text() == "Finish"
    click(qtbot, find_button(window, "Call staff"))
    assert window.call_band.isVisible() and "Staff have been called" in window.call_band.text()
    assert "on the way" in page.error.text()
    click(qtbot, window.footer.cancel_button)
    assert window.wizard.session.step == Step.WELCOME and not window.call_band.isVisible()


def test_a_shopper_who_misses_waits_with_a_countdown_and_the_next_shopper_does_not(qtbot, window) -> None:  # noqa: ANN001
    number, email, _ = demo_pairs(NOW)[0]
    click(qtbot, find_button(window, "Start a return"))
    find = window.pages.find_order
    for _ in range(4):  # three free misses, then a wait
        find.fill(number, "wrong@example.com")
        with qtbot.waitSignal(window.wizard.busy_changed, check_params_cb=lambda busy: not busy):
            click(qtbot, window.footer.next_button)
    assert find.error.text() == "That did not match an order. You can try again in 5 seconds."
    assert find.waiting and not window.footer.next_button.isEnabled()

    click(qtbot, window.footer.cancel_button)  # the next shopper
    click(qtbot, find_button(window, "Start a return"))
    assert not find.waiting and window.footer.next_button.isEnabled() and find.error.text() == ""
    find.fill(number, email)
    with qtbot.waitSignal(window.wizard.busy_changed, check_params_cb=lambda busy: not busy):
        click(qtbot, window.footer.next_button)
    assert window.wizard.session.step == Step.ITEMS


def test_the_reason_page_keeps_the_shopper_until_every_item_has_a_reason(qtbot, window) -> None:  # noqa: ANN001
    number, email, _ = demo_pairs(NOW)[0]
    find_order(qtbot, window, number, email)
    title = window.wizard.session.order.line("L3").title
    click(qtbot, find_button(window, f"More of {title}"))
    click(qtbot, window.footer.next_button)
    click(qtbot, window.footer.next_button)
    assert window.wizard.session.step == Step.REASONS
    assert window.wizard.page.error.text() == f"⚠ Tell us why you are returning {title}."
    assert window.wizard.page.inputs["L3"].reason.value() is None


def test_a_shopper_exchanges_for_another_size_that_is_in_stock(qtbot, window, services) -> None:  # noqa: ANN001
    number, email, _ = demo_pairs(NOW)[0]
    find_order(qtbot, window, number, email)
    line = window.wizard.session.order.line("L1")
    click(qtbot, find_button(window, f"More of {line.title}"))
    click(qtbot, window.footer.next_button)
    click(qtbot, window.wizard.page.inputs["L1"].reason.button_for("too_small"))
    click(qtbot, window.wizard.page.inputs["L1"].condition.button_for("unopened"))
    click(qtbot, window.footer.next_button)
    click(qtbot, window.wizard.page.options.button_for(Resolution.EXCHANGE))
    picker = window.wizard.page.variant_pickers["L1"]
    offered = list(picker.values.values())
    stock = {v.sku: v for v in window.wizard.session.variants}
    assert offered and all(stock[sku].in_stock > 0 and stock[sku].product_id == line.product_id for sku in offered)
    assert line.sku not in offered
    texts = [b.text() for b in picker.values]
    assert all(text.startswith("Size ") and " · " in text and "-" not in text for text in texts)  # names, no SKU
    click(qtbot, picker.button_for(offered[0]))
    click(qtbot, window.footer.next_button)
    assert window.wizard.session.step == Step.REVIEW
    chosen = stock[offered[0]]
    swap = [w.text() for w in window.wizard.page.findChildren(QLabel) if w.text().startswith("Swap for:")]
    assert swap == [f"Swap for: Size {chosen.attributes['size']} · {chosen.attributes['colour']}"]
    assert not [w for w in window.wizard.page.findChildren(QLabel) if offered[0] in w.text()]
    with qtbot.waitSignal(window.wizard.case_saved, timeout=10_000):
        click(qtbot, window.footer.next_button)
    case = window.wizard.last_case
    assert case.resolution == Resolution.EXCHANGE and case.lines[0].exchange_sku == offered[0]
    assert case.refund_total == 0 and case.credit_total == 0
