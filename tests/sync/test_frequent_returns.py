"""The frequent-returns rule on the device: the shopper's returns this kiosk holds plus central's count,
asked live when online; offline the kiosk counts what it knows."""

from __future__ import annotations

import random

from kiosk.services.returns import ReturnsDesk
from kiosk.sync.connection import client_for
from kiosk.sync.cycle import run_cycle
from kiosk.sync.shopper_history import CentralShopperHistory
from kiosk.workflow.clock import system_clock
from kiosk.workflow.eligibility import Verdict
from kiosk.workflow.wizard import Step
from tests.sync.conftest import STORE
from tests.sync.support import FAST, demo_policy, recent_orders, take_return

EMAIL = "often@example.com"


def cycle(kiosk):  # noqa: ANN001, ANN201
    report = run_cycle(client_for(kiosk.settings, timeouts=FAST), kiosk.uow, system_clock, random.Random(7))
    assert report.ok
    return report


def desk_of(kiosk, *, online: bool = True) -> ReturnsDesk:  # noqa: ANN001
    central = CentralShopperHistory(kiosk.settings, online=lambda: online)
    return ReturnsDesk(kiosk.uow, kiosk.settings, system_clock, central_history=central)


def shoppers_orders(central) -> list[dict]:  # noqa: ANN001
    policy = demo_policy("frequent-2")
    policy["approval"]["frequent_returns"] = {"period_days": 90, "max_returns": 2}
    central.set_policy(policy)
    orders = recent_orders(STORE, 5)
    for order in orders:
        order["customer"]["email"] = EMAIL
    central.load(orders)
    return orders


def test_returns_taken_at_another_kiosk_hold_the_next_one_for_a_manager(central, make_kiosk) -> None:  # noqa: ANN001
    orders = shoppers_orders(central)
    first, second = make_kiosk("first"), make_kiosk("second")
    cycle(first)
    for order in orders[:2]:
        take_return(first.desk, order["number"], EMAIL)
    cycle(first)  # both delivered
    cycle(second)
    found = desk_of(second).lookup(orders[2]["number"], EMAIL)
    assert found.history.returns_in_period == 2 and found.history.refunded_in_period > 0
    offline = desk_of(second, online=False).lookup(orders[2]["number"], EMAIL)
    assert offline.history.returns_in_period == 0  # this kiosk knows none of them

    wizard = second.desk.new_session()
    wizard.start()
    wizard.order_found(found.order, history=found.history)
    line_id = found.order.lines[0].id
    wizard.set_quantity(line_id, 1)
    wizard.next()
    wizard.set_reason(line_id, "changed_mind", "unopened")
    assert wizard.next() == Step.ELIGIBILITY
    decision = wizard.evaluation.decision(line_id)
    assert decision.verdict is Verdict.NEEDS_APPROVAL and "frequent_returns" in decision.reason_codes


def test_a_kiosk_adds_its_undelivered_returns_to_centrals_count_and_offline_counts_its_own(
        central, make_kiosk) -> None:  # noqa: ANN001
    orders = shoppers_orders(central)
    kiosk = make_kiosk()
    cycle(kiosk)
    take_return(kiosk.desk, orders[0]["number"], EMAIL)
    cycle(kiosk)  # delivered: central counts it
    take_return(kiosk.desk, orders[1]["number"], EMAIL)  # not delivered yet
    online = desk_of(kiosk).lookup(orders[2]["number"], EMAIL)
    assert online.history.returns_in_period == 2  # central's one and the undelivered one, none twice
    offline = desk_of(kiosk, online=False).lookup(orders[2]["number"], EMAIL)
    assert offline.history.returns_in_period == 2


def test_central_answers_the_count_only_for_a_matching_order(central, make_kiosk) -> None:  # noqa: ANN001
    orders = shoppers_orders(central)
    kiosk = make_kiosk()
    client = client_for(kiosk.settings)
    answer = client.get("/v1/shoppers/returns", {"number": orders[0]["number"], "email": EMAIL, "days": "90"})
    assert answer.body["returns"] == 0 and answer.body["since"] < answer.body["until"]
    wrong = client.get("/v1/shoppers/returns", {"number": orders[0]["number"], "email": "else@example.com",
                                                "days": "90"})
    assert wrong.status == 404
