"""Driving a return session straight to its review step, for tests about what comes after."""

from __future__ import annotations

from kiosk.workflow.orders import Order
from kiosk.workflow.wizard import ReturnSession, Step


def choose_first_item_to_review(session: ReturnSession) -> None:
    """From the items step: one unit of L1, changed mind, unopened, the first option offered."""
    session.set_quantity("L1", 1)
    session.next()
    session.set_reason("L1", "changed_mind", "unopened")
    session.next()
    session.next()
    session.choose_resolution(session.quote.options[0].resolution)
    session.next()
    assert session.step == Step.REVIEW


def walk_to_review(session: ReturnSession, order: Order) -> None:
    session.start()
    session.order_found(order)
    choose_first_item_to_review(session)
