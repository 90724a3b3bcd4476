"""One place turns any error into the words a shopper or clerk reads, in their language."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.services.returns import NoPolicy
from kiosk.services.staff import PinRefused
from kiosk.ui.errors import error_text
from kiosk.ui.i18n import install_language
from kiosk.workflow.errors import KioskError
from kiosk.workflow.staff import ApprovalRefused
from kiosk.workflow.wizard import StepBlocked

LOCKED_UNTIL = datetime(2026, 11, 27, 15, 5, tzinfo=timezone.utc)


def new_york(moment: datetime) -> datetime:
    return moment.astimezone(timezone(timedelta(hours=-5)))


@pytest.mark.parametrize(("error", "expected"), [
    (PinRefused("wrong_pin", attempts_left=3), "That PIN is not right. 3 tries left."),
    (PinRefused("locked", locked_until=LOCKED_UNTIL), "Too many wrong PINs. Try again after 10:05."),
    (PinRefused("pick_your_name"), "Tap your name first, then enter your PIN."),
    (ApprovalRefused("second_person_required", limit=20000),
     "You cannot approve your own override above $200.00. Ask another manager."),
    (ApprovalRefused("unknown_reason"), "Choose a reason for the override."),
    (ApprovalRefused("cannot_override", line="L1"), "A manager cannot approve this item."),
    (StepBlocked("pick_at_least_one_item"), "Choose at least one item to return."),
    (NoPolicy(), "Returns are not available on this kiosk yet. Please ask a member of staff."),
    (KioskError("disk on fire", key="no_such_key"), "Something went wrong. Please ask a member of staff."),
    (OSError(28, "No space left on device"), "Something went wrong. Please ask a member of staff."),
])
def test_every_error_reads_as_a_sentence_for_people(qapp: QApplication, error: BaseException, expected: str) -> None:
    assert error_text(error, store_time=new_york, currency="USD") == expected


def test_the_words_follow_the_language_on_screen(qapp: QApplication) -> None:
    try:
        assert install_language(qapp, "fr")
        assert error_text(PinRefused("wrong_pin", attempts_left=2)) == "Ce code PIN est incorrect. Il vous reste 2 essais."
    finally:
        install_language(qapp, "en")
