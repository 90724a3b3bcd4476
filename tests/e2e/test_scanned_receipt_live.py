"""A scanned receipt whose order is not in the kiosk's cache is looked up live, like a typed one.

The receipt barcode carries the order number and a token made from the e-mail; central answers
a lookup by that token (GET /v1/orders/lookup-by-receipt) under the same brake as one by e-mail.
Real parts: the central server on loopback over SQLite, the demo kiosk profile registered
with it, the real window driven by the scanner.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest
import requests
from PySide6.QtCore import Qt

from kiosk.db.engine import io_allowed
from kiosk.demo import demo_pairs
from kiosk.services.returns import ReturnsDesk
from kiosk.sync.credentials import Credentials, save_credentials
from kiosk.sync.remote_lookup import RECEIPT_LOOKUP_PATH, RemoteLookup
from kiosk.ui.shell import KioskWindow, WindowServices
from kiosk.workflow.clock import format_utc
from kiosk.workflow.orders import Order
from kiosk.workflow.scans import parse_scan, receipt_barcode, receipt_token
from kiosk.workflow.wizard import Step
from tests.conftest import NOW
from tests.sync.support import LiveCentral, running_central, utc_now
from tests.ui.helpers import Finger, open_window

ONLY_AT_CENTRAL = "LIVE-7001"


@pytest.fixture
def central_only_order(services, tmp_path: Path) -> Iterator[tuple[LiveCentral, Order, str]]:  # noqa: ANN001
    """Central holds an order (a demo order under a new number) this kiosk has never cached; the
    demo profile is registered with that central. Yields central, the order and the device token."""
    with io_allowed():
        cached = services.desk.lookup(*demo_pairs(NOW)[0][:2]).order
    document: dict[str, Any] = {**cached.to_dict(), "number": ONLY_AT_CENTRAL}
    document = {key: value for key, value in document.items() if value is not None}
    (tmp_path / "central").mkdir()
    with running_central(tmp_path / "central", cached.store_id) as central:
        central.load([document])
        token = central.add_device(cached.store_id)
        save_credentials(services.settings.profile, Credentials(central.url, token, format_utc(utc_now())))
        with io_allowed(), services.uow.reading() as tx:
            assert tx.orders.get(ONLY_AT_CENTRAL) is None
        yield central, Order.from_dict(document), token


def live_desk(services) -> ReturnsDesk:  # noqa: ANN001
    """A desk whose live lookups go to the registered central (the sync worker, which would say
    "online", does not run in tests: here the kiosk is taken to be online)."""
    remote = RemoteLookup(services.uow, services.settings, services.clock, online=lambda: True)
    return ReturnsDesk(services.uow, services.settings, services.clock, printing=services.printer,
                       staff=services.staff, remote_lookup=remote.fetch, remote_receipt=remote.fetch_receipt)


def live_window(qtbot, services) -> KioskWindow:  # noqa: ANN001
    return open_window(qtbot, WindowServices(live_desk(services), services.staff, services.printer))


def scan(qtbot, window: KioskWindow, text: str) -> None:  # noqa: ANN001
    window.scanner.detector.max_gap_ms = 5_000
    qtbot.keyClicks(window, text)
    qtbot.keyClick(window, Qt.Key.Key_Return)


def test_a_receipt_scanned_for_an_order_only_central_has_shows_the_order(qtbot, services,  # noqa: ANN001
                                                                          central_only_order) -> None:
    _, order, _ = central_only_order
    window = live_window(qtbot, services)
    Finger(qtbot, window).tap_named("Start a return")
    scan(qtbot, window, receipt_barcode(order))
    qtbot.waitUntil(lambda: window.wizard.step == Step.ITEMS and not window.wizard.busy, timeout=15_000)
    shown = window.wizard.session.order
    assert shown is not None and shown.number == ONLY_AT_CENTRAL
    assert [line.id for line in shown.lines] == [line.id for line in order.lines]
    with io_allowed(), services.uow.reading() as tx:  # cached for next time, like a typed lookup
        assert tx.orders.get(ONLY_AT_CENTRAL) is not None


def test_a_receipt_with_a_wrong_token_finds_nothing_and_asks_for_the_email(qtbot, services,  # noqa: ANN001
                                                                            central_only_order) -> None:
    _, order, _ = central_only_order
    window = live_window(qtbot, services)
    Finger(qtbot, window).tap_named("Start a return")
    forged = receipt_barcode(order).rsplit(":", 1)[0] + ":" + receipt_token(order.number, "someone@example.com")
    scan(qtbot, window, forged)
    qtbot.waitUntil(lambda: not window.wizard.busy and window.pages.find_order.number.text() == ONLY_AT_CENTRAL,
                    timeout=15_000)
    assert window.wizard.step == Step.FIND_ORDER and window.wizard.session.order is None
    with io_allowed(), services.uow.reading() as tx:
        assert tx.orders.get(ONLY_AT_CENTRAL) is None


def test_the_desk_takes_a_scanned_receipt_to_central_when_the_cache_does_not_have_it(services,  # noqa: ANN001
                                                                                     central_only_order) -> None:
    _, order, _ = central_only_order
    desk = live_desk(services)
    with io_allowed():
        found = desk.lookup_receipt(parse_scan(receipt_barcode(order)))
        offline = ReturnsDesk(services.uow, services.settings, services.clock).lookup_receipt(
            parse_scan(receipt_barcode(order).replace(ONLY_AT_CENTRAL, "LIVE-7002")))
    assert found.order is not None and found.order.number == ONLY_AT_CENTRAL and not found.refused
    assert offline.order is None and offline.number_for_email == "LIVE-7002"  # no central: ask for the e-mail


def test_central_answers_a_receipt_token_only_for_its_order_and_counts_misses(central_only_order) -> None:  # noqa: ANN001
    central, order, token = central_only_order
    headers = {"Authorization": f"Bearer {token}"}

    def ask(number: str, receipt: str) -> requests.Response:
        return requests.get(central.url + RECEIPT_LOOKUP_PATH, params={"number": number, "token": receipt},
                            headers=headers, timeout=10)

    right = receipt_token(order.number, order.customer.email)
    found = ask(order.number.lower(), right.lower())
    assert found.status_code == 200 and found.json()["number"] == ONLY_AT_CENTRAL
    assert ask(order.number, "ZZZZZZZZ").status_code == 404
    assert ask("NO-SUCH-ORDER", right).status_code == 404
    assert ask(order.number, "short").status_code == 422
    answers = [ask(order.number, "ZZZZZZZZ").status_code for _ in range(12)]
    assert 429 in answers  # the same brake as lookups by e-mail
    assert ask(order.number, right).status_code == 429  # and a braked device waits even with the right token


def test_the_composition_root_wires_the_receipt_lookup(services) -> None:  # noqa: ANN001
    assert services.desk.remote_receipt is not None
    assert services.desk.remote_receipt.__func__ is RemoteLookup.fetch_receipt
