"""The service for staff at the kiosk: PIN sign-in with lockouts, manager overrides, the
offline exposure check, and the audit trail they all write to.

The UI reaches staff data only through here. A PIN is checked against its stored hash and
forgotten; every sign-in, wrong PIN, lockout and override lands in the hash-chained audit
log in the same transaction as the state it changed.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Mapping, Protocol, Sequence
from zoneinfo import ZoneInfo

from kiosk.config import Settings
from kiosk.db.unit_of_work import Transaction, UnitOfWork
from kiosk.sync.credentials import current_pepper, load_peppers
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
from kiosk.workflow.pins import HASH_PREFIXES, HashCost, Pepper, cost_from, hash_pin, needs_rehash, verify_pin
from kiosk.workflow.staff import (
    CLEARED,
    ApprovalRefused,
    LockoutRule,
    OverrideReason,
    OverrideRequest,
    PinAttempts,
    Role,
    StaffMember,
    can_override,
    check_approver,
    min_pin_length,
    override_reasons,
    self_approval_limit,
)
from kiosk.workflow.wizard import ReturnSession

log = logging.getLogger(__name__)

#: 5 wrong PINs lock that key for 5 minutes (issue 8).
DEFAULT_LOCKOUT = LockoutRule()
#: The actor of entries no signed-in person caused (a self-service return, a purge).
KIOSK_ACTOR = "kiosk"


class PinRefused(KioskError):
    """The PIN was not accepted: ``key`` is wrong_pin, locked, pin_too_short or pick_your_name."""

    def __init__(self, key: str, *, attempts_left: int = 0, locked_until: datetime | None = None,
                 min_length: int = 0) -> None:
        super().__init__(key, key=key, params={"attempts_left": attempts_left, "min_length": min_length})
        self.attempts_left = attempts_left
        self.locked_until = locked_until
        self.min_length = min_length


class SharedLockouts(Protocol):
    """Central's wrong-PIN counts for managers, shared by every kiosk (kiosk.sync.pin_lockouts).

    ``report`` tells central of a miss or a success and answers central's counts for those
    managers, or None when central cannot be asked (offline: this kiosk counts alone).
    """

    def report(self, manager_ids: Sequence[str], *, ok: bool) -> Mapping[str, PinAttempts] | None: ...


class PinPeppers:
    """The peppers of PIN hashes, kept owner-only beside the database (kiosk.sync.credentials)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def known(self) -> dict[str, bytes]:
        return load_peppers(self.folder)

    def current(self) -> Pepper:
        return current_pepper(self.folder)


@dataclass(frozen=True)
class _Attempt:
    """One PIN check: the person whose counter it touches and who the audit names."""

    key: str
    actor: str
    purpose: str
    subject: str = ""


class StaffDesk:
    def __init__(self, uow: UnitOfWork, settings: Settings, clock: Clock, *,
                 is_offline: Callable[[], bool] = lambda: False, lockout: LockoutRule = DEFAULT_LOCKOUT,
                 self_approval_limit: int | None = None, shared_lockouts: SharedLockouts | None = None,
                 peppers: PinPeppers | None = None, hash_cost: HashCost | None = None) -> None:
        self.uow = uow
        self.settings = settings
        self.clock = clock
        self.is_offline = is_offline
        self.lockout = lockout
        self._self_approval_limit = self_approval_limit
        self.shared_lockouts = shared_lockouts
        self.peppers = peppers or PinPeppers(Path(uow.database.path).parent)
        self.hash_cost = hash_cost or cost_from(os.environ)
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
        """One counter per person for every path that takes their PIN (sign-in, approval)."""
        now = self.clock()
        with self.uow.reading() as tx:
            found = tx.staff.get(staff_id)
            attempts = tx.staff.attempts(attempt.key)
            document = tx.policies.active_document()
        if found is not None:
            self._check_length(pin, found[0].role, document)
        tried = not attempts.is_locked(now) and found is not None
        ok = tried and found is not None and verify_pin(pin, found[1], self.peppers.known())
        refusal = self._settle(attempt, [attempt.key], ok, now, on_success)
        if tried and found is not None and found[0].is_manager:
            refusal = self._share([attempt.key], ok, now, refusal)
        if refusal is not None:
            raise refusal
        assert found is not None
        self._rehash(staff_id, pin, found[1], now)
        return found[0]

    def _identify_manager(self, pin: str, subject: str) -> StaffMember:
        """The one manager whose PIN this is. A miss counts against every manager it was tried
        on (it was a guess at each of them); a locked manager's PIN is not tried at all."""
        now = self.clock()
        with self.uow.reading() as tx:
            managers = tx.staff.members(Role.MANAGER)
            locks = {m.id: tx.staff.attempts(m.id) for m, _ in managers}
            document = tx.policies.active_document()
        self._check_length(pin, Role.MANAGER, document)
        open_ = [(m, h) for m, h in managers if not locks[m.id].is_locked(now)]
        if managers and not open_:
            raise PinRefused("locked", locked_until=min(a.locked_until for a in locks.values() if a.locked_until))
        peppers = self.peppers.known()
        matches = [(m, h) for m, h in open_ if verify_pin(pin, h, peppers)]
        if len(matches) > 1:
            raise PinRefused("pick_your_name")
        if matches:
            member, pin_hash = matches[0]
            attempt = _Attempt(member.id, member.id, "override", subject)
            refusal = self._share([member.id], True, now, self._settle(attempt, [member.id], True, now, None))
            if refusal is not None:
                raise refusal
            self._rehash(member.id, pin, pin_hash, now)
            return member
        tried = [m.id for m, _ in open_]
        refusal = self._settle(_Attempt("*", "unknown", "override", subject), tried, False, now, None)
        raise self._share(tried, False, now, refusal) or PinRefused("wrong_pin")

    def _check_length(self, pin: str, role: Role, document: Mapping[str, Any] | None) -> None:
        """A PIN shorter than the policy's minimum is refused before it is tried (and not counted)."""
        shortest = min_pin_length(document, role)
        if len(pin) < shortest:
            raise PinRefused("pin_too_short", min_length=shortest)

    def _settle(self, attempt: _Attempt, keys: Sequence[str], ok: bool, now: datetime,
                on_success: AuditKind | None) -> PinRefused | None:
        """Count the attempt on each key's counter and write its audit entries in one locked
        transaction; the refusal to raise (for several keys: the most lenient one's)."""
        with self.uow.writing() as tx:
            base = {"purpose": attempt.purpose}
            counts = {key: tx.staff.attempts(key) for key in keys}  # again, under the lock
            locked = [a.locked_until for a in counts.values() if a.is_locked(now) and a.locked_until]
            if len(keys) == 1 and locked:
                self._append(tx, AuditKind.LOGIN_FAILED, attempt, {**base, "locked_until": format_utc(locked[0])})
                return PinRefused("locked", locked_until=locked[0])
            if ok:
                for key, attempts in counts.items():
                    if attempts != CLEARED:
                        tx.staff.save_attempts(key, CLEARED, now=now)
                if on_success is not None:
                    self._append(tx, on_success, attempt, base)
                return None
            return self._count_miss(tx, attempt, counts, now)

    def _count_miss(self, tx: Transaction, attempt: _Attempt, counts: Mapping[str, PinAttempts],
                    now: datetime) -> PinRefused:
        base = {"purpose": attempt.purpose}
        after = {key: attempts.failed(now, self.lockout) for key, attempts in counts.items()}
        for key, attempts in after.items():
            tx.staff.save_attempts(key, attempts, now=now)
        failures = max((a.failures for a in counts.values()), default=0) + 1
        self._append(tx, AuditKind.LOGIN_FAILED, attempt, {**base, "failures": failures, "counted_on": sorted(after)})
        newly_locked = sorted(key for key, attempts in after.items() if attempts.locked_until is not None)
        for key in newly_locked:
            until = after[key].locked_until
            assert until is not None
            self._append(tx, AuditKind.LOCKOUT, replace(attempt, actor=key if attempt.actor == "unknown" else attempt.actor),
                         {**base, "locked_until": format_utc(until), "locked": key})
        still_open = [a for a in after.values() if a.locked_until is None]
        if still_open or not after:
            return PinRefused("wrong_pin", attempts_left=min((a.left(self.lockout) for a in still_open),
                                                              default=self.lockout.max_failures))
        return PinRefused("locked", locked_until=min(a.locked_until for a in after.values() if a.locked_until))

    def _share(self, manager_ids: Sequence[str], ok: bool, now: datetime,
               refusal: PinRefused | None) -> PinRefused | None:
        """Tell central (when it answers) and take its counts: a lock set through another kiosk holds here."""
        if self.shared_lockouts is None:
            return refusal
        try:
            remote = self.shared_lockouts.report(manager_ids, ok=ok)
        except Exception:  # noqa: BLE001 - offline or confused: this kiosk's own count stands
            log.warning("central's PIN lockouts could not be asked", exc_info=True)
            remote = None
        if not remote:
            return refusal
        locked: PinAttempts | None = None
        with self.uow.writing() as tx:
            for manager_id, theirs in remote.items():
                if manager_id in manager_ids:
                    merged = tx.staff.attempts(manager_id).merged(theirs, now)
                    tx.staff.save_attempts(manager_id, merged, now=now)
                    locked = merged if merged.is_locked(now) else locked
        if locked is None or len(manager_ids) != 1 or (refusal is not None and refusal.key == "locked"):
            return refusal  # a PIN tried on several managers is refused as the most lenient of them
        return PinRefused("locked", locked_until=locked.locked_until)

    def _rehash(self, staff_id: str, pin: str, pin_hash: str, now: datetime) -> None:
        """After a right PIN: make an older hash again with argon2id and this kiosk's current pepper."""
        try:
            pepper = self.peppers.current()
            if not needs_rehash(pin_hash, pepper, self.hash_cost):
                return
            fresh = hash_pin(pin, pepper, self.hash_cost)
            with self.uow.writing() as tx:
                tx.staff.replace_hash(staff_id, pin_hash, fresh, now=now)
        except (KioskError, OSError, ValueError):
            log.warning("the PIN hash of %s could not be renewed", staff_id, exc_info=True)

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
    if not pin_hash.startswith(HASH_PREFIXES):
        raise ValueError(f"staff {entry.get('id')!r}: pin_hash must be a {' or '.join(HASH_PREFIXES)}... hash, "
                         "never a PIN")
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

