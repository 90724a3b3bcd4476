"""The PIN pad and the manager approval dialog, driven by clicks on the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.db.engine import io_allowed
from kiosk.services.staff import StaffDesk
from kiosk.ui.approval_dialog import ApprovalDialog
from kiosk.ui.pin_pad import PinPad
from kiosk.workflow.staff import OverrideRequest
from tests.staff.conftest import BIG, NOW, MovableClock, wizard_at_eligibility

#: the widgets never touch the database on the GUI thread (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("gui_thread_guarded")


def named(parent: QWidget, accessible_name: str) -> QPushButton:
    found = [b for b in parent.findChildren(QPushButton) if b.accessibleName() == accessible_name]
    assert len(found) == 1, f"{len(found)} buttons named {accessible_name!r}"
    return found[0]


def click(qtbot, widget: QWidget) -> None:  # noqa: ANN001
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_pin(qtbot, parent: QWidget, pin: str) -> None:  # noqa: ANN001
    for digit in pin:
        click(qtbot, named(parent, f"Digit {digit}"))


@pytest.fixture
def pad(qtbot) -> PinPad:  # noqa: ANN001
    pad = PinPad()
    qtbot.addWidget(pad)
    pad.show()
    return pad


def test_every_key_is_named_and_big_enough_to_touch(pad: PinPad) -> None:
    keys = pad.findChildren(QPushButton)
    assert len(keys) == 12
    for key in keys:
        assert key.accessibleName()
        assert key.width() >= 48 and key.height() >= 48, key.accessibleName()


def test_the_display_masks_the_pin_and_ok_hands_it_over(qtbot, pad: PinPad) -> None:  # noqa: ANN001
    assert not named(pad, "Confirm the PIN").isEnabled()
    type_pin(qtbot, pad, "2468")
    assert pad.display.text() == "●●●●"
    assert pad.display.accessibleName() == "PIN, 4 digits entered"
    with qtbot.waitSignal(pad.submitted) as submitted:
        click(qtbot, named(pad, "Confirm the PIN"))
    assert submitted.args == ["2468"]
    click(qtbot, named(pad, "Clear the PIN"))
    assert pad.pin() == "" and not named(pad, "Confirm the PIN").isEnabled()


def test_a_keyboard_works_too_and_a_pin_stops_at_eight_digits(qtbot, pad: PinPad) -> None:  # noqa: ANN001
    qtbot.keyClicks(pad, "1234567890")
    assert pad.pin() == "12345678"
    qtbot.keyClick(pad, Qt.Key.Key_Backspace)
    assert pad.pin() == "1234567"


@pytest.fixture
def request_for_big(staff: StaffDesk, clock: MovableClock) -> OverrideRequest:
    return staff.override_request(wizard_at_eligibility(clock, BIG), "L1")


def open_dialog(qtbot, staff: StaffDesk, request: OverrideRequest) -> ApprovalDialog:  # noqa: ANN001
    with io_allowed():  # what the staff-mode controller reads off the GUI thread before opening it
        approvers, reasons = staff.approvers(), staff.override_reasons()
    dialog = ApprovalDialog(staff, request, approvers, reasons)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_manager_picks_their_name_a_reason_and_approves_with_their_pin(qtbot, staff: StaffDesk, clock) -> None:  # noqa: ANN001
    with io_allowed():
        staff.login("C001", "1357")
    request = staff.override_request(wizard_at_eligibility(clock, BIG), "L1")
    dialog = open_dialog(qtbot, staff, request)
    assert "$600.00" in dialog.summary.text()
    click(qtbot, named(dialog, "Approver Dana Whitfield"))
    click(qtbot, dialog.reason.button_for("late_delivery"))
    qtbot.keyClicks(dialog.note, "parcel was lost for a week")
    assert named(dialog, "Approver Sam Ortiz")  # the signed-in clerk, for their own small overrides
    type_pin(qtbot, dialog, "246813")
    with qtbot.waitSignal(dialog.approved, timeout=10_000) as approved:
        click(qtbot, named(dialog, "Confirm the PIN"))
    approval = dialog.approval
    assert approved.args == [approval] and dialog.result() == dialog.DialogCode.Accepted
    assert (approval.manager_id, approval.reason_code, approval.at, approval.overridden_verdict, approval.line_id,
            approval.note) == ("M001", "late_delivery", NOW, "needs_approval", "L1", "parcel was lost for a week")


def test_a_wrong_pin_says_how_many_tries_are_left_and_clears_the_pad(qtbot, staff, request_for_big) -> None:  # noqa: ANN001
    dialog = open_dialog(qtbot, staff, request_for_big)
    click(qtbot, named(dialog, "Approver Lee Park"))
    type_pin(qtbot, dialog, "000000")
    with qtbot.waitSignal(dialog.refused, timeout=10_000) as refused:
        click(qtbot, named(dialog, "Confirm the PIN"))
    assert refused.args == ["wrong_pin"]
    assert dialog.error.text() == "⚠ That PIN is not right. 4 tries left."
    assert dialog.pad.pin() == "" and dialog.approval is None and dialog.isVisible()


def test_the_fifth_wrong_pin_counts_down_the_lockout_with_the_pad_off(qtbot, staff, request_for_big) -> None:  # noqa: ANN001
    dialog = open_dialog(qtbot, staff, request_for_big)
    click(qtbot, named(dialog, "Approver Lee Park"))
    for _ in range(5):
        type_pin(qtbot, dialog, "000000")
        with qtbot.waitSignal(dialog.refused, timeout=10_000):
            click(qtbot, named(dialog, "Confirm the PIN"))
    assert dialog.error.text() == "⚠ Too many wrong PINs. Try again in 5:00."
    assert not dialog.pad.isEnabled()


def test_the_dialog_refuses_a_manager_approving_their_own_big_override(qtbot, staff: StaffDesk, clock) -> None:  # noqa: ANN001
    with io_allowed():
        staff.login("M001", "246813")
    dialog = open_dialog(qtbot, staff, staff.override_request(wizard_at_eligibility(clock, BIG), "L1"))
    click(qtbot, named(dialog, "Approver Dana Whitfield"))
    type_pin(qtbot, dialog, "246813")
    with qtbot.waitSignal(dialog.refused, timeout=10_000) as refused:
        click(qtbot, named(dialog, "Confirm the PIN"))
    assert refused.args == ["second_person_required"]
    assert "Ask another manager" in dialog.error.text() and dialog.approval is None
    type_pin(qtbot, dialog, "975310")  # PIN only: Lee Park steps in
    click(qtbot, named(dialog, "Approve with PIN only"))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        click(qtbot, named(dialog, "Confirm the PIN"))
    assert dialog.approval.manager_id == "M002"


def test_every_button_of_the_dialog_is_named_and_touch_sized(qtbot, staff, request_for_big) -> None:  # noqa: ANN001
    dialog = open_dialog(qtbot, staff, request_for_big)
    for key in dialog.findChildren(QPushButton):
        assert key.accessibleName() and key.height() >= 48, key.text()
    reasons = list(dialog.reason.values)
    assert len(reasons) >= 5 and all(r.accessibleName().startswith("Override reason: ") for r in reasons)
