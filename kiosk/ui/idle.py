"""Idle reset: no input for a while asks "Still there?", then wipes the session.

``IdleWatcher`` watches every input event in the application. After ``idle_ms`` without
one it emits ``warn(seconds)`` and counts down; any input cancels the countdown, and when
it runs out ``expired`` is emitted so the window can forget the shopper. ``IdleBanner`` is
the "Still there?" line that shows the countdown, with a button to say so.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

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


class IdleBanner(QWidget):
    """The countdown before the shopper is wiped, and "I'm still here" to stop it."""

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.message = label("", "error")
        self.message.setAccessibleName("idle warning")
        self.still_here = button("", primary=True)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.still_here)
        self.retranslate()
        self.dismiss()

    def warn(self, seconds: int) -> None:
        self.message.setText(self.tr("Still there? This return will be cleared in {n} seconds.").format(n=seconds))
        self.show()

    def dismiss(self) -> None:
        self.message.clear()
        self.hide()

    def retranslate(self) -> None:
        self.still_here.setText(self.tr("I'm still here"))
        self.still_here.setAccessibleName(self.still_here.text())
