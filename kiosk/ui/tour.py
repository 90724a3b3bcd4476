"""A guided tour of the window through every step of a return: screenshots and page checks."""

from __future__ import annotations

from typing import Iterator

from PySide6.QtWidgets import QApplication

from kiosk.ui.window import KioskWindow
from kiosk.workflow.wizard import Step


def walk_every_step(window: KioskWindow, number: str, email: str) -> Iterator[Step]:
    """Yield at each step with the page on screen, driving the session the way the pages do."""
    session = window.session

    def shown() -> Step:
        window.show_step()
        QApplication.processEvents()
        return session.step

    yield shown()
    session.start()
    window.find_page.fill(number, email)
    yield shown()
    found = window.desk.lookup(number, email)
    session.order_found(found.order, variants=found.variants)
    yield shown()
    session.set_quantity("L1", 1)
    session.next()
    yield shown()
    session.set_reason("L1", "too_small", "unopened")
    session.next()
    yield shown()
    session.next()
    yield shown()
    window.page.choose(session.quote.options[0].resolution)
    session.next()
    yield shown()
    case = window.desk.save(window.desk.build_case(session))  # printing runs behind the done page; the tour does not wait for it
    window.last_case = case
    session.finished(case)
    yield shown()
