"""A kiosk registered but never synced opens its window, says it is setting up, and opens for
returns once the background sync has brought the policy (issue: the first day)."""

from __future__ import annotations

import random
import threading
from pathlib import Path

from kiosk.app import build_services, build_window
from kiosk.db.engine import guard_thread
from kiosk.sync.connection import client_for
from kiosk.sync.cycle import run_cycle
from kiosk.ui.sync_badge import HealthRelay
from kiosk.workflow.clock import system_clock
from tests.sync.support import FAST, kiosk_profile, open_database, running_central

STORE = "S-FIRST"


def test_a_registered_kiosk_without_a_policy_starts_and_opens_after_its_first_sync(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    with running_central(tmp_path, STORE) as central:
        settings = kiosk_profile(tmp_path / "kiosk", server_url=central.url, token=central.add_device(STORE),
                                 store_id=STORE)
        open_database(settings).close()  # as `kiosk register` leaves it: a new, empty database
        services = build_services(settings)
        try:
            guard_thread(threading.main_thread())  # from here on, the window must not touch the database
            window = build_window(services, HealthRelay())
            qtbot.addWidget(window)
            welcome = window.pages.welcome
            qtbot.waitUntil(lambda: welcome.problem_key == "no_policy")
            assert not welcome.ready and not welcome.start_button.isEnabled()

            client = client_for(settings, timeouts=FAST)
            assert client is not None
            sync = threading.Thread(target=run_cycle, args=(client, services.uow, system_clock, random.Random(1)))
            sync.start()  # the worker's thread, not the GUI's
            qtbot.waitUntil(lambda: not sync.is_alive(), timeout=30_000)
            client.close()

            window.wizard.load_policy()  # what the retry timer does
            qtbot.waitUntil(lambda: welcome.ready, timeout=10_000)
            assert welcome.start_button.isEnabled() and welcome.problem_key is None
        finally:
            guard_thread(None)
            services.close()
