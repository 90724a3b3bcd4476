"""A PIN lockout shown as it runs out: "Try again in 4:59", the pad disabled until 0:00.

Used by the staff sign-in and the manager approval dialogs; the words come from
kiosk.ui.errors like every other error's.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.services.staff import PinRefused, StaffDesk
from kiosk.ui.errors import error_text, seconds_left


class PinLockCountdown(QObject):
    def __init__(self, staff: StaffDesk, line: QLabel, pad: QWidget) -> None:
        super().__init__(pad)
        self.staff = staff
        self.line = line
        self.pad = pad
        self.error: PinRefused | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def start(self, error: PinRefused) -> None:
        self.error = error
        self.pad.setEnabled(False)
        self.timer.start()
        self._tick()

    def _tick(self) -> None:
        error = self.error
        if error is None:
            return
        now = self.staff.clock()
        left = seconds_left(error, now)
        self.line.setText(("⚠ " if left else "") + error_text(error, now=now))
        self.line.show()
        if left <= 0:
            self.timer.stop()
            self.error = None
            self.pad.setEnabled(True)
