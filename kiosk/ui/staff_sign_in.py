"""Staff sign-in on the device: tap your name, enter your PIN on the pad.

The names come in with the dialog (the staff-mode controller read them off the GUI thread);
the PIN check (a slow hash, lockout bookkeeping, an audit entry) runs off the GUI thread too.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.services.staff import PinRefused, StaffDesk
from kiosk.ui.background import run_in_background
from kiosk.ui.choice_buttons import ChoiceButtons
from kiosk.ui.errors import error_text
from kiosk.ui.pages.base import button, label
from kiosk.ui.pin_lock import PinLockCountdown
from kiosk.ui.pin_pad import PinPad
from kiosk.workflow.staff import StaffMember


class StaffSignInDialog(QDialog):
    # the member whose PIN was accepted (the dialog is accepted too)
    signed_in = Signal(object)

    def __init__(self, staff: StaffDesk, members: Sequence[StaffMember], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.staff = staff
        self.member: StaffMember | None = None
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        self.heading = label("", "title")
        self.names = ChoiceButtons([(m.id, m.name) for m in members], columns=1)
        self.pad = PinPad()
        self.pad.submitted.connect(self._submit)
        self.error = label("", "error")
        self.error.setAccessibleName("error message")
        self.error.hide()
        self.lock = PinLockCountdown(staff, self.error, self.pad)
        self.cancel_button = button("")
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.heading)
        columns = QHBoxLayout()  # names beside the pad: the whole dialog fits a 1024x768 screen
        columns.setSpacing(28)
        left = QVBoxLayout()
        left.addWidget(self.names)
        left.addWidget(self.error)
        left.addStretch(1)
        left.addWidget(self.cancel_button)
        columns.addLayout(left, 1)
        columns.addWidget(self.pad)
        layout.addLayout(columns)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Staff sign-in"))
        self.heading.setText(self.tr("Staff sign-in: tap your name, then enter your PIN"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))

    def _submit(self, pin: str) -> None:
        staff_id = self.names.value()
        if not staff_id:
            self._show(self.tr("Tap your name first, then enter your PIN."))
            self.pad.clear()
            return
        self.pad.setEnabled(False)
        run_in_background(lambda: self.staff.login(str(staff_id), pin), self._signed_in, self._refused, owner=self)

    def _signed_in(self, member: StaffMember) -> None:
        self.member = member
        self.signed_in.emit(member)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.pad.setEnabled(True)
        self.pad.clear()
        if isinstance(error, PinRefused) and error.key == "locked" and error.locked_until is not None:
            self.lock.start(error)  # counts down with the pad disabled
            return
        self._show(error_text(error, store_time=self.staff.store_time))

    def _show(self, text: str) -> None:
        self.error.setText("⚠ " + text)
        self.error.show()
