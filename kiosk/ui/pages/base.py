"""What every wizard page shares: a title, a scrolling body, an error line; and what the
pages that change in staff mode promise (``StaffAware``), so the staff-mode controller can
switch them without knowing each page.

A page lays its content in a centred column (as wide as reads well, never the whole of a
1920 px screen), and its body scrolls by dragging. The error line sits above the footer,
beside the Next a finger just tapped, and keeps its place when it is empty, so a message
never pushes the controls a finger is about to tap.
"""

from __future__ import annotations

from typing import Callable, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.keyboard_dock import FORM_SCOPE
from kiosk.ui.kinetic import kinetic
from kiosk.workflow.wizard import ReturnSession, Step

#: the widest a page's column grows, in the theme's reference pixels (scaled with the screen)
COLUMN_PX = 1000


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


def set_state(widget: QWidget, name: str, value: object) -> None:
    """Set a property the theme styles by (selected cards, the stepper's dots) and redraw."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    for child in widget.findChildren(QWidget):  # "QFrame#card[selected] QLabel" rules too
        style.unpolish(child)
        style.polish(child)


def centred(content: QWidget | QLayout, width: int) -> QHBoxLayout:
    """``content`` in a column at most ``width`` wide, centred in whatever room there is."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    holder = content if isinstance(content, QWidget) else _holding(content)
    holder.setMaximumWidth(width)
    row.addStretch(1)
    row.addWidget(holder, 100)
    row.addStretch(1)
    return row


def _holding(layout: QLayout) -> QWidget:
    widget = QWidget()
    widget.setLayout(layout)
    return widget


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
    #: pages whose errors come from a finger on a control keep room for them (see module doc)
    keeps_error_room = True
    #: pages with text fields let their title scroll away, so the keyboard leaves room to type
    head_scrolls = False

    def __init__(self) -> None:
        super().__init__()
        self.setProperty(FORM_SCOPE, True)
        outer = self.outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.head = QWidget()
        head = QVBoxLayout(self.head)
        head.setContentsMargins(32, 20, 32, 8)
        self.title = label("", "title")
        self.title.setAccessibleName("title")
        self.subtitle = label("", "subtitle")
        head.addWidget(self.title)
        head.addWidget(self.subtitle)
        self.body_scroll = QScrollArea()
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        kinetic(self.body_scroll)
        holder = QWidget()
        self.column = QWidget()
        self.column.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.body = QVBoxLayout(self.column)
        self.body.setContentsMargins(32, 8, 32, 24)
        self.body.setSpacing(16)
        holder.setLayout(centred(self.column, COLUMN_PX))
        self.body_scroll.setWidget(holder)
        if self.head_scrolls:
            head.setContentsMargins(0, 12, 0, 4)  # the column's own margins line it up with the fields
            self.body.addWidget(self.head)
        else:
            outer.addLayout(centred(self.head, COLUMN_PX))
        outer.addWidget(self.body_scroll, 1)
        outer.addLayout(centred(self._error_slot(), COLUMN_PX))

    def _error_slot(self) -> QWidget:
        """The error line above the footer: next to Next, where the finger that caused it is, and
        always in sight; its room is kept when empty, so nothing moves when it speaks."""
        slot = QWidget()
        layout = QVBoxLayout(slot)
        layout.setContentsMargins(32, 4, 32, 8)
        self.error = label("", "error")
        self.error.setAccessibleName("error message")
        policy = self.error.sizePolicy()
        policy.setRetainSizeWhenHidden(self.keeps_error_room)
        self.error.setSizePolicy(policy)
        self.error.hide()
        layout.addWidget(self.error)
        return slot

    def set_column_width(self, width: int) -> None:
        """The column's widest, in screen pixels (the shell scales it with the screen)."""
        self.head.setMaximumWidth(width)
        self.column.setMaximumWidth(width)

    def rescale(self, scale: float) -> None:
        """Size what the style sheet cannot (pictures, codes) for a screen ``scale`` times the reference."""

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
        self.body_scroll.verticalScrollBar().setValue(0)
        for name in ("list", "exchange_box"):
            layout = getattr(self, name, None)
            if layout is not None:
                clear_layout(layout)

    def show_error(self, text: str) -> None:
        self._error_kind("error")
        self.error.setText("⚠ " + text)
        self.error.show()

    def show_notice(self, text: str) -> None:
        """Something to know rather than a mistake (a countdown, a next step), in the error's place."""
        self._error_kind("notice")
        self.error.setText(text)
        self.error.show()

    def clear_error(self) -> None:
        self._error_kind("error")
        self.error.clear()
        self.error.hide()

    def _error_kind(self, name: str) -> None:
        if self.error.objectName() != name:
            self.error.setObjectName(name)
            self.error.style().unpolish(self.error)
            self.error.style().polish(self.error)


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
