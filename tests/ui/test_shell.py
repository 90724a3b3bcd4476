"""The kiosk shell over the real widgets: touch-only use, scans, idle reset, kiosk mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication

from kiosk.db.engine import IoOnGuardedThread, io_allowed
from kiosk.demo import demo_pairs
from kiosk.ui.scanner import ScanDetector
from kiosk.ui.screen_fit import kiosk_geometry, windowed_geometry
from kiosk.ui.shell import KioskWindow
from kiosk.workflow.cases import Resolution
from kiosk.workflow.scans import receipt_barcode
from kiosk.workflow.wizard import Step
from tests.conftest import NOW
from tests.flows import choose_first_item_to_review, walk_to_review
from tests.ui.helpers import Finger, open_window, shown_texts, tap, tap_named


@pytest.fixture
def make_window(qtbot, window_services):  # noqa: ANN001
    def make(**options) -> KioskWindow:  # noqa: ANN003
        options.setdefault("demo_pairs", demo_pairs(NOW))
        return open_window(qtbot, window_services, **options)

    return make


def scan(qtbot, window: KioskWindow, text: str) -> None:  # noqa: ANN001
    """A scanner's burst of keys ending in Enter.

    Synthetic key events carry no timestamp, so the detector would time them by the wall
    clock; on a loaded test machine the gap between them is not a scanner's. The gap rule
    itself is tested on ScanDetector with given times.
    """
    window.scanner.detector.max_gap_ms = 5_000
    qtbot.keyClicks(window, text)
    qtbot.keyClick(window, Qt.Key.Key_Return)


def wait_idle(qtbot, window: KioskWindow) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not window.wizard.busy, timeout=10_000)


def test_a_shopper_returns_an_item_with_taps_only(qtbot, make_window, services) -> None:  # noqa: ANN001
    window = make_window()
    finger = Finger(qtbot, window)
    number, email, _ = demo_pairs(NOW)[0]
    finger.tap_named("Start a return")
    finger.type(number)
    finger.tap_named("Next field")
    finger.type(email)
    assert window.pages.find_order.query() == (number, email)
    finger.tap(window.footer.next_button)
    wait_idle(qtbot, window)
    assert window.wizard.session.step == Step.ITEMS

    title = window.wizard.session.order.line("L2").title
    finger.tap_named(f"More of {title}")
    finger.tap(window.footer.next_button)
    finger.tap_named(f"Reason for {title}: Too large")
    finger.tap_named(f"Condition of {title}: Opened or worn")
    finger.tap(window.footer.next_button)
    assert window.wizard.session.step == Step.RESOLUTION  # all can be returned: the verdicts are on the review
    finger.tap(window.wizard.page.options.button_for(Resolution.STORE_CREDIT))
    finger.tap(window.footer.next_button)
    assert window.wizard.session.step == Step.REVIEW
    finger.tap(window.footer.next_button)
    qtbot.waitUntil(lambda: window.wizard.session.step == Step.DONE, timeout=10_000)
    assert window.wizard.last_case.resolution.value == "store_credit" and window.wizard.last_case.credit_total > 0


def test_scanning_a_receipt_barcode_jumps_to_the_items(qtbot, make_window, services) -> None:  # noqa: ANN001
    window = make_window()
    with io_allowed():
        order = services.desk.lookup(*demo_pairs(NOW)[0][:2]).order
    scan(qtbot, window, receipt_barcode(order))
    wait_idle(qtbot, window)
    assert window.wizard.session.step == Step.ITEMS and window.wizard.session.order.number == order.number


def test_a_receipt_barcode_that_does_not_match_asks_for_the_email_like_a_typed_lookup(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    forged = "INTAKE1:R100001:AAAAAAAA"
    scan(qtbot, window, forged)
    wait_idle(qtbot, window)
    find = window.pages.find_order
    assert window.wizard.session.step == Step.FIND_ORDER and window.wizard.session.order is None
    assert find.number.text() == "R100001" and find.email.text() == ""
    assert "Enter the email address you ordered with" in find.error.text()
    qtbot.keyClicks(find.email, "someone.else@example.com")
    window.footer.next_button.click()
    wait_idle(qtbot, window)
    assert "could not find an order" in find.error.text()


def test_scanning_a_return_code_shows_that_return(qtbot, make_window, services) -> None:  # noqa: ANN001
    desk = services.desk
    with io_allowed():
        session = desk.new_session()
        walk_to_review(session, desk.lookup(*demo_pairs(NOW)[0][:2]).order)
        case, _ = desk.complete(desk.build_case(session))

    window = make_window()
    scan(qtbot, window, case.code)
    qtbot.waitUntil(lambda: window.wizard.session.step == Step.DONE, timeout=10_000)
    assert window.pages.done.code.text() == case.code


def test_scanning_an_unknown_return_code_says_so(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    scan(qtbot, window, "0000-0000-000")
    wait_idle(qtbot, window)
    assert window.wizard.session.step == Step.WELCOME
    assert "could not find a return with that code" in window.wizard.page.error.text()


def test_slow_typing_followed_by_enter_is_not_a_scan() -> None:
    detector = ScanDetector()
    for index, char in enumerate("R100001"):
        assert detector.key(char, index * 300.0) is None
    assert detector.key("", 7 * 300.0, enter=True) is None


def test_a_fast_burst_ending_in_enter_is_a_scan_and_short_bursts_are_not() -> None:
    detector = ScanDetector()
    for index, char in enumerate("R100001"):
        assert detector.key(char, 1000 + index * 8.0) is None
    assert detector.key("", 1060.0, enter=True) == "R100001"
    for index, char in enumerate("R10"):
        detector.key(char, 5000 + index * 8.0)
    assert detector.key("", 5030.0, enter=True) is None


def test_idle_timeout_wipes_the_shopper_from_the_screen(qtbot, make_window, services) -> None:  # noqa: ANN001
    window = make_window(idle_timeout_ms=200, idle_countdown_s=1, demo_pairs=())  # no demo hints on screen
    number, email, _ = demo_pairs(NOW)[0]
    tap_named(qtbot, window, "Start a return")
    qtbot.keyClicks(window.pages.find_order.number, number)
    qtbot.keyClicks(window.pages.find_order.email, email)
    tap(qtbot, window.footer.next_button)
    wait_idle(qtbot, window)
    order = window.wizard.session.order
    assert order is not None
    tap_named(qtbot, window, f"More of {order.line('L1').title}")
    qtbot.waitUntil(lambda: window.idle_cover.isVisible(), timeout=5_000)
    assert window.idle_cover.message.text() == "This return will be cleared in 1 second."
    assert window.idle_cover.geometry() == window.root.rect()  # the shopper's data is covered
    qtbot.waitUntil(lambda: window.wizard.session.step == Step.WELCOME, timeout=5_000)

    assert window.wizard.session.order is None and window.wizard.session.choices == {}
    leftovers = [t for t in shown_texts(window) if email in t or order.customer.name in t
                 or any(line.title in t for line in order.lines) or number in t]
    assert leftovers == []


def test_touching_the_screen_during_the_countdown_keeps_the_return(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window(idle_timeout_ms=200, idle_countdown_s=30)
    tap_named(qtbot, window, "Start a return")
    qtbot.waitUntil(lambda: window.idle_cover.still_here.isVisible(), timeout=5_000)
    tap(qtbot, window.idle_cover.still_here)
    assert not window.idle_cover.isVisible() and window.wizard.session.step == Step.FIND_ORDER


def test_a_finished_return_resets_itself_after_a_short_delay(qtbot, make_window, services) -> None:  # noqa: ANN001
    window = make_window(done_reset_ms=100)
    window.wizard.session.start()
    window.pages.find_order.fill(*demo_pairs(NOW)[0][:2])
    window.wizard.show_step()
    tap(qtbot, window.footer.next_button)
    wait_idle(qtbot, window)
    choose_first_item_to_review(window.wizard.session)
    window.wizard.show_step()
    tap(qtbot, window.footer.next_button)
    qtbot.waitUntil(lambda: window.wizard.session.step == Step.DONE, timeout=10_000)
    qtbot.waitUntil(lambda: window.wizard.session.step == Step.WELCOME, timeout=5_000)
    assert window.pages.done.code.text() == ""


def test_in_kiosk_mode_a_shopper_cannot_close_the_window(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window(kiosk_mode=True)
    event = QCloseEvent()
    window.closeEvent(event)
    assert not event.isAccepted()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint


def test_in_kiosk_mode_the_window_fills_the_primary_screen(qtbot, window_services) -> None:  # noqa: ANN001
    window = KioskWindow(window_services, kiosk_mode=True)
    qtbot.addWidget(window)
    window.show_on_screen()
    screen = QGuiApplication.primaryScreen().geometry()
    qtbot.waitUntil(lambda: window.geometry() == screen, timeout=5_000)
    window.staff_mode.staff_id = "M001"  # only staff may close it


@pytest.mark.parametrize(("screen", "available"), [
    (QRect(0, 0, 1080, 1920), QRect(0, 0, 1080, 1880)),
    (QRect(0, 0, 1920, 1080), QRect(0, 40, 1920, 1040)),
    (QRect(1920, 0, 1024, 768), QRect(1920, 0, 1024, 768)),
])
def test_kiosk_mode_takes_every_pixel_and_a_window_fits_the_free_area(screen: QRect, available: QRect) -> None:
    assert kiosk_geometry(screen) == screen
    assert windowed_geometry(available) == available


def test_the_next_shopper_gets_a_newer_policy_that_sync_installed(qtbot, make_window, services) -> None:  # noqa: ANN001
    import json

    from kiosk.db import policy_store
    from kiosk.resources import resource
    from kiosk.workflow.policy import parse_policy

    window = make_window()
    tap_named(qtbot, window, "Start a return")
    document = json.loads(resource("demo", "policy.json").read_text())
    document["version"] = "demo-2026.12-1"
    with io_allowed(), services.database.session() as session, session.begin():
        policy_store.activate_policy(session, parse_policy(document), received_at=NOW)
    assert window.wizard.session.policy.version != "demo-2026.12-1"  # never mid-return
    tap(qtbot, window.footer.cancel_button)
    qtbot.waitUntil(lambda: window.wizard.session.policy.version == "demo-2026.12-1", timeout=10_000)
    assert window.wizard.session.step == Step.WELCOME


def test_a_kiosk_without_a_policy_opens_and_says_returns_are_not_available_yet(qtbot, tmp_path) -> None:  # noqa: ANN001
    import json

    from kiosk.app import build_services
    from kiosk.config import load_settings
    from kiosk.db import policy_store
    from kiosk.resources import resource
    from kiosk.ui.shell import WindowServices
    from kiosk.workflow.policy import parse_policy

    with io_allowed():  # a first start before any sync: an empty profile
        services = build_services(load_settings(tmp_path / "first-start"), clock=lambda: NOW)
    try:
        window = KioskWindow(WindowServices(services.desk, services.staff, services.printer))
        qtbot.addWidget(window)
        window.show()
        welcome = window.pages.welcome
        qtbot.waitUntil(welcome.status.isVisible, timeout=10_000)
        assert not window.wizard.ready and not welcome.start_button.isEnabled()
        assert "not available on this kiosk yet" in welcome.status.text()
        scan(qtbot, window, "INTAKE1:R100001:AAAAAAAA")
        assert window.wizard.step == Step.WELCOME and not window.wizard.busy

        document = json.loads(resource("demo", "policy.json").read_text())
        with io_allowed(), services.database.session() as session, session.begin():
            policy_store.activate_policy(session, parse_policy(document), received_at=NOW)
        window.wizard.policy_retry.setInterval(10)  # sync brought one: the next try finds it
        qtbot.waitUntil(lambda: window.wizard.ready, timeout=10_000)
        assert welcome.start_button.isEnabled() and not welcome.status.isVisible()
        tap_named(qtbot, window, "Start a return")
        assert window.wizard.session.step == Step.FIND_ORDER
    finally:
        window.close()
        with io_allowed():
            services.close()


def test_the_gui_thread_may_not_touch_the_database_in_ui_tests(services) -> None:  # noqa: ANN001
    with pytest.raises(IoOnGuardedThread):
        services.desk.find_case("0000-0000-000")
    with io_allowed():
        assert services.desk.find_case("0000-0000-000") is None
