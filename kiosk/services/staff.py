"""The service for staff at the kiosk: PIN sign-in with lockouts, manager overrides, the
offline exposure check, and the audit trail they all write to.

The UI reaches staff data only through here. A PIN is checked against its stored hash and
forgotten; every sign-in, wrong PIN, lockout and override lands in the hash-chained audit
log in the same transaction as the state it changed.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Mapping
from zoneinfo import ZoneInfo

from kiosk.config import Settings
from kiosk.db.unit_of_work import Transaction, UnitOfWork
from kiosk.sync.data_age import data_ages
from kiosk.workflow.audit_chain import AuditEntry, AuditKind
from kiosk.workflow.case_rules import CaseLine as ValuedLine
from kiosk.workflow.case_rules import case_value
from kiosk.workflow.cases import Approval, CaseStatus, ReturnCase
from kiosk.workflow.clock import Clock, format_utc
from kiosk.workflow.eligibility import LineDecision
from kiosk.workflow.errors import KioskError, SetupError
from kiosk.workflow.exposure import (
    Exceeded,
    OfflineLimits,
    Usage,
    check_exposure,
    check_stale_refund,
    offline_limits,
    stale_copies,
    store_day,
)
from kiosk.workflow.ids import LineId
from kiosk.workflow.pins import ALGORITHM, verify_pin
from kiosk.workflow.staff import (
    CLEARED,
    ApprovalRefused,
    LockoutRule,
    OverrideReason,
    OverrideRequest,
    Role,
    StaffMember,
    can_override,
    check_approver,
    override_reasons,
    self_approval_limit,
)
from kiosk.workflow.wizard import ReturnSession

log = logging.getLogger(__name__)

#: Lockout key for PINs typed without picking a name first (who it was is unknown).
PIN_ONLY_KEY = "*pin-only*"
PIN_HASH_PREFIX = ALGORITHM + "$"
#: 5 wrong PINs lock that key for 5 minutes (issue 8).
DEFAULT_LOCKOUT = LockoutRule()
#: The actor of entries no signed-in person caused (a self-service return, a purge).
KIOSK_ACTOR = "kiosk"


class PinRefused(KioskError):
    """The PIN was not accepted: ``key`` is wrong_pin, locked or pick_your_name."""

    def __init__(self, key: str, *, attempts_left: int = 0, locked_until: datetime | None = None) -> None:
        super().__init__(key, key=key, params={"attempts_left": attempts_left})
        self.attempts_left = attempts_left
        self.locked_until = locked_until


@dataclass(frozen=True)
class _Attempt:
    """One PIN check: whose lockout counter it touches and who the audit names."""

    key: str
    actor: str
    purpose: str
    subject: str = ""


class StaffDesk:
    def __init__(self, uow: UnitOfWork, settings: Settings, clock: Clock, *,
                 is_offline: Callable[[], bool] = lambda: False, lockout: LockoutRule = DEFAULT_LOCKOUT,
                 self_approval_limit: int | None = None) -> None:
        self.uow = uow
        self.settings = settings
        self.clock = clock
        self.is_offline = is_offline
        self.lockout = lockout
        self._self_approval_limit = self_approval_limit
        self.operator: StaffMember | None = None

    # --- who is at the counter ------------------------------------------------------------

    @property
    def operator_id(self) -> str | None:
        return self.operator.id if self.operator else None

    def members(self) -> list[StaffMember]:
        """Everyone who can sign in at the counter."""
        with self.uow.reading() as tx:
            return [member for member, _ in tx.staff.members()]

    def managers(self) -> list[StaffMember]:
        with self.uow.reading() as tx:
            return [member for member, _ in tx.staff.members(Role.MANAGER)]

    def approvers(self) -> list[StaffMember]:
        """Who the approval screen offers: the managers, and the signed-in clerk, who may
        approve their own small overrides."""
        found = self.managers()
        operator = self.operator
        if operator is not None and all(member.id != operator.id for member in found):
            found.append(operator)
        return found

    def store_time(self, moment: datetime) -> datetime:
        """``moment`` on the store's clock, as staff read it (a lockout's end, say)."""
        return moment.astimezone(ZoneInfo(self.settings.store.timezone))

    def login(self, staff_id: str, pin: str) -> StaffMember:
        """Sign a staff member in at the counter; raises PinRefused (and counts the miss)."""
        member = self._check_pin(staff_id, pin, _Attempt(staff_id, staff_id, "login"), on_success=AuditKind.LOGIN)
        self.operator = member
        return member

    def logout(self) -> None:
        member = self.sign_out()
        if member is not None:
            self.record(AuditKind.LOGOUT, actor=member.id)

    def sign_out(self) -> StaffMember | None:
        """Forget who is at the counter at once (the UI records the logout off its thread)."""
        member, self.operator = self.operator, None
        return member

    # --- overrides ------------------------------------------------------------------------

    def override_reasons(self) -> tuple[OverrideReason, ...]:
        return override_reasons(self._policy_document())

    def self_approval_limit(self) -> int:
        if self._self_approval_limit is not None:
            return self._self_approval_limit
        return self_approval_limit(self._policy_document())

    def override_request(self, wizard: ReturnSession, line_id: str) -> OverrideRequest:
        """What approving this held line would let through; ApprovalRefused if nobody may."""
        assert wizard.order is not None
        decision = self._decision(wizard, line_id)
        if not can_override(decision):
            raise ApprovalRefused("cannot_override", line=line_id)
        value = case_value(wizard.order, [ValuedLine(line_id, decision.quantity, False)])
        return OverrideRequest(
            order_number=wizard.order.number, line_id=line_id, title=wizard.order.line(line_id).title,
            quantity=decision.quantity, verdict=decision.verdict.value, value=value, currency=wizard.order.currency,
            operator_id=self.operator_id, message_key=decision.message_key, message_params=dict(decision.message_params),
        )

    def approve_override(self, request: OverrideRequest, *, pin: str, reason_code: str,
                         approver_id: str | None = None, note: str = "") -> Approval:
        """The Approval to hand to ``ReturnSession.approve``; raises PinRefused or ApprovalRefused.

        Without ``approver_id`` the PIN itself picks the manager (PIN-only entry).
        """
        if reason_code not in {r.code for r in self.override_reasons()}:
            raise ApprovalRefused("unknown_reason", reason=reason_code)
        if approver_id:
            attempt = _Attempt(approver_id, approver_id, "override", request.order_number)
            approver = self._check_pin(approver_id, pin, attempt)
        else:
            approver = self._identify_manager(pin, request.order_number)
        details = _override_details(request, reason_code, note)
        try:
            check_approver(approver, request, self.self_approval_limit())
        except ApprovalRefused as refused:
            self.record(AuditKind.OVERRIDE, actor=approver.id, subject=request.order_number,
                        details={**details, "refused": refused.key})
            raise
        approval = Approval(approver.id, reason_code, self.clock(), request.verdict, LineId(request.line_id), note.strip())
        self.record(AuditKind.OVERRIDE, actor=approver.id, subject=request.order_number, details=details)
        return approval

    # --- saving cases (called by ReturnsDesk inside its save transaction) -----------------

    def hold_for_exposure(self, tx: Transaction, case: ReturnCase) -> ReturnCase:
        """The case as it must be saved: pending central approval when it would pass a cap while
        offline (today's, or the whole outage's), or refund more than the policy allows while a
        synced copy (policy, managers, orders) is older than it trusts.

        ``tx`` is a writing transaction, which holds the write lock from its start, so two
        saves cannot both fit under the last bit of a cap.
        """
        if case.status is not CaseStatus.COMPLETED or case.refund_total <= 0:
            return case
        limits = offline_limits(tx.policies.active_document())
        stale = stale_copies(data_ages(tx, self.clock()), limits)
        exceeded = check_stale_refund(limits, case.refund_total, stale)
        if exceeded is None and limits.has_caps and self._offline():
            exceeded = self._cap_passed(tx, limits, case)
        if exceeded is None:
            return case
        log.info("case %s held for central approval: %s %s", case.id, exceeded.scope, exceeded.cap)
        return replace(case, status=CaseStatus.PENDING_APPROVAL, extras={**case.extras, "exposure_hold": _hold(exceeded)})

    def _cap_passed(self, tx: Transaction, limits: OfflineLimits, case: ReturnCase) -> Exceeded | None:
        """The cap this refund would pass, counting refunds central has not confirmed today and on any day."""
        start, end = store_day(case.created_at, ZoneInfo(self.settings.store.timezone))
        device = Usage(*tx.cases.unconfirmed_refunds(start, end, None))
        outage_device = Usage(*tx.cases.unconfirmed_refunds(None, None, None))
        staff = outage_staff = None
        if case.staff_id:
            staff = Usage(*tx.cases.unconfirmed_refunds(start, end, case.staff_id))
            outage_staff = Usage(*tx.cases.unconfirmed_refunds(None, None, case.staff_id))
        return check_exposure(limits, case.refund_total, device, staff, outage_device=outage_device,
                              outage_staff=outage_staff)

    def record_case(self, tx: Transaction, case: ReturnCase) -> AuditEntry:
        """The refund entry for a saved case, in the transaction that saved it."""
        details = {
            "code": case.code, "order_number": case.order_number, "resolution": case.resolution.value,
            "status": case.status.value, "refund_total": case.refund_total, "credit_total": case.credit_total,
            "currency": case.currency, "approved_by": sorted({a.manager_id for a in case.approvals}),
        }
        if "exposure_hold" in case.extras:
            details["exposure_hold"] = case.extras["exposure_hold"]
        return tx.audit.append(at=self.clock(), kind=AuditKind.REFUND, actor=case.staff_id or KIOSK_ACTOR,
                               subject=case.id, details=details)

    # --- the audit trail ------------------------------------------------------------------

    def record(self, kind: AuditKind | str, *, subject: str = "", details: Mapping[str, Any] | None = None,
               actor: str | None = None) -> AuditEntry:
        """Append an audit entry in its own transaction (reprints, settings and policy changes)."""
        who = actor or self.operator_id or KIOSK_ACTOR
        with self.uow.writing() as tx:
            return tx.audit.append(at=self.clock(), kind=kind, actor=who, subject=subject, details=details)

    # --- internals ------------------------------------------------------------------------

    def _check_pin(self, staff_id: str, pin: str, attempt: _Attempt, on_success: AuditKind | None = None) -> StaffMember:
        now = self.clock()
        with self.uow.reading() as tx:
            found = tx.staff.get(staff_id)
            attempts = tx.staff.attempts(attempt.key)
        ok = not attempts.is_locked(now) and found is not None and verify_pin(pin, found[1])
        refusal = self._settle(attempt, ok, now, on_success)
        if refusal is not None:
            raise refusal
        assert found is not None
        return found[0]

    def _identify_manager(self, pin: str, subject: str) -> StaffMember:
        """The one manager whose PIN this is; PIN-only misses share one lockout counter."""
        now = self.clock()
        with self.uow.reading() as tx:
            attempts = tx.staff.attempts(PIN_ONLY_KEY)
            managers = tx.staff.members(Role.MANAGER)
            locks = {m.id: tx.staff.attempts(m.id) for m, _ in managers}
        matches = [] if attempts.is_locked(now) else [m for m, pin_hash in managers if verify_pin(pin, pin_hash)]
        if len(matches) > 1:
            raise PinRefused("pick_your_name")
        actor = matches[0].id if matches else "unknown"
        if matches and locks[actor].is_locked(now):
            raise PinRefused("locked", locked_until=locks[actor].locked_until)
        refusal = self._settle(_Attempt(PIN_ONLY_KEY, actor, "override", subject), bool(matches), now, None)
        if refusal is not None:
            raise refusal
        return matches[0]

    def _settle(self, attempt: _Attempt, ok: bool, now: datetime, on_success: AuditKind | None) -> PinRefused | None:
        """Count the attempt and write its audit entries in one locked transaction; the refusal to raise."""
        with self.uow.writing() as tx:
            attempts = tx.staff.attempts(attempt.key)  # again, under the lock
            base = {"purpose": attempt.purpose}
            if attempts.is_locked(now):
                assert attempts.locked_until is not None
                self._append(tx, AuditKind.LOGIN_FAILED, attempt,
                             {**base, "locked_until": format_utc(attempts.locked_until)})
                return PinRefused("locked", locked_until=attempts.locked_until)
            if ok:
                if attempts != CLEARED:
                    tx.staff.save_attempts(attempt.key, CLEARED, now=now)
                if on_success is not None:
                    self._append(tx, on_success, attempt, base)
                return None
            after = attempts.failed(now, self.lockout)
            tx.staff.save_attempts(attempt.key, after, now=now)
            self._append(tx, AuditKind.LOGIN_FAILED, attempt, {**base, "failures": attempts.failures + 1})
            if after.locked_until is None:
                return PinRefused("wrong_pin", attempts_left=after.left(self.lockout))
            self._append(tx, AuditKind.LOCKOUT, attempt, {**base, "locked_until": format_utc(after.locked_until)})
            return PinRefused("locked", locked_until=after.locked_until)

    def _append(self, tx: Transaction, kind: AuditKind, attempt: _Attempt, details: Mapping[str, Any]) -> None:
        tx.audit.append(at=self.clock(), kind=kind, actor=attempt.actor, subject=attempt.subject, details=details)

    def _offline(self) -> bool:
        """Whether caps apply; a failing check counts as offline, since money is at stake."""
        try:
            return bool(self.is_offline())
        except Exception:
            log.exception("the offline check failed; applying offline limits")
            return True

    def _decision(self, wizard: ReturnSession, line_id: str) -> LineDecision:
        """The line's verdict in the evaluation when it was picked, else its availability."""
        if wizard.evaluation is not None:
            try:
                return wizard.evaluation.decision(line_id)
            except KeyError:
                pass
        return wizard.availability[line_id]

    def _policy_document(self) -> Mapping[str, Any] | None:
        with self.uow.reading() as tx:
            return tx.policies.active_document()


class StaffFileError(SetupError):
    """The staff seed file cannot be used; the message names the file and the entry."""


def import_staff_file(uow: UnitOfWork, path: Path, *, now: datetime) -> int:
    """Add or update staff from a profile's seed file (first start, before central sends them).

    The file is a JSON list of ``{"id", "name", "role", "pin_hash"}``; it holds PIN hashes
    (kiosk.workflow.pins) only, and a plain PIN is refused so it never sits on disk.
    """
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
        members = [_seeded(entry) for entry in entries]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise StaffFileError(f"{path}: {error}") from error
    with uow.writing() as tx:
        for member, pin_hash in members:
            tx.staff.save(member, pin_hash, now=now)
        tx.audit.append(at=now, kind=AuditKind.SETTINGS_CHANGE, actor=KIOSK_ACTOR, subject="staff",
                        details={"imported_from": path.name, "staff": sorted(m.id for m, _ in members)})
    return len(members)


def seed_staff_once(uow: UnitOfWork, path: Path, *, now: datetime) -> int:
    """First start: import the profile's seed file when there is one and no staff yet."""
    with uow.reading() as tx:
        known = bool(tx.staff.members())
    return 0 if known or not path.exists() else import_staff_file(uow, path, now=now)


def _seeded(entry: Mapping[str, Any]) -> tuple[StaffMember, str]:
    pin_hash = str(entry["pin_hash"])
    if not pin_hash.startswith(PIN_HASH_PREFIX):
        raise ValueError(f"staff {entry.get('id')!r}: pin_hash must be a {PIN_HASH_PREFIX}... hash, never a PIN")
    return StaffMember(str(entry["id"]), str(entry["name"]), Role(entry["role"])), pin_hash


def _override_details(request: OverrideRequest, reason_code: str, note: str) -> dict[str, Any]:
    return {
        "line_id": request.line_id, "overridden_verdict": request.verdict, "held_back_by": request.message_key,
        "reason_code": reason_code, "value": request.value, "currency": request.currency,
        "operator": request.operator_id, "note": note.strip(),
    }


def _hold(exceeded: Exceeded) -> dict[str, Any]:
    hold: dict[str, Any] = {"scope": exceeded.scope, "cap": exceeded.cap, "allowed": exceeded.allowed,
                            "would_be": exceeded.would_be}
    if exceeded.stale:
        hold["stale"] = list(exceeded.stale)
    return hold

