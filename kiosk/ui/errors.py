"""The one place an error becomes the sentence a shopper or clerk reads.

Every error the kiosk raises on purpose is a ``KioskError`` carrying a message key and its
parameters (kiosk.workflow.errors); this turns it into text in the language on screen, with
times in the store's zone and money formatted. Anything else is "something went wrong", in
words that tell the person what to do, never a traceback or an exception's own text.
"""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from kiosk.services.staff import PinRefused
from kiosk.ui.messages import TEMPLATES, message
from kiosk.ui.money_words import money
from kiosk.workflow.errors import KioskError
from kiosk.workflow.policy_messages import MESSAGES as POLICY_MESSAGES
from kiosk.workflow.staff import ApprovalRefused

#: Keys an error may carry that are worded under another message key.
_SAME_AS = {"locked": "pin_locked", "unknown_reason": "override_reason_missing",
            "cannot_override": "override_not_allowed"}

StoreTime = Callable[[datetime], datetime]


def error_text(error: BaseException, *, store_time: StoreTime | None = None, currency: str = "",
               now: datetime | None = None) -> str:
    """What to tell a person about ``error``; ``store_time`` shows lockout times on the store's
    clock, and ``now`` turns a lockout into the time left ("Try again in 4:59")."""
    if not isinstance(error, KioskError):
        return message("unexpected_error")
    if isinstance(error, PinRefused):
        return _pin_text(error, store_time, now)
    key = _SAME_AS.get(error.key, error.key) if isinstance(error, ApprovalRefused) else error.key
    params: dict[str, object] = dict(error.params)
    if key == "second_person_required" and currency:
        params["limit"] = money(int(error.params.get("limit", 0)), currency)
    if key in TEMPLATES or key in POLICY_MESSAGES:
        return message(key, params)
    return message(error.default_key if error.default_key in TEMPLATES else "unexpected_error")


def seconds_left(error: PinRefused, now: datetime) -> int:
    """Whole seconds until a PIN lockout ends (0 once it has)."""
    if error.locked_until is None:
        return 0
    return max(0, int((error.locked_until - now).total_seconds() + 0.999))


def _pin_text(error: PinRefused, store_time: StoreTime | None, now: datetime | None) -> str:
    if error.key == "locked" and error.locked_until is not None and now is not None:
        left = seconds_left(error, now)
        if left <= 0:
            return message("pin_unlocked")
        return message("pin_locked_countdown", {"time": f"{left // 60}:{left % 60:02d}"})
    if error.key == "locked" and error.locked_until is not None:
        moment = store_time(error.locked_until) if store_time else error.locked_until
        return message("pin_locked", {"time": moment.strftime("%H:%M")})
    if error.key in ("pick_your_name", "pin_too_short"):
        return message(error.key, {"min_length": error.min_length})
    return message("wrong_pin", {"attempts_left": error.attempts_left})
