"""GET /v1/shoppers/returns: the shopper's returns from every device, for the kiosk's frequent-returns rule."""

from __future__ import annotations

from tests.central.support import Pick, honest_case, order_document


def test_a_shoppers_returns_from_every_device_are_counted_for_a_matching_order(central):
    first = central.kiosk()
    second = central.kiosk()  # another store
    email = f"{first.store_id.lower()}@example.com"
    bought = [order_document(first.store_id, number=f"{first.store_id.upper()}-{i}", email=email) for i in range(3)]
    central.load(*bought)
    for kiosk, order in ((first, bought[0]), (second, bought[1])):
        assert kiosk.post_case(honest_case(order, [Pick("L1")], device_id=kiosk.device_id)).status_code == 201
    answer = second.get("/v1/shoppers/returns", params={"number": bought[2]["number"], "email": email.upper(),
                                                         "days": 90})
    assert answer.status_code == 200
    body = answer.json()
    assert body["returns"] == 2 and body["refunded"] > 0
    central.clock.advance(days=200)
    assert second.get("/v1/shoppers/returns", params={"number": bought[2]["number"], "email": email,
                                                      "days": 90}).json()["returns"] == 0


def test_the_count_is_refused_for_a_pair_that_matches_no_order_and_misses_count_on_the_brake(central):
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id)
    central.load(order)
    statuses = [kiosk.get("/v1/shoppers/returns", params={"number": order["number"], "email": "x@y.z", "days": 30}
                          ).status_code for _ in range(7)]
    assert statuses == [404] * 6 + [429]
