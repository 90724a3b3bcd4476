"""Orders: loaded from the commerce platform, served to kiosks with every device's returns counted.

The stored document is the platform's; ``quantity_returned`` on the way out adds what was
returned through this server (returns not refused), so each kiosk sees what every other
device has taken back, and a reload from the platform never erases a return.
"""

from __future__ import annotations

import hmac
import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any, Iterable, Iterator, Mapping, Sequence

from jsonschema import Draft202012Validator
from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from central.database import Database
from central.errors import AdminError
from central.models import Order, Return, ReturnLine
from central.ops import sequence
from kiosk.resources import resource
from kiosk.workflow.orders import Order as DomainOrder
from kiosk.workflow.orders import normalise_email
from kiosk.workflow.scans import receipt_token

#: Returns that use up the units they take back (a refused one does not).
COUNTED_STATUSES = ("accepted", "review", "refunded", "refund_failed")


_RETURNED = select(
    ReturnLine.order_id, ReturnLine.line_id, func.sum(ReturnLine.quantity),
).join(Return, Return.id == ReturnLine.return_id).where(
    ReturnLine.order_id.in_(bindparam("order_ids", expanding=True)), ReturnLine.counts.is_(True),
    Return.status.in_(COUNTED_STATUSES),
).group_by(ReturnLine.order_id, ReturnLine.line_id)


@dataclass(frozen=True)
class LoadReport:
    added: int
    changed: int
    unchanged: int


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    schema = json.loads(resource("schemas", "order.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def order_problems(document: Any) -> list[str]:
    """Everything wrong with an order document (schema, then what the domain parser refuses)."""
    problems = [f"{'.'.join(map(str, e.absolute_path)) or '(order)'}: {e.message}"
                for e in _validator().iter_errors(document)]
    if problems:
        return problems
    try:
        order = DomainOrder.from_dict(document)
    except (KeyError, TypeError, ValueError) as error:
        return [f"(order): {error}"]
    if len({line.id for line in order.lines}) != len(order.lines):
        return ["lines: line ids must be unique within an order"]
    return []


def read_jsonl(lines: Iterable[str]) -> list[dict[str, Any]]:
    """Parse and check a JSON Lines file of orders; AdminError lists every bad line."""
    documents: list[dict[str, Any]] = []
    problems: list[str] = []
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        try:
            document = json.loads(text)
        except json.JSONDecodeError as error:
            problems.append(f"line {number}: not JSON ({error.msg})")
            continue
        problems += [f"line {number}: {p}" for p in order_problems(document)]
        documents.append(document)
    if problems:
        raise AdminError("no orders were loaded:\n  " + "\n  ".join(problems[:50]))
    return documents


def load_orders(db: Database, documents: Sequence[Mapping[str, Any]], now: datetime) -> LoadReport:
    """Add new orders and replace changed ones, all in one transaction.

    A changed order takes a new sequence number so it reappears in every kiosk's feed; when
    a number appears more than once, the last document wins.
    Orders are handled in number order so concurrent loads lock rows in the same order.
    """
    problems = [f"order {i + 1}: {p}" for i, d in enumerate(documents) for p in order_problems(d)]
    if problems:
        raise AdminError("no orders were loaded:\n  " + "\n  ".join(problems[:50]))
    by_key = {str(d["number"]).upper(): d for d in documents}
    added = changed = 0
    with db.writing() as session:
        existing = {o.number_key: o for o in _locked(session, sorted(by_key))}
        fresh = [k for k in sorted(by_key) if k not in existing or existing[k].document != by_key[k]]
        seq = sequence.reserve(session, len(fresh)) if fresh else 0
        for offset, key in enumerate(fresh):
            fields = _fields(by_key[key], seq + offset, now)
            if key in existing:
                for name, value in fields.items():
                    setattr(existing[key], name, value)
                changed += 1
            else:
                session.add(Order(number_key=key, **fields))
                added += 1
    return LoadReport(added, changed, len(by_key) - added - changed)


def _locked(session: Session, keys: list[str]) -> Iterator[Order]:
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        yield from session.scalars(select(Order).where(Order.number_key.in_(chunk)).order_by(Order.number_key)
                                   .with_for_update())


def _fields(document: Mapping[str, Any], seq: int, now: datetime) -> dict[str, Any]:
    order = DomainOrder.from_dict(document)
    return {
        "number": order.number,
        "store_id": order.store_id,
        "email_key": normalise_email(order.customer.email),
        "window_start": order.delivered_at or order.placed_at,
        "document": dict(document),
        "seq": seq,
        "updated_at": now,
    }


def returned_here(session: Session, order_ids: Sequence[int]) -> dict[int, dict[str, int]]:
    """Units returned through this server per order and line (refused returns do not count)."""
    totals: dict[int, dict[str, int]] = defaultdict(dict)
    if not order_ids:
        return totals
    rows = session.execute(_RETURNED, {"order_ids": list(order_ids)})
    for order_id, line_id, quantity in rows:
        totals[order_id][line_id] = int(quantity)
    return totals


def served(stored: Mapping[str, Any], returned: Mapping[str, int]) -> dict[str, Any]:
    """The order document as kiosks see it: platform returns plus returns taken here."""
    document = dict(stored)
    document["lines"] = [
        {**line, "quantity_returned": line.get("quantity_returned", 0) + returned.get(line["id"], 0)}
        for line in stored["lines"]
    ]
    return document


def serve_all(session: Session, orders: Sequence[Order]) -> list[dict[str, Any]]:
    returned = returned_here(session, [o.id for o in orders])
    return [served(o.document, returned.get(o.id, {})) for o in orders]


def receipt_email(session: Session, number: str, token: str) -> str | None:
    """The customer e-mail (as kept for lookups) of order ``number`` when ``token`` is the token
    its receipt barcode carries (kiosk.workflow.scans), else None: a scanned receipt proves what
    a typed e-mail would, so its lookup can go through the same door as one by e-mail."""
    order = session.scalar(select(Order).where(Order.number_key == number.strip().upper()))
    if order is None:
        return None
    expected = receipt_token(order.number_key, order.email_key)
    return order.email_key if hmac.compare_digest(expected, token.strip().upper()) else None


def find(session: Session, number: str, email: str) -> Order | None:
    """The order with this number whose customer e-mail matches (case-insensitively), else None."""
    order = session.scalar(select(Order).where(Order.number_key == number.strip().upper()))
    if order is None or order.email_key != normalise_email(email):
        return None
    return order
