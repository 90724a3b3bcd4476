"""Writing a decided batch: its cases, their lines, and their orders' new seq.

Every order a batch takes units from moves to the seq of the last of its cases that counts,
as if each case had moved it in turn, so the order is back in every kiosk's feed.

SQLite runs portable statements: a sequence reservation, two executemany INSERTs and an
executemany UPDATE, each a few microseconds in-process. On PostgreSQL each of those is a
round trip, and a many-row INSERT is a statement of another length for every batch size,
which the driver parses anew and the server never prepares. So there the batch goes as one
statement whose text never changes, carrying its rows as three JSON documents.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, text
from sqlalchemy.orm import Session

from central.models import Order, Return, ReturnLine
from central.ops import sequence

_orders = cast(Table, Order.__table__)
_INSERT_RETURNS = cast(Table, Return.__table__).insert()
_INSERT_LINES = cast(Table, ReturnLine.__table__).insert()
_BUMP_ORDERS = _orders.update().where(_orders.c.id == bindparam("order_id")).values(seq=bindparam("new_seq"))

_RETURN_COLUMNS = ("id", "code", "store_id", "device_id", "order_id", "order_number", "customer_key",
                   "policy_version", "status", "body", "body_hash", "refunded", "response_status", "response_body",
                   "disagreements", "created_at", "received_at", "status_changed_at")
# Rows carry "seq" as their place in the batch (1, 2, ...); the counter turns it into the seq.
# Both INSERTs and the UPDATE see the same snapshot, which is all they need: the cases'
# lines refer to cases of the same statement, checked at its end.
_WRITE_POSTGRES = text(f"""
WITH counter AS (
    UPDATE sync_state SET last_seq = last_seq + CAST(:count AS bigint) WHERE id = 1
    RETURNING last_seq - CAST(:count AS bigint) AS before
), cases AS (
    INSERT INTO returns ({", ".join(_RETURN_COLUMNS)}, seq)
    SELECT {", ".join(f"r.{name}" for name in _RETURN_COLUMNS)}, counter.before + r.seq
    FROM json_populate_recordset(NULL::returns, CAST(:cases AS json)) AS r, counter
), lines AS (
    INSERT INTO return_lines (return_id, position, order_id, line_id, quantity, counts)
    SELECT l.return_id, l.position, l.order_id, l.line_id, l.quantity, l.counts
    FROM json_populate_recordset(NULL::return_lines, CAST(:lines AS json)) AS l
), bumped AS (
    UPDATE orders SET seq = counter.before + b.seq
    FROM json_populate_recordset(NULL::orders, CAST(:bumps AS json)) AS b, counter
    WHERE orders.id = b.id
)
SELECT before FROM counter
""")


def write(session: Session, cases: list[dict[str, Any]], lines: list[dict[str, Any]],
          bumps: dict[int, int]) -> None:
    """Store ``cases`` (rows of returns whose "seq" is their place in the batch, from 1) and
    their ``lines``, and move each order in ``bumps`` to the seq of the case at that place."""
    if not cases:
        return
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(_WRITE_POSTGRES, {
            "count": len(cases), "cases": _json(cases), "lines": _json(lines),
            "bumps": _json([{"id": order_id, "seq": place} for order_id, place in bumps.items()]),
        })
        return
    before = sequence.reserve(session, len(cases)) - 1  # last, to hold the counter row briefly
    connection.execute(_INSERT_RETURNS, [{**case, "seq": before + case["seq"]} for case in cases])
    if lines:
        connection.execute(_INSERT_LINES, lines)
    if bumps:
        connection.execute(_BUMP_ORDERS, [{"order_id": order_id, "new_seq": before + place}
                                          for order_id, place in bumps.items()])


def _json(rows: list[dict[str, Any]]) -> str:
    return json.dumps(rows, default=_timestamp, separators=(",", ":"))


def _timestamp(value: object) -> str:
    if isinstance(value, datetime) and value.utcoffset() is not None:
        return value.isoformat()
    raise TypeError(f"cannot store {value!r} as JSON")
