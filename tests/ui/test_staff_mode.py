"""Staff mode over the real widgets: PIN sign-in, customer search, manager approval, and
nothing of it reachable by a shopper."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from kiosk.db.unit_of_work import UnitOfWork
from kiosk.demo import DEMO_CLERK, DEMO_MANAGER, demo_pairs
from kiosk.ui.shell import KioskWindow
from kiosk.workflow.cases import Resolution
from kiosk.workflow.eligibility import Verdict
from kiosk.workflow.wizard import Step
from tests.conftest import NOW
from tests.ui.helpers import open_window, switch_language, tap, tap_named, visible_button


@pytest.fixture
def window(qtbot, window_services) -> KioskWindow:  # noqa: ANN001
    return open_window(qtbot, window_services, demo_pairs=demo_pairs(NOW))


def staff_controls(window: KioskWindow) -> list[str]:
    QApplication.processEvents()
    names = ("Manager approval", "Reprint slip", "Search customer orders", "Customer email or phone", "Sync status",
             "Unlock look-ups", "Reprint a slip", "Sign out")
    search_field = window.pages.find_order.search_field
    return [w.accessibleName() for w in window.findChildren(QAbstractButton) + [search_field]
            if w.isVisible() and any(w.accessibleName().startswith(n) for n in names)]


def enter_pin(qtbot, pad, pin: str) -> None:  # noqa: ANN001
    for digit in pin:
        tap(qtbot, pad.digit_buttons[digit])
    tap(qtbot, pad.ok_button)


def hold_logo(qtbot, window: KioskWindow) -> None:  # noqa: ANN001
    """Press and hold the store's logo (its two seconds shortened for the test), then let go."""
    brand = window.header.brand
    brand.hold.setInterval(30)
    with qtbot.waitSignal(brand.held, timeout=5_000):
        qtbot.mousePress(brand, Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(brand, Qt.MouseButton.LeftButton)


def open_sign_in(qtbot, window: KioskWindow):  # noqa: ANN001, ANN201
    """Hold the logo; the dialog opens once the names are read (off the GUI thread)."""
    hold_logo(qtbot, window)
    qtbot.waitUntil(lambda: window.active_dialog is not None, timeout=10_000)
    return window.active_dialog


def sign_in(qtbot, window: KioskWindow, person: dict[str, str]) -> None:  # noqa: ANN001
    dialog = open_sign_in(qtbot, window)
    tap(qtbot, dialog.names.button_for(person["id"]))
    enter_pin(qtbot, dialog.pad, person["pin"])
    qtbot.waitUntil(lambda: window.staff_mode.staff_id == person["id"], timeout=10_000)


def test_a_shopper_never_sees_or_reaches_a_staff_action(qtbot, window, services) -> None:  # noqa: ANN001
    from kiosk.ui.tour import walk_every_step

    for step in walk_every_step(window, *demo_pairs(NOW)[1][:2]):
        assert staff_controls(window) == [], step.name
    window.wizard.cancel()
    qtbot.waitUntil(lambda: window.wizard.ready, timeout=10_000)
    window.wizard.session.start()
    window.pages.find_order.search_field.setText(DEMO_CLERK["id"])
    window.staff_mode.search()  # even called directly, nothing is searched
    window.staff_mode.request_approval("L1")
    qtbot.wait(100)  # anything started would have come back by now
    assert window.pages.find_order.results.values == {}
    assert window.active_dialog is None


def test_staff_sign_in_takes_the_pin_on_the_pad(qtbot, window, services) -> None:  # noqa: ANN001
    sign_in(qtbot, window, DEMO_CLERK)
    assert window.staff_band.who.text() == f"Staff mode: {DEMO_CLERK['name']}" and window.staff_band.isVisible()
    assert services.staff.operator_id == DEMO_CLERK["id"]
    tap_named(qtbot, window, "Start a return")
    assert window.pages.find_order.search_field.isVisible()
    window.wizard.cancel()
    tap_named(qtbot, window, "Sign out")
    assert window.staff_mode.staff_id is None and services.staff.operator is None
    assert not window.staff_band.isVisible()


def test_five_wrong_pins_lock_the_sign_in(qtbot, window) -> None:  # noqa: ANN001
    dialog = open_sign_in(qtbot, window)
    tap(qtbot, dialog.names.button_for(DEMO_CLERK["id"]))
    for _ in range(4):
        enter_pin(qtbot, dialog.pad, "0000")
        qtbot.waitUntil(lambda: dialog.pad.isEnabled(), timeout=10_000)
    enter_pin(qtbot, dialog.pad, "0000")
    qtbot.waitUntil(lambda: "Too many wrong PINs" in dialog.error.text(), timeout=10_000)
    assert dialog.error.text() == "⚠ Too many wrong PINs. Try again in 5:00."  # a countdown, the pad off
    assert not dialog.pad.isEnabled() and window.staff_mode.staff_id is None


def test_staff_return_without_receipt_needs_and_gets_a_manager(qtbot, window, services) -> None:  # noqa: ANN001
    sign_in(qtbot, window, DEMO_CLERK)
    tap_named(qtbot, window, "Start a return")
    number, email, _ = demo_pairs(NOW)[0]
    qtbot.keyClicks(window.pages.find_order.search_field, email)
    tap_named(qtbot, window, "Search customer orders")
    qtbot.waitUntil(lambda: bool(window.pages.find_order.results.values), timeout=10_000)
    tap(qtbot, window.pages.find_order.results.button_for(number))
    qtbot.waitUntil(lambda: window.wizard.session.step == Step.ITEMS, timeout=10_000)
    assert window.wizard.session.without_receipt and window.wizard.session.variants

    title = window.wizard.session.order.line("L1").title
    tap_named(qtbot, window, f"More of {title}")
    tap(qtbot, window.footer.next_button)
    tap(qtbot, window.wizard.page.inputs["L1"].reason.button_for("changed_mind"))
    tap(qtbot, window.wizard.page.inputs["L1"].condition.button_for("unopened"))
    tap(qtbot, window.footer.next_button)
    assert window.wizard.session.evaluation.decision("L1").verdict == Verdict.NEEDS_APPROVAL
    assert not window.footer.next_button.isEnabled()

    tap(qtbot, visible_button(window, f"Manager approval for {title}"))
    qtbot.waitUntil(lambda: window.active_dialog is not None, timeout=10_000)  # the approvers are read first
    dialog = window.active_dialog
    tap(qtbot, dialog.approver_buttons[DEMO_MANAGER["id"]])
    enter_pin(qtbot, dialog.pad, DEMO_MANAGER["pin"])
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=10_000)
    assert window.wizard.session.evaluation.decision("L1").verdict == Verdict.ELIGIBLE
    assert window.footer.next_button.isEnabled()

    tap(qtbot, window.footer.next_button)
    tap(qtbot, window.wizard.page.options.button_for(Resolution.REFUND))
    tap(qtbot, window.footer.next_button)
    tap(qtbot, window.footer.next_button)
    qtbot.waitUntil(lambda: window.wizard.session.step == Step.DONE, timeout=10_000)
    case = window.wizard.last_case
    assert case.staff_id == DEMO_CLERK["id"]
    assert [(a.manager_id, a.line_id, a.overridden_verdict) for a in case.approvals] == [
        (DEMO_MANAGER["id"], "L1", "needs_approval")]
    assert visible_button(window, "Reprint slip")
    db = sqlite3.connect(services.settings.database_path)
    kinds = [row[0] for row in db.execute("select kind from audit_log order by id")]
    db.close()
    assert "login" in kinds and "override" in kinds and "refund" in kinds


def test_the_sync_screen_opens_only_in_staff_mode(qtbot, window_services, services) -> None:  # noqa: ANN001
    from kiosk.services.sync_review import SyncStaffActions
    from kiosk.ui.shell import SyncView
    from kiosk.ui.sync_badge import SyncBadge
    from kiosk.ui.sync_screen import SyncScreen

    screen = SyncScreen(SyncStaffActions(UnitOfWork(services.database), services.clock, wake=lambda: None))
    window = open_window(qtbot, window_services, sync=SyncView(SyncBadge(services.clock), lambda: screen))
    assert "Sync status" not in staff_controls(window) + [
        b.accessibleName() for b in window.findChildren(QAbstractButton) if b.isVisible()]
    window.staff_mode.open_sync_screen()
    assert window.active_dialog is None and window.staff_mode.sync_screen is None  # not made for a shopper
    sign_in(qtbot, window, DEMO_MANAGER)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):  # the list is read off the GUI thread once shown
        tap_named(qtbot, window, "Sync status")
    assert window.active_dialog is not None and screen.isVisible()
    assert screen.table.rowCount() == 0
    assert [badge.accessibleName() for badge in window.staff_band.findChildren(SyncBadge)] == ["sync status"]
    assert window.staff_band.findChildren(SyncBadge)[0].isVisible()  # for staff only


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_every_staff_tool_shows_its_whole_name_at_1024_by_768(qtbot, window_services, language: str) -> None:  # noqa: ANN001
    window = open_window(qtbot, window_services, size=(1024, 768))
    switch_language(qtbot, window, language)
    sign_in(qtbot, window, DEMO_CLERK)
    qtbot.wait(50)  # one layout pass at the new size
    band = window.staff_band
    tools = [tool for tool in (band.sync_button, band.unlock_button, band.reprint_button, band.counter_button,
                               band.sign_out_button) if tool.isVisible()]
    assert len(tools) >= 4
    clipped = [tool.text() for tool in tools if tool.width() < tool.sizeHint().width()]
    assert clipped == []
    assert all(band.rect().contains(tool.geometry()) for tool in tools)
