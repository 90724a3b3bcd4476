"""Taking return cases exactly once, and never past what was bought.

Cases are taken in batches (see central.intake_writer) inside one write transaction that
the caller commits. On SQLite it holds the database's write lock from ``BEGIN IMMEDIATE``;
on PostgreSQL the batch's order rows are locked ``FOR UPDATE`` when they are read. Either
way nothing lands on those orders between reading and writing, so each case is decided once.

A batch is taken in rounds. A round reads what its cases need in a few set-based statements
(stored cases with the same ids or return codes, the orders, the units already returned, the
shoppers' recent returns), decides every case and writes them all. A case that shares an
order, a shopper, an id or a return code with an earlier case of the batch waits for a later
round, which sees that case's rows: every case gets the answer it would have had posted
alone, in the order the cases arrived.

The answer (status code and exact body) is stored with the case; a replay of the same key
and body gets it back however much later, including a 409 refusal.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Mapping, Sequence, cast

from sqlalchemy import Table, bindparam, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central.auth import DeviceIdentity
from central.canonical import canonical_json, digest
from central.context import ServerContext
from central.errors import ApiError
from central.models import Order, Return, ReturnLine
from central.ops import orders as order_ops
from central.ops import sequence
from central.ops.recheck import Recheck, approved_lines, recheck_all
from central.schemas import ReturnCaseIn
from kiosk.workflow.clock import format_utc, parse_utc
from kiosk.workflow.orders import Order as DomainOrder

_orders = cast(Table, Order.__table__)
_returns = cast(Table, Return.__table__)
_lines = cast(Table, ReturnLine.__table__)
# Built once: every batch runs these.
_STORED = select(_returns.c.id, _returns.c.code, _returns.c.body_hash, _returns.c.response_status,
                 _returns.c.response_body).where(or_(_returns.c.id.in_(bindparam("ids", expanding=True)),
                                                     _returns.c.code.in_(bindparam("codes", expanding=True))))
_ORDERS = (select(_orders.c.id, _orders.c.number, _orders.c.number_key, _orders.c.email_key, _orders.c.document)
           .where(_orders.c.number_key.in_(bindparam("number_keys", expanding=True)))
           .order_by(_orders.c.id).with_for_update())  # FOR UPDATE on PostgreSQL; SQLite is locked whole
_INSERT_RETURN = _returns.insert()
_INSERT_LINES = _lines.insert()
# Each order the round changed moves to the seq of its case, the one counted return of that
# order stored by the round: one statement for the round, not one per order.
_BUMP_ORDERS = _orders.update().where(_orders.c.id.in_(bindparam("order_ids", expanding=True))).values(
    seq=select(func.max(_returns.c.seq)).where(_returns.c.order_id == _orders.c.id,
                                               _returns.c.seq >= bindparam("first_seq"),
                                               _returns.c.status != "refused").scalar_subquery())



@dataclass(frozen=True)
class Answer:
    status: int
    body: str
    replayed: bool = False


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
            outcome = _replay(_stored(session, [posted]), posted) or CodeTaken(posted.case.code)
    if isinstance(outcome, ApiError):
        raise outcome
    return outcome


def take(session: Session, context: ServerContext, posts: Sequence[Post]) -> list[Outcome]:
    """Decide and store ``posts`` inside a write transaction that the caller commits.

    Each outcome is the case's Answer, or the ApiError refusing it (a refused case wrote nothing).
    """
    number_keys = sorted({p.case.order_number.upper() for p in posts})
    orders = {row.number_key: row for row in session.connection().execute(_ORDERS, {"number_keys": number_keys})}
    outcomes: dict[int, Outcome] = {}
    waiting = list(range(len(posts)))
    while waiting:
        now_taken, waiting = _next_round(posts, waiting, orders)
        round_outcomes = _take_round(session, context, [posts[i] for i in now_taken], orders)
        outcomes.update(zip(now_taken, round_outcomes, strict=True))
    return [outcomes[i] for i in range(len(posts))]


def _next_round(posts: Sequence[Post], waiting: list[int], orders: Mapping[str, OrderRow]) -> tuple[list[int], list[int]]:
    """The waiting cases that share nothing with an earlier waiting case, and the others."""
    now_taken: list[int] = []
    later: list[int] = []
    claimed: set[tuple[str, str]] = set()
    for i in waiting:
        case = posts[i].case
        number_key = case.order_number.upper()
        keys = {("id", case.id), ("code", case.code), ("order", number_key)}
        if number_key in orders:
            keys.add(("shopper", orders[number_key].email_key))
        (later if keys & claimed else now_taken).append(i)
        claimed |= keys
    return now_taken, later


def _take_round(session: Session, context: ServerContext, posts: Sequence[Post],
                orders: Mapping[str, OrderRow]) -> list[Outcome]:
    stored = _stored(session, posts)
    outcomes: dict[int, Outcome] = {}
    ready: list[tuple[int, Post, OrderRow]] = []
    for i, posted in enumerate(posts):
        try:
            replayed = _replay(stored, posted)
            if replayed is None:
                ready.append((i, posted, _order_for(orders, posted.case)))
            else:
                outcomes[i] = replayed
        except ApiError as refusal:
            outcomes[i] = refusal
    if ready:
        outcomes.update(_decide(session, context, ready))
    return [outcomes[i] for i in range(len(posts))]


def _stored(session: Session, posts: Sequence[Post]) -> list[Any]:
    """Stored cases with the ids or the return codes of ``posts``."""
    return list(session.connection().execute(_STORED, {"ids": [p.case.id for p in posts],
                                                       "codes": [p.case.code for p in posts]}))


def _replay(stored: Sequence[Any], posted: Post) -> Answer | None:
    """The stored answer for this case id; refuses a reused key or a return code of another case."""
    case = posted.case
    for row in stored:
        if row.id == case.id:
            if row.body_hash != posted.body_hash:
                raise IdempotencyConflict()
            return Answer(row.response_status, row.response_body, replayed=True)
    if any(row.code == case.code for row in stored):
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


def _decide(session: Session, context: ServerContext,
            ready: Sequence[tuple[int, Post, OrderRow]]) -> list[tuple[int, Answer]]:
    """Plan, re-check and store the cases of one round; their answers by position."""
    returned = order_ops.returned_here(session, [order.id for _, _, order in ready])
    plans = [_plan(posted, order, returned.get(order.id, {})) for _, posted, order in ready]
    to_check = [(p.posted.case, _served(order, returned.get(order.id, {})), p.customer_key)
                for p, (_, _, order) in zip(plans, ready) if not p.over]
    checks = iter(recheck_all(session, context.policies, to_check))
    plans = [p if p.over else replace(p, checked=next(checks)) for p in plans]
    now = context.clock()
    first_seq = sequence.reserve(session, len(plans))  # last, to hold the counter row briefly
    answers = [_answer(plan, now) for plan in plans]
    _store(session, plans, answers, first_seq, now)
    return [(i, answer) for (i, _, _), answer in zip(ready, answers, strict=True)]


def _plan(posted: Post, order: OrderRow, returned: Mapping[str, int]) -> Plan:
    return Plan(posted, order.id, order.number, order.email_key, _quantity_left(order.document, returned),
                _wanted(posted.case))


def _served(order: OrderRow, returned: Mapping[str, int]) -> DomainOrder:
    return DomainOrder.from_dict(order_ops.served(order.document, returned))


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


def _store(session: Session, plans: Sequence[Plan], answers: Sequence[Answer], first_seq: int,
           now: datetime) -> None:
    """The round's cases, their lines, and their orders' new seq (a round holds at most one
    case per order)."""
    returns: list[dict[str, Any]] = []
    lines: list[dict[str, Any]] = []
    bumps: list[int] = []  # orders whose served quantity_returned changed
    for seq, (plan, answer) in enumerate(zip(plans, answers, strict=True), start=first_seq):
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
            "created_at": parse_utc(case.created_at), "received_at": now, "status_changed_at": now, "seq": seq,
        })
        lines += [{"return_id": case.id, "position": i, "order_id": plan.order_id, "line_id": line.line_id,
                   "quantity": line.quantity, "counts": counted and counts}
                  for i, (line, counts) in enumerate(zip(case.lines, _counts(case), strict=True))]
        if counted:  # the order's served quantity_returned changed: back into every feed
            bumps.append(plan.order_id)
    connection = session.connection()
    connection.execute(_INSERT_RETURN, returns)
    if lines:
        connection.execute(_INSERT_LINES, lines)
    if bumps:
        connection.execute(_BUMP_ORDERS, {"order_ids": bumps, "first_seq": first_seq})
