"""The voucher ledger: vouchers issued by kiosks for synced cases, looked up, redeemed, voided.

A kiosk mints voucher codes offline (kiosk.workflow.vouchers); central learns of a voucher
when its case arrives (``issue``, from intake). Redemptions are idempotent by their
Idempotency-Key (kept for ever per voucher) and never take the balance below zero, however
many points of sale redeem at once: the voucher row is locked (``FOR UPDATE`` on PostgreSQL;
SQLite's single writer), and the balance is taken by a conditional ``UPDATE ... WHERE
balance >= :amount``, which a CHECK constraint backs.

A code that is well-formed but unknown here most likely belongs to a kiosk that has not
synced yet: that answer says so, unless the case it names has synced (then it is unknown).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Mapping, cast
from zoneinfo import ZoneInfo

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central.database import Database
from central.errors import ApiError
from central.models import Return, Store
from central.models_outcomes import Voucher, VoucherRedemption
from central.ops import events
from kiosk.workflow.clock import format_utc
from kiosk.workflow.ids import ALPHABET, mint_return_code
from kiosk.workflow.vouchers import InvalidVoucherCode, parse_voucher_code, voucher_payload

KINDS = ("store_credit", "collect_at_counter")
_vouchers = cast(Table, Voucher.__table__)
#: The only way a balance goes down: never below zero, even when redemptions race.
_TAKE = (update(_vouchers)
         .where(_vouchers.c.code == bindparam("voucher"), _vouchers.c.status == "active",
                _vouchers.c.balance >= bindparam("amount"))
         .values(balance=_vouchers.c.balance - bindparam("amount"))
         .returning(_vouchers.c.balance))


class VoucherUnknown(ApiError):
    def __init__(self, message: str) -> None:
        super().__init__(404, "voucher_unknown", message)


class VoucherNotSyncedYet(ApiError):
    def __init__(self, code: str) -> None:
        super().__init__(404, "voucher_not_synced_yet",
                         f"voucher {code} is valid but was issued by a kiosk that has not synced yet; "
                         "try again once it is online", voucher=code)


class VoucherRefused(ApiError):
    """409: the voucher cannot pay this (void, expired, or not enough left)."""

    def __init__(self, code: str, message: str, **details: Any) -> None:
        super().__init__(409, code, message, **details)


class RedemptionKeyReused(ApiError):
    def __init__(self) -> None:
        super().__init__(422, "idempotency_key_reused",
                         "this Idempotency-Key was used for another amount or reference on this voucher; "
                         "a new redemption needs a new key")


@dataclass(frozen=True)
class Redeemed:
    body: dict[str, Any]
    replayed: bool


def normalise(text: str) -> str:
    """The code as stored (no dashes), or VoucherUnknown saying what is wrong with the text."""
    try:
        return voucher_payload(parse_voucher_code(text))
    except InvalidVoucherCode as error:
        raise VoucherUnknown(f"{text!r} is not a voucher code: {error}") from None


def grouped(code: str) -> str:
    return f"{code[:4]}-{code[4:8]}-{code[8:12]}-{code[12:]}"


# -- issued at intake -------------------------------------------------------------------------

def issue(session: Session, return_row: Return, case: Mapping[str, Any], now: datetime) -> list[str]:
    """Create the vouchers a synced case lists (``vouchers`` of the case format v3).

    A voucher that cannot be read, or that names another case, is not created and is
    recorded as an event for staff: the case itself is never refused for it.
    """
    created = []
    for position, entry in enumerate(case.get("vouchers") or []):
        problem, voucher = _voucher_of(entry, return_row, now)
        if voucher is not None and session.get(Voucher, voucher.code) is not None:
            problem, voucher = "a voucher with this code exists already", None
        if voucher is None:
            events.record(session, "voucher_rejected", return_row.device_id, return_row.code,
                          {"position": position, "problem": problem, "entry": _printable(entry)}, now,
                          store_id=return_row.store_id)
            continue
        session.add(voucher)
        created.append(voucher.code)
    return created


def _voucher_of(entry: Any, return_row: Return, now: datetime) -> tuple[str, Voucher | None]:
    try:
        code = voucher_payload(parse_voucher_code(str(entry["code"])))
        amount, currency = entry["amount"], entry.get("currency") or return_row.body.get("currency", "USD")
        expires = entry.get("expires_on")
        expires_on = date.fromisoformat(expires) if expires else None
    except (InvalidVoucherCode, KeyError, TypeError, ValueError) as error:
        return f"cannot be read: {error}", None
    if code[1:11] != return_row.code.replace("-", "")[:10]:
        return f"the code {grouped(code)} belongs to another case than {return_row.code}", None
    if not isinstance(amount, int) or isinstance(amount, bool) or amount < 0:
        return f"the amount {amount!r} is not a whole number of minor units", None
    kind = entry.get("kind") if entry.get("kind") in KINDS else "store_credit"
    return "", Voucher(code=code, return_id=return_row.id, store_id=return_row.store_id, kind=kind,
                       currency=str(currency)[:3], issued=amount, balance=amount, expires_on=expires_on,
                       status="active", issued_at=now, voided_at=None, void_reason=None)


def _printable(entry: Any) -> Any:
    return entry if isinstance(entry, dict) else repr(entry)[:200]


# -- looked up ------------------------------------------------------------------------------

def lookup(db: Database, text: str, now: datetime) -> dict[str, Any]:
    code = normalise(text)
    with db.reading() as session:
        voucher = session.get(Voucher, code)
        if voucher is None:
            raise not_found(session, code)
        return view(session, voucher, now)


def view(session: Session, voucher: Voucher, now: datetime) -> dict[str, Any]:
    redemptions = session.scalars(select(VoucherRedemption).where(VoucherRedemption.voucher_code == voucher.code)
                                  .order_by(VoucherRedemption.id))
    return {
        "code": grouped(voucher.code), "kind": voucher.kind, "currency": voucher.currency,
        "issued": voucher.issued, "balance": voucher.balance,
        "expires_on": voucher.expires_on.isoformat() if voucher.expires_on else None,
        "status": status_of(session, voucher, now), "store_id": voucher.store_id, "case_id": voucher.return_id,
        "issued_at": format_utc(voucher.issued_at),
        "voided_at": format_utc(voucher.voided_at) if voucher.voided_at else None,
        "void_reason": voucher.void_reason,
        "redemptions": [_redemption(r) for r in redemptions],
    }


def _redemption(row: VoucherRedemption) -> dict[str, Any]:
    return {"id": row.id, "amount": row.amount, "reference": row.reference, "balance_after": row.balance_after,
            "redeemed_at": format_utc(row.redeemed_at), "actor": row.actor}


def status_of(session: Session, voucher: Voucher, now: datetime) -> str:
    """void, expired (past its last store-local day) or active."""
    if voucher.status != "active":
        return voucher.status
    if voucher.expires_on is not None and _store_today(session, voucher.store_id, now) > voucher.expires_on:
        return "expired"
    return "active"


def _store_today(session: Session, store_id: str, now: datetime) -> date:
    zone = session.scalar(select(Store.timezone).where(Store.id == store_id)) or "UTC"
    return now.astimezone(ZoneInfo(zone)).date()


def not_found(session: Session, code: str) -> ApiError:
    """Not synced yet, unless the case the code names is here already."""
    body = code[1:11]
    value = 0
    for ch in body:
        value = value * 32 + ALPHABET.index(ch)
    return_code = mint_return_code(value)
    status = session.scalar(select(Return.status).where(Return.code == return_code))
    if status is None:
        return VoucherNotSyncedYet(grouped(code))
    if status == "refused":
        return VoucherUnknown(f"voucher {grouped(code)} belongs to return {return_code}, which central refused")
    return VoucherUnknown(f"return {return_code} has synced without a voucher {grouped(code)}")


# -- redeemed and voided --------------------------------------------------------------------

def redeem(db: Database, text: str, amount: int, reference: str, key: str, actor: str, now: datetime) -> Redeemed:
    """Take ``amount`` off the balance once per key; the same key and body again get the first answer."""
    code = normalise(text)
    try:
        with db.writing() as session:
            return _redeem(session, code, amount, reference, key, actor, now)
    except IntegrityError:  # PostgreSQL: the same key was redeemed at this very moment
        with db.reading() as session:
            prior = _prior(session, code, key)
            if prior is None:
                raise
            return _replay(prior, amount, reference, session)


def _redeem(session: Session, code: str, amount: int, reference: str, key: str, actor: str,
            now: datetime) -> Redeemed:
    voucher = session.scalars(select(Voucher).where(Voucher.code == code).with_for_update()).first()
    if voucher is None:
        raise not_found(session, code)
    prior = _prior(session, code, key)  # read after the lock: a redemption with this key just before is seen
    if prior is not None:
        return _replay(prior, amount, reference, session)
    status = status_of(session, voucher, now)
    if status != "active":
        raise VoucherRefused(f"voucher_{status}", f"voucher {grouped(code)} is {status}", voucher_status=status)
    balance = session.connection().execute(_TAKE, {"voucher": code, "amount": amount}).scalar()
    if balance is None:
        raise VoucherRefused("voucher_insufficient", f"voucher {grouped(code)} has {voucher.balance} left, "
                             f"less than {amount}", balance=voucher.balance, currency=voucher.currency)
    row = VoucherRedemption(voucher_code=code, idempotency_key=key, amount=amount, reference=reference,
                            balance_after=int(balance), actor=actor[:64], redeemed_at=now)
    session.add(row)
    session.flush()
    events.record(session, "voucher_redeemed", actor, grouped(code),
                  {"amount": amount, "reference": reference, "balance": int(balance), "key": key}, now,
                  store_id=voucher.store_id)
    return Redeemed(_answer(row, voucher.currency), replayed=False)


def _prior(session: Session, code: str, key: str) -> VoucherRedemption | None:
    return session.scalars(select(VoucherRedemption).where(VoucherRedemption.voucher_code == code,
                                                           VoucherRedemption.idempotency_key == key)).first()


def _replay(prior: VoucherRedemption, amount: int, reference: str, session: Session) -> Redeemed:
    if (prior.amount, prior.reference) != (amount, reference):
        raise RedemptionKeyReused()
    currency = session.scalar(select(Voucher.currency).where(Voucher.code == prior.voucher_code)) or ""
    return Redeemed(_answer(prior, currency), replayed=True)


def _answer(row: VoucherRedemption, currency: str) -> dict[str, Any]:
    return {"code": grouped(row.voucher_code), "redemption_id": row.id, "amount": row.amount,
            "reference": row.reference, "balance": row.balance_after, "currency": currency,
            "redeemed_at": format_utc(row.redeemed_at)}


def void(db: Database, text: str, reason: str, actor: str, now: datetime) -> dict[str, Any]:
    """Void a voucher (what is left can no longer be spent); voiding it again changes nothing."""
    code = normalise(text)
    with db.writing() as session:
        voucher = session.scalars(select(Voucher).where(Voucher.code == code).with_for_update()).first()
        if voucher is None:
            raise not_found(session, code)
        if voucher.status != "void":
            voucher.status, voucher.voided_at, voucher.void_reason = "void", now, reason or None
            events.record(session, "voucher_voided", actor, grouped(code),
                          {"reason": reason, "balance": voucher.balance}, now, store_id=voucher.store_id)
            session.flush()
        return view(session, voucher, now)


def void_for_return(session: Session, return_id: str, actor: str, now: datetime) -> int:
    """Void what is left of a return's vouchers (staff refused the return); how many."""
    rows = list(session.scalars(select(Voucher).where(Voucher.return_id == return_id, Voucher.status == "active")
                                .order_by(Voucher.code).with_for_update()))
    for voucher in rows:
        voucher.status, voucher.voided_at, voucher.void_reason = "void", now, "the return was refused"
        events.record(session, "voucher_voided", actor, grouped(voucher.code),
                      {"reason": "the return was refused", "balance": voucher.balance}, now, store_id=voucher.store_id)
    return len(rows)
