"""The manager's approval of a held line: who approves (or just a PIN), why, and a note.

The dialog decides nothing itself: the PIN, the lockout and the two-person rule are checked
by the staff service (kiosk.services.staff) off the GUI thread, and what comes back is the
``Approval`` the staff-mode controller hands to the wizard. Who may approve and the reasons
to choose from come in with the dialog, read off the GUI thread before it opens.
"""

from __future__ import annotations

from typing import Sequence, TypeVar

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.staff import PinRefused, StaffDesk
from kiosk.ui.background import run_in_background
from kiosk.ui.choice_buttons import ChoiceButtons
from kiosk.ui.errors import error_text
from kiosk.ui.kinetic import kinetic
from kiosk.ui.messages import message
from kiosk.ui.money_words import money
from kiosk.ui.pages.base import button, label
from kiosk.ui.pin_lock import PinLockCountdown
from kiosk.ui.pin_pad import KEY_SIZE, PinPad
from kiosk.workflow.cases import Approval
from kiosk.workflow.errors import KioskError
from kiosk.workflow.staff import OverrideReason, OverrideRequest, StaffMember

T = TypeVar("T", bound=QWidget)


class ApprovalDialog(QDialog):
    """Ask a manager to let one held line through. ``approval`` is set when accepted."""

    # a check was refused; carries the refusal key (wrong_pin, locked, second_person_required, ...)
    refused = Signal(str)
    # the manager approved: the ``Approval`` (the dialog is accepted too)
    approved = Signal(object)

    def __init__(self, staff: StaffDesk, request: OverrideRequest, approvers: Sequence[StaffMember],
                 reasons: Sequence[OverrideReason], parent: QWidget | None = None) -> None:
        """``approvers`` and ``reasons`` as ``StaffDesk.approvers`` and ``override_reasons`` give them."""
        super().__init__(parent)
        self.staff = staff
        self.request = request
        self.approval: Approval | None = None
        self.busy = False
        self.approvers = list(approvers)
        self.reasons = tuple(reasons)
        self._build()
        self.retranslate()

    # --- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        """Who, why and a note on the left (scrolling if the screen is short), the PIN on the right."""
        self.setModal(True)
        self.setProperty("preferredSize", QSize(1100, 700))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(28)
        self.heading = label("", "title")
        self.summary = label("", "subtitle")
        self.held_back = label(message(self.request.message_key, self.request.message_params or {}), "hint")
        self.who_label = label()
        self.reason_label = label()
        self.reason = ChoiceButtons([(r.code, self._reason_text(r.code, r.label)) for r in self.reasons], columns=2,
                                    accessible_prefix=self.tr("Override reason: "))
        for choice in self.reason.values:
            _touch(choice)
        if self.reasons:
            self.reason.select(self.reasons[0].code)
        self.note = QLineEdit()
        self.note.setObjectName("approvalNote")
        form = QWidget()
        left = QVBoxLayout(form)
        left.setContentsMargins(0, 0, 8, 0)
        for widget in (self.heading, self.summary, self.held_back, self.who_label):
            left.addWidget(widget)
        left.addLayout(self._approver_row())
        left.addWidget(self.reason_label)
        left.addWidget(self.reason)
        left.addWidget(_touch(self.note))
        left.addStretch(1)
        layout.addWidget(_scrolling(form), 1)
        self.pad = PinPad()
        self.pad.submitted.connect(lambda _pin: self.approve())
        self.error = label("", "error")
        self.error.setAccessibleName("error message")
        self.error.hide()
        self.lock = PinLockCountdown(self.staff, self.error, self.pad)
        self.cancel_button = _touch(button(""))
        self.cancel_button.clicked.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.pad)
        right.addWidget(self.error)
        right.addStretch(1)
        right.addWidget(self.cancel_button)
        layout.addLayout(right)
        self.note.installEventFilter(self)
        self.note.returnPressed.connect(self.pad.setFocus)  # the keyboard's Done: on to the PIN

    def _approver_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.approver_group = QButtonGroup(self)
        self.approver_group.setExclusive(True)
        self.pin_only = self._approver_button(None)
        self.pin_only.setChecked(True)
        row.addWidget(self.pin_only)
        self.approver_buttons = {member.id: self._approver_button(member) for member in self.approvers}
        for key in self.approver_buttons.values():
            row.addWidget(key)
        return row

    def _approver_button(self, member: StaffMember | None) -> QPushButton:
        key = _touch(button(member.name if member else ""))
        key.setCheckable(True)
        key.setProperty("staff_id", member.id if member else "")
        self.approver_group.addButton(key)
        return key

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Manager approval"))
        self.heading.setText(self.tr("Manager approval"))
        amount = money(self.request.value, self.request.currency)
        self.summary.setText(self.tr("{title} × {quantity} · {amount}").format(
            title=self.request.title, quantity=self.request.quantity, amount=amount))
        self.summary.setAccessibleName(self.summary.text())
        self.who_label.setText(self.tr("Who approves? Tap your name, or just enter your PIN."))
        self.pin_only.setText(self.tr("PIN only"))
        self.pin_only.setAccessibleName(self.tr("Approve with PIN only"))
        for member in self.approvers:
            self.approver_buttons[member.id].setAccessibleName(self.tr("Approver {name}").format(name=member.name))
        self.reason_label.setText(self.tr("Reason for the override"))
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.note.setAccessibleName(self.tr("Note (optional)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the approval"))

    def _reason_text(self, code: str, label_text: str) -> str:
        known = {
            "customer_goodwill": self.tr("Customer goodwill"),
            "late_delivery": self.tr("Delivered late"),
            "damaged_in_transit": self.tr("Damaged in transit"),
            "store_error": self.tr("Store or staff error"),
            "manager_discretion": self.tr("Manager's discretion"),
        }
        return known.get(code, label_text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """While the note is typed on the on-screen keyboard the PIN pad steps aside (one set of
        keys at a time, and room for both on a 1024x768 screen); it is back once the note is left."""
        if watched is self.note and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.pad.setVisible(event.type() == QEvent.Type.FocusOut)
        return super().eventFilter(watched, event)

    # --- approving ------------------------------------------------------------------------

    def selected_approver(self) -> str | None:
        checked = self.approver_group.checkedButton()
        staff_id = checked.property("staff_id") if checked is not None else ""
        return str(staff_id) or None

    def approve(self) -> None:
        if self.busy:
            return
        pin, reason = self.pad.pin(), self.reason.value()
        if not pin:
            self._refuse("pin_missing", self.tr("Enter the PIN first."))
            return
        approver, note = self.selected_approver(), self.note.text()
        self._set_busy(True)
        run_in_background(
            lambda: self.staff.approve_override(self.request, pin=pin, reason_code=str(reason or ""),
                                                approver_id=approver, note=note),
            self._approved, self._failed, owner=self,
        )

    def _approved(self, approval: Approval) -> None:
        self._set_busy(False)
        self.pad.clear()
        self.approval = approval
        self.approved.emit(approval)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.pad.clear()
        key = error.key if isinstance(error, KioskError) else "unexpected_error"
        if isinstance(error, PinRefused) and error.key == "locked" and error.locked_until is not None:
            self.lock.start(error)  # counts down with the pad disabled
            self.refused.emit(key)
            return
        self._refuse(key, error_text(error, store_time=self.staff.store_time, currency=self.request.currency))

    def _refuse(self, key: str, text: str) -> None:
        self.error.setText("⚠ " + text)
        self.error.show()
        self.refused.emit(key)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.reason, self.note, *self.approver_group.buttons()):
            widget.setEnabled(not busy)
        self.pad.setEnabled(not busy and not self.lock.running)


def _scrolling(content: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    kinetic(scroll)
    return scroll


def _touch(widget: T) -> T:
    """Touch-sized whatever the theme says (the theme's 48 px is a minimum, not a promise)."""
    widget.setMinimumHeight(KEY_SIZE.height())
    return widget
