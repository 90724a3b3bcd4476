"""What every wizard page shares: a title, a scrolling body, an error line; and what the
pages that change in staff mode promise (``StaffAware``), so the staff-mode controller can
switch them without knowing each page."""

from __future__ import annotations

from typing import Callable, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kiosk.workflow.wizard import ReturnSession, Step


def label(text: str = "", name: str | None = None, *, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    if name:
        widget.setObjectName(name)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return widget


def button(text: str, accessible: str | None = None, *, primary: bool = False) -> QPushButton:
    widget = QPushButton(text)
    widget.setAccessibleName(accessible or text)
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    if primary:
        widget.setObjectName("primary")
    return widget


def approval_button(page: QWidget, title: str, line_id: str, on_approve: Callable[[str], None]) -> QPushButton:
    """Staff only: ask a manager to let this line through."""
    text = QCoreApplication.translate("WizardPage", "Manager approval for {title}").format(title=title)
    widget = button(QCoreApplication.translate("WizardPage", "Manager approval"), text)
    widget.clicked.connect(lambda _=False: on_approve(line_id))
    return widget


def card() -> QFrame:
    frame = QFrame()
    frame.setObjectName("card")
    return frame


def clear_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        inner = item.layout()
        if widget is not None:
            widget.hide()
            widget.setParent(None)  # out of the widget tree now, not at the next event loop turn
            widget.deleteLater()
        elif inner is not None:
            clear_layout(inner)


@runtime_checkable
class StaffAware(Protocol):
    """A page that shows more to a signed-in member of staff (search, approvals, reprint)."""

    def set_staff_mode(self, on: bool) -> None: ...


class WizardPage(QWidget):
    """A step of the wizard. The window calls ``enter`` to show it and ``collect`` to leave."""

    step: Step

    def __init__(self) -> None:
        super().__init__()
        outer = self.outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 16, 32, 16)
        self.title = label("", "title")
        self.title.setAccessibleName("title")
        self.subtitle = label("", "subtitle")
        self.error = label("", "error")
        self.error.setAccessibleName("error message")
        self.error.hide()
        outer.addWidget(self.title)
        outer.addWidget(self.subtitle)
        outer.addWidget(self.error)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        self.body = QVBoxLayout(holder)
        self.body.setSpacing(12)
        scroll.setWidget(holder)
        outer.addWidget(scroll, 1)

    def enter(self, session: ReturnSession) -> None:
        """Refresh the page from the session (called every time the page is shown)."""
        self.clear_error()
        self.retranslate()

    def collect(self, session: ReturnSession) -> None:
        """Push what the shopper entered into the session before moving on."""

    def retranslate(self) -> None:
        """Set every text again in the current language."""

    def stash(self, session: ReturnSession) -> None:
        """Keep what was entered so far in the session, without validating (language switch)."""

    def wipe(self) -> None:
        """Forget everything shown about the last shopper."""
        self.clear_error()
        for name in ("list", "exchange_box"):
            layout = getattr(self, name, None)
            if layout is not None:
                clear_layout(layout)

    def show_error(self, text: str) -> None:
        self.error.setText("⚠ " + text)
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()


class ApprovablePage(WizardPage):
    """A page listing lines a manager may let through; in staff mode each held line gets a
    "Manager approval" button, and a tap asks for the approval by line id."""

    approval_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.staff_mode = False

    def set_staff_mode(self, on: bool) -> None:
        self.staff_mode = on

    def approval_button(self, title: str, line_id: str) -> QPushButton:
        return approval_button(self, title, line_id, self.approval_requested.emit)
