"""The sync health snapshot: what the badge and the staff screen show.

A snapshot is a frozen value made on the worker's thread and handed to the UI by a Qt
signal; the UI never asks the worker anything and never waits for it. Besides the outbox it
carries the clock's offset from central (and whether window verdicts are held because of it)
and the age of each synced copy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Mapping

from kiosk.db.unit_of_work import UnitOfWork
from kiosk.sync.clock_check import stored_reading
from kiosk.sync.cycle import LAST_PROBLEM, LAST_SUCCESS
from kiosk.sync.data_age import data_ages
from kiosk.workflow.clock import parse_utc
from kiosk.workflow.clock_offset import clock_limit, clock_unsure


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
    #: central's clock minus ours at the last sync that measured it (None: never measured)
    clock_offset: timedelta | None = None
    #: the offset is beyond the policy's limit: window verdicts wait for staff
    clock_unsure: bool = False
    #: "policy", "managers", "orders" -> time since the last successful pull (None: never)
    data_ages: Mapping[str, timedelta | None] = field(default_factory=dict)


def read_health(uow: UnitOfWork, *, registered: bool, online: bool | None, now: datetime,
                problem: str | None = None) -> SyncHealth:
    """Counts and the last outcome from the database, plus what only the caller knows."""
    with uow.reading() as tx:
        pending, refused = tx.outbox.unsent_counts()
        last = tx.settings.get(LAST_SUCCESS)
        stored_problem = tx.settings.get(LAST_PROBLEM)
        reading = stored_reading(tx)
        limit = clock_limit(tx.policies.active_document())
        ages = data_ages(tx, now)
    offset = reading.offset if reading is not None else None
    return SyncHealth(
        registered=registered,
        online=online,
        last_success_at=parse_utc(last) if last else None,
        pending=pending,
        refused=refused,
        problem=problem if problem is not None else (stored_problem or None),
        checked_at=now,
        clock_offset=offset,
        clock_unsure=clock_unsure(offset, limit),
        data_ages=ages,
    )
