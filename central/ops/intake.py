"""Taking a posted return case exactly once, and never past what was bought.

Each post is decided and stored in one write transaction of its own (``receive``). On SQLite
it holds the database's write lock from ``BEGIN IMMEDIATE``; on PostgreSQL the case's order
row is locked ``FOR UPDATE`` before anything else is read, and, when the policy counts a
shopper's returns, the shopper too (central.ops.shopper_locks). Either way nothing lands on
the order between reading and writing, so each case is decided once, and a case posted twice
at the same moment waits for the first and then finds it stored.

The answer (status code and exact body) is stored with the case; a replay of the same key
and body gets it back however much later, including a 409 refusal. Nothing is answered
before the commit: a kiosk never hears 201 for a case that is not durable.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Mapping, cast

from sqlalchemy import Table, bindparam, or_, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central.auth import DeviceIdentity
from central.canonical import canonical_json, digest
from central.context import ServerContext
from central.errors import ApiError
from central.models import Order, Return, ReturnLine
from central.ops import authorisations as authorisation_ops
from central.ops import orders as order_ops
from central.ops import outcomes, sequence
from central.ops.case_identity import check_case_identity
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
from central.ops.shopper_locks import lock_shopper
from central.schemas import ReturnCaseIn, stored_body
from kiosk.workflow.clock import format_utc, parse_utc
from kiosk.workflow.orders import Order as DomainOrder

_orders, _returns = cast(Table, Order.__table__), cast(Table, Return.__table__)
_ORDER = select(_orders.c.id, _orders.c.number, _orders.c.email_key, _orders.c.document).where(
    _orders.c.number_key == bindparam("number_key")).with_for_update()
_STORED = select(_returns.c.id, _returns.c.body_hash, _returns.c.response_status, _returns.c.response_body).where(
    or_(_returns.c.id == bindparam("id"), _returns.c.code == bindparam("code")))
# Storing a case on SQLite: a seq from the change counter, the case, its lines, its order's seq.
_INSERT_RETURN = _returns.insert()
_INSERT_LINES = cast(Table, ReturnLine.__table__).insert()
_BUMP_ORDER = _orders.update().where(_orders.c.id == bindparam("order_id")).values(seq=bindparam("seq"))
# The same on PostgreSQL in one statement. Every post takes the counter's row lock and holds it
# until it commits (central.models): so it is held for this statement and the COMMIT only, not
# across a round trip per statement, each waiting for this process's other threads to let go
# of the GIL.
_COLUMNS = [column.name for column in _returns.columns if column.name != "seq"]
_WRITE_POSTGRES = text(f"""
WITH counter AS (
    UPDATE sync_state SET last_seq = last_seq + 1 WHERE id = 1 RETURNING last_seq
), taken AS (
    INSERT INTO returns ({", ".join(_COLUMNS)}, seq)
    SELECT {", ".join(f"r.{name}" for name in _COLUMNS)}, counter.last_seq
    FROM json_populate_record(NULL::returns, CAST(:case AS json)) AS r, counter
), lines AS (
    INSERT INTO return_lines SELECT * FROM json_populate_recordset(NULL::return_lines, CAST(:lines AS json))
)
UPDATE orders SET seq = counter.last_seq FROM counter WHERE orders.id = :order_id AND :counted
""")
OrderRow = Any  # a row of _ORDER


@dataclass(frozen=True)
class Answer:
    status: int
    body: str
    replayed: bool = False


@dataclass(frozen=True)
class Post:
    """A case as posted: who sent it, its body as stored and the hash a replay must match."""

    device: DeviceIdentity
    case: ReturnCaseIn
    body: dict[str, Any]
    body_hash: str


class IdempotencyConflict(ApiError):
    def __init__(self) -> None:
        super().__init__(422, "idempotency_key_reused",
                         "this Idempotency-Key was used for a different body; a changed case needs a new case id")


class CodeTaken(ApiError):
    def __init__(self, code: str) -> None:
        super().__init__(422, "code_taken", f"return code {code} belongs to another case")


def receive(context: ServerContext, device: DeviceIdentity, key: str, case: ReturnCaseIn) -> Answer:
    """The case's answer once it is durable; raises the ApiError refusing it (nothing stored)."""
    posted = post(device, key, case)
    try:
        with context.db.writing() as session:
            return take(session, context, posted)
    except IntegrityError:  # PostgreSQL: a case on another order took this return code meanwhile
        with context.db.reading() as session:
            answer = _replay(session, posted)
        if answer is None:
            raise CodeTaken(case.code) from None
        return answer


def post(device: DeviceIdentity, key: str, case: ReturnCaseIn) -> Post:
    """The checks that need no database: the key must be the case id."""
    if key != case.id:
        raise ApiError(422, "idempotency_key_mismatch", "the Idempotency-Key header must equal the case id",
                       key=key, case_id=case.id)
    body = stored_body(case)
    return Post(device, case, body, digest(body))


def take(session: Session, context: ServerContext, posted: Post) -> Answer:
    """Decide and store one case inside a write transaction that the caller commits."""
    case = posted.case
    order = session.connection().execute(_ORDER, {"number_key": case.order_number.upper()}).first()
    answer = _replay(session, posted)  # after the order's lock: a post of this case just before is visible
    if answer is not None:
        return answer
    if order is None:
        raise ApiError(422, "unknown_order", f"the server has no order {case.order_number}",
                       order_number=case.order_number)
    check_case_identity(session, posted.device, case.store_id, case.device_id, order.document)
    unknown = sorted({line.line_id for line in case.lines} - {line["id"] for line in order.document["lines"]})
    if unknown:
        raise ApiError(422, "unknown_line", f"order {order.number} has no line {', '.join(unknown)}",
                       line_ids=unknown)
    returned = order_ops.returned_here(session, [order.id]).get(order.id, {})
    left = _quantity_left(order.document, returned)
    wanted = _wanted(case)
    over = [{"line_id": line_id, "requested": n, "quantity_left": left[line_id]}
            for line_id, n in wanted.items() if n > left[line_id]]
    now = context.clock()
    if over:
        answer = Answer(409, canonical_json(_over_return(over)))
        _store(session, posted, order, answer, "refused", [], now)
        return answer
    checked = _recheck(session, context, case, order, returned)
    authorisation_ops.take_case(session, posted.device, case, now)
    status = "review" if checked.findings else "accepted"
    receipt = {
        "id": case.id, "code": case.code, "status": status, "received_at": format_utc(now),
        "disagreements": checked.findings,
        "lines": [{"line_id": i, "quantity_left": left[i] - wanted.get(i, 0)}
                  for i in dict.fromkeys(line.line_id for line in case.lines)],
    }
    answer = Answer(201, canonical_json(receipt))
    _store(session, posted, order, answer, status, checked.findings, now)
    outcomes.after_intake(session, case.id, posted.body, now)
    return answer


def _recheck(session: Session, context: ServerContext, case: ReturnCaseIn, order: OrderRow,
             returned: Mapping[str, int]) -> Recheck:
    """The server's own decision, for the order as every device has returned from it."""
    policy = policy_of(session, context.policies, case)
    period = frequent_period(policy, case)
    past: list[Past] = []
    if period is not None:
        lock_shopper(session, order.email_key)
        past = recent_returns(session, order.email_key, *period)
    served = DomainOrder.from_dict(order_ops.served(order.document, returned))
    return recheck(policy, case, served, history_of(past, case, policy))


def _replay(session: Session, posted: Post) -> Answer | None:
    """The stored answer for this case id; refuses a reused key or a return code of another case."""
    case = posted.case
    stored = session.connection().execute(_STORED, {"id": case.id, "code": case.code}).all()
    for row in stored:
        if row.id == case.id:
            if row.body_hash != posted.body_hash:
                raise IdempotencyConflict()
            return Answer(row.response_status, row.response_body, replayed=True)
    if stored:
        raise CodeTaken(case.code)
    return None


def _store(session: Session, posted: Post, order: OrderRow, answer: Answer, status: str,
           findings: list[dict[str, Any]], now: datetime) -> None:
    """The case, its lines, and (when it takes units) its order back into every kiosk's feed,
    at the next number of the change counter."""
    device, case = posted.device, posted.case
    counted = status != "refused"
    row = {
        "id": case.id, "code": case.code, "store_id": device.store_id, "device_id": device.id,
        "order_id": order.id, "order_number": order.number, "customer_key": order.email_key,
        "policy_version": case.policy_version, "status": status, "body": posted.body,
        "body_hash": posted.body_hash, "refunded": case.refund_total + case.credit_total if counted else 0,
        "response_status": answer.status, "response_body": answer.body, "disagreements": findings,
        "created_at": parse_utc(case.created_at), "received_at": now, "status_changed_at": now,
    }
    lines = [{"return_id": case.id, "position": i, "order_id": order.id, "line_id": line.line_id,
              "quantity": line.quantity, "counts": counted and counts}
             for i, (line, counts) in enumerate(zip(case.lines, _counts(case), strict=True))]
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(_WRITE_POSTGRES, {"case": _json(row), "lines": _json(lines), "order_id": order.id,
                                             "counted": counted})
        return
    seq = sequence.reserve(session)
    connection.execute(_INSERT_RETURN, {**row, "seq": seq})
    connection.execute(_INSERT_LINES, lines)
    if counted:  # its served quantity_returned changed
        connection.execute(_BUMP_ORDER, {"order_id": order.id, "seq": seq})


def _json(value: Any) -> str:
    return json.dumps(value, default=lambda moment: moment.isoformat(), separators=(",", ":"))


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
