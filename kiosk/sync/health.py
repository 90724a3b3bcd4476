"""The sync health snapshot: what the badge and the staff screen show.

A snapshot is a frozen value made on the worker's thread and handed to the UI by a Qt
signal; the UI never asks the worker anything and never waits for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.db.unit_of_work import UnitOfWork
from kiosk.sync.cycle import LAST_PROBLEM, LAST_SUCCESS
from kiosk.workflow.clock import parse_utc


@dataclass(frozen=True)
class SyncHealth:
    registered: bool
    #: None until the first attempt to reach the server.
    online: bool | None
    last_success_at: datetime | None
    pending: int
    refused: int
    problem: str | None
    checked_at: datetime


def read_health(uow: UnitOfWork, *, registered: bool, online: bool | None, now: datetime,
                problem: str | None = None) -> SyncHealth:
    """Counts and the last outcome from the database, plus what only the caller knows."""
    with uow.reading() as tx:
        pending, refused = tx.outbox.unsent_counts()
        last = tx.settings.get(LAST_SUCCESS)
        stored_problem = tx.settings.get(LAST_PROBLEM)
    return SyncHealth(
        registered=registered,
        online=online,
        last_success_at=parse_utc(last) if last else None,
        pending=pending,
        refused=refused,
        problem=problem if problem is not None else (stored_problem or None),
        checked_at=now,
    )
