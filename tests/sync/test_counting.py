"""A return is counted once on the kiosk: by the server's copy of the order or by the desk, never both."""

from __future__ import annotations

import random

from kiosk.sync.connection import client_for
from kiosk.sync.cycle import run_cycle
from kiosk.sync.pull_orders import pull_orders
from kiosk.sync.push import push_outbox
from kiosk.workflow.clock import system_clock
from tests.sync.conftest import STORE
from tests.sync.support import FAST, recent_orders, take_return


def returned(kiosk, order: dict) -> int:  # noqa: ANN001
    found = kiosk.desk.lookup(order["number"], order["customer"]["email"]).order
    return found.line("L1").quantity_returned


def test_own_and_other_kiosks_returns_are_each_counted_once_through_push_and_pull(central, make_kiosk) -> None:  # noqa: ANN001
    order = recent_orders(STORE, 1)[0]
    order["lines"] = order["lines"][:1]
    order["lines"][0]["quantity"] = 5
    central.load([order])
    here, there = make_kiosk("here"), make_kiosk("there")

    def sync(kiosk) -> None:  # noqa: ANN001
        assert run_cycle(client_for(kiosk.settings, timeouts=FAST), kiosk.uow, system_clock,
                         random.Random(3)).ok

    sync(here)
    sync(there)
    take_return(here.desk, order["number"], order["customer"]["email"])
    assert returned(here, order) == 1                     # pending, counted by the desk
    push_outbox(client_for(here.settings), here.uow, system_clock, random.Random(1))
    assert returned(here, order) == 1                     # delivered, the cached copy is older
    sync(here)
    assert returned(here, order) == 1                     # the server's copy counts it now, the desk no more

    take_return(here.desk, order["number"], order["customer"]["email"])
    sync(there)
    take_return(there.desk, order["number"], order["customer"]["email"])
    sync(there)                                           # delivers there's case, then pulls
    assert returned(there, order) == 2

    # here pulls while its second case is still pending: the server's copy counts here's first case
    # and there's; the desk adds the pending one.
    pull_orders(client_for(here.settings), here.uow, system_clock)
    assert returned(here, order) == 3
    sync(here)                                            # pushes the pending case, then pulls
    assert returned(here, order) == 3
