"""The window as the composition root builds it: every service and sync widget handed in, nothing attached later."""

from __future__ import annotations

from datetime import timedelta

from kiosk.app import build_window
from kiosk.demo import DEMO_MANAGER, demo_pairs
from kiosk.sync.health import SyncHealth
from kiosk.ui.sync_badge import HealthRelay, SyncBadge
from kiosk.ui.sync_screen import SyncScreen
from kiosk.workflow.wizard import Step
from tests.conftest import NOW
from tests.flows import choose_first_item_to_review
from tests.ui.helpers import tap, tap_named
from tests.ui.test_staff_mode import sign_in


def test_the_built_window_shows_sync_wakes_it_and_opens_the_sync_screen_for_staff(qtbot, services,  # noqa: ANN001
                                                                                   monkeypatch) -> None:
    woken: list[tuple[object, ...]] = []
    wake = services.sync.wake
    monkeypatch.setattr(services.sync, "wake", lambda *args: (woken.append(args), wake(*args)))  # a witness
    relay = HealthRelay()
    window = build_window(services, relay)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.wizard.ready, timeout=10_000)

    [badge] = window.staff_band.findChildren(SyncBadge)
    assert not badge.isVisible()  # shoppers never see sync
    relay.publish(SyncHealth(registered=True, online=False, last_success_at=NOW - timedelta(minutes=5), pending=2,
                             refused=0, problem=None, checked_at=NOW))
    qtbot.waitUntil(lambda: badge.text().startswith("Offline"), timeout=5_000)

    wizard = window.wizard
    wizard.try_demo_order(*demo_pairs(NOW)[0][:2])
    tap(qtbot, window.footer.next_button)
    qtbot.waitUntil(lambda: wizard.session.step == Step.ITEMS, timeout=10_000)
    choose_first_item_to_review(wizard.session)
    wizard.show_step()
    tap(qtbot, window.footer.next_button)
    qtbot.waitUntil(lambda: wizard.session.step == Step.DONE, timeout=10_000)
    assert [args[0].id for args in woken] == [wizard.last_case.id]  # the sync worker pushes it at once

    wizard.cancel()
    sign_in(qtbot, window, DEMO_MANAGER)
    tap_named(qtbot, window, "Sync status")
    assert isinstance(window.staff_mode.sync_screen, SyncScreen) and window.staff_mode.sync_screen.isVisible()
    qtbot.waitUntil(lambda: window.staff_mode.sync_screen.table.rowCount() == 1, timeout=10_000)
