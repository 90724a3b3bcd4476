"""Live lookup: an order missing from the cache is fetched when online (number AND e-mail), stored, used."""

from __future__ import annotations

from kiosk.sync.client import ApiClient
from kiosk.sync.remote_lookup import RemoteLookup
from kiosk.workflow.clock import system_clock
from tests.sync.conftest import STORE
from tests.sync.support import FAST, StandIn, recent_orders


def test_an_order_not_yet_cached_is_fetched_stored_and_found_locally_next_time(central, make_kiosk) -> None:  # noqa: ANN001
    order = recent_orders(STORE, 1, prefix="LIVE")[0]
    central.load([order])
    kiosk = make_kiosk()
    remote = RemoteLookup(kiosk.uow, kiosk.settings, system_clock)
    found = remote.fetch(order["number"].lower(), "  " + order["customer"]["email"].upper())
    assert found is not None and found.number == order["number"]
    with kiosk.uow.reading() as tx:
        cached = tx.orders.find(order["number"], order["customer"]["email"])
    assert cached is not None and [l.id for l in cached.lines] == [l["id"] for l in order["lines"]]


def test_a_wrong_email_finds_nothing_and_stores_nothing(central, make_kiosk) -> None:  # noqa: ANN001
    order = recent_orders(STORE, 1, prefix="LIVE")[0]
    central.load([order])
    kiosk = make_kiosk()
    assert RemoteLookup(kiosk.uow, kiosk.settings, system_clock).fetch(order["number"], "x@example.com") is None
    with kiosk.uow.reading() as tx:
        assert tx.orders.count() == 0


def test_offline_or_failing_servers_give_not_found_without_waiting(central, make_kiosk, stand_in: StandIn) -> None:  # noqa: ANN001
    order = recent_orders(STORE, 1, prefix="LIVE")[0]
    central.load([order])
    kiosk = make_kiosk()
    offline = RemoteLookup(kiosk.uow, kiosk.settings, system_clock, online=lambda: False)
    assert offline.fetch(order["number"], order["customer"]["email"]) is None

    stand_in.reply(200, raw=b"<html>portal</html>")
    garbage = RemoteLookup(kiosk.uow, kiosk.settings, system_clock,
                           client_factory=lambda: ApiClient(stand_in.url, "kc_t", timeouts=FAST))
    assert garbage.fetch(order["number"], order["customer"]["email"]) is None
    stand_in.reply(200, {**order, "number": "OTHER-1"})  # an answer about another order is not used
    assert garbage.fetch(order["number"], order["customer"]["email"]) is None
    with kiosk.uow.reading() as tx:
        assert tx.orders.count() == 0


def test_the_desk_uses_the_live_lookup_when_the_cache_misses(central, make_kiosk) -> None:  # noqa: ANN001
    order = recent_orders(STORE, 1, prefix="LIVE")[0]
    central.load([order])
    kiosk = make_kiosk()
    remote = RemoteLookup(kiosk.uow, kiosk.settings, system_clock)
    desk = kiosk.desk
    if hasattr(desk, "remote_lookup"):  # once returns_desk.py has the one-line hook
        desk.remote_lookup = remote.fetch
        assert desk.lookup(order["number"], order["customer"]["email"]).order is not None
    else:
        assert remote.fetch(order["number"], order["customer"]["email"]) is not None
        assert desk.lookup(order["number"], order["customer"]["email"]).order is not None
