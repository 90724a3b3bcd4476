"""Taking return cases exactly once, and never past what was bought.

Cases are taken in batches (see central.intake_writer) inside one write transaction that
the caller commits. On SQLite it holds the database's write lock from ``BEGIN IMMEDIATE``;
on PostgreSQL the batch's order rows are locked ``FOR UPDATE`` when they are read. Either
way nothing lands on those orders between reading and writing, so each case is decided once.

A batch reads what all its cases need in a few set-based statements (the orders, stored
cases with the same ids or return codes, the units already returned, the shoppers' recent
returns), then decides its cases one after the other, in the order they arrived, keeping
what it read up to date in memory with each decision (units taken, shoppers' returns, ids
and codes stored), and writes them all at the end. So every case gets the answer it would
have had posted alone after the ones before it, whatever they share with it.

The answer (status code and exact body) is stored with the case; a replay of the same key
and body gets it back however much later, including a 409 refusal.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Mapping, NamedTuple, Sequence, cast

from sqlalchemy import Select, Table, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central.auth import DeviceIdentity
from central.canonical import canonical_json, digest
from central.context import ServerContext
from central.errors import ApiError
from central.models import Order, Return
from central.ops import intake_store
from central.ops import orders as order_ops
from central.ops.key_lists import KeyListStatement, OneOf
from central.ops.recheck import (
    Past,
    Recheck,
    approved_lines,
    frequent_period,
    history_of,
    policy_of,
    recent_returns,
    recheck,
)
from central.ops.shopper_locks import lock_shoppers
from central.schemas import ReturnCaseIn
from kiosk.workflow.clock import format_utc, parse_utc
from kiosk.workflow.orders import Order as DomainOrder

_orders = cast(Table, Order.__table__)
_returns = cast(Table, Return.__table__)
# Built once: every batch runs these.
_STORED = KeyListStatement(lambda one_of: select(
    _returns.c.id, _returns.c.code, _returns.c.body_hash, _returns.c.response_status, _returns.c.response_body,
).where(or_(one_of(_returns.c.id, "ids"), one_of(_returns.c.code, "codes"))))


def _order_rows(one_of: OneOf) -> Select[Any]:
    return select(_orders.c.id, _orders.c.number, _orders.c.number_key, _orders.c.email_key,
                  _orders.c.document).where(one_of(_orders.c.number_key, "number_keys")).order_by(_orders.c.id)


# FOR UPDATE on PostgreSQL; SQLite is locked whole.
_ORDERS = KeyListStatement(lambda one_of: _order_rows(one_of).with_for_update())
# PostgreSQL, on the event loop: orders another transaction holds are left for a later batch
# rather than waited for (then found by _EXISTING), so one batch never waits out another's.
_ORDERS_FREE = KeyListStatement(lambda one_of: _order_rows(one_of).with_for_update(skip_locked=True))
_EXISTING = KeyListStatement(lambda one_of: select(_orders.c.number_key).where(one_of(_orders.c.number_key,
                                                                                      "number_keys")))


@dataclass(frozen=True)
class Answer:
    status: int
    body: str
    replayed: bool = False


class Later:
    """The outcome of a case whose order another transaction holds: take it in a later batch."""


OrderRow = Any  # a row of _ORDERS
Outcome = Answer | ApiError  # a refusal is handed back, not raised, so the rest of the batch goes on


@dataclass(frozen=True)
class Post:
    """A case as posted: who sent it, its body as stored and the hash a replay must match."""

    device: DeviceIdentity
    case: ReturnCaseIn
    body: dict[str, Any]
    body_hash: str


@dataclass(frozen=True)
class Plan:
    """The decision for a case, made while its order could not change."""

    posted: Post
    order_id: int
    order_number: str
    customer_key: str
    left: Mapping[str, int]
    wanted: Mapping[str, int]
    checked: Recheck | None = None  # None: refused for over-return, nothing to re-check

    @property
    def over(self) -> list[dict[str, Any]]:
        return [{"line_id": line_id, "requested": n, "quantity_left": self.left[line_id]}
                for line_id, n in self.wanted.items() if n > self.left[line_id]]


class IdempotencyConflict(ApiError):
    def __init__(self) -> None:
        super().__init__(422, "idempotency_key_reused",
                         "this Idempotency-Key was used for a different body; a changed case needs a new case id")


class CodeTaken(ApiError):
    def __init__(self, code: str) -> None:
        super().__init__(422, "code_taken", f"return code {code} belongs to another case")


def post(device: DeviceIdentity, key: str, case: ReturnCaseIn) -> Post:
    """The checks that need no database: the key must be the case id."""
    if key != case.id:
        raise ApiError(422, "idempotency_key_mismatch", "the Idempotency-Key header must equal the case id",
                       key=key, case_id=case.id)
    body = case.model_dump(mode="json")
    return Post(device, case, body, digest(body))


def receive_post(context: ServerContext, posted: Post) -> Answer:
    """Take one case in a transaction of its own (a batch that failed falls back to this)."""
    try:
        with context.db.writing() as session:
            outcome = take(session, context, [posted])[0]
    except IntegrityError:  # another server process stored this case (or its code) meanwhile
        with context.db.reading() as session:
            outcome = _replay(*_stored(session, [posted]), posted) or CodeTaken(posted.case.code)
    if isinstance(outcome, ApiError):
        raise outcome
    return outcome


def take(session: Session, context: ServerContext, posts: Sequence[Post]) -> list[Outcome]:
    """Decide and store ``posts`` inside a write transaction that the caller commits.

    Each outcome is the case's Answer, or the ApiError refusing it (a refused case wrote nothing).
    """
    outcomes = take_free(session, context, posts, wait=True)
    assert not any(isinstance(o, Later) for o in outcomes)
    return cast(list[Outcome], outcomes)


def take_free(session: Session, context: ServerContext, posts: Sequence[Post], *,
              wait: bool = False) -> list[Outcome | Later]:
    """``take``, but on PostgreSQL a case whose order another transaction holds, or whose
    shopper's returns another transaction is counting (central.ops.shopper_locks), is Later
    (unless ``wait``): nothing of it is written, and it can be taken again in a while."""
    batch = _Batch(session, context, posts, wait)
    outcomes = [batch.take(posted) for posted in posts]
    batch.write(session)
    return outcomes


class _Batch:
    """What a batch read of the database, kept up to date with each case it decides."""

    def __init__(self, session: Session, context: ServerContext, posts: Sequence[Post], wait: bool) -> None:
        connection = session.connection()
        self.now = context.clock()
        number_keys = sorted({p.case.order_number.upper() for p in posts})
        self.orders: dict[str, OrderRow] = {
            row.number_key: row for row in connection.execute((_ORDERS if wait else _ORDERS_FREE)(connection),
                                                              {"number_keys": number_keys})}
        self.held: set[str] = set()  # orders another transaction holds
        self.busy_shoppers: set[str] = set()  # shoppers whose returns another transaction is counting
        missing = [key for key in number_keys if key not in self.orders]
        if missing and not wait and connection.dialect.name == "postgresql":
            self.held = set(connection.execute(_EXISTING(connection), {"number_keys": missing}).scalars())
        self.stored, self.code_owner = _stored(session, posts)
        self.returned = order_ops.returned_here(session, [order.id for order in self.orders.values()])
        self.policies = {p.case.policy_version: policy_of(session, context.policies, p.case) for p in posts}
        self.past = self._shoppers_past(session, posts, wait)
        self.decided: list[tuple[Plan, Answer]] = []

    def _shoppers_past(self, session: Session, posts: Sequence[Post], wait: bool) -> dict[str, list[Past]]:
        """The shoppers' returns over every period the frequent-returns rule looks at."""
        periods = [period for p in posts
                   if (period := frequent_period(self.policies[p.case.policy_version], p.case)) is not None]
        if not periods:
            return {}
        wanted = {order.email_key for order in self.orders.values()}
        shoppers = sorted(lock_shoppers(session.connection(), list(wanted), wait=wait))
        self.busy_shoppers = wanted - set(shoppers)
        return recent_returns(session, shoppers, min(since for since, _ in periods), max(until for _, until in periods))

    def take(self, posted: Post) -> Outcome | Later:
        if posted.case.order_number.upper() in self.held:
            return Later()
        try:
            answer = _replay(self.stored, self.code_owner, posted)
            if answer is not None:
                return answer
            order = _order_for(self.orders, posted.case)
        except ApiError as refusal:
            return refusal
        if order.email_key in self.busy_shoppers:
            return Later()
        plan = self._plan(posted, order)
        answer = _answer(plan, self.now)
        self._remember(plan, answer)
        return answer

    def write(self, session: Session) -> None:
        intake_store.write(session, *_rows(self.decided, self.now))

    def _plan(self, posted: Post, order: OrderRow) -> Plan:
        case = posted.case
        returned = self.returned.get(order.id, {})
        plan = Plan(posted, order.id, order.number, order.email_key, _quantity_left(order.document, returned),
                    _wanted(case))
        if plan.over:
            return plan
        policy = self.policies[case.policy_version]
        history = history_of(self.past.get(order.email_key, ()), case, policy)
        served = DomainOrder.from_dict(order_ops.served(order.document, returned))
        return replace(plan, checked=recheck(policy, case, served, history))

    def _remember(self, plan: Plan, answer: Answer) -> None:
        """What the cases after this one must see: it is stored, and it took its units."""
        posted, case = plan.posted, plan.posted.case
        self.stored[case.id] = _Stored(case.id, case.code, posted.body_hash, answer.status, answer.body)
        self.code_owner[case.code] = case.id
        if _status(plan) != "refused":
            returned = self.returned[plan.order_id]
            for line_id, units in plan.wanted.items():
                returned[line_id] = returned.get(line_id, 0) + units
            self.past.setdefault(plan.customer_key, []).append(
                Past(case.id, parse_utc(case.created_at), case.refund_total + case.credit_total))
        self.decided.append((plan, answer))


class _Stored(NamedTuple):
    id: str
    code: str
    body_hash: str
    response_status: int
    response_body: str


def _stored(session: Session, posts: Sequence[Post]) -> tuple[dict[str, _Stored], dict[str, str]]:
    """Stored cases with the ids or the return codes of ``posts`` by id, and their ids by code."""
    connection = session.connection()
    rows = connection.execute(_STORED(connection), {"ids": [p.case.id for p in posts],
                                                    "codes": [p.case.code for p in posts]})
    stored = {row.id: _Stored(*row) for row in rows}
    return stored, {row.code: row.id for row in stored.values()}


def _replay(stored: Mapping[str, _Stored], code_owner: Mapping[str, str], posted: Post) -> Answer | None:
    """The stored answer for this case id; refuses a reused key or a return code of another case."""
    case = posted.case
    row = stored.get(case.id)
    if row is not None:
        if row.body_hash != posted.body_hash:
            raise IdempotencyConflict()
        return Answer(row.response_status, row.response_body, replayed=True)
    if case.code in code_owner:
        raise CodeTaken(case.code)
    return None


def _order_for(orders: Mapping[str, OrderRow], case: ReturnCaseIn) -> OrderRow:
    order = orders.get(case.order_number.upper())
    if order is None:
        raise ApiError(422, "unknown_order", f"the server has no order {case.order_number}",
                       order_number=case.order_number)
    unknown = sorted({line.line_id for line in case.lines} - {line["id"] for line in order.document["lines"]})
    if unknown:
        raise ApiError(422, "unknown_line", f"order {order.number} has no line {', '.join(unknown)}",
                       line_ids=unknown)
    return order


def _answer(plan: Plan, now: datetime) -> Answer:
    if plan.over:
        return Answer(409, canonical_json(_over_return(plan.over)))
    assert plan.checked is not None
    case = plan.posted.case
    receipt = {
        "id": case.id, "code": case.code, "status": _status(plan), "received_at": format_utc(now),
        "disagreements": plan.checked.findings,
        "lines": [{"line_id": i, "quantity_left": plan.left[i] - plan.wanted.get(i, 0)}
                  for i in dict.fromkeys(line.line_id for line in case.lines)],
    }
    return Answer(201, canonical_json(receipt))


def _status(plan: Plan) -> str:
    if plan.checked is None:
        return "refused"
    return "review" if plan.checked.findings else "accepted"


def _quantity_left(document: Mapping[str, Any], returned: Mapping[str, int]) -> dict[str, int]:
    """Purchased, less the platform's returns, less every device's returns taken here."""
    return {
        line["id"]: line["quantity"] - line.get("quantity_returned", 0) - returned.get(line["id"], 0)
        for line in document["lines"]
    }


def _counts(case: ReturnCaseIn) -> list[bool]:
    """Whether each line takes units back: refused lines do not, unless a manager overrode them."""
    covered = approved_lines(case)
    return [line.verdict != "ineligible" or line.line_id in covered for line in case.lines]


def _wanted(case: ReturnCaseIn) -> dict[str, int]:
    wanted: dict[str, int] = defaultdict(int)
    for line, counts in zip(case.lines, _counts(case), strict=True):
        if counts:
            wanted[line.line_id] += line.quantity
    return dict(wanted)


def _over_return(over: list[dict[str, Any]]) -> dict[str, Any]:
    first = over[0]
    message = (f"line {first['line_id']} has {first['quantity_left']} unit(s) left to return; "
               f"the case asks for {first['requested']}")
    return ApiError(409, "over_return", message, lines=over).body()


def _rows(decided: Sequence[tuple[Plan, Answer]], now: datetime) -> tuple[list[dict[str, Any]],
                                                                       list[dict[str, Any]], dict[int, int]]:
    """The batch's cases and lines as rows (see intake_store.write), and for each order it
    takes units from, the place of the last case that does."""
    returns: list[dict[str, Any]] = []
    lines: list[dict[str, Any]] = []
    bumps: dict[int, int] = {}
    for place, (plan, answer) in enumerate(decided, start=1):
        device, case = plan.posted.device, plan.posted.case
        status = _status(plan)
        counted = status != "refused"
        returns.append({
            "id": case.id, "code": case.code, "store_id": device.store_id, "device_id": device.id,
            "order_id": plan.order_id, "order_number": plan.order_number, "customer_key": plan.customer_key,
            "policy_version": case.policy_version, "status": status, "body": plan.posted.body,
            "body_hash": plan.posted.body_hash, "refunded": case.refund_total + case.credit_total if counted else 0,
            "response_status": answer.status, "response_body": answer.body,
            "disagreements": plan.checked.findings if plan.checked else [],
            "created_at": parse_utc(case.created_at), "received_at": now, "status_changed_at": now, "seq": place,
        })
        lines += [{"return_id": case.id, "position": i, "order_id": plan.order_id, "line_id": line.line_id,
                   "quantity": line.quantity, "counts": counted and counts}
                  for i, (line, counts) in enumerate(zip(case.lines, _counts(case), strict=True))]
        if counted:  # its served quantity_returned changed: back into every feed
            bumps[plan.order_id] = place
    return returns, lines, bumps
