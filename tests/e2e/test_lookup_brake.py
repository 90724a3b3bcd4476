"""Guessing stays expensive for the kiosk, never for the next shopper.

At most 30 wrong number/email pairs an hour per kiosk, then look-ups stop until staff unlock
them (kept on disk across a restart, and audited); a shopper's own misses make them wait,
but a shopper who has not missed is never told to wait for someone else's.
"""

from __future__ import annotations

import sqlite3

import pytest

from kiosk.db.engine import io_allowed
from kiosk.demo import DEMO_MANAGER, demo_pairs
from kiosk.services.returns import ReturnsDesk
from kiosk.workflow.scans import parse_scan, receipt_barcode
from kiosk.workflow.throttle import ShopperMisses
from kiosk.workflow.wizard import Step
from tests.conftest import NOW
from tests.ui.helpers import Finger, open_window, visible_button
from tests.ui.test_staff_mode import sign_in

WRONG = "nobody@example.com"


@pytest.fixture
def desk(services) -> ReturnsDesk:  # noqa: ANN001
    return services.desk


def test_a_shopper_who_never_missed_is_not_told_to_wait(desk: ReturnsDesk) -> None:
    number, email, _ = demo_pairs(NOW)[0]
    guesser = ShopperMisses()
    with io_allowed():
        results = [desk.lookup(number, WRONG, guesser) for _ in range(6)]
        assert results[-1].wait_seconds > 0 and results[-1].order is None
        newcomer = ShopperMisses()
        assert desk.lookup(number, email, newcomer).order is not None
        first_miss = desk.lookup(number, WRONG, ShopperMisses())
    assert first_miss.order is None and not first_miss.refused


def test_the_31st_wrong_pair_in_an_hour_is_refused_until_staff_unlock(services, desk: ReturnsDesk) -> None:  # noqa: ANN001
    number, email, _ = demo_pairs(NOW)[0]
    with io_allowed():
        misses = [desk.lookup(number, WRONG, ShopperMisses()) for _ in range(30)]  # thirty shoppers, one miss each
        assert not any(r.wait_seconds for r in misses[:29]) and misses[-1].locked
        refused = desk.lookup(number, email, ShopperMisses())  # the 31st pair, even a right one
        assert refused.locked and refused.order is None
        restarted = ReturnsDesk(services.uow, services.settings, services.clock, staff=services.staff)
        assert restarted.lookups_locked() and restarted.lookup(number, email).locked  # a restart keeps the lock
        services.staff.login(DEMO_MANAGER["id"], DEMO_MANAGER["pin"])
        restarted.unlock_lookups()
        assert restarted.lookup(number, email, ShopperMisses()).order is not None
    db = sqlite3.connect(services.settings.database_path)
    unlocks = db.execute("select actor_id, details from audit_log where kind = 'settings_change'").fetchall()
    db.close()
    assert [(actor, '"unlocked"' in details) for actor, details in unlocks] == [(DEMO_MANAGER["id"], True)]


def test_a_receipt_that_does_not_match_here_is_looked_up_like_a_typed_one(services) -> None:  # noqa: ANN001
    """Not in the cache (or not matching it): the receipt gives the number, the email finds the
    order live from central, through the same remote look-up as typed numbers."""
    with io_allowed():
        order = services.desk.lookup(*demo_pairs(NOW)[0][:2]).order
    asked: list[tuple[str, str]] = []

    def central(number: str, email: str):  # noqa: ANN202 - the remote look-up's shape
        asked.append((number, email))
        return order if email == order.customer.email else None

    desk = ReturnsDesk(services.uow, services.settings, services.clock, remote_lookup=central)
    unknown = parse_scan(receipt_barcode(order).replace(order.number, "R999999"))
    with io_allowed():
        result = desk.lookup_receipt(unknown)
        assert result.order is None and result.number_for_email == "R999999" and not result.refused
        found = desk.lookup("R999999", order.customer.email)
    assert asked == [("R999999", order.customer.email)]
    assert found.order is not None and found.order.number == order.number


def test_when_look_ups_are_locked_the_shopper_can_call_staff_and_staff_unlock_them(qtbot, window_services,  # noqa: ANN001
                                                                                  desk: ReturnsDesk) -> None:
    number, email, _ = demo_pairs(NOW)[0]
    with io_allowed():
        for _ in range(30):
            desk.lookup(number, WRONG, ShopperMisses())
    window = open_window(qtbot, window_services)
    finger = Finger(qtbot, window)
    finger.tap_named("Start a return")
    window.pages.find_order.fill(number, email)
    finger.tap(window.footer.next_button)
    qtbot.waitUntil(lambda: not window.wizard.busy, timeout=10_000)
    find = window.pages.find_order
    assert "paused" in find.error.text() and not window.footer.next_button.isEnabled()
    finger.tap_named("Call staff")
    assert window.call_band.isVisible()

    window.wizard.cancel()
    sign_in(qtbot, window, DEMO_MANAGER)
    finger.tap_named("Unlock look-ups")
    qtbot.waitUntil(lambda: not window.wizard.lookups_locked, timeout=10_000)
    finger.tap_named("Start a return")
    assert window.footer.next_button.isEnabled() and "paused" not in find.error.text()
    find.fill(number, email)
    finger.tap(window.footer.next_button)
    qtbot.waitUntil(lambda: window.wizard.step == Step.ITEMS, timeout=10_000)
    assert visible_button(window, "Sign out")
