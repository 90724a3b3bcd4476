"""A guided tour of the window through every step of a return: screenshots and page checks.

The tour moves the way a shopper does, through the wizard controller, so lookups and the
save run off the GUI thread as they do at the counter; it waits for them by turning the
event loop, and at the end it waits for the slip to print so nothing is left running.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import Callable, Iterator

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from kiosk.ui.shell import KioskWindow
from kiosk.workflow.authorisations import Authorisation, mint_authorisation_code
from kiosk.workflow.clock import format_utc
from kiosk.workflow.orders import Order
from kiosk.workflow.wizard import Step

TIMEOUT_S = 30.0


def wait_until(condition: Callable[[], bool], timeout_s: float = TIMEOUT_S) -> None:
    """Turn the event loop until ``condition`` holds (background results arrive through it)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        time.sleep(0.001)  # let the worker thread have the interpreter


def walk_every_step(window: KioskWindow, number: str, email: str) -> Iterator[Step]:
    """Yield at each step with the page on screen, driving the session the way the pages do."""
    wizard = window.wizard
    wait_until(lambda: wizard.ready and not wizard.busy)

    def shown() -> Step:
        wizard.show_step()
        QApplication.processEvents()
        return wizard.step

    yield shown()
    wizard.start()
    session = wizard.session  # from here on the return keeps its session and policy
    window.pages.find_order.fill(number, email)
    yield shown()
    wizard.go_next()  # the lookup
    wait_until(lambda: not wizard.busy)
    if session.step != Step.ITEMS:
        raise LookupError(f"the tour's order {number} was not found")
    yield shown()
    session.set_quantity("L1", 1)
    session.next()
    yield shown()
    session.set_reason("L1", "too_small", "unopened")
    session.next()
    yield shown()
    session.next()
    yield shown()
    quote = session.quote
    assert quote is not None
    window.pages.resolution.choose(quote.options[0].resolution)
    session.next()
    yield shown()
    order = session.order
    assert order is not None
    wizard.go_next()  # the save; the slip prints behind the done page
    wait_until(lambda: session.step == Step.DONE)
    yield shown()
    wait_until(lambda: wizard.last_print is not None)
    wizard.finish()  # then a return started online, at its item check
    wait_until(lambda: wizard.ready and not wizard.busy)
    wizard.session.authorisation_found(_online_return(order, wizard.session.clock()), order)
    yield shown()
    wizard.cancel()


def _online_return(order: Order, now: datetime) -> Authorisation:
    """An authorisation of the order's first line, as central would send it (kept in memory only)."""
    line = order.lines[0]
    return Authorisation.from_dict({
        "code": mint_authorisation_code(1), "status": "authorised", "order_number": order.number,
        "store_id": order.store_id, "created_at": format_utc(now), "expires_at": format_utc(now + timedelta(days=14)),
        "currency": order.currency, "resolution": "refund",
        "lines": [{"line_id": line.id, "sku": line.sku, "title": line.title, "quantity": 1, "reason_code": "too_small",
                   "condition": "unopened", "gtin": line.gtin, "image_url": line.image_url}],
    })
