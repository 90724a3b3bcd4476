"""Who may do what at the counter: PIN lockouts, who may approve an override, and which
refusals a manager may waive.

A short PIN falls to few guesses, so the policy sets a minimum length (6 digits for
managers by default) and wrong PINs lock the person out for a while (``LockoutRule``). An override is money the policy would not pay, so it needs a second
person above a small amount (``check_approver``). Some refusals protect the money itself
(returning more than was bought) and no approval can lift them (``can_override``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import Enum
from typing import Any, Mapping

from kiosk.workflow.eligibility import LineDecision, Verdict
from kiosk.workflow.errors import KioskError


class Role(str, Enum):
    CLERK = "clerk"
    MANAGER = "manager"


@dataclass(frozen=True)
class StaffMember:
    id: str
    name: str
    role: Role

    @property
    def is_manager(self) -> bool:
        return self.role is Role.MANAGER


# --- PIN lockout ----------------------------------------------------------------------------


@dataclass(frozen=True)
class LockoutRule:
    max_failures: int = 5
    lock_for: timedelta = timedelta(minutes=5)


@dataclass(frozen=True)
class PinAttempts:
    """Consecutive wrong PINs since the last success or lock, and the lock if one is on."""

    failures: int = 0
    locked_until: datetime | None = None

    def is_locked(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def failed(self, now: datetime, rule: LockoutRule) -> PinAttempts:
        """One more wrong PIN; the one that reaches the limit starts the lock and resets the count."""
        failures = self.failures + 1
        if failures >= rule.max_failures:
            return PinAttempts(0, now + rule.lock_for)
        return PinAttempts(failures, None)

    def left(self, rule: LockoutRule) -> int:
        return max(0, rule.max_failures - self.failures)

    def merged(self, other: PinAttempts, now: datetime) -> PinAttempts:
        """This kiosk's count with another's (central's, for every kiosk): the more cautious of each."""
        until = max((u for u in (self.locked_until, other.locked_until) if u is not None and u > now), default=None)
        return PinAttempts(0 if until is not None else max(self.failures, other.failures), until)


CLEARED = PinAttempts()


# --- approving overrides ----------------------------------------------------------------------


class ApprovalRefused(KioskError):
    """This person may not approve this override; ``key`` and ``params`` say why, for translation."""

    def __init__(self, key: str, **params: str | int) -> None:
        super().__init__(key, key=key, params=params)


@dataclass(frozen=True)
class OverrideRequest:
    """A held line someone wants let through, with what it is worth (minor units)."""

    order_number: str
    line_id: str
    title: str
    quantity: int
    verdict: str
    value: int
    currency: str
    operator_id: str | None
    message_key: str = ""
    message_params: Mapping[str, Any] | None = None


def check_approver(approver: StaffMember, request: OverrideRequest, self_approval_limit: int) -> None:
    """Two people above the limit: nobody approves their own override worth more than it.

    The operator is the staff member running this return (None at a self-service kiosk,
    where the shopper is the other person). Clerks may only approve their own small ones.
    """
    own = request.operator_id is not None and approver.id == request.operator_id
    if own and request.value > self_approval_limit:
        raise ApprovalRefused("second_person_required", limit=self_approval_limit, value=request.value)
    if not own and not approver.is_manager:
        raise ApprovalRefused("manager_required")


#: Refusals a manager may waive; quantities and unknown lines protect the money and stay.
OVERRIDABLE_REFUSALS = frozenset({"window_closed", "final_sale", "non_returnable_category", "non_returnable_tag",
                                  "no_receipt"})


def can_override(decision: LineDecision) -> bool:
    if decision.verdict is Verdict.NEEDS_APPROVAL:
        return True
    if decision.verdict is Verdict.INELIGIBLE:
        return bool(decision.reason_codes) and set(decision.reason_codes) <= OVERRIDABLE_REFUSALS
    return False


def approved_decision(decision: LineDecision) -> LineDecision:
    """The decision after a manager waived it: eligible, and saying what held it back."""
    params = {**decision.message_params, "held_back_by": decision.message_key}
    return replace(decision, verdict=Verdict.ELIGIBLE, message_key="approved", message_params=params, approved=True)


# --- what the policy configures -------------------------------------------------------------


@dataclass(frozen=True)
class OverrideReason:
    code: str
    label: str


DEFAULT_OVERRIDE_REASONS = (
    OverrideReason("customer_goodwill", "Customer goodwill"),
    OverrideReason("late_delivery", "Delivered late"),
    OverrideReason("damaged_in_transit", "Damaged in transit"),
    OverrideReason("store_error", "Store or staff error"),
    OverrideReason("manager_discretion", "Manager's discretion"),
)


def override_reasons(document: Mapping[str, Any] | None) -> tuple[OverrideReason, ...]:
    """The policy's ``overrides.reasons`` list, or the defaults when it has none."""
    entries = ((document or {}).get("overrides") or {}).get("reasons") or ()
    reasons = tuple(OverrideReason(str(e["code"]), str(e.get("label", e["code"]))) for e in entries)
    return reasons or DEFAULT_OVERRIDE_REASONS


#: Shortest PINs the policy's ``staff`` section may let through, by default.
DEFAULT_MIN_PIN_LENGTH = 4
DEFAULT_MIN_PIN_LENGTH_MANAGER = 6


def min_pin_length(document: Mapping[str, Any] | None, role: Role) -> int:
    """``staff.min_pin_length_manager`` for managers, ``staff.min_pin_length`` for the others."""
    section = (document or {}).get("staff") or {}
    if role is Role.MANAGER:
        return int(section.get("min_pin_length_manager", DEFAULT_MIN_PIN_LENGTH_MANAGER))
    return int(section.get("min_pin_length", DEFAULT_MIN_PIN_LENGTH))


def self_approval_limit(document: Mapping[str, Any] | None) -> int:
    """``overrides.self_approval_limit`` in minor units; 0 (always two people) when absent."""
    return int(((document or {}).get("overrides") or {}).get("self_approval_limit", 0))
