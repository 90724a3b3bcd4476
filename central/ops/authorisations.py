"""Return authorisations: a return decided online by kiosk.workflow, dropped off once at a kiosk.

The shopper web page asks ``assess`` what the policy says about the lines they chose (the
same ``evaluate`` and ``quote`` a kiosk runs), then ``create`` authorises the eligible ones:
units already authorised and not yet dropped off count as gone, so one item cannot be
authorised twice. An authorisation is valid for the policy's ``authorisations.valid_days``
(default 14) and is decided again at drop-off by the kiosk and, as every case, by central.

Kiosks pull their store's authorisations (and those for any store) with a cursor, like the
order feed, and look up others live. At intake, a case naming an authorisation drops it off
under the authorisation's row lock: the first case wins, another case is refused 409
``authorisation_taken`` and nothing of it is stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Mapping, Sequence

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from central.auth import DeviceIdentity
from central.cursors import Cursor, decode_cursor
from central.errors import ApiError
from central.models import Order, Return
from central.models_authorisations import Authorisation
from central.ops import events, sequence
from central.ops import orders as order_ops
from central.ops.feeds import Page
from central.ops.policies import current_policy
from central.ops.recheck import recent_returns
from central.policy_cache import PolicyCache
from central.schemas import ReturnCaseIn
from kiosk.workflow.authorisations import (
    AUTHORISED,
    DROPPED_OFF,
    EXPIRED,
    InvalidAuthorisationCode,
    mint_authorisation_code,
    parse_authorisation_code,
)
from kiosk.workflow.cases import Resolution
from kiosk.workflow.clock import format_utc, parse_utc
from kiosk.workflow.eligibility import CustomerHistory, Evaluation, Selection, Verdict, evaluate
from kiosk.workflow.orders import Order as DomainOrder
from kiosk.workflow.policy import Policy
from kiosk.workflow.quotes import Quote, quote

AUTHORISATIONS_FEED = "a"
DEFAULT_VALID_DAYS = 14
#: What a shopper can choose online: the goods come back to a store, the money follows.
ONLINE_RESOLUTIONS = (Resolution.REFUND, Resolution.STORE_CREDIT)
#: Statuses that still hold the order's units for the authorisation.
_HOLDING = (AUTHORISED,)


class NoPolicy(ApiError):
    def __init__(self) -> None:
        super().__init__(503, "no_policy", "no return policy has been set yet; returns cannot be started online",
                         headers={"Retry-After": "60"})


class NothingAuthorised(ApiError):
    def __init__(self) -> None:
        super().__init__(422, "nothing_authorised", "none of the chosen items can be returned online")


class ResolutionUnavailable(ApiError):
    def __init__(self, resolution: str) -> None:
        super().__init__(422, "resolution_unavailable", f"{resolution} is not available for these items",
                         resolution=resolution)


class AuthorisationTaken(ApiError):
    def __init__(self, code: str) -> None:
        super().__init__(409, "authorisation_taken", f"authorisation {code} was already dropped off by another case",
                         authorisation_code=code)


class AuthorisationExpired(ApiError):
    def __init__(self, code: str) -> None:
        super().__init__(409, "authorisation_expired", f"authorisation {code} expired before this case was taken",
                         authorisation_code=code)


class AuthorisationUnknown(ApiError):
    def __init__(self, code: str) -> None:
        super().__init__(404, "authorisation_unknown", f"there is no authorisation {code}", authorisation_code=code)


@dataclass(frozen=True)
class Requested:
    """A line the shopper wants to send back, and why."""

    line_id: str
    quantity: int
    reason_code: str
    condition: str | None = None
    note: str = ""

    def selection(self) -> Selection:
        return Selection(self.line_id, self.quantity, self.reason_code, self.condition, self.note)


@dataclass(frozen=True)
class Assessment:
    """What the policy says now about the chosen lines of an order, as the kiosk would."""

    policy: Policy
    valid_days: int
    order: DomainOrder
    selections: tuple[Selection, ...]
    evaluation: Evaluation
    quote: Quote

    def resolutions(self) -> list[Resolution]:
        """The drop-off resolutions the policy offers and that are available for these lines."""
        available = {o.resolution for o in self.quote.available}
        return [r for r in ONLINE_RESOLUTIONS if r in available]

    @property
    def eligible(self) -> list[Selection]:
        return [s for s, d in zip(self.selections, self.evaluation.decisions, strict=True)
                if d.verdict is Verdict.ELIGIBLE]


def policy_now(session: Session, policies: PolicyCache) -> tuple[Policy, int]:
    """The current policy and how many days an authorisation made under it stays valid."""
    stored = current_policy(session)
    if stored is None:
        raise NoPolicy()
    section = stored.document.get("authorisations") or {}
    return policies.get(stored.version, stored.document), int(section.get("valid_days", DEFAULT_VALID_DAYS))


def order_now(session: Session, order: Order, now: datetime) -> DomainOrder:
    """The order as a kiosk would see it, with units held by open authorisations counted as gone."""
    returned = dict(order_ops.returned_here(session, [order.id]).get(order.id, {}))
    for line_id, quantity in held_units(session, order.id, now).items():
        returned[line_id] = returned.get(line_id, 0) + quantity
    return DomainOrder.from_dict(order_ops.served(order.document, returned))


def held_units(session: Session, order_id: int, now: datetime) -> dict[str, int]:
    """Units of each line held by the order's authorisations not yet dropped off nor expired."""
    held: dict[str, int] = {}
    rows = session.scalars(select(Authorisation).where(Authorisation.order_id == order_id,
                                                       Authorisation.status.in_(_HOLDING),
                                                       Authorisation.expires_at > now))
    for row in rows:
        for line in row.lines:
            held[line["line_id"]] = held.get(line["line_id"], 0) + int(line["quantity"])
    return held


def assess(session: Session, policies: PolicyCache, order: Order, requested: Sequence[Requested],
           now: datetime) -> Assessment:
    """Evaluate and quote the requested lines under the current policy at ``now``."""
    policy, valid_days = policy_now(session, policies)
    domain = order_now(session, order, now)
    selections = tuple(r.selection() for r in requested)
    history = _history(session, policy, order.email_key, now)
    evaluation = evaluate(domain, selections, policy, now, history=history)
    return Assessment(policy, valid_days, domain, selections, evaluation, quote(domain, evaluation, selections, policy))


def _history(session: Session, policy: Policy, customer_key: str, now: datetime) -> CustomerHistory:
    days = policy.approval.frequent_period_days
    if days is None:
        return CustomerHistory()
    past = recent_returns(session, customer_key, now - timedelta(days=days), now)
    return CustomerHistory(returns_in_period=len(past), refunded_in_period=sum(p.refunded for p in past))


def create(session: Session, policies: PolicyCache, order: Order, requested: Sequence[Requested],
           resolution: Resolution, store_id: str | None, now: datetime, *, code: str | None = None,
           actor: str = "shopper-web") -> Authorisation:
    """Authorise the eligible requested lines (inside the caller's write transaction).

    Lines the policy refuses or holds for a manager are left out (the shopper brings those to
    a store's counter); NothingAuthorised when none is eligible, ResolutionUnavailable when the
    resolution cannot be given for the eligible ones.
    """
    _lock_order(session, order.id)
    first = assess(session, policies, order, requested, now)
    chosen = [r for r in requested if r.selection() in first.eligible]
    if not chosen:
        raise NothingAuthorised()
    decided = assess(session, policies, order, chosen, now) if len(chosen) < len(requested) else first
    if resolution not in decided.resolutions():
        raise ResolutionUnavailable(resolution.value)
    row = Authorisation(
        code=code or _fresh_code(session), order_id=order.id, order_number=order.number, customer_key=order.email_key,
        store_id=store_id, status=AUTHORISED, currency=decided.order.currency, resolution=resolution.value,
        policy_version=decided.policy.version, lines=_lines(decided.order, chosen), decision=_decision(decided, resolution),
        created_at=now, expires_at=now + timedelta(days=decided.valid_days), status_changed_at=now,
        return_id=None, dropped_off_store_id=None, dropped_off_device_id=None, seq=sequence.reserve(session),
    )
    session.add(row)
    session.flush()
    events.record(session, "authorisation_created", actor, f"authorisation {row.code}",
                  {"order_number": row.order_number, "resolution": row.resolution, "lines": row.lines,
                   "total": row.decision["total"], "expires_at": format_utc(row.expires_at)}, now,
                  store_id=store_id)
    return row


def _lock_order(session: Session, order_id: int) -> None:
    """Hold the order so two authorisations of one line cannot both see its units free."""
    session.execute(select(Order.id).where(Order.id == order_id).with_for_update())


def _fresh_code(session: Session) -> str:
    while True:
        code = mint_authorisation_code()
        if session.get(Authorisation, code) is None:
            return code


def _lines(order: DomainOrder, chosen: Sequence[Requested]) -> list[dict[str, Any]]:
    lines = []
    for r in chosen:
        line = order.line(r.line_id)
        lines.append({"line_id": r.line_id, "sku": line.sku, "title": line.title, "quantity": r.quantity,
                      "reason_code": r.reason_code, "condition": r.condition, "gtin": getattr(line, "gtin", None),
                      "image_url": getattr(line, "image_url", None)})
    return lines


def _decision(assessment: Assessment, resolution: Resolution) -> dict[str, Any]:
    option = assessment.quote.option(resolution)
    return {
        "at": format_utc(assessment.evaluation.at),
        "lines": [{"line_id": d.line_id, "verdict": d.verdict.value, "message_key": d.message_key,
                   "message_params": dict(d.message_params)} for d in assessment.evaluation.decisions],
        "total": option.total, "restocking_fee": option.restocking_fee, "bonus": option.bonus,
        "per_line": dict(option.per_line),
        "tender_refunds": [{"kind": t.kind, "amount": t.amount, "reference": t.reference}
                           for t in option.tender_refunds],
    }


# --- serving kiosks ---------------------------------------------------------------------------

def status_at(row: Authorisation, now: datetime) -> str:
    """The status as of ``now``: an authorised one past its expiry is expired even before a sweep."""
    return EXPIRED if row.status == AUTHORISED and row.expires_at <= now else row.status


def serve(row: Authorisation, now: datetime) -> dict[str, Any]:
    """The authorisation JSON kiosks read (contract "Return authorisations")."""
    return {"code": row.code, "status": status_at(row, now), "order_number": row.order_number,
            "store_id": row.store_id, "created_at": format_utc(row.created_at),
            "expires_at": format_utc(row.expires_at), "currency": row.currency, "resolution": row.resolution,
            "lines": [dict(line) for line in row.lines]}


def page(session: Session, store_id: str, cursor: str | None, limit: int, now: datetime) -> Page:
    """Authorisations for a store (its own and those for any store) changed since ``cursor``.

    From the start (no cursor) only open ones are sent; after that every change, so a kiosk
    hears that one it holds was dropped off elsewhere or expired.
    """
    epoch, ceiling = sequence.position(session)
    after = decode_cursor(cursor, feed=AUTHORISATIONS_FEED, epoch=epoch, last_seq=ceiling)
    query = (select(Authorisation)
             .where(or_(Authorisation.store_id == store_id, Authorisation.store_id.is_(None)),
                    Authorisation.seq > after, Authorisation.seq <= ceiling)
             .order_by(Authorisation.seq).limit(limit + 1))
    if after == 0:
        query = query.where(Authorisation.status == AUTHORISED, Authorisation.expires_at > now)
    rows = list(session.scalars(query))
    chunk, has_more = rows[:limit], len(rows) > limit
    end = chunk[-1].seq if has_more else ceiling
    return Page([serve(r, now) for r in chunk], Cursor(AUTHORISATIONS_FEED, epoch, end).encode(), has_more)


def find(session: Session, text: str, *, lock: bool = False) -> Authorisation | None:
    """The authorisation a typed or scanned code names; None when the code is malformed or unknown."""
    try:
        code = parse_authorisation_code(text)
    except InvalidAuthorisationCode:
        return None
    query = select(Authorisation).where(Authorisation.code == code)
    return session.scalar(query.with_for_update() if lock else query)


# --- drop-off at intake -----------------------------------------------------------------------

def drop_off(session: Session, code: str, return_id: str, device: DeviceIdentity, case_created_at: str,
             now: datetime, *, order_number: str | None = None) -> Authorisation:
    """Mark the authorisation dropped off by case ``return_id`` (inside the intake's transaction).

    The row is locked first, so of two cases racing for it one waits and then finds it taken.
    An authorisation is dropped off while authorised and not expired when the kiosk took the
    case (a kiosk offline past the expiry still took it in time).
    """
    row = find(session, code, lock=True)
    if row is None:
        raise AuthorisationUnknown(code)
    if order_number is not None and order_number.upper() != row.order_number.upper():
        raise ApiError(422, "authorisation_other_order", f"authorisation {row.code} is for order {row.order_number}",
                       authorisation_code=row.code, order_number=row.order_number)
    if row.status != AUTHORISED or (row.return_id is not None and row.return_id != return_id):
        raise AuthorisationTaken(row.code)
    if parse_utc(case_created_at) >= row.expires_at:
        raise AuthorisationExpired(row.code)
    row.status, row.return_id, row.status_changed_at = DROPPED_OFF, return_id, now
    row.dropped_off_store_id, row.dropped_off_device_id = device.store_id, device.id
    row.seq = sequence.reserve(session)
    session.flush()
    events.record(session, "authorisation_dropped_off", device.id, f"authorisation {row.code}",
                  {"return_id": return_id, "order_number": row.order_number}, now, store_id=device.store_id)
    return row


def set_status(session: Session, code: str, status: str, now: datetime) -> Authorisation:
    """Move an authorisation on (received at the returns centre, refunded); AuthorisationUnknown."""
    row = find(session, code, lock=True)
    if row is None:
        raise AuthorisationUnknown(code)
    events.record(session, "authorisation_status", "cli", f"authorisation {row.code}",
                  {"from": row.status, "to": status}, now, store_id=row.store_id)
    row.status, row.status_changed_at, row.seq = status, now, sequence.reserve(session)
    return row


def follow_return(session: Session, return_row: Return, now: datetime) -> None:
    """When a dropped-off return is refunded, so is its authorisation (back in the feeds)."""
    if return_row.status != "refunded":
        return
    rows = session.scalars(select(Authorisation).where(Authorisation.return_id == return_row.id,
                                                       Authorisation.status.in_((DROPPED_OFF, "received")))
                           .with_for_update())
    for row in rows:
        row.status, row.status_changed_at, row.seq = "refunded", now, sequence.reserve(session)
        events.record(session, "authorisation_status", "refunds", f"authorisation {row.code}",
                      {"to": "refunded", "return_id": return_row.id}, now, store_id=row.store_id)


def expire_due(session: Session, now: datetime) -> int:
    """Sweep authorised ones past their expiry to expired (each back in the feeds); how many."""
    rows = list(session.scalars(select(Authorisation).where(Authorisation.status == AUTHORISED,
                                                            Authorisation.expires_at <= now).with_for_update()))
    for row in rows:
        row.status, row.status_changed_at, row.seq = EXPIRED, now, sequence.reserve(session)
        events.record(session, "authorisation_expired", "cli", f"authorisation {row.code}",
                      {"expired_at": format_utc(row.expires_at)}, now, store_id=row.store_id)
    return len(rows)


def listing(session: Session, now: datetime, *, status: str | None = None) -> list[Mapping[str, Any]]:
    """Every authorisation, newest first, for ``kiosk-central authorisations list``."""
    rows = session.scalars(select(Authorisation).order_by(Authorisation.created_at.desc()))
    served = [serve(r, now) for r in rows]
    return [s for s in served if status is None or s["status"] == status]


def take_case(session: Session, device: DeviceIdentity, case: ReturnCaseIn, now: datetime) -> None:
    """Intake's hook: a case naming an authorisation drops it off, or is refused with nothing stored.

    Its refund instructions follow from the case itself (central.ops.outcomes, at intake).
    """
    if case.authorisation_code:
        drop_off(session, case.authorisation_code, case.id, device, case.created_at, now,
                 order_number=case.order_number)


def create_demo(session: Session, policies: PolicyCache, now: datetime) -> list[Authorisation]:
    """The demo online returns (kiosk.demo) for the demo orders loaded here, made once each, with the
    same codes as a demo kiosk shows."""
    from kiosk import demo  # the demo data is not loaded by a serving central

    made = []
    for number, line_id, reason, condition, own_store in demo.DEMO_ONLINE_RETURNS:
        code = demo.demo_online_code(number, line_id)
        order = session.scalar(select(Order).where(Order.number_key == number))
        existing = session.get(Authorisation, code)
        if order is None or existing is not None:
            made += [existing] if existing is not None else []
            continue
        made.append(create(session, policies, order, [Requested(line_id, 1, reason, condition)], Resolution.REFUND,
                           order.store_id if own_store else None, now, code=code, actor="demo"))
    return made
