"""The sync badge and the staff sync screen, driven with real widgets on a real profile."""

from __future__ import annotations

import random
import threading
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from kiosk.db.engine import io_allowed
from kiosk.services.sync_review import SyncStaffActions
from kiosk.sync.connection import client_for
from kiosk.sync.cycle import run_cycle
from kiosk.sync.health import SyncHealth
from kiosk.sync.push import push_outbox
from kiosk.ui.sync_badge import HealthRelay, SyncBadge
from kiosk.ui.sync_screen import SyncScreen
from kiosk.workflow.clock import system_clock
from tests.sync.conftest import STORE
from tests.sync.support import FAST, recent_orders, take_return, utc_now

#: the widgets never touch the database on the GUI thread (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("gui_thread_guarded")


def health(**changes: object) -> SyncHealth:
    base = dict(registered=True, online=True, last_success_at=utc_now() - timedelta(minutes=3), pending=0,
                refused=0, problem=None, checked_at=utc_now())
    base.update(changes)
    return SyncHealth(**base)  # type: ignore[arg-type]


def test_the_badge_follows_snapshots_published_from_another_thread(qtbot) -> None:  # noqa: ANN001
    relay = HealthRelay()
    badge = SyncBadge(system_clock)
    qtbot.addWidget(badge)
    badge.follow(relay)
    assert badge.text() == "Sync: starting"

    worker = threading.Thread(target=relay.publish, args=(health(online=False, pending=5),))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: badge.text().startswith("Offline"))
    assert badge.text() == "Offline · synced 3 min ago · 5 waiting"
    assert badge.property("state") == "offline"

    relay.publish(health(pending=0, refused=1, problem="push: refused"))
    qtbot.waitUntil(lambda: "refused" in badge.text())
    assert badge.text() == "Online · synced 3 min ago · all sent · 1 refused"
    assert badge.property("state") == "problem"

    relay.publish(health(registered=False))
    qtbot.waitUntil(lambda: badge.text() == "Sync: not set up")


def test_a_refused_return_is_shown_to_staff_with_the_servers_reason_and_retried_safely(qtbot, central,  # noqa: ANN001
                                                                                       make_kiosk) -> None:
    order = recent_orders(STORE, 1)[0]
    order["lines"] = order["lines"][:1]
    order["lines"][0]["quantity"] = 1
    central.load([order])
    with io_allowed():  # two kiosks take the same last unit, and both push
        first, second = make_kiosk("first"), make_kiosk("second")
        for kiosk in (first, second):
            assert run_cycle(client_for(kiosk.settings, timeouts=FAST), kiosk.uow, system_clock,
                             random.Random(1)).ok
        take_return(first.desk, order["number"], order["customer"]["email"])
        case = take_return(second.desk, order["number"], order["customer"]["email"])
        push_outbox(client_for(first.settings), first.uow, system_clock, random.Random(1))
        push_outbox(client_for(second.settings), second.uow, system_clock, random.Random(1))

    woken: list[bool] = []
    screen = SyncScreen(SyncStaffActions(second.uow, system_clock, wake=lambda: woken.append(True)))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.table.rowCount() == 1)
    cells = [screen.table.item(0, c).text() for c in range(screen.table.columnCount())]
    assert cells[0] == case.code and cells[1] == order["number"] and cells[3] == "Refused"
    assert "left to return" in cells[5]

    relay = HealthRelay()
    screen.follow(relay)
    relay.publish(health(refused=1, problem=None))
    qtbot.waitUntil(lambda: "1 refused" in screen.summary.text())

    assert not screen.retry_button.isEnabled()
    assert screen.select_code(case.code)
    assert screen.retry_button.isEnabled()
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        qtbot.mouseClick(screen.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.table.rowCount() == 1 and screen.table.item(0, 3).text() == "Waiting")
    assert woken == [True]

    # The worker's next push sends the same key and body: the server answers as before, nothing doubles.
    with io_allowed():
        push_outbox(client_for(second.settings), second.uow, system_clock, random.Random(1))
    screen.refresh()
    qtbot.waitUntil(lambda: screen.table.item(0, 3).text() == "Refused")
    assert len(central.returns()) == 2


def test_staff_read_the_clock_against_the_server_and_how_old_each_synced_copy_is(qtbot) -> None:  # noqa: ANN001
    screen = SyncScreen(SyncStaffActions(None, system_clock, wake=lambda: None))  # type: ignore[arg-type]
    qtbot.addWidget(screen)
    screen.show_health(health())
    assert screen.facts.text() == ("Clock: not compared with the server yet\n"
                                   "Synced: policy never · orders never · managers never")
    ages = {"policy": timedelta(minutes=3), "orders": timedelta(hours=30), "managers": timedelta(days=4)}
    screen.show_health(health(clock_offset=timedelta(seconds=1), data_ages=ages))
    assert screen.facts.text() == ("Clock: in step with the server\n"
                                   "Synced: policy 3 min ago · orders 30 h ago · managers 4 d ago")
    screen.show_health(health(clock_offset=-timedelta(minutes=7), clock_unsure=True, data_ages=ages))
    assert screen.facts.text().splitlines()[0] == ("Clock: 7 min ahead of the server · return windows wait for "
                                                   "staff approval until the kiosk's time is fixed")
    screen.show_health(health(clock_offset=timedelta(seconds=40)))
    assert screen.facts.text().startswith("Clock: 40 s behind the server\n")
