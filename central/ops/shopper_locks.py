"""PostgreSQL: one transaction at a time counts a shopper's returns.

The frequent-returns rule counts a shopper's returns across orders, stores and devices. Two
transactions taking the same shopper's returns on different orders lock different order
rows, so each could count the shopper's returns without the other's and both miss the rule.
So before a transaction reads the shopper's returns it takes a transaction-scoped advisory
lock on the shopper, after its order row: every intake takes one order, then one shopper,
so two never wait for each other in a circle. (SQLite needs none: its write lock already
runs one transaction at a time.)
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

# hashtextextended: the shopper's key as the 64-bit number advisory locks are named by; two
# shoppers whose keys collide only wait for each other now and then.
_LOCK = text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")


def lock_shopper(session: Session, customer_key: str) -> None:
    """Hold the shopper until this transaction ends (waiting for another that holds them)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_LOCK, {"key": customer_key})
