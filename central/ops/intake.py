"""Taking a return case exactly once, and never past what was bought.

The decision is prepared on a snapshot, outside any lock: the case id looked up (a replay
is answered from the stored row), the units left on each line counted over every device's
returns, the case re-checked with ``kiosk.workflow``. Then one short write transaction locks
the order row (``FOR UPDATE`` on PostgreSQL; SQLite's write lock is already held from
``BEGIN IMMEDIATE``) and confirms the snapshot still holds: every return that counts bumps
the order's ``seq``, so an unchanged ``seq`` means no unit was taken meanwhile. If it moved,
the decision is made again under the lock. Two posts for one order therefore queue on its
row and the second sees the first's lines; two posts of one case that lock different orders
(a reused key with another body) meet at the primary key, and the loser answers from the
winner's row.

On SQLite, cases posted together are taken by ``take`` inside one transaction that holds
the write lock from its first statement (see central.intake_writer): each is decided once,
with no snapshot to confirm, and sees the cases before it in the batch.

The answer (status code and exact body) is stored with the case; a replay of the same key
and body gets it back however much later, including a 409 refusal.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Mapping, cast

from sqlalchemy import Table, bindparam, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central.auth import DeviceIdentity
from central.canonical import canonical_json, digest
from central.context import ServerContext
from central.errors import ApiError
from central.models import Order, Return, ReturnLine
from central.ops import orders as order_ops
from central.ops import sequence
from central.ops.recheck import Recheck, approved_lines, history_unchanged, recheck
from central.schemas import ReturnCaseIn
from kiosk.workflow.clock import format_utc, parse_utc
from kiosk.workflow.orders import Order as DomainOrder

_orders = cast(Table, Order.__table__)
_returns = cast(Table, Return.__table__)
_lines = cast(Table, ReturnLine.__table__)
# Built once: the intake runs these on every post.
_STORED = select(_returns.c.id, _returns.c.body_hash, _returns.c.response_status, _returns.c.response_body).where(
    or_(_returns.c.id == bindparam("case_id"), _returns.c.code == bindparam("code")))
_ORDER = select(_orders.c.id, _orders.c.seq, _orders.c.number, _orders.c.email_key, _orders.c.document).where(
    _orders.c.number_key == bindparam("number_key"))
_LOCK_ORDER = select(_orders.c.seq).where(_orders.c.id == bindparam("order_id")).with_for_update()
_INSERT_RETURN = _returns.insert()
_INSERT_LINES = _lines.insert()
_BUMP_ORDER = _orders.update().where(_orders.c.id == bindparam("order_id")).values(seq=bindparam("seq"))


@dataclass(frozen=True)
class Answer:
    status: int
    body: str
    replayed: bool = False


@dataclass(frozen=True)
class Plan:
    """The decision for a case, made on a snapshot in which the order had ``order_seq``."""

    order_id: int
    order_seq: int
    order_number: str
    customer_key: str
    left: Mapping[str, int]
    wanted: Mapping[str, int]
    checked: Recheck | None  # None: refused for over-return, nothing to re-check

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


@dataclass(frozen=True)
class Post:
    """A case as posted: who sent it, its body as stored and the hash a replay must match."""

    device: DeviceIdentity
    case: ReturnCaseIn
    body: dict[str, Any]
    body_hash: str


def post(device: DeviceIdentity, key: str, case: ReturnCaseIn) -> Post:
    """The checks that need no database: the key must be the case id."""
    if key != case.id:
        raise ApiError(422, "idempotency_key_mismatch", "the Idempotency-Key header must equal the case id",
                       key=key, case_id=case.id)
    body = case.model_dump(mode="json")
    return Post(device, case, body, digest(body))


def receive_post(context: ServerContext, posted: Post) -> Answer:
    """Store the case and answer, or replay the first answer given for this key (own transactions)."""
    case, body_hash = posted.case, posted.body_hash
    with context.db.reading() as session:
        answer = _replay(session, case, body_hash)
        if answer is not None:
            return answer
        plan = _plan(session, context, case)
    try:
        with context.db.writing() as session:
            return _commit(session, context, posted, plan)
    except IntegrityError:
        pass  # a concurrent post of this case won the race; answer from its row
    with context.db.reading() as session:
        answer = _replay(session, case, body_hash)
    if answer is None:
        raise CodeTaken(case.code)
    return answer


def take(session: Session, context: ServerContext, posted: Post) -> Answer:
    """Decide and store one case inside a SQLite write transaction that the caller commits.

    That transaction began with ``BEGIN IMMEDIATE``: nothing can land between reading and
    writing, so the decision is made once, with no snapshot to confirm.
    """
    answer = _replay(session, posted.case, posted.body_hash)
    if answer is not None:
        return answer
    return _decide(session, context, posted, _plan(session, context, posted.case))


def _replay(session: Session, case: ReturnCaseIn, body_hash: str) -> Answer | None:
    """The stored answer for this case id; refuses a reused key or a return code of another case."""
    rows = session.connection().execute(_STORED, {"case_id": case.id, "code": case.code}).all()
    for row in rows:
        if row.id != case.id:
            continue
        if row.body_hash != body_hash:
            raise IdempotencyConflict()
        return Answer(row.response_status, row.response_body, replayed=True)
    if rows:
        raise CodeTaken(case.code)
    return None


def _plan(session: Session, context: ServerContext, case: ReturnCaseIn) -> Plan:
    order = session.connection().execute(_ORDER, {"number_key": case.order_number.upper()}).first()
    if order is None:
        raise ApiError(422, "unknown_order", f"the server has no order {case.order_number}",
                       order_number=case.order_number)
    unknown = sorted({line.line_id for line in case.lines} - {line["id"] for line in order.document["lines"]})
    if unknown:
        raise ApiError(422, "unknown_line", f"order {order.number} has no line {', '.join(unknown)}",
                       line_ids=unknown)
    returned = order_ops.returned_from(session, order.id)
    left = _quantity_left(order.document, returned)
    wanted = _wanted(case)
    plan = Plan(order.id, order.seq, order.number, order.email_key, left, wanted, None)
    if plan.over:
        return plan
    served = DomainOrder.from_dict(order_ops.served(order.document, returned))
    return Plan(order.id, order.seq, order.number, order.email_key, left, wanted,
                recheck(session, context.policies, case, served, order.email_key))


def _commit(session: Session, context: ServerContext, posted: Post, plan: Plan) -> Answer:
    """Lock the order, confirm the snapshot ``plan`` was made on (or decide again), then store."""
    case = posted.case
    seq_now = session.connection().execute(_LOCK_ORDER, {"order_id": plan.order_id}).scalar()
    answer = _replay(session, case, posted.body_hash)
    if answer is not None:
        return answer
    checked = plan.checked
    if seq_now != plan.order_seq or (checked is not None and not history_unchanged(
            session, context.policies, case, plan.customer_key, checked.history)):
        plan = _plan(session, context, case)  # something landed on this order or shopper meanwhile
    return _decide(session, context, posted, plan)


def _decide(session: Session, context: ServerContext, posted: Post, plan: Plan) -> Answer:
    """Store the case under ``plan``, made while holding the order, and the answer it gets."""
    case = posted.case
    now = context.clock()
    if plan.over:
        answer = Answer(409, canonical_json(_over_return(plan.over)))
        _store(session, posted, plan, answer, "refused", [], now)
        return answer
    assert plan.checked is not None
    findings = plan.checked.findings
    status = "review" if findings else "accepted"
    receipt = {
        "id": case.id, "code": case.code, "status": status, "received_at": format_utc(now),
        "disagreements": findings,
        "lines": [{"line_id": i, "quantity_left": plan.left[i] - plan.wanted.get(i, 0)}
                  for i in dict.fromkeys(line.line_id for line in case.lines)],
    }
    answer = Answer(201, canonical_json(receipt))
    _store(session, posted, plan, answer, status, findings, now)
    return answer


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


def _store(session: Session, posted: Post, plan: Plan, answer: Answer, status: str,
           findings: list[dict[str, Any]], now: datetime) -> None:
    device, case = posted.device, posted.case
    counted = status != "refused"
    seq = sequence.reserve(session)
    connection = session.connection()
    connection.execute(_INSERT_RETURN, {
        "id": case.id, "code": case.code, "store_id": device.store_id, "device_id": device.id,
        "order_id": plan.order_id, "order_number": plan.order_number, "customer_key": plan.customer_key,
        "policy_version": case.policy_version, "status": status, "body": posted.body, "body_hash": posted.body_hash,
        "refunded": case.refund_total + case.credit_total if counted else 0,
        "response_status": answer.status, "response_body": answer.body, "disagreements": findings,
        "created_at": parse_utc(case.created_at), "received_at": now, "status_changed_at": now, "seq": seq,
    })
    connection.execute(_INSERT_LINES, [
        {"return_id": case.id, "position": i, "order_id": plan.order_id, "line_id": line.line_id,
         "quantity": line.quantity, "counts": counted and counts}
        for i, (line, counts) in enumerate(zip(case.lines, _counts(case), strict=True))
    ])
    if counted:  # the order's served quantity_returned changed: back into every feed
        connection.execute(_BUMP_ORDER, {"order_id": plan.order_id, "seq": seq})
