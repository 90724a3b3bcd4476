"""The pure staff rules: PIN lockouts, the two-person rule, what a manager may waive,
offline exposure caps per store-local day, and the audit hash chain."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from kiosk.workflow.audit_chain import AuditKind, chain_entry, mask_email, redact, verify_chain
from kiosk.workflow.eligibility import LineDecision, Verdict
from kiosk.workflow.exposure import (
    DEFAULT_STALE_REFUND_ABOVE,
    Limit,
    Usage,
    check_exposure,
    check_stale_refund,
    offline_limits,
    stale_copies,
    store_day,
)
from kiosk.workflow.staff import (
    CLEARED,
    ApprovalRefused,
    LockoutRule,
    OverrideRequest,
    Role,
    StaffMember,
    can_override,
    check_approver,
)

NOW = datetime(2026, 11, 27, 15, tzinfo=timezone.utc)
NEW_YORK = ZoneInfo("America/New_York")
MANAGER = StaffMember("M001", "Dana", Role.MANAGER)
OTHER_MANAGER = StaffMember("M002", "Lee", Role.MANAGER)
CLERK = StaffMember("C001", "Sam", Role.CLERK)


def test_the_fifth_wrong_pin_locks_for_five_minutes_and_the_lock_ends_by_itself() -> None:
    rule, attempts = LockoutRule(), CLEARED
    for _ in range(4):
        attempts = attempts.failed(NOW, rule)
        assert not attempts.is_locked(NOW)
    assert attempts.left(rule) == 1
    attempts = attempts.failed(NOW, rule)
    assert attempts.is_locked(NOW) and attempts.locked_until == NOW + timedelta(minutes=5)
    assert attempts.is_locked(NOW + timedelta(minutes=4, seconds=59))
    assert not attempts.is_locked(NOW + timedelta(minutes=5))
    assert attempts.failures == 0  # after the lock, five fresh tries


def request(value: int, operator: str | None) -> OverrideRequest:
    return OverrideRequest("R1", "L1", "Sweater", 1, "needs_approval", value, "USD", operator)


@pytest.mark.parametrize(("approver", "operator", "value", "refusal"), [
    (MANAGER, "C001", 90000, None),                        # a second person approves anything
    (MANAGER, None, 90000, None),                          # self-service: the shopper is the other person
    (MANAGER, "M001", 2000, None),                         # own override within the limit
    (MANAGER, "M001", 2001, "second_person_required"),     # own override above it
    (CLERK, "C001", 2000, None),                           # a clerk's own small override
    (CLERK, "C001", 2001, "second_person_required"),
    (CLERK, "C002", 100, "manager_required"),              # a clerk never approves someone else's
    (CLERK, None, 100, "manager_required"),
])
def test_two_people_are_needed_above_the_self_approval_limit(approver, operator, value, refusal) -> None:  # noqa: ANN001
    if refusal is None:
        check_approver(approver, request(value, operator), 2000)
    else:
        with pytest.raises(ApprovalRefused) as refused:
            check_approver(approver, request(value, operator), 2000)
        assert refused.value.key == refusal


def decision(verdict: Verdict, *codes: str) -> LineDecision:
    return LineDecision("L1", 1, verdict, codes, "rule", codes[0] if codes else "eligible", {}, None)


@pytest.mark.parametrize(("held", "allowed"), [
    (decision(Verdict.NEEDS_APPROVAL, "refund_above_limit"), True),
    (decision(Verdict.INELIGIBLE, "window_closed"), True),
    (decision(Verdict.INELIGIBLE, "final_sale", "window_closed"), True),
    (decision(Verdict.INELIGIBLE, "quantity_exceeds"), False),        # never more than was bought
    (decision(Verdict.INELIGIBLE, "window_closed", "already_returned"), False),
    (decision(Verdict.ELIGIBLE), False),
])
def test_a_manager_may_waive_policy_refusals_but_never_quantity_ones(held: LineDecision, allowed: bool) -> None:
    assert can_override(held) is allowed


def test_store_days_follow_local_midnight_even_across_a_dst_change() -> None:
    start, end = store_day(datetime(2026, 11, 27, 4, 30, tzinfo=timezone.utc), NEW_YORK)  # 23:30 on the 26th
    assert start == datetime(2026, 11, 26, 5, tzinfo=timezone.utc) and end == datetime(2026, 11, 27, 5, tzinfo=timezone.utc)
    start, end = store_day(datetime(2026, 11, 1, 12, tzinfo=timezone.utc), NEW_YORK)  # clocks go back: 25 hours
    assert end - start == timedelta(hours=25)


def test_the_refund_that_would_pass_a_cap_is_the_one_held() -> None:
    limits = offline_limits({"offline_limits": {"per_device": {"max_refund_value": 10000, "max_refunds": 3},
                                                "per_staff": {"max_refunds": 1}}})
    assert (limits.per_device, limits.per_staff) == (Limit(10000, 3), Limit(None, 1))
    assert (limits.outage_device, limits.outage_staff) == (Limit(10000, 3), Limit(None, 1))  # the day's, by default
    assert check_exposure(limits, 4000, Usage(2, 6000), None) is None
    held = check_exposure(limits, 4001, Usage(2, 6000), None)
    assert held is not None and (held.scope, held.cap, held.would_be) == ("per_device", "max_refund_value", 10001)
    held = check_exposure(limits, 100, Usage(3, 300), None)
    assert held is not None and held.cap == "max_refunds"
    held = check_exposure(limits, 100, Usage(0, 0), Usage(1, 50))
    assert held is not None and held.scope == "per_staff"
    assert check_exposure(limits, 0, Usage(99, 10**9), Usage(99, 10**9)) is None  # exchanges pay nothing out
    assert check_exposure(offline_limits({}), 10**9, Usage(10**6, 10**12), None) is None


def test_outage_caps_count_every_unconfirmed_refund_and_default_to_the_daily_ones() -> None:
    limits = offline_limits({"offline_limits": {"per_device": {"max_refund_value": 10000},
                                                "whole_outage": {"per_device": {"max_refunds": 4}}}})
    assert limits.outage_device == Limit(10000, 4)
    assert check_exposure(limits, 1000, Usage(0, 0), None, outage_device=Usage(3, 8000)) is None
    held = check_exposure(limits, 3000, Usage(0, 0), None, outage_device=Usage(3, 8000))
    assert held is not None and (held.scope, held.cap, held.allowed, held.would_be) == (
        "whole_outage.per_device", "max_refund_value", 10000, 11000)
    held = check_exposure(limits, 1, Usage(0, 0), None, outage_device=Usage(4, 10))
    assert held is not None and (held.scope, held.cap) == ("whole_outage.per_device", "max_refunds")


def test_copies_past_their_age_hold_refunds_above_the_stale_limit() -> None:
    limits = offline_limits({"offline_limits": {"max_data_age_hours": {"orders": 12}, "stale_refund_above": 5000}})
    fresh = {"policy": timedelta(hours=100), "managers": timedelta(hours=71), "orders": timedelta(hours=11)}
    assert stale_copies(fresh, limits) == ()
    assert stale_copies({**fresh, "orders": timedelta(hours=13), "managers": None}, limits) == ("orders",)
    assert stale_copies({"policy": timedelta(days=8)}, offline_limits({})) == ("policy",)  # default: a week
    assert check_stale_refund(limits, 5000, ("orders",)) is None
    held = check_stale_refund(limits, 5001, ("orders",))
    assert held is not None and (held.scope, held.allowed, held.stale) == ("stale_data", 5000, ("orders",))
    assert check_stale_refund(limits, 10**9, ()) is None
    assert offline_limits({}).stale_refund_above == DEFAULT_STALE_REFUND_ABOVE


def test_emails_are_masked_and_pins_dropped_before_anything_is_chained() -> None:
    assert mask_email("maria.garcia@example.com") == "m***@example.com"
    assert mask_email(mask_email("maria.garcia@example.com")) == "m***@example.com"
    clean = redact({"pin": "2468", "PIN_hash": "x", "note": "call Maria.Garcia@Example.com", "list": ["a@b.io"]})
    assert clean == {"note": "call M***@Example.com", "list": ["a***@b.io"]}


def chain(length: int) -> list:  # noqa: ANN401
    entries, previous = [], None
    for index in range(length):
        previous = chain_entry(previous, at=NOW + timedelta(seconds=index), kind=AuditKind.LOGIN, actor="M001",
                               details={"n": index, "email": "x.y@example.com"})
        entries.append(previous)
    return entries


def test_an_intact_chain_verifies_and_any_change_names_its_row() -> None:
    entries = chain(5)
    assert verify_chain(entries, head=(5, entries[-1].hash)) is None
    assert entries[0].details["email"] == "x***@example.com"
    edited = entries[:2] + [replace(entries[2], details={"n": 99})] + entries[3:]
    assert verify_chain(edited).row_id == 3
    relinked = entries[:3] + [replace(entries[3], prev_hash="f" * 64)] + entries[4:]
    assert verify_chain(relinked).row_id == 4
    missing = entries[:1] + entries[2:]
    assert verify_chain(missing).row_id == 2
    broken = verify_chain(entries[:3], head=(5, entries[-1].hash))
    assert broken is not None and broken.row_id == 4 and "cut short" in broken.problem
