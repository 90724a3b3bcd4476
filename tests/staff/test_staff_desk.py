"""Signing in with lockouts, manager overrides on the case, and offline exposure limits,
through the real services over a real SQLite file."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import timedelta

import pytest

from kiosk.db import audit_log, case_store
from kiosk.db.engine import Database
from kiosk.db.unit_of_work import UnitOfWork
from kiosk.services.returns import ReturnsDesk
from kiosk.services.staff import PinRefused, StaffDesk, StaffFileError, import_staff_file, seed_staff_once
from kiosk.sync.data_age import mark_pulled
from kiosk.workflow.cases import Approval, CaseStatus, Resolution
from kiosk.workflow.eligibility import Verdict
from kiosk.workflow.pins import legacy_hash
from kiosk.workflow.staff import ApprovalRefused
from kiosk.workflow.wizard import ReturnSession, StepBlocked
from tests.staff.conftest import (
    BIG,
    LATE,
    NOW,
    PARTLY,
    POLICY,
    MovableClock,
    install_policy,
    policy_with,
    to_review,
    wizard_at_eligibility,
    wizard_at_review,
)


def audit_kinds(database: Database) -> list[tuple[str, str]]:
    with database.session() as session:
        return [(e.kind, e.actor) for e in audit_log.entries(session)]


# --- PINs and lockouts ----------------------------------------------------------------------


def test_five_wrong_pins_lock_the_user_for_five_minutes_then_the_right_pin_works(
        staff: StaffDesk, clock: MovableClock, database: Database) -> None:
    for left in (4, 3, 2, 1):
        with pytest.raises(PinRefused) as refused:
            staff.login("C001", "0000")
        assert (refused.value.key, refused.value.attempts_left) == ("wrong_pin", left)
    with pytest.raises(PinRefused) as refused:
        staff.login("C001", "0000")
    assert refused.value.key == "locked" and refused.value.locked_until == NOW + timedelta(minutes=5)

    clock.advance(minutes=4, seconds=59)
    with pytest.raises(PinRefused) as refused:
        staff.login("C001", "1357")  # even the right PIN waits out the lock
    assert refused.value.key == "locked"
    assert staff.operator is None

    clock.advance(seconds=1)
    assert staff.login("C001", "1357").id == "C001"
    assert staff.operator_id == "C001"
    kinds = audit_kinds(database)
    assert kinds.count(("login_failed", "C001")) == 6 and kinds.count(("lockout", "C001")) == 1
    assert kinds[-1] == ("login", "C001")


def test_a_lock_survives_a_restart_of_the_kiosk(staff: StaffDesk, database: Database, settings, clock) -> None:  # noqa: ANN001
    for _ in range(5):
        with pytest.raises(PinRefused):
            staff.login("M001", "111111")
    restarted = StaffDesk(UnitOfWork(database), settings, clock)
    with pytest.raises(PinRefused) as refused:
        restarted.login("M001", "246813")
    assert refused.value.key == "locked"


def test_a_lock_is_per_person(staff: StaffDesk) -> None:
    for _ in range(5):
        with pytest.raises(PinRefused):
            staff.login("C001", "0000")
    assert staff.login("C002", "8642").id == "C002"


def test_the_approvers_are_the_managers_and_the_signed_in_clerk(staff: StaffDesk) -> None:
    assert [m.id for m in staff.approvers()] == ["M001", "M002"]
    staff.login("C001", "1357")
    assert [m.id for m in staff.approvers()] == ["M001", "M002", "C001"]
    staff.login("M002", "975310")
    assert [m.id for m in staff.approvers()] == ["M001", "M002"]


def test_staff_read_times_on_the_store_clock(staff: StaffDesk) -> None:
    assert staff.store_time(NOW).strftime("%H:%M") == "10:00"  # 15:00 UTC in New York


def test_the_audit_log_never_holds_a_pin(staff: StaffDesk, database: Database) -> None:
    with pytest.raises(PinRefused):
        staff.login("C001", "9999")
    staff.login("C001", "1357")
    staff.logout()
    with sqlite3.connect(database.path) as raw:
        rows = raw.execute("select details from audit_log").fetchall()
    assert rows and not any("9999" in r[0] or "1357" in r[0] for r in rows)
    assert audit_kinds(database)[-1] == ("logout", "C001")


# --- overrides ------------------------------------------------------------------------------


def test_a_manager_override_is_recorded_on_the_saved_case(
        staff: StaffDesk, desk: ReturnsDesk, clock: MovableClock, database: Database) -> None:
    staff.login("C001", "1357")
    session = wizard_at_eligibility(clock, BIG)
    assert session.evaluation.decision("L1").verdict == Verdict.NEEDS_APPROVAL
    request = staff.override_request(session, "L1")
    assert (request.value, request.verdict, request.operator_id) == (60000, "needs_approval", "C001")

    approval = staff.approve_override(request, approver_id="M001", pin="246813", reason_code="customer_goodwill",
                                      note="regular customer")
    session.approve(approval)
    case, _ = desk.complete(desk.build_case(to_review(session)))

    with database.session() as db:
        saved = case_store.load_case(db, case.id)
    assert saved.staff_id == "C001" and saved.status is CaseStatus.COMPLETED
    (stored,) = saved.approvals
    assert (stored.manager_id, stored.reason_code, stored.at, stored.overridden_verdict, stored.line_id, stored.note) == (
        "M001", "customer_goodwill", NOW, "needs_approval", "L1", "regular customer")
    assert saved.lines[0].verdict == "eligible" and saved.lines[0].message_key == "approved"
    with sqlite3.connect(database.path) as raw:
        payload = raw.execute("select payload from outbox").fetchone()[0]
    assert '"manager_id": "M001"' in payload  # the approval travels to central with the case
    kinds = audit_kinds(database)
    assert ("override", "M001") in kinds and kinds[-1] == ("refund", "C001")


def test_a_manager_cannot_approve_their_own_override_above_the_limit(staff: StaffDesk, clock, database) -> None:  # noqa: ANN001
    staff.login("M001", "246813")
    request = staff.override_request(wizard_at_eligibility(clock, BIG), "L1")
    with pytest.raises(ApprovalRefused) as refused:
        staff.approve_override(request, approver_id="M001", pin="246813", reason_code="customer_goodwill")
    assert refused.value.key == "second_person_required"
    approval = staff.approve_override(request, approver_id="M002", pin="975310", reason_code="customer_goodwill")
    assert approval.manager_id == "M002"
    with database.session() as session:
        overrides = [e for e in audit_log.entries(session) if e.kind == "override"]
    assert [e.details.get("refused") for e in overrides] == ["second_person_required", None]


def test_a_clerk_can_approve_only_their_own_small_override(staff: StaffDesk, clock: MovableClock) -> None:
    staff.login("C001", "1357")
    session = wizard_at_eligibility(clock, BIG)
    small = replace(staff.override_request(session, "L1"), value=1500)  # within the 20.00 self-approval limit
    assert staff.approve_override(small, approver_id="C001", pin="1357", reason_code="late_delivery").manager_id == "C001"
    with pytest.raises(ApprovalRefused) as refused:
        staff.approve_override(small, approver_id="C002", pin="8642", reason_code="late_delivery")
    assert refused.value.key == "manager_required"


def test_a_pin_alone_identifies_the_manager_and_its_misses_count_against_every_manager(staff: StaffDesk, clock) -> None:  # noqa: ANN001
    request = staff.override_request(wizard_at_eligibility(clock, BIG), "L1")
    assert staff.approve_override(request, pin="975310", reason_code="store_error").manager_id == "M002"
    with pytest.raises(PinRefused) as refused:
        staff.approve_override(request, pin="1357", reason_code="store_error")  # a clerk's PIN is no manager's
    assert refused.value.key == "pin_too_short" and refused.value.min_length == 6
    for left in (4, 3, 2, 1):
        with pytest.raises(PinRefused) as refused:
            staff.approve_override(request, pin="000000", reason_code="store_error")
        assert (refused.value.key, refused.value.attempts_left) == ("wrong_pin", left)
    with pytest.raises(PinRefused) as refused:
        staff.approve_override(request, pin="000000", reason_code="store_error")
    assert refused.value.key == "locked"
    # one counter per person on every path: the guesses locked sign-in and named approval too
    for attempt in (lambda: staff.approve_override(request, pin="975310", reason_code="store_error"),
                    lambda: staff.approve_override(request, approver_id="M002", pin="975310", reason_code="store_error"),
                    lambda: staff.login("M001", "246813")):
        with pytest.raises(PinRefused) as refused:
            attempt()
        assert refused.value.key == "locked"
    clock.advance(minutes=5)
    assert staff.approve_override(request, approver_id="M002", pin="975310", reason_code="store_error")


def test_sign_in_and_approval_share_one_wrong_pin_counter(staff: StaffDesk, clock) -> None:  # noqa: ANN001
    request = staff.override_request(wizard_at_eligibility(clock, BIG), "L1")
    for _ in range(2):
        with pytest.raises(PinRefused):
            staff.login("M002", "111111")
    for _ in range(2):
        with pytest.raises(PinRefused):
            staff.approve_override(request, approver_id="M002", pin="111111", reason_code="store_error")
    with pytest.raises(PinRefused) as refused:
        staff.approve_override(request, pin="111111", reason_code="store_error")  # PIN only: the fifth for M002
    assert refused.value.key == "wrong_pin"  # M001 may still try
    with pytest.raises(PinRefused) as refused:
        staff.login("M002", "975310")
    assert refused.value.key == "locked"


def test_a_pin_shorter_than_the_policy_asks_is_refused_and_not_counted(staff: StaffDesk) -> None:
    for _ in range(6):
        with pytest.raises(PinRefused) as refused:
            staff.login("M001", "2468")
        assert refused.value.key == "pin_too_short" and refused.value.min_length == 6
    assert staff.login("M001", "246813").id == "M001"
    with pytest.raises(PinRefused) as refused:
        staff.login("C001", "135")  # clerks: staff.min_pin_length, 4 by default
    assert refused.value.key == "pin_too_short" and refused.value.min_length == 4


def test_an_unknown_reason_code_is_refused_before_the_pin_is_checked(staff: StaffDesk, clock) -> None:  # noqa: ANN001
    request = staff.override_request(wizard_at_eligibility(clock, BIG), "L1")
    with pytest.raises(ApprovalRefused) as refused:
        staff.approve_override(request, approver_id="M002", pin="975310", reason_code="because")
    assert refused.value.key == "unknown_reason"


def test_a_refused_line_waived_by_a_manager_can_be_returned(staff: StaffDesk, desk: ReturnsDesk, clock) -> None:  # noqa: ANN001
    session = ReturnSession(POLICY, clock)
    session.start()
    session.order_found(LATE)
    assert session.availability["L1"].verdict == Verdict.INELIGIBLE
    request = staff.override_request(session, "L1")
    assert request.verdict == "ineligible" and request.value > 0
    session.approve(staff.approve_override(request, approver_id="M001", pin="246813", reason_code="late_delivery"))
    session.set_quantity("L1", 1)
    session.next()
    session.set_reason("L1", "too_small", "unopened")
    session.next()
    decision = session.evaluation.decision("L1")
    assert decision.verdict == Verdict.ELIGIBLE and decision.approved
    case, _ = desk.complete(desk.build_case(to_review(session)))
    assert case.refund_total > 0 and case.approvals[0].overridden_verdict == "ineligible"


def test_quantities_can_never_be_waived(staff: StaffDesk, clock: MovableClock) -> None:
    session = ReturnSession(POLICY, clock)
    session.start()
    session.order_found(PARTLY)
    # as if the last unit had been returned at another till since the order was looked up
    session.availability["L5"] = replace(session.availability["L5"], verdict=Verdict.INELIGIBLE,
                                         reason_codes=("already_returned",))
    with pytest.raises(ApprovalRefused):
        staff.override_request(session, "L5")
    with pytest.raises(StepBlocked):
        session.approve(Approval("M001", "store_error", NOW, "ineligible", "L5"))


# --- offline exposure -----------------------------------------------------------------------


@pytest.fixture
def offline() -> dict[str, bool]:
    return {"offline": True}


CAPS = {"per_device": {"max_refunds": 2, "max_refund_value": 1_000_000}, "per_staff": {"max_refund_value": 15000}}


def desk_with_caps(database: Database, settings, clock: MovableClock, offline, limits) -> ReturnsDesk:  # noqa: ANN001
    install_policy(database, policy_with(offline_limits=limits), NOW)
    staff = StaffDesk(UnitOfWork(database), settings, clock, is_offline=lambda: offline["offline"])
    return ReturnsDesk(UnitOfWork(database), settings, clock, staff=staff)


@pytest.fixture
def capped_desk(database: Database, settings, clock: MovableClock, offline) -> ReturnsDesk:  # noqa: ANN001
    return desk_with_caps(database, settings, clock, offline, CAPS)


def refund(desk: ReturnsDesk, clock: MovableClock, resolution: Resolution = Resolution.REFUND):  # noqa: ANN201
    """Saved the way the window saves (``save``, then printing behind the done page)."""
    return desk.save(desk.build_case(wizard_at_review(clock, resolution=resolution)))


def test_offline_the_refund_past_the_device_cap_is_saved_pending_approval(capped_desk: ReturnsDesk, clock, database) -> None:  # noqa: ANN001
    first, second = refund(capped_desk, clock), refund(capped_desk, clock)
    assert first.status is second.status is CaseStatus.COMPLETED
    third = refund(capped_desk, clock)
    assert third.status is CaseStatus.PENDING_APPROVAL
    assert third.extras["exposure_hold"] == {"scope": "per_device", "cap": "max_refunds", "allowed": 2, "would_be": 3}
    with sqlite3.connect(database.path) as raw:
        assert raw.execute("select status from return_cases where id=?", (third.id,)).fetchone() == ("pending_approval",)
        assert '"pending_approval"' in raw.execute("select payload from outbox where case_id=?", (third.id,)).fetchone()[0]
    with database.session() as session:
        last = list(audit_log.entries(session))[-1]
    assert last.kind == "refund" and last.details["status"] == "pending_approval"
    assert refund(capped_desk, clock, Resolution.STORE_CREDIT).status is CaseStatus.COMPLETED  # no money leaves


def test_online_or_once_central_confirmed_refunds_do_not_count(capped_desk: ReturnsDesk, clock, database, offline) -> None:  # noqa: ANN001
    offline["offline"] = False
    for _ in range(3):
        assert refund(capped_desk, clock).status is CaseStatus.COMPLETED
    offline["offline"] = True
    with database.session() as session, session.begin():  # the sync delivered them
        session.execute(case_store.OutboxRow.__table__.update().values(state="delivered", delivered_at=NOW))
    assert refund(capped_desk, clock).status is CaseStatus.COMPLETED


def test_the_daily_cap_counts_store_local_days_under_a_larger_outage_cap(database, settings, clock, offline) -> None:  # noqa: ANN001
    desk = desk_with_caps(database, settings, clock, offline, {**CAPS, "whole_outage": {"per_device": {"max_refunds": 5}}})
    clock.moment = NOW.replace(hour=4)  # 23:00 the day before, in New York
    refund(desk, clock)
    refund(desk, clock)
    clock.moment = NOW
    assert refund(desk, clock).status is CaseStatus.COMPLETED
    assert refund(desk, clock).status is CaseStatus.COMPLETED
    held = refund(desk, clock)
    assert held.status is CaseStatus.PENDING_APPROVAL and held.extras["exposure_hold"]["scope"] == "per_device"


def test_a_long_outage_allows_one_cap_not_one_a_day(capped_desk: ReturnsDesk, clock: MovableClock) -> None:
    """Unconfirmed refunds of every day count: three days offline do not make three caps."""
    clock.moment = NOW - timedelta(days=2)
    assert refund(capped_desk, clock).status is CaseStatus.COMPLETED
    clock.moment = NOW - timedelta(days=1)
    assert refund(capped_desk, clock).status is CaseStatus.COMPLETED
    clock.moment = NOW
    held = refund(capped_desk, clock)
    assert held.status is CaseStatus.PENDING_APPROVAL
    assert held.extras["exposure_hold"] == {"scope": "whole_outage.per_device", "cap": "max_refunds", "allowed": 2,
                                            "would_be": 3}


def test_the_staff_cap_counts_only_that_persons_refunds(capped_desk: ReturnsDesk, clock: MovableClock) -> None:
    capped_desk.staff.login("C001", "1357")
    first = refund(capped_desk, clock)
    assert first.staff_id == "C001" and first.refund_total > 7500  # so two pass 150.00
    held = refund(capped_desk, clock)
    assert held.status is CaseStatus.PENDING_APPROVAL and held.extras["exposure_hold"]["scope"] == "per_staff"
    capped_desk.staff.logout()
    capped_desk.staff.login("C002", "8642")
    assert refund(capped_desk, clock).status is CaseStatus.COMPLETED


# --- the staff seed file --------------------------------------------------------------------


def test_staff_come_from_a_seed_file_of_hashes_and_a_plain_pin_is_refused(
        staff: StaffDesk, database: Database, tmp_path) -> None:  # noqa: ANN001
    seed = tmp_path / "staff.json"
    seed.write_text(json.dumps([{"id": "M009", "name": "Kim Roe", "role": "manager",
                                 "pin_hash": legacy_hash("432109", iterations=1000)}]), encoding="utf-8")
    assert seed_staff_once(UnitOfWork(database), seed, now=NOW) == 0  # staff exist already: nothing to seed
    assert import_staff_file(UnitOfWork(database), seed, now=NOW) == 1
    assert staff.login("M009", "432109").name == "Kim Roe"  # an older hash is still read
    seed.write_text(json.dumps([{"id": "M010", "name": "Bo", "role": "manager", "pin_hash": "4321"}]), encoding="utf-8")
    with pytest.raises(StaffFileError, match="never a PIN"):
        import_staff_file(UnitOfWork(database), seed, now=NOW)
    with pytest.raises(PinRefused):
        staff.login("M010", "432109")


def test_past_the_age_the_policy_trusts_larger_refunds_wait_for_central(database, settings, clock, offline) -> None:  # noqa: ANN001
    offline["offline"] = False  # the sync may reach central and still not bring the managers down
    ages = {"max_data_age_hours": {"managers": 24}, "stale_refund_above": 1000}
    desk = desk_with_caps(database, settings, clock, offline, ages)
    with UnitOfWork(database).writing() as tx:
        mark_pulled(tx, ["policy", "orders"], NOW - timedelta(hours=2))
        mark_pulled(tx, ["managers"], NOW - timedelta(hours=25))
    held = refund(desk, clock)
    assert held.status is CaseStatus.PENDING_APPROVAL
    assert held.extras["exposure_hold"] == {"scope": "stale_data", "cap": "stale_refund_above", "allowed": 1000,
                                            "would_be": held.refund_total, "stale": ["managers"]}
    assert refund(desk, clock, Resolution.STORE_CREDIT).status is CaseStatus.COMPLETED  # returns are still taken
    with UnitOfWork(database).writing() as tx:
        mark_pulled(tx, ["managers"], NOW - timedelta(minutes=5))
    assert refund(desk, clock).status is CaseStatus.COMPLETED


def test_a_kiosk_that_never_synced_has_no_stale_copies(database, settings, clock, offline) -> None:  # noqa: ANN001
    desk = desk_with_caps(database, settings, clock, offline, {"stale_refund_above": 0})
    assert refund(desk, clock).status is CaseStatus.COMPLETED
