"""A live countdown: "try again in 12 seconds", ticking down to zero on screen.

Waits are shown as they pass, never as a time to work out, and whatever they block stays
disabled until the count reaches zero.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal


class Countdown(QObject):
    # seconds left (after each second, and once at the start)
    tick = Signal(int)
    # the wait is over
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.remaining = 0
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._second)

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def start(self, seconds: int) -> None:
        self.remaining = max(0, seconds)
        if self.remaining == 0:
            self.stop()
            self.finished.emit()
            return
        self.tick.emit(self.remaining)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.remaining = 0

    def _second(self) -> None:
        self.remaining -= 1
        if self.remaining > 0:
            self.tick.emit(self.remaining)
            return
        self.timer.stop()
        self.finished.emit()
