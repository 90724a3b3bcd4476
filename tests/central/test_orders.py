"""The order feed (paged, oldest first, resumable, windowed), its count, and the live lookup."""

from __future__ import annotations

from datetime import timedelta

import pytest

from central.cursors import Cursor
from tests.central.support import Pick, honest_case, order_document, order_line


def numbers(orders):
    return [o["number"] for o in orders]


def test_the_feed_pages_oldest_change_first_with_a_cursor_to_resume(central):
    kiosk = central.kiosk()
    documents = [order_document(kiosk.store_id, number=f"P-{i}") for i in range(7)]
    for document in documents:
        central.load(document)
    pages = []
    cursor = None
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        body = kiosk.get("/v1/orders/changes", params=params).json()
        pages.append((numbers(body["orders"]), body["has_more"]))
        assert body["total"] == 7
        cursor = body["next_cursor"]
        if not body["has_more"]:
            break
    assert pages == [(["P-0", "P-1", "P-2"], True), (["P-3", "P-4", "P-5"], True), (["P-6"], False)]


def test_resuming_sends_only_what_changed_and_an_idle_cursor_stays_put(central):
    kiosk = central.kiosk()
    first, second = order_document(kiosk.store_id), order_document(kiosk.store_id)
    central.load(first, second)
    _orders, cursor, _total = kiosk.pull_orders()
    assert kiosk.pull_orders(cursor)[:2] == ([], cursor)
    central.load(first)  # unchanged: not sent again
    assert kiosk.pull_orders(cursor)[0] == []
    changed = {**second, "customer": {**second["customer"], "phone": "+1 555 0100"}}
    central.load(changed)
    orders, _cursor, total = kiosk.pull_orders(cursor)
    assert numbers(orders) == [second["number"]] and orders[0]["customer"]["phone"] == "+1 555 0100"
    assert total == 2


def test_an_unknown_or_foreign_cursor_is_gone(central, fresh_central):
    kiosk = central.kiosk()
    returns_cursor = kiosk.get("/v1/returns/changes").json()["next_cursor"]
    other = fresh_central()
    other_cursor = other.kiosk().get("/v1/orders/changes").json()["next_cursor"]
    for cursor in ["not-a-cursor", returns_cursor, other_cursor, Cursor("o", "x", 1).encode()]:
        response = kiosk.get("/v1/orders/changes", params={"cursor": cursor})
        assert response.status_code == 410, cursor
        assert response.json()["error"]["code"] == "cursor_gone"


def test_only_orders_that_may_still_be_returned_are_in_the_feed(central):
    kiosk = central.kiosk()
    now = central.clock()
    # the demo policy: longest window 30 days, 3 days' grace, plus the server's 7 days
    recent = order_document(kiosk.store_id, placed=(now - timedelta(days=42)).isoformat(),
                            delivered=(now - timedelta(days=39)).isoformat())
    old = order_document(kiosk.store_id, placed="2026-08-01T12:00:00Z", delivered=(now - timedelta(days=41)).isoformat())
    undelivered = order_document(kiosk.store_id, placed=(now - timedelta(days=2)).isoformat(), delivered=None)
    central.load(recent, old, undelivered)
    orders, _cursor, total = kiosk.pull_orders()
    assert sorted(numbers(orders)) == sorted([recent["number"], undelivered["number"]])
    count = kiosk.get("/v1/orders/count").json()
    assert total == count["count"] == 2
    assert count["horizon"].startswith("2026-10-18")


def test_a_return_sends_the_order_again_with_every_devices_returns_counted(central):
    counter = central.kiosk()
    other_device = central.kiosk(counter.store_id)
    order = order_document(counter.store_id, lines=[order_line("L1", quantity=3)])
    central.load(order)
    _orders, cursor, _total = other_device.pull_orders()
    assert counter.post_case(honest_case(order, [Pick("L1", 2)])).status_code == 201
    orders, _cursor, _total = other_device.pull_orders(cursor)
    assert numbers(orders) == [order["number"]]
    assert orders[0]["lines"][0]["quantity_returned"] == 2


def test_page_size_is_bounded(central):
    kiosk = central.kiosk()
    for limit in (0, -1, 501, "many"):
        response = kiosk.get("/v1/orders/changes", params={"limit": limit})
        assert response.status_code == 422, limit
        assert response.json()["error"]["code"] == "invalid_request"


def test_lookup_needs_both_the_number_and_the_email(central):
    kiosk = central.kiosk()
    order = order_document(central.new_store(), email="Pat.Doe@Example.com")  # any store's order
    central.load(order)
    found = kiosk.get("/v1/orders/lookup", params={"number": order["number"].lower(), "email": " pat.doe@example.COM"})
    assert found.status_code == 200 and found.json()["number"] == order["number"]
    wrong_email = kiosk.get("/v1/orders/lookup", params={"number": order["number"], "email": "someone@example.com"})
    no_order = kiosk.get("/v1/orders/lookup", params={"number": "NOPE-1", "email": "pat.doe@example.com"})
    assert wrong_email.status_code == no_order.status_code == 404
    assert wrong_email.json() == no_order.json()  # nothing tells which half was wrong


def test_repeated_lookup_misses_slow_a_device_down(central):
    kiosk, neighbour = central.kiosk(), central.kiosk()
    order = order_document(kiosk.store_id)
    central.load(order)
    misses = [kiosk.get("/v1/orders/lookup", params={"number": f"X-{i}", "email": "a@b.c"}).status_code
              for i in range(6)]
    assert misses == [404] * 6  # five free misses, the sixth sets the brake
    blocked = kiosk.get("/v1/orders/lookup", params={"number": order["number"], "email": order["customer"]["email"].lower()})
    assert blocked.status_code == 429
    assert int(blocked.headers["Retry-After"]) >= 1
    assert blocked.json()["error"]["code"] == "too_many_misses"
    assert neighbour.get("/v1/orders/lookup", params={"number": order["number"],
                                                      "email": order["customer"]["email"].lower()}).status_code == 200
    central.clock.advance(seconds=int(blocked.headers["Retry-After"]))
    assert kiosk.get("/v1/orders/lookup", params={"number": order["number"],
                                                  "email": order["customer"]["email"].lower()}).status_code == 200


@pytest.mark.parametrize("params", [{"number": "A-1"}, {"email": "a@b.c"}, {"number": "", "email": "a@b.c"},
                                    {"number": "A" * 41, "email": "a@b.c"}])
def test_lookup_parameters_are_required_and_bounded(central, params):
    response = central.kiosk().get("/v1/orders/lookup", params=params)
    assert response.status_code == 422
