"""PostgreSQL: one transaction at a time counts a shopper's returns.

The frequent-returns rule counts a shopper's returns across orders, stores and devices. Two
transactions taking the same shopper's returns on different orders lock different order rows,
so each could count the shopper's returns without the other's and both miss the rule. Before a
batch reads the shoppers' returns it takes a transaction-scoped advisory lock per shopper,
after its order rows, in key order, so two batches never wait for each other in a circle.
(SQLite needs none: its write lock already runs one batch at a time.)
"""

from __future__ import annotations

from typing import Sequence

from sqlalchemy import text
from sqlalchemy.engine import Connection

# hashtextextended: the shopper's key as the 64-bit number advisory locks are named by; two
# shoppers whose keys collide only wait for each other now and then.
_TRY = text("SELECT k FROM unnest(CAST(:keys AS text[])) WITH ORDINALITY AS s(k, n) "
            "WHERE pg_try_advisory_xact_lock(hashtextextended(k, 0)) ORDER BY n")
_WAIT = text("SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) "
             "FROM unnest(CAST(:keys AS text[])) WITH ORDINALITY AS s(k, n) ORDER BY n")


def lock_shoppers(connection: Connection, customer_keys: Sequence[str], *, wait: bool) -> set[str]:
    """The shoppers this transaction now holds until it ends; without ``wait``, those another
    transaction holds are left out rather than waited for."""
    keys = sorted(set(customer_keys))
    if not keys or connection.dialect.name != "postgresql":
        return set(keys)
    if wait:
        connection.execute(_WAIT, {"keys": keys})
        return set(keys)
    return set(connection.execute(_TRY, {"keys": keys}).scalars())
