"""How old each synced copy is: the policy, the manager list and the order cache.

Each records the moment of its last successful pull (the kiosk's clock), written by the
sync cycle in the same transaction as its outcome. The exposure rules (kiosk.workflow.exposure)
hold larger refunds once a copy is older than the policy trusts; the health report and the
staff sync screen show the ages.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Iterable, Mapping

from kiosk.db.unit_of_work import Transaction
from kiosk.workflow.clock import format_utc, parse_utc
from kiosk.workflow.exposure import COPIES

_KEY = "sync.pulled_at.{}"


def mark_pulled(tx: Transaction, copies: Iterable[str], at: datetime) -> None:
    """Record that these copies were pulled whole and successfully at ``at``."""
    for copy in copies:
        if copy not in COPIES:
            raise ValueError(f"unknown synced copy {copy!r}")
        tx.settings.put(_KEY.format(copy), format_utc(at))


def pulled_at(tx: Transaction) -> dict[str, datetime | None]:
    """Copy name -> when it was last pulled successfully (None: never)."""
    found: dict[str, datetime | None] = {}
    for copy in COPIES:
        text = tx.settings.get(_KEY.format(copy))
        found[copy] = _parsed(text)
    return found


def ages(pulled: Mapping[str, datetime | None], now: datetime) -> dict[str, timedelta | None]:
    """Copy name -> its age at ``now`` (None: never pulled); a moment in the future is age 0."""
    return {copy: max(timedelta(0), now - moment) if moment is not None else None for copy, moment in pulled.items()}


def data_ages(tx: Transaction, now: datetime) -> dict[str, timedelta | None]:
    return ages(pulled_at(tx), now)


def _parsed(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return parse_utc(text)
    except ValueError:
        return None
