"""A card refund from a kiosk to the payment side and back to the staff screen's list.

The kiosk takes a return and syncs it to the real central server; the payment side pulls the
refund instruction over HTTP with its own token and answers it; the kiosk's next sync brings
the return's new status, and the staff list (what the Returns tab shows) says refunded.
"""

from __future__ import annotations

import random
from typing import Any

import requests

from central.ops import refunds
from kiosk.services.operations import ReturnState, StaffOperations
from kiosk.sync.connection import client_for
from kiosk.sync.cycle import run_cycle
from kiosk.workflow.clock import system_clock
from tests.sync.conftest import STORE
from tests.sync.support import FAST, recent_orders, take_return, utc_now


def cycle(kiosk: Any) -> None:
    report = run_cycle(client_for(kiosk.settings, timeouts=FAST), kiosk.uow, system_clock, random.Random(3))
    assert report.stopped_by is None, report.lines()


def paid_by_card(documents: list[dict[str, Any]]) -> dict[str, Any]:
    return next(d for d in documents if [t["kind"] for t in d.get("tenders", [])] == ["card"])


def staff_sees(kiosk: Any, code: str) -> str:
    operations = StaffOperations(kiosk.uow, kiosk.settings, system_clock, printer=None)  # type: ignore[arg-type]
    [line] = [line for line in operations.recent_returns() if line.code == code]
    return line.state


def test_a_card_refund_is_paid_by_the_payment_side_and_staff_see_refunded(central, make_kiosk) -> None:  # noqa: ANN001
    documents = recent_orders(STORE, 40)
    central.load(documents)
    order = paid_by_card(documents)
    kiosk = make_kiosk()
    cycle(kiosk)
    case = take_return(kiosk.desk, order["number"], order["customer"]["email"])
    assert staff_sees(kiosk, case.code) == ReturnState.SUBMITTED
    cycle(kiosk)
    assert staff_sees(kiosk, case.code) == ReturnState.ACCEPTED

    token = refunds.add_service(central.db, "payments", utc_now()).token
    payments = requests.Session()
    payments.headers["Authorization"] = f"Bearer {token}"
    feed = payments.get(f"{central.url}/v1/refunds/instructions", timeout=10)
    assert feed.status_code == 200, feed.text
    [instruction] = [i for i in feed.json()["instructions"] if i["return_code"] == case.code]
    assert (instruction["tender_kind"], instruction["amount"]) == ("card", case.refund_total)
    answered = payments.post(f"{central.url}/v1/refunds/{instruction['id']}/result",
                             json={"outcome": "paid", "reason": "", "reference": "psp-1"}, timeout=10)
    assert answered.status_code == 200, answered.text

    assert staff_sees(kiosk, case.code) == ReturnState.ACCEPTED  # the kiosk learns it at its next sync
    cycle(kiosk)
    assert staff_sees(kiosk, case.code) == ReturnState.REFUNDED
