"""A device posts cases in its own name only: a third store or another device's id is refused (422)."""

from __future__ import annotations

from central.models import Return
from tests.central.support import Pick, honest_case, order_document


def stored(central, case_id):  # noqa: ANN001, ANN201
    with central.db.reading() as session:
        return session.get(Return, case_id)


def test_a_case_naming_a_third_store_is_refused_and_not_stored(central):
    kiosk = central.kiosk()
    order = order_document(kiosk.store_id)
    central.load(order)
    case = honest_case(order, [Pick("L1")], device_id=kiosk.device_id)
    case["store_id"] = central.new_store()
    answer = kiosk.post_case(case)
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == "case_identity_mismatch"
    assert answer.json()["error"]["field"] == "store_id"
    assert stored(central, case["id"]) is None


def test_a_case_naming_another_registered_device_is_refused(central):
    kiosk = central.kiosk()
    other = central.kiosk(kiosk.store_id)
    order = order_document(kiosk.store_id)
    central.load(order)
    case = honest_case(order, [Pick("L1")], device_id=other.device_id)
    answer = kiosk.post_case(case)
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == "case_identity_mismatch"
    assert answer.json()["error"]["field"] == "device_id"
    assert stored(central, case["id"]) is None
    assert other.post_case(case).status_code == 201  # its own device may post it


def test_its_own_store_or_the_orders_store_and_its_own_label_are_accepted(central):
    kiosk = central.kiosk()
    bought_elsewhere = order_document(central.new_store())
    bought_here = order_document(kiosk.store_id)
    central.load(bought_elsewhere, bought_here)
    elsewhere = honest_case(bought_elsewhere, [Pick("L1")], device_id="kiosk-label")
    here = honest_case(bought_here, [Pick("L1")], device_id=kiosk.device_id)
    assert kiosk.post_case(elsewhere).status_code == 201
    assert kiosk.post_case(here).status_code == 201
