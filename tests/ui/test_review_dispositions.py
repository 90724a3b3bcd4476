"""Staff see where each returned item goes on the review page and can change it; shoppers do not."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtWidgets import QComboBox

from kiosk.ui.pages.review import ReviewPage
from kiosk.workflow.cases import Resolution
from kiosk.workflow.wizard import ReturnSession
from tests.workflow.builders import POLICY, line, order

NOW = datetime(2026, 6, 10, 15, tzinfo=timezone.utc)


def at_review() -> ReturnSession:
    session = ReturnSession(POLICY, lambda: NOW)
    session.start()
    session.order_found(order(line("L1"), line("L2")))
    session.set_quantity("L1", 1)
    session.set_quantity("L2", 1)
    session.next()
    session.set_reason("L1", "too_small", "unopened")
    session.set_reason("L2", "wrong_item", "opened")
    session.next()
    session.next()
    session.choose_resolution(Resolution.REFUND)
    session.next()
    return session


def test_staff_see_the_policys_disposition_and_their_change_is_kept(qtbot) -> None:  # noqa: ANN001
    page = ReviewPage()
    qtbot.addWidget(page)
    page.set_staff_mode(True)
    page.enter(at_review())
    first = page.findChild(QComboBox, "disposition_L1")
    second = page.findChild(QComboBox, "disposition_L2")
    assert first.currentData() == "restock" and second.currentData() == "returns_centre"
    assert page.chosen_dispositions() == {}
    first.setCurrentIndex(first.findData("damaged"))
    assert page.chosen_dispositions() == {"L1": "damaged"}


def test_shoppers_are_not_asked_where_items_go(qtbot) -> None:  # noqa: ANN001
    page = ReviewPage()
    qtbot.addWidget(page)
    page.enter(at_review())
    assert page.findChildren(QComboBox) == []
