"""Idle reset: no input for a while asks "Still there?", then wipes the session.

``IdleWatcher`` watches every input event in the application. After ``idle_ms`` without
one it emits ``warn(seconds)`` and counts down; any input cancels the countdown, and when
it runs out ``expired`` is emitted so the window can forget the shopper. ``IdleCover`` is
the "Still there?" screen that shows the countdown over everything, with a button to say so.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.pages.base import button, label

_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.Wheel,
    QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    warn = Signal(int)       # seconds left before the session is wiped
    tick = Signal(int)       # the countdown, once a second
    resumed = Signal()       # input arrived during the countdown
    expired = Signal()

    def __init__(self, idle_ms: int, countdown_s: int = 20, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.countdown_s = countdown_s
        self.remaining = 0
        self.enabled = True
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(idle_ms)
        self.idle_timer.timeout.connect(self._start_countdown)
        self.countdown_timer = QTimer(self)
        self.countdown_timer.setInterval(1000)
        self.countdown_timer.timeout.connect(self._count_down)

    @property
    def counting_down(self) -> bool:
        return self.countdown_timer.isActive()

    def arm(self) -> None:
        """Start watching (a session began)."""
        self.countdown_timer.stop()
        self.idle_timer.start()

    def disarm(self) -> None:
        """Nothing to protect (the attract screen is showing)."""
        self.idle_timer.stop()
        self.countdown_timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT_EVENTS and (self.idle_timer.isActive() or self.counting_down):
            was_counting = self.counting_down
            self.arm()
            if was_counting:
                self.resumed.emit()
        return False

    def _start_countdown(self) -> None:
        self.remaining = self.countdown_s
        self.warn.emit(self.remaining)
        self.countdown_timer.start()

    def _count_down(self) -> None:
        self.remaining -= 1
        if self.remaining > 0:
            self.tick.emit(self.remaining)
            return
        self.countdown_timer.stop()
        self.expired.emit()


class IdleCover(QWidget):
    """"Still there?" over the whole window: the countdown, "I'm still here", and "Start over".

    It is opaque, so the shopper's order, email and amounts behind it cannot be read by the
    next person while the countdown runs.
    """

    # the shopper asked to start over at once
    start_over = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idleCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.seconds = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(2)
        self.title = label("", "title")
        self.message = label("", "subtitle")
        self.message.setAccessibleName("idle warning")
        self.still_here = button("", primary=True)
        self.restart = button("")
        self.restart.clicked.connect(lambda _=False: self.start_over.emit())
        for text in (self.title, self.message):
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)  # the whole width: long translations wrap
            layout.addWidget(text)
        layout.addSpacing(24)
        for action in (self.still_here, self.restart):
            layout.addWidget(action, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.retranslate()
        self.dismiss()

    def warn(self, seconds: int) -> None:
        self.seconds = seconds
        self._say()
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()

    def dismiss(self) -> None:
        self.message.clear()
        self.hide()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Still there?"))
        self.still_here.setText(self.tr("I'm still here"))
        self.still_here.setAccessibleName(self.still_here.text())
        self.restart.setText(self.tr("Start over"))
        self.restart.setAccessibleName(self.restart.text())
        if self.isVisible():
            self._say()

    def _say(self) -> None:
        self.message.setText(self.tr("This return will be cleared in %n seconds.", "", self.seconds))
